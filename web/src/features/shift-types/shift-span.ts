import { HOUR_MS, MINUTE_MS, addDays, instantAtLocalTime, parseClockTime } from '@bemanna/shared';

export interface ShiftSpan {
  startMinute: number;
  endMinute: number;
  crossesMidnight: boolean;
  /** Length on an ordinary day, break included. */
  lengthMinutes: number;
  paidMinutes: number;
  /** Length on the nights the clocks change, when the shift spans 02:00–03:00 (null when it does not differ). */
  springLengthMinutes: number | null;
  autumnLengthMinutes: number | null;
}

// Representative nights of the changes (last Sunday of March and of October); the difference is
// the same every year, and the shared time module does the zone arithmetic.
const SPRING_CHANGE = '2025-03-30';
const AUTUMN_CHANGE = '2025-10-26';

/** Preview of a shift type as the editor shows it; null while the times are not valid 'HH:mm'. */
export function shiftSpan(startTime: string, endTime: string, breakMinutes: number): ShiftSpan | null {
  let startMinute: number;
  let endMinute: number;
  try {
    startMinute = parseClockTime(startTime);
    endMinute = parseClockTime(endTime);
  } catch {
    return null;
  }
  if (startMinute === endMinute) return null;
  const crossesMidnight = endMinute < startMinute;
  const lengthMinutes = crossesMidnight ? 1440 - startMinute + endMinute : endMinute - startMinute;
  const onChangeNight = (changeDate: string): number | null => {
    // A shift over midnight starts the evening before the change; a day shift starts on the day.
    const startDate = crossesMidnight ? addDays(changeDate, -1) : changeDate;
    try {
      const from = instantAtLocalTime(startDate, startMinute);
      const to = instantAtLocalTime(startDate, crossesMidnight ? endMinute + 1440 : endMinute);
      const minutes = Math.round((to - from) / MINUTE_MS);
      return minutes === lengthMinutes ? null : minutes;
    } catch {
      // The start or end itself falls in the hour that is skipped or repeated.
      return lengthMinutes + (changeDate === SPRING_CHANGE ? -HOUR_MS : HOUR_MS) / MINUTE_MS;
    }
  };
  return {
    startMinute,
    endMinute,
    crossesMidnight,
    lengthMinutes,
    paidMinutes: Math.max(0, lengthMinutes - breakMinutes),
    springLengthMinutes: onChangeNight(SPRING_CHANGE),
    autumnLengthMinutes: onChangeNight(AUTUMN_CHANGE),
  };
}
