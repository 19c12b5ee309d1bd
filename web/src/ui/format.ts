import { STOCKHOLM, isoWeekOf, localDate } from '@bemanna/shared';
import { currentLanguage } from '../i18n/i18n';

// Every date and time the UI shows is Stockholm wall-clock time on a 24-hour clock, whatever the
// browser's own zone; week numbers are ISO weeks (Monday first), as Swedish calendars print them.

function locale(language: string): string {
  return currentLanguage(language) === 'sv' ? 'sv-SE' : 'en-GB';
}

/** '2025-11-24 14:05' (sv) or '24 Nov 2025, 14:05' (en). */
export function formatDateTime(instant: number | string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: STOCKHOLM,
    year: 'numeric',
    month: currentLanguage(language) === 'sv' ? '2-digit' : 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** 'måndag 24 november 2025' / 'Monday 24 November 2025'. */
export function formatLongDate(instant: number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: STOCKHOLM,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(instant));
}

/** ISO week of the Stockholm date an instant falls on. */
export function isoWeekAt(instant: number | string): number {
  return isoWeekOf(localDate(new Date(instant).getTime())).week;
}

/** 510 → '8 h 30 min'; 480 → '8 h'. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
