// Output text → bytes in the encoding the payroll system reads (RULES.md §6.2: UTF-8 is valid XML,
// some importers need ISO-8859-1). TextEncoder is a global in Node and browsers, so shared/ needs
// no node: import; ISO-8859-1 is the first 256 code points, one byte each.
import { PayrollExportError } from './payroll-export-error';

export type ExportEncoding = 'UTF-8' | 'ISO-8859-1';

export const EXPORT_ENCODINGS: readonly ExportEncoding[] = ['UTF-8', 'ISO-8859-1'];

const utf8 = new TextEncoder();

/** Encodes text already made representable (see xmlText/csv writers); throws on anything else. */
export function encodeText(text: string, encoding: ExportEncoding): Uint8Array {
  if (encoding === 'UTF-8') return utf8.encode(text);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff)
      throw new PayrollExportError(
        'UNENCODABLE_TEXT',
        `${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))} has a character that ISO-8859-1 cannot hold`,
      );
    bytes[i] = c;
  }
  return bytes;
}

/** Whether ISO-8859-1 holds every character of the text. */
export function isLatin1(text: string): boolean {
  return /^[\u0000-\u00ff]*$/.test(text);
}
