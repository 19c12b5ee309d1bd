// The benchmark objective and hard rules written directly from FORMAT.md §3–4 with plain loops,
// independent of the solver's compiled model, so that it can check the solver (and the
// published reference rosters) rather than repeat its assumptions.
import type { Assignment } from '../model';
import type { CurtoisInstance } from './curtois-instance';

export type CurtoisHardRule =
  | 'unknown-shift'
  | 'rotation'
  | 'max-shifts'
  | 'max-total-minutes'
  | 'min-total-minutes'
  | 'max-consecutive-shifts'
  | 'min-consecutive-shifts'
  | 'min-consecutive-days-off'
  | 'max-weekends'
  | 'day-off';

export interface CurtoisViolation {
  employee: string;
  rule: CurtoisHardRule;
  day?: number;
  detail: string;
}

export interface CurtoisEvaluation {
  feasible: boolean;
  penalty: number;
  onRequests: number;
  offRequests: number;
  underCover: number;
  overCover: number;
  violations: CurtoisViolation[];
}

export function evaluateCurtois(inst: CurtoisInstance, roster: Assignment): CurtoisEvaluation {
  const H = inst.horizon;
  const shiftById = new Map(inst.shifts.map((s) => [s.id, s]));
  const violations: CurtoisViolation[] = [];
  const at = (e: number, d: number): string | null => roster[e]?.[d] ?? null;

  inst.staff.forEach((p, e) => {
    const v = (rule: CurtoisHardRule, detail: string, day?: number): void => {
      violations.push({ employee: p.id, rule, day, detail });
    };
    let minutes = 0;
    const count = new Map<string, number>();
    for (let d = 0; d < H; d++) {
      const s = at(e, d);
      if (s === null) continue;
      const shift = shiftById.get(s);
      if (!shift) {
        v('unknown-shift', `shift ${s}`, d);
        continue;
      }
      minutes += shift.minutes;
      count.set(s, (count.get(s) ?? 0) + 1);
      const next = d + 1 < H ? at(e, d + 1) : null;
      if (next !== null && shift.cannotFollow.includes(next)) v('rotation', `${next} after ${s}`, d + 1);
    }
    for (const [s, n] of count) {
      const limit = p.maxShifts[s] ?? 0;
      if (n > limit) v('max-shifts', `${n} × ${s} > ${limit}`);
    }
    if (minutes > p.maxTotalMinutes) v('max-total-minutes', `${minutes} > ${p.maxTotalMinutes}`);
    if (minutes < p.minTotalMinutes) v('min-total-minutes', `${minutes} < ${p.minTotalMinutes}`);

    // Blocks: maximal runs of work / off; edge blocks exempt from the minimum rules only.
    let start = 0;
    for (let d = 0; d < H; d++) {
      const working = at(e, d) !== null;
      const endsHere = d === H - 1 || (at(e, d + 1) !== null) !== working;
      if (!endsHere) continue;
      const len = d - start + 1;
      const interior = start > 0 && d < H - 1;
      if (working && len > p.maxConsecutiveShifts) v('max-consecutive-shifts', `${len} > ${p.maxConsecutiveShifts}`, start);
      if (working && interior && len < p.minConsecutiveShifts) v('min-consecutive-shifts', `${len} < ${p.minConsecutiveShifts}`, start);
      if (!working && interior && len < p.minConsecutiveDaysOff) v('min-consecutive-days-off', `${len} < ${p.minConsecutiveDaysOff}`, start);
      start = d + 1;
    }

    let weekends = 0;
    for (let k = 0; 7 * k + 5 < H; k++) {
      if (at(e, 7 * k + 5) !== null || (7 * k + 6 < H && at(e, 7 * k + 6) !== null)) weekends++;
    }
    if (weekends > p.maxWeekends) v('max-weekends', `${weekends} > ${p.maxWeekends}`);

    for (const d of inst.daysOff.get(p.id) ?? []) if (at(e, d) !== null) v('day-off', `works ${at(e, d)}`, d);
  });

  const index = new Map(inst.staff.map((p, e) => [p.id, e]));
  let onRequests = 0;
  for (const r of inst.onRequests) if (at(index.get(r.employee)!, r.day) !== r.shift) onRequests += r.weight;
  let offRequests = 0;
  for (const r of inst.offRequests) if (at(index.get(r.employee)!, r.day) === r.shift) offRequests += r.weight;
  let underCover = 0;
  let overCover = 0;
  for (const c of inst.cover) {
    let n = 0;
    for (let e = 0; e < inst.staff.length; e++) if (at(e, c.day) === c.shift) n++;
    underCover += c.weightUnder * Math.max(0, c.requirement - n);
    overCover += c.weightOver * Math.max(0, n - c.requirement);
  }
  return {
    feasible: violations.length === 0,
    penalty: onRequests + offRequests + underCover + overCover,
    onRequests,
    offRequests,
    underCover,
    overCover,
    violations,
  };
}
