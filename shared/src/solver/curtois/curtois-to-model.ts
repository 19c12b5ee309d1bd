// The benchmark expressed in the product's solver model (FORMAT.md §3–4): MaxShifts become
// per-type caps (0 = not qualified), CannotFollow become forbidden successions, days off become
// unavailability, cover maps one-to-one with `target` = Requirement. Weekend k is days 7k+5 and
// 7k+6 (day 0 is a Monday).
import type { SolverModel, WeekendSpec } from '../model';
import type { CurtoisInstance } from './curtois-instance';

export function mondayWeekends(days: number): WeekendSpec[] {
  const out: WeekendSpec[] = [];
  for (let k = 0; 7 * k + 5 < days; k++) {
    const parts = [{ day: 7 * k + 5 }];
    if (7 * k + 6 < days) parts.push({ day: 7 * k + 6 });
    out.push({ parts });
  }
  return out;
}

export function curtoisToModel(inst: CurtoisInstance): SolverModel {
  const on = new Map<string, CurtoisInstance['onRequests']>();
  const off = new Map<string, CurtoisInstance['offRequests']>();
  for (const r of inst.onRequests) on.set(r.employee, [...(on.get(r.employee) ?? []), r]);
  for (const r of inst.offRequests) off.set(r.employee, [...(off.get(r.employee) ?? []), r]);
  return {
    days: inst.horizon,
    shiftTypes: inst.shifts.map((s) => ({ id: s.id, minutes: s.minutes })),
    employees: inst.staff.map((p) => ({
      id: p.id,
      maxShiftsByType: p.maxShifts,
      minMinutes: p.minTotalMinutes,
      maxMinutes: p.maxTotalMinutes,
      maxConsecutiveShifts: p.maxConsecutiveShifts,
      minConsecutiveShifts: p.minConsecutiveShifts,
      minConsecutiveDaysOff: p.minConsecutiveDaysOff,
      maxWeekends: p.maxWeekends,
      unavailable: (inst.daysOff.get(p.id) ?? []).map((day) => ({ day })),
      shiftOnRequests: (on.get(p.id) ?? []).map((r) => ({ day: r.day, shiftType: r.shift, weight: r.weight })),
      shiftOffRequests: (off.get(p.id) ?? []).map((r) => ({ day: r.day, shiftType: r.shift, weight: r.weight })),
    })),
    cover: inst.cover.map((c) => ({
      day: c.day,
      shiftType: c.shift,
      target: c.requirement,
      underWeight: c.weightUnder,
      overWeight: c.weightOver,
    })),
    forbiddenSuccessions: inst.shifts.flatMap((s) => s.cannotFollow.map((t) => ({ from: s.id, to: t }))),
    weekends: mondayWeekends(inst.horizon),
  };
}
