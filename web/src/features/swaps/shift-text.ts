import { addDays } from '@bemanna/shared';
import { currentLanguage } from '../../i18n/i18n';

// Shifts as swaps and open shifts show them: the API gives Stockholm wall-clock ISO strings, so
// the day and times are read off the string, never converted in the browser's own zone.

/** 'tis 10 mars' / 'Tue 10 Mar' for a civil date 'YYYY-MM-DD'. */
export function shiftDay(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLanguage(language) === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** '13:30–21:30' */
export function shiftTimes(shift: { startLocal: string; endLocal: string }): string {
  return `${shift.startLocal.slice(11, 16)}–${shift.endLocal.slice(11, 16)}`;
}

/** 2.8 → '2 h 48 min' */
export function hoursText(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** '2026-03-08T12:00' (Stockholm wall clock) from an instant, for a datetime-local field. */
export function wallClockInput(instant: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(instant))
    .replace(' ', 'T');
}

/** The range of my upcoming shifts to offer from: today and 16 weeks ahead (the longest period). */
export function upcomingRange(today: string): { from: string; to: string } {
  return { from: today, to: addDays(today, 112) };
}
