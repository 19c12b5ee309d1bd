export * from './paxml-codes';
export * from './pay-code-mapping';
export * from './payroll-export-error';
export { exportRows, formatHundredths, type ExportRow, type ExportRowOptions } from './export-rows';
export { encodeText, EXPORT_ENCODINGS, type ExportEncoding } from './text-encoding';
export { writePaxml, paxmlChunks, checkPaxmlOptions, type PaxmlOptions, type EmployeeLines } from './write-paxml';
export { writeCsv, csvChunks, checkCsvOptions, CSV_HEADER, type CsvOptions } from './write-csv';
export {
  exportPayroll,
  concatChunks,
  type PayrollExport,
  type PayrollExportOptions,
  type PayrollFormat,
} from './export-payroll';
