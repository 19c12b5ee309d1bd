// Blocks of night shifts starting on consecutive local dates, shared by the night rules.
import { type EmployeeContext } from '../employee-context';

export interface NightRun {
  /** Night shifts of the block in time order. */
  shifts: number[];
  /** Number of distinct nights (dates). */
  nights: number;
}

export function nightRuns(ctx: EmployeeContext): NightRun[] {
  const runs: NightRun[] = [];
  let current: NightRun | null = null;
  let lastDay = Number.NaN;
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.isNightShift[i]) continue;
    const day = ctx.startDay[i];
    if (current && day === lastDay) {
      current.shifts.push(i);
      continue;
    }
    if (current && day === lastDay + 1) {
      current.shifts.push(i);
      current.nights += 1;
    } else {
      current = { shifts: [i], nights: 1 };
      runs.push(current);
    }
    lastDay = day;
  }
  return runs;
}
