// Sums of classified worked time per window of a fixed grid (month, 4 weeks, reference period),
// with the shifts that contributed, for the cap and average rules.
import { type EmployeeContext } from './employee-context';
import { type GridKind, gridKey } from './evaluation-env';

export interface WindowSum {
  ms: number;
  shifts: number[];
}

/** Σ value(piece) per window key; pieces with value 0 are skipped. */
export function sumPieces(ctx: EmployeeContext, grid: GridKind, value: (k: number) => number): Map<number, WindowSum> {
  const sums = new Map<number, WindowSum>();
  const p = ctx.work;
  for (let k = 0; k < p.count; k++) {
    const ms = value(k);
    if (ms === 0) continue;
    const key = gridKey(ctx.env, grid, p.day[k]);
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = { ms: 0, shifts: [] }));
    sum.ms += ms;
    const i = p.shift[k];
    if (sum.shifts[sum.shifts.length - 1] !== i && !sum.shifts.includes(i)) sum.shifts.push(i);
  }
  return sums;
}

/** Σ scheduled hours of absences per window key (leave on scheduled time counts as worked). */
export function sumAbsences(ctx: EmployeeContext, grid: GridKind): Map<number, number> {
  const sums = new Map<number, number>();
  const p = ctx.work;
  for (let a = 0; a < p.absenceDay.length; a++) {
    const key = gridKey(ctx.env, grid, p.absenceDay[a]);
    sums.set(key, (sums.get(key) ?? 0) + p.absenceMs[a]);
  }
  return sums;
}
