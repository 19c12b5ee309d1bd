// Classified lines of one employee → export rows (employee × date × code × hours), the only place
// that rounds (RULES.md A4, §0.7). OB is summed per category and calendar month and rounded up to
// the agreement's step (a month under the minimum is not paid), dated on the last day of the month
// with that OB; every other line is rounded to hundredths of an hour. Categories that map to the
// same code on the same date are one row.
import { type PayLine } from '../pay/classify-employee';
import { payAgreementOn, type PayAgreementVersion } from '../pay/pay-agreement';
import { comparePayCategories, OB_CATEGORIES, type PayCategory } from '../pay/pay-categories';
import { HOUR_MS, type CivilDate } from '../time/stockholm';
import { codeOf, payCodeMappingOn, type PayCodeMappingVersion, type PayCodeTarget } from './pay-code-mapping';

export interface ExportRow {
  employeeId: string;
  date: CivilDate;
  target: PayCodeTarget;
  /** Hours × 100, rounded. */
  hundredths: number;
}

export interface ExportRowOptions {
  mapping: readonly PayCodeMappingVersion[];
  /** Agreements for the OB month rounding; null = round every line to hundredths only. */
  agreements: readonly PayAgreementVersion[] | null;
}

const OB = new Set<string>(OB_CATEGORIES);
const HUNDREDTH_MS = HOUR_MS / 100;

function hundredthsOf(ms: number): number {
  return Math.round(Math.round(ms) / HUNDREDTH_MS);
}

export function exportRows(employeeId: string, lines: readonly PayLine[], options: ExportRowOptions): ExportRow[] {
  const rounded: { date: CivilDate; category: PayCategory; hundredths: number }[] = [];
  const months = new Map<string, { category: PayCategory; ms: number; lastDate: CivilDate }>();
  for (const line of lines) {
    if (options.agreements !== null && OB.has(line.category)) {
      const key = `${line.date.slice(0, 7)}|${line.category}`;
      const m = months.get(key);
      if (m) {
        m.ms += line.hours * HOUR_MS;
        if (line.date > m.lastDate) m.lastDate = line.date;
      } else months.set(key, { category: line.category, ms: line.hours * HOUR_MS, lastDate: line.date });
      continue;
    }
    rounded.push({ date: line.date, category: line.category, hundredths: hundredthsOf(line.hours * HOUR_MS) });
  }
  for (const m of months.values()) {
    const rule = payAgreementOn(options.agreements!, m.lastDate).obMonthlyRounding;
    const ms = Math.round(m.ms);
    if (rule === null) {
      rounded.push({ date: m.lastDate, category: m.category, hundredths: hundredthsOf(ms) });
      continue;
    }
    if (ms < rule.minimumHours * HOUR_MS) continue;
    const step = Math.round(rule.stepHours * HOUR_MS);
    rounded.push({ date: m.lastDate, category: m.category, hundredths: hundredthsOf(Math.ceil(ms / step) * step) });
  }

  const rows = new Map<string, ExportRow & { order: PayCategory }>();
  for (const r of rounded) {
    if (r.hundredths === 0) continue;
    const target = payCodeMappingOn(options.mapping, r.date).codes[r.category]!;
    const key = `${r.date}|${'tidkod' in target ? 't' : 'l'}|${codeOf(target)}`;
    const row = rows.get(key);
    if (row) {
      row.hundredths += r.hundredths;
      if (comparePayCategories(r.category, row.order) < 0) row.order = r.category;
    } else rows.set(key, { employeeId, date: r.date, target, hundredths: r.hundredths, order: r.category });
  }
  return [...rows.values()]
    .sort((a, b) =>
      a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : comparePayCategories(a.order, b.order) || (codeOf(a.target) < codeOf(b.target) ? -1 : 1),
    )
    .map(({ order: _order, ...row }) => row);
}

/** '8.00', '-0.50' (decimal point), or with a comma. */
export function formatHundredths(hundredths: number, decimal: '.' | ',' = '.'): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const cents = abs % 100;
  return `${sign}${Math.floor(abs / 100)}${decimal}${cents < 10 ? '0' : ''}${cents}`;
}
