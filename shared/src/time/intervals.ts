// Fast helpers on half-open intervals and the Stockholm calendar grid (local days, weeks, months),
// for the rules engine's hot loops: plain numbers, no Date objects per call. Zone offsets come
// from stockholm.ts (memoised per UTC hour); local days are numbered like Unix days, so day d is
// the civil date 1970-01-01 + d and d + 3 mod 7 is its ISO weekday - 1.
import { civilDate, offsetMinutesAt, parseCivilDate, type CivilDate, type Instant } from './stockholm';

// Module-local copies of stockholm.ts's constants: under tsx (the benchmark) every access to an
// imported binding is a getter call, which dominated the profile of these hot helpers.
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Length of the overlap of [a0, a1) and [b0, b1), 0 when they do not overlap. */
export function overlapMs(a0: number, a1: number, b0: number, b1: number): number {
  const lo = a0 > b0 ? a0 : b0;
  const hi = a1 < b1 ? a1 : b1;
  return hi > lo ? hi - lo : 0;
}

/** Half-open intervals overlap (touching intervals do not). */
export function intervalsOverlap(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

// Offsets per UTC day: 0 = not looked up yet, 127 = the offset changes during that day, else the
// offset in minutes / 15. An array index is far cheaper than the per-hour Map of stockholm.ts in
// loops over hundreds of thousands of shifts; days with a clock change defer to stockholm.ts.
const DAY_OFFSET_FIRST = -25_567; // 1900-01-01
const dayOffsets = new Int8Array(150_000); // to about 2240
const VARIES = 127;

/** Stockholm's offset from UTC in minutes at an instant (same as stockholm.offsetMinutesAt). */
export function offsetAt(instant: Instant): number {
  const index = Math.floor(instant / DAY_MS) - DAY_OFFSET_FIRST;
  if (index < 0 || index >= dayOffsets.length) return offsetMinutesAt(instant);
  let code = dayOffsets[index];
  if (code === 0) {
    const dayStart = (index + DAY_OFFSET_FIRST) * DAY_MS;
    const first = offsetMinutesAt(dayStart);
    const last = offsetMinutesAt(dayStart + DAY_MS - 1);
    code = first === last ? first / 15 : VARIES;
    dayOffsets[index] = code;
  }
  return code === VARIES ? offsetMinutesAt(instant) : code * 15;
}

/** Number of the Stockholm calendar day an instant falls on. */
export function localDayNumber(instant: Instant): number {
  return Math.floor((instant + offsetAt(instant) * MINUTE_MS) / DAY_MS);
}

/** Minutes since local midnight (wall clock) of an instant. */
export function localMinuteOfDay(instant: Instant): number {
  const local = instant + offsetAt(instant) * MINUTE_MS;
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
}

export function dayNumberOfDate(date: CivilDate): number {
  const { year, month, day } = parseCivilDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOfDayNumber(day: number): CivilDate {
  const d = new Date(day * DAY_MS);
  return civilDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO weekday of a day number, Monday = 1 … Sunday = 7. */
export function weekdayOfDayNumber(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

const localTimeCache = new Map<number, Instant>();

/**
 * The instant of a wall-clock minute on a local day (minute may pass 1440 into later days). Grid
 * boundaries must exist every day, so a time skipped in spring maps to the same instant as one
 * hour later in summer time (02:30 → 03:30), and one that happens twice in autumn to its first
 * occurrence.
 */
export function localTimeOnDay(day: number, minuteOfDay: number): Instant {
  if (minuteOfDay >= 1440 || minuteOfDay < 0) {
    const extra = Math.floor(minuteOfDay / 1440);
    day += extra;
    minuteOfDay -= extra * 1440;
  }
  const naive = day * DAY_MS + minuteOfDay * MINUTE_MS;
  const before = offsetAt(naive - DAY_MS);
  // Away from a clock change (offset the same a day either side) the wall clock maps one-to-one.
  if (before === offsetAt(naive + DAY_MS) && before === offsetAt(naive)) return naive - before * MINUTE_MS;
  const key = day * 2880 + minuteOfDay;
  let instant = localTimeCache.get(key);
  if (instant === undefined) {
    const after = offsetAt(naive + DAY_MS);
    const first = naive - Math.max(before, after) * MINUTE_MS;
    const second = naive - Math.min(before, after) * MINUTE_MS;
    if (offsetAt(first) === Math.max(before, after)) instant = first;
    else if (offsetAt(second) === Math.min(before, after)) instant = second;
    else instant = naive - before * MINUTE_MS;
    if (localTimeCache.size > 200_000) localTimeCache.clear();
    localTimeCache.set(key, instant);
  }
  return instant;
}

/** Local midnight starting day `day`. */
export function localMidnight(day: number): Instant {
  return localTimeOnDay(day, 0);
}

/** year × 12 + (month − 1) of a day number (civil-from-days, H. Hinnant's algorithm). */
export function monthIndexOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** Day number of the first day of a month index. */
export function firstDayOfMonthIndex(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / DAY_MS;
}

/** Day number of the first day of the week (weekStartDay: ISO weekday) containing `day`. */
export function weekStartDayNumber(day: number, weekStartDay: number): number {
  const offset = (weekdayOfDayNumber(day) - weekStartDay + 7) % 7;
  return day - offset;
}

/** Splits [start, end) at local midnights: calls back once per local day it touches. */
export function forEachLocalDay(
  start: Instant,
  end: Instant,
  callback: (day: number, from: Instant, to: Instant) => void,
): void {
  let day = localDayNumber(start);
  let from = start;
  while (from < end) {
    const next = localMidnight(day + 1);
    const to = next < end ? next : end;
    callback(day, from, to);
    from = to;
    day += 1;
  }
}

/**
 * ISO 8601 with Stockholm's offset, e.g. 2025-03-10T13:30:00+01:00; same text as
 * stockholm.toLocalIso, without building a zoned Date.
 */
export function formatLocalIso(instant: Instant): string {
  const offset = offsetAt(instant);
  const d = new Date(instant + offset * MINUTE_MS);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${civilDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
