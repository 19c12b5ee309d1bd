// Rolling a base schedule (grundschema) of N weeks out over a schedule period: the period's first
// week is week `startWeek` of the rotation ("vecka 3 av 6"), and the rotation repeats.
import { type CivilDate, addDays, daysBetween, weekdayOf } from '../time/stockholm';

export interface BaseScheduleEntry {
  employeeId: string;
  /** 1-based week of the rotation. */
  week: number;
  /** ISO weekday, Monday = 1. */
  weekday: number;
  shiftTypeId: string;
}

export interface PlannedShift {
  employeeId: string;
  date: CivilDate;
  shiftTypeId: string;
}

/** The rotation week (1-based) a date of the period falls in. */
export function rotationWeekOf(date: CivilDate, periodStart: CivilDate, weeks: number, startWeek: number): number {
  const weekOfPeriod = Math.floor(daysBetween(periodStart, date) / 7);
  return ((((weekOfPeriod + startWeek - 1) % weeks) + weeks) % weeks) + 1;
}

/** Every shift the base schedule puts in [start, end], in date then employee order. */
export function rollOut(input: {
  start: CivilDate;
  end: CivilDate;
  weeks: number;
  startWeek: number;
  entries: readonly BaseScheduleEntry[];
}): PlannedShift[] {
  if (input.startWeek < 1 || input.startWeek > input.weeks) {
    throw new RangeError(`startWeek ${input.startWeek} is outside the rotation's ${input.weeks} weeks`);
  }
  const byWeekAndDay = new Map<string, BaseScheduleEntry[]>();
  for (const e of input.entries) {
    const key = `${e.week}|${e.weekday}`;
    byWeekAndDay.set(key, [...(byWeekAndDay.get(key) ?? []), e]);
  }
  const planned: PlannedShift[] = [];
  for (let date = input.start; date <= input.end; date = addDays(date, 1)) {
    const week = rotationWeekOf(date, input.start, input.weeks, input.startWeek);
    const entries = byWeekAndDay.get(`${week}|${weekdayOf(date)}`) ?? [];
    for (const e of [...entries].sort((a, b) => a.employeeId.localeCompare(b.employeeId))) {
      planned.push({ employeeId: e.employeeId, date, shiftTypeId: e.shiftTypeId });
    }
  }
  return planned;
}
