import { addDays, mondayOf } from '@bemanna/shared';

/** '2026-05' → the month's first day. */
export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

/** The month after (or before, with -1) 'YYYY-MM'. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of 'YYYY-MM'. */
export function lastOfMonth(month: string): string {
  return addDays(firstOfMonth(shiftMonth(month, 1)), -1);
}

/**
 * A month as Swedish calendars print it: whole weeks, Monday first, with the days of the
 * neighbouring months that fill the first and last week.
 */
export function monthWeeks(month: string): string[][] {
  const weeks: string[][] = [];
  const last = lastOfMonth(month);
  for (let monday = mondayOf(firstOfMonth(month)); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
}
