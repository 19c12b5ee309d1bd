/** Escapes a user's search text for use inside ILIKE '%…%'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
