// The only module that does Europe/Stockholm time-zone arithmetic (RULES.md Part B §0).
// Instants are epoch milliseconds (UTC) so that hot loops over hundreds of thousands of shifts
// stay on plain numbers; civil dates are 'YYYY-MM-DD' strings; zone offsets come from
// @date-fns/tz (the IANA database via Intl) and are memoised per UTC hour, which is exact for
// Stockholm because its transitions happen on whole UTC hours.
import { TZDate, tzOffset } from '@date-fns/tz';
import { format as formatDate, getISOWeek, getISOWeekYear } from 'date-fns';

export const STOCKHOLM = 'Europe/Stockholm';

/** Epoch milliseconds, UTC. */
export type Instant = number;
/** A civil (calendar) date in Stockholm, 'YYYY-MM-DD'. */
export type CivilDate = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export class TimeError extends Error {
  constructor(
    readonly code: 'INVALID_FORMAT' | 'NONEXISTENT_LOCAL_TIME' | 'AMBIGUOUS_LOCAL_TIME',
    message: string,
  ) {
    super(message);
    this.name = 'TimeError';
  }
}

const offsetCache = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 500_000;

/** Stockholm's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function offsetMinutesAt(instant: Instant): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetCache.get(hour);
  if (offset === undefined) {
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
    offset = tzOffset(STOCKHOLM, new Date(hour * HOUR_MS));
    offsetCache.set(hour, offset);
  }
  return offset;
}

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** Wall-clock fields of an instant in Stockholm. */
export function localParts(instant: Instant): LocalParts {
  const shifted = new Date(instant + offsetMinutesAt(instant) * MINUTE_MS);
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();
  const weekday = shifted.getUTCDay();
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour,
    minute,
    weekday: weekday === 0 ? 7 : weekday,
    minuteOfDay: hour * 60 + minute,
  };
}

/** The Stockholm calendar date an instant falls on. */
export function localDate(instant: Instant): CivilDate {
  const p = localParts(instant);
  return civilDate(p.year, p.month, p.day);
}

export function civilDate(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses and validates 'YYYY-MM-DD' (rejects 2025-02-30). */
export function parseCivilDate(text: string): { year: number; month: number; day: number } {
  const m = CIVIL_DATE.exec(text);
  if (!m) throw new TimeError('INVALID_FORMAT', `"${text}" is not a date of the form YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new TimeError('INVALID_FORMAT', `"${text}" is not a calendar date`);
  }
  return { year, month, day };
}

export function isCivilDate(text: string): boolean {
  try {
    parseCivilDate(text);
    return true;
  } catch {
    return false;
  }
}

/** Adds whole calendar days to a civil date (no time zone involved). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const { year, month, day } = parseCivilDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return civilDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  const a = parseCivilDate(from);
  const b = parseCivilDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** ISO weekday of a civil date, Monday = 1 … Sunday = 7. */
export function weekdayOf(date: CivilDate): number {
  const { year, month, day } = parseCivilDate(date);
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday of the ISO week a civil date belongs to. */
export function mondayOf(date: CivilDate): CivilDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** ISO week number and week-numbering year of a civil date. */
export function isoWeekOf(date: CivilDate): { year: number; week: number } {
  const { year, month, day } = parseCivilDate(date);
  // date-fns reads a Date in the process's zone; building it from local fields keeps that consistent.
  const local = new Date(year, month - 1, day, 12);
  return { year: getISOWeekYear(local), week: getISOWeek(local) };
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant of a Stockholm wall-clock time. Throws for a time skipped by the spring change
 * (02:00–02:59 on the last Sunday of March) and for one that happens twice in autumn
 * (02:00–02:59 on the last Sunday of October), which needs an explicit offset.
 */
export function instantFromLocal(date: CivilDate, hour: number, minute: number, second = 0): Instant {
  const { year, month, day } = parseCivilDate(date);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    throw new TimeError('INVALID_FORMAT', `${pad2(hour)}:${pad2(minute)} is not a time of day`);
  }
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  const candidates = new Set<Instant>();
  for (const probe of [naive - DAY_MS, naive + DAY_MS]) {
    const offset = offsetMinutesAt(probe);
    const instant = naive - offset * MINUTE_MS;
    if (offsetMinutesAt(instant) === offset) candidates.add(instant);
  }
  const label = `${date} ${pad2(hour)}:${pad2(minute)}`;
  if (candidates.size === 0) {
    throw new TimeError(
      'NONEXISTENT_LOCAL_TIME',
      `${label} does not exist in Europe/Stockholm (the clock jumps forward at the start of summer time)`,
    );
  }
  if (candidates.size > 1) {
    throw new TimeError(
      'AMBIGUOUS_LOCAL_TIME',
      `${label} happens twice in Europe/Stockholm (end of summer time); give an explicit offset, e.g. +02:00 or +01:00`,
    );
  }
  return [...candidates][0];
}

/** Local midnight at the start of a civil date. */
export function startOfLocalDay(date: CivilDate): Instant {
  return instantFromLocal(date, 0, 0);
}

/** Local wall-clock time 'HH:mm' on a civil date; minutes past 24 h roll into the next date. */
export function instantAtLocalTime(date: CivilDate, minuteOfDay: number): Instant {
  const extraDays = Math.floor(minuteOfDay / 1440);
  const m = minuteOfDay - extraDays * 1440;
  return instantFromLocal(addDays(date, extraDays), Math.floor(m / 60), m % 60);
}

/**
 * Parses a date-time as the roster document writes it: with an offset or 'Z' it is an exact
 * instant; without, it is Stockholm wall-clock time.
 */
export function parseDateTime(text: string): Instant {
  if (OFFSET_DATE_TIME.test(text)) {
    const instant = Date.parse(text);
    if (Number.isNaN(instant)) throw new TimeError('INVALID_FORMAT', `"${text}" is not a valid date-time`);
    // Date.parse rolls 2025-02-30 over; re-check the date part.
    parseCivilDate(text.slice(0, 10));
    return instant;
  }
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) {
    throw new TimeError(
      'INVALID_FORMAT',
      `"${text}" is not a date-time of the form YYYY-MM-DDTHH:mm (optionally with an offset such as +01:00)`,
    );
  }
  return instantFromLocal(m[1], Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : 0);
}

/** 'HH:mm' → minutes since midnight. */
export function parseClockTime(text: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    throw new TimeError('INVALID_FORMAT', `"${text}" is not a time of day of the form HH:mm`);
  }
  return Number(m[1]) * 60 + Number(m[2]);
}

/** ISO 8601 with Stockholm's offset, e.g. 2025-03-10T13:30:00+01:00. */
export function toLocalIso(instant: Instant): string {
  return formatDate(new TZDate(instant, STOCKHOLM), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** Formats an instant in Stockholm with a date-fns pattern (for messages and exports). */
export function formatLocal(instant: Instant, pattern: string): string {
  return formatDate(new TZDate(instant, STOCKHOLM), pattern);
}

export function toUtcIso(instant: Instant): string {
  return new Date(instant).toISOString();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
