// Turning classified worked time into what an export would send: rounded rows per employee,
// minus what earlier exports sent (shared payrollDelta), written with the shared PAXml/CSV
// writers. Kept apart from the service so that preview and export run exactly the same code.
import { createHash } from 'node:crypto';
import {
  AB_PAY_AGREEMENT,
  type DeltaRow,
  type EmployeeRows,
  type ExportEncoding,
  type ExportRow,
  type PayCodeMappingVersion,
  PayrollExportError,
  type SentRow,
  codeOf,
  concatChunks,
  exportRows,
  payrollDelta,
  validatePayCodeMapping,
  writeCsvRows,
  writePaxmlRows,
} from '@bemanna/shared';
import { DomainError } from '../common/errors/domain-error';
import type { EmployeeWorkedTime } from '../deviations/worked-time.service';

/** Rounded rows per employee as the payroll system would receive them now (employeeId = our id). */
export function currentRows(
  worked: Map<string, EmployeeWorkedTime>,
  mapping: readonly PayCodeMappingVersion[],
): Map<string, ExportRow[]> {
  const out = new Map<string, ExportRow[]>();
  for (const [id, w] of worked) out.set(id, exportRows(id, w.lines, { mapping, agreements: AB_PAY_AGREEMENT }));
  return out;
}

/** Refuses a mapping that lacks a category or names an unknown code, before anything is written. */
export function assertMapping(mapping: readonly PayCodeMappingVersion[], from: string, to: string): void {
  try {
    validatePayCodeMapping(mapping, from, to);
  } catch (error) {
    throw toDomainError(error);
  }
}

/** The mapping problem as a sentence, or null when the mapping is complete. */
export function mappingProblem(mapping: readonly PayCodeMappingVersion[], from: string, to: string): string | null {
  try {
    validatePayCodeMapping(mapping, from, to);
    return null;
  } catch (error) {
    if (error instanceof PayrollExportError) return error.message;
    throw error;
  }
}

export function delta(current: Map<string, ExportRow[]>, sent: SentRow[]): DeltaRow[] {
  return payrollDelta([...current.values()].flat(), sent);
}

export interface PayrollFile {
  bytes: Buffer;
  sha256: string;
  contentType: string;
  extension: string;
}

export interface FileOptions {
  format: 'paxml' | 'csv';
  encoding: ExportEncoding;
  decimal: '.' | ',';
  schedule: boolean;
  period: { start: string; end: string };
  mapping: readonly PayCodeMappingVersion[];
  header: { foretagorgnr?: string; foretagnamn?: string };
}

/**
 * The file's bytes: employees in employee-number order, rows in the delta's order. Deterministic:
 * the same rows and options give the same bytes (no creation time in the header).
 */
export function writePayrollFile(
  rows: DeltaRow[],
  worked: Map<string, EmployeeWorkedTime>,
  options: FileOptions,
): PayrollFile {
  const byEmployee = new Map<string, DeltaRow[]>();
  for (const r of rows) byEmployee.set(r.employeeId, [...(byEmployee.get(r.employeeId) ?? []), r]);
  const employees: EmployeeRows[] = [...byEmployee]
    .map(([id, own]) => {
      const w = worked.get(id)!;
      const anstid = w.employee.employeeNumber;
      const dates = new Set(own.map((r) => r.date));
      return {
        employeeId: anstid,
        rows: own.map((r) => ({ employeeId: anstid, date: r.date, target: r.target, hundredths: r.hundredths })),
        schedule: w.scheduled
          .filter((l) => dates.has(l.date))
          .map((l) => ({ date: l.date, hundredths: Math.round(Math.round(l.hours * 3_600_000) / 36_000) })),
      };
    })
    .sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  try {
    const chunks =
      options.format === 'paxml'
        ? writePaxmlRows(employees, {
            encoding: options.encoding,
            period: options.period,
            schedule: options.schedule,
            mapping: options.mapping,
            agreements: null,
            header: options.header,
          })
        : writeCsvRows(employees, {
            encoding: options.encoding,
            period: options.period,
            decimal: options.decimal,
            mapping: options.mapping,
            agreements: null,
          });
    const bytes = Buffer.from(concatChunks(chunks));
    return {
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      contentType:
        options.format === 'paxml'
          ? `application/xml; charset=${options.encoding}`
          : `text/csv; charset=${options.encoding}`,
      extension: options.format === 'paxml' ? 'pax' : 'csv',
    };
  } catch (error) {
    throw toDomainError(error);
  }
}

export function codeKind(row: { target: DeltaRow['target'] }): 'tidkod' | 'lonart' {
  return 'tidkod' in row.target ? 'tidkod' : 'lonart';
}

export { codeOf };

function toDomainError(error: unknown): unknown {
  if (!(error instanceof PayrollExportError)) return error;
  switch (error.code) {
    case 'MAPPING_MISSING':
      return new DomainError('PAY_CODE_MAPPING_MISSING', {
        sv: `Lönekoder saknas, inget exporterades: ${error.message}`,
        en: `Pay codes are missing, nothing was exported: ${error.message}`,
      });
    case 'UNKNOWN_PAY_CODE':
      return DomainError.invalid('mapping', {
        sv: `Okänd lönekod, inget exporterades: ${error.message}`,
        en: `Unknown pay code, nothing was exported: ${error.message}`,
      });
    case 'UNENCODABLE_TEXT':
      return DomainError.invalid('encoding', {
        sv: `Texten ryms inte i teckenkodningen, inget exporterades: ${error.message}`,
        en: `The text does not fit the encoding, nothing was exported: ${error.message}`,
      });
    case 'INVALID_OPTIONS':
      return DomainError.invalid('format', { sv: error.message, en: error.message });
  }
}
