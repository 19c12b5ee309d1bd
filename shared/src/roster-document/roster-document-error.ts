// Invalid input is reported as a whole (every problem, each with the JSON path and the value),
// never as a partial result (issue 3, "Bad input").

export interface RosterDocumentIssue {
  /** JSON path of the field, e.g. 'shifts[3].end'. */
  path: string;
  /** The offending value (undefined when missing). */
  value: unknown;
  message: string;
}

export class RosterDocumentError extends Error {
  readonly code = 'INVALID_ROSTER_DOCUMENT';

  constructor(readonly issues: readonly RosterDocumentIssue[]) {
    super(`Invalid roster document:\n${issues.map((i) => `  ${formatRosterDocumentIssue(i)}`).join('\n')}`);
    this.name = 'RosterDocumentError';
  }

  /** The `details` of the API's error shape (ARCHITECTURE.md "Errors"). */
  get details(): { field: string; message: string }[] {
    return this.issues.map((i) => ({ field: i.path, message: formatRosterDocumentIssue(i) }));
  }
}

export function formatRosterDocumentIssue(issue: RosterDocumentIssue): string {
  const path = issue.path === '' ? '(document)' : issue.path;
  return issue.value === undefined
    ? `${path}: ${issue.message}`
    : `${path}: ${showValue(issue.value)} ${issue.message}`;
}

function showValue(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
