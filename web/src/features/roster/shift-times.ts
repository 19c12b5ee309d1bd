import { addDays } from '@bemanna/shared';
import type { Shift, ShiftType } from '../../api/client';

// The API takes 'YYYY-MM-DDTHH:mm' as Stockholm wall-clock time and answers `startLocal` /
// `endLocal` in Stockholm time with their offset, so the roster never converts zones itself.

export interface WallClock {
  date: string;
  time: string;
}

/** '2026-09-08T13:30:00+02:00' → { date: '2026-09-08', time: '13:30' }. */
export function wallClock(localIso: string): WallClock {
  return { date: localIso.slice(0, 10), time: localIso.slice(11, 16) };
}

/** The wall-clock form the API takes: '2026-09-08T13:30'. */
export function wallClockText(date: string, time: string): string {
  return `${date}T${time}`;
}

/**
 * A shift moved by whole days keeps its wall-clock times: a day shift stays 07:00–15:30 and a
 * night 21:15–07:15 also across a clock change (the rules engine then measures its real length).
 */
export function movedShiftTimes(
  shift: Pick<Shift, 'startLocal' | 'endLocal'>,
  days: number,
): { start: string; end: string } {
  const s = wallClock(shift.startLocal);
  const e = wallClock(shift.endLocal);
  return { start: wallClockText(addDays(s.date, days), s.time), end: wallClockText(addDays(e.date, days), e.time) };
}

/** '13:30–21:30'. */
export function timeRange(shift: Pick<Shift, 'startLocal' | 'endLocal'>): string {
  return `${wallClock(shift.startLocal).time}–${wallClock(shift.endLocal).time}`;
}

/** A shift type's times on a date, as the API would place it (end on the next day when it crosses midnight). */
export function shiftTypeTimes(
  shiftType: Pick<ShiftType, 'startTime' | 'endTime'>,
  date: string,
): { start: string; end: string } {
  const endDate = shiftType.endTime <= shiftType.startTime ? addDays(date, 1) : date;
  return { start: wallClockText(date, shiftType.startTime), end: wallClockText(endDate, shiftType.endTime) };
}
