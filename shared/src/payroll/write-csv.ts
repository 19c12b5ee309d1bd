// CSV for payroll systems without PAXml (issue 6): a header, then one row per employee × date ×
// code × hours, semicolon-separated, CRLF line ends (RFC 4180), hours with a decimal point or the
// Swedish decimal comma. Four known columns need only RFC 4180 quoting, so no CSV library.
import { formatHundredths, type ExportRowOptions } from './export-rows';
import { codeOf, validatePayCodeMapping } from './pay-code-mapping';
import { PayrollExportError } from './payroll-export-error';
import { encodeText, isLatin1, type ExportEncoding } from './text-encoding';
import { employeeRowsOf, type EmployeeLines, type EmployeeRows } from './write-paxml';
import { type CivilDate } from '../time/stockholm';

export interface CsvOptions extends ExportRowOptions {
  encoding: ExportEncoding;
  period: { start: CivilDate; end: CivilDate };
  decimal: '.' | ',';
}

export const CSV_HEADER = ['anstid', 'datum', 'kod', 'timmar'] as const;

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function checkCsvOptions(options: CsvOptions): void {
  validatePayCodeMapping(options.mapping, options.period.start, options.period.end);
  if (options.decimal !== '.' && options.decimal !== ',')
    throw new PayrollExportError('INVALID_OPTIONS', `decimal must be "." or ","`);
}

/** Checks that text can be written in the encoding (ISO-8859-1 has no character references). */
export function checkCsvText(value: string, encoding: ExportEncoding): void {
  if (encoding === 'ISO-8859-1' && !isLatin1(value))
    throw new PayrollExportError(
      'UNENCODABLE_TEXT',
      `${JSON.stringify(value)} has a character that ISO-8859-1 cannot hold`,
    );
}

export function csvChunks(employees: Iterable<EmployeeLines>, options: CsvOptions): Generator<string> {
  return csvRowChunks(employeeRowsOf(employees, { ...options, schedule: false }), options);
}

/** The file from finished rows, which may be negative (adjustments of an earlier export). */
export function* csvRowChunks(employees: Iterable<EmployeeRows>, options: CsvOptions): Generator<string> {
  yield `${CSV_HEADER.join(';')}\r\n`;
  for (const { employeeId, rows } of employees) {
    const id = field(employeeId);
    let chunk = '';
    for (const row of rows)
      chunk += `${id};${row.date};${field(codeOf(row.target))};${formatHundredths(row.hundredths, options.decimal)}\r\n`;
    if (chunk !== '') yield chunk;
  }
}

export function* writeCsv(employees: Iterable<EmployeeLines>, options: CsvOptions): Generator<Uint8Array> {
  checkCsvOptions(options);
  for (const text of csvChunks(employees, options)) yield encodeText(text, options.encoding);
}

export function* writeCsvRows(employees: Iterable<EmployeeRows>, options: CsvOptions): Generator<Uint8Array> {
  checkCsvOptions(options);
  for (const text of csvRowChunks(employees, options)) yield encodeText(text, options.encoding);
}
