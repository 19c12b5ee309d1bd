// A roster snapshot → payroll file (PAXml or CSV), checked as a whole before the first byte:
// overlapping time, missing or unknown codes, text the encoding cannot carry. What comes back
// is a lazy sequence of byte chunks, so a caller can stream a large export to a file or a socket
// with one employee's lines in memory at a time.
import { classifyEmployees, assertPayable, payOptionsFor } from '../pay/classify-roster';
import { type PayAgreementVersion } from '../pay/pay-agreement';
import { type RosterSnapshot } from '../roster-document/roster-snapshot';
import { type Instant } from '../time/stockholm';
import {
  DEFAULT_PAY_CODE_MAPPING,
  codeOf,
  mappingVersionsInForce,
  type PayCodeMappingVersion,
} from './pay-code-mapping';
import { PayrollExportError } from './payroll-export-error';
import { type ExportEncoding, EXPORT_ENCODINGS } from './text-encoding';
import { checkCsvOptions, checkCsvText, writeCsv, type CsvOptions } from './write-csv';
import { checkPaxmlOptions, writePaxml, type PaxmlOptions } from './write-paxml';
import { xmlAttribute } from './xml-escape';

export type PayrollFormat = 'paxml' | 'csv';

export interface PayrollExportOptions {
  format: PayrollFormat;
  encoding?: ExportEncoding;
  mapping?: readonly PayCodeMappingVersion[];
  agreements?: readonly PayAgreementVersion[];
  /** 'agreement' (default): OB per month as the agreement rounds it; 'hundredths': every line to 0.01 h. */
  rounding?: 'agreement' | 'hundredths';
  /** CSV: Swedish decimal comma. */
  decimal?: '.' | ',';
  /** PAXml: add <schematransaktioner>. */
  schedule?: boolean;
  header?: { createdAt?: Instant; foretagorgnr?: string; foretagnamn?: string; programnamn?: string };
}

export interface PayrollExport {
  encoding: ExportEncoding;
  contentType: string;
  chunks: Iterable<Uint8Array>;
}

export function exportPayroll(snapshot: RosterSnapshot, options: PayrollExportOptions): PayrollExport {
  const encoding = options.encoding ?? 'UTF-8';
  if (!EXPORT_ENCODINGS.includes(encoding))
    throw new PayrollExportError('INVALID_OPTIONS', `encoding must be one of ${EXPORT_ENCODINGS.join(', ')}`);
  const payOptions = payOptionsFor(snapshot, options.agreements ? { agreements: options.agreements } : {});
  assertPayable(snapshot);
  const period = { start: snapshot.period.start, end: snapshot.period.end };
  const rowOptions = {
    mapping: options.mapping ?? DEFAULT_PAY_CODE_MAPPING,
    agreements: options.rounding === 'hundredths' ? null : payOptions.agreements,
  };
  const employees = () => classifyEmployees(snapshot, payOptions);
  const ids = snapshot.employees.map((e) => e.employee.id);

  if (options.format === 'paxml') {
    const paxml: PaxmlOptions = {
      ...rowOptions,
      encoding,
      period,
      schedule: options.schedule ?? false,
      header: options.header,
    };
    checkPaxmlOptions(paxml);
    for (const id of ids) xmlAttribute(id, encoding);
    return {
      encoding,
      contentType: `application/xml; charset=${encoding}`,
      chunks: { [Symbol.iterator]: () => writePaxml(employees(), paxml) },
    };
  }
  if (options.format === 'csv') {
    const csv: CsvOptions = { ...rowOptions, encoding, period, decimal: options.decimal ?? '.' };
    checkCsvOptions(csv);
    for (const id of ids) checkCsvText(id, encoding);
    for (const v of mappingVersionsInForce(csv.mapping, period.start, period.end))
      for (const t of Object.values(v.codes)) if (t) checkCsvText(codeOf(t), encoding);
    return {
      encoding,
      contentType: `text/csv; charset=${encoding}`,
      chunks: { [Symbol.iterator]: () => writeCsv(employees(), csv) },
    };
  }
  throw new PayrollExportError('INVALID_OPTIONS', `format must be paxml or csv, not ${JSON.stringify(options.format)}`);
}

/** All chunks as one byte array (for tests and small exports). */
export function concatChunks(chunks: Iterable<Uint8Array>): Uint8Array {
  const parts = [...chunks];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
