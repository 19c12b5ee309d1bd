export * from './paxml-codes';
export * from './pay-code-mapping';
export * from './payroll-export-error';
export { exportRows, formatHundredths, type ExportRow, type ExportRowOptions } from './export-rows';
export { encodeText, EXPORT_ENCODINGS, type ExportEncoding } from './text-encoding';
export {
  writePaxml,
  writePaxmlRows,
  paxmlChunks,
  paxmlRowChunks,
  employeeRowsOf,
  checkPaxmlOptions,
  type PaxmlOptions,
  type EmployeeLines,
  type EmployeeRows,
} from './write-paxml';
export {
  writeCsv,
  writeCsvRows,
  csvChunks,
  csvRowChunks,
  checkCsvOptions,
  checkCsvText,
  CSV_HEADER,
  type CsvOptions,
} from './write-csv';
export { payrollDelta, type DeltaRow, type SentRow } from './payroll-delta';
export {
  exportPayroll,
  concatChunks,
  type PayrollExport,
  type PayrollExportOptions,
  type PayrollFormat,
} from './export-payroll';
export * from './key-figures';
