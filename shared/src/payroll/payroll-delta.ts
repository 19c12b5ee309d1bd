// What a payroll export sends when some of the time was sent before (issue 6): for every
// employee × date × code, the current rounded hours minus what earlier exports sent. Nothing is
// re-sent; a correction after an export becomes an adjustment transaction, negative or positive
// (PAXml values are "normally positive … negative values are for corrections", RULES.md §6.2).
import { type CivilDate } from '../time/stockholm';
import { type ExportRow } from './export-rows';
import { codeOf, type PayCodeTarget } from './pay-code-mapping';

/** A row as an earlier export recorded it. */
export interface SentRow {
  employeeId: string;
  date: CivilDate;
  target: PayCodeTarget;
  hundredths: number;
}

export interface DeltaRow extends ExportRow {
  /** What earlier exports sent for this employee, date and code (0 if nothing). */
  sentHundredths: number;
  /** True when this row changes something sent before (an adjustment), false for new time. */
  adjustment: boolean;
}

function keyOf(row: { employeeId: string; date: CivilDate; target: PayCodeTarget }): string {
  return `${row.employeeId}\u0000${row.date}\u0000${'tidkod' in row.target ? 't' : 'l'}\u0000${codeOf(row.target)}`;
}

/**
 * Current rows minus sent rows, in a stable order: employee, date, then the current rows' own
 * order (category order), then codes that are no longer current (fully reversed), by code.
 */
export function payrollDelta(current: readonly ExportRow[], sent: readonly SentRow[]): DeltaRow[] {
  const sentByKey = new Map<string, SentRow & { total: number }>();
  for (const row of sent) {
    const key = keyOf(row);
    const known = sentByKey.get(key);
    if (known) known.total += row.hundredths;
    else sentByKey.set(key, { ...row, total: row.hundredths });
  }
  const out: (DeltaRow & { order: number; code: string })[] = [];
  const seen = new Set<string>();
  current.forEach((row, index) => {
    const key = keyOf(row);
    seen.add(key);
    const before = sentByKey.get(key)?.total ?? 0;
    const change = row.hundredths - before;
    if (change !== 0)
      out.push({
        ...row,
        hundredths: change,
        sentHundredths: before,
        adjustment: before !== 0,
        order: index,
        code: codeOf(row.target),
      });
  });
  for (const [key, row] of sentByKey) {
    if (seen.has(key) || row.total === 0) continue;
    out.push({
      employeeId: row.employeeId,
      date: row.date,
      target: row.target,
      hundredths: -row.total,
      sentHundredths: row.total,
      adjustment: true,
      order: Number.MAX_SAFE_INTEGER,
      code: codeOf(row.target),
    });
  }
  return out
    .sort(
      (a, b) =>
        compare(a.employeeId, b.employeeId) ||
        compare(a.date, b.date) ||
        a.order - b.order ||
        compare(a.code, b.code) ||
        compare('tidkod' in a.target ? 't' : 'l', 'tidkod' in b.target ? 't' : 'l'),
    )
    .map(({ order: _order, code: _code, ...row }) => row);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
