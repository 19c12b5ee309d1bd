// Refusals of a payroll export (issue 6, "Bad input"): raised before the first byte is produced.
export type PayrollExportErrorCode = 'MAPPING_MISSING' | 'UNKNOWN_PAY_CODE' | 'UNENCODABLE_TEXT' | 'INVALID_OPTIONS';

export class PayrollExportError extends Error {
  constructor(
    readonly code: PayrollExportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PayrollExportError';
  }
}
