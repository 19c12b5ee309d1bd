// Wording helpers for violation messages a scheduler reads ("Dygnsvila 9 h 30 min mellan
// kvällspass 10/3 och dagpass 11/3; minst 11 h krävs"). Display rounding only; rules never round.
import { HOUR_MS, MINUTE_MS, localParts, type Instant } from '../time/stockholm';
import { type EmployeeContext, KIND_ON_CALL, KIND_STANDBY } from './employee-context';
import { type LocalizedText } from './rule';

/** Duration as "9 h 30 min", "11 h", "45 min". */
export function durationText(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const minutes = Math.round(Math.abs(ms) / MINUTE_MS);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}

export function hoursText(hours: number): string {
  return durationText(hours * HOUR_MS);
}

/** "10/3" */
export function dayMonth(instant: Instant): string {
  const p = localParts(instant);
  return `${p.day}/${p.month}`;
}

/** "21:30" */
export function clockText(instant: Instant): string {
  const p = localParts(instant);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** "10/3 21:30" */
export function dayMonthClock(instant: Instant): string {
  return `${dayMonth(instant)} ${clockText(instant)}`;
}

/** "10/3–16/3", the last day being the one before `end` (exclusive). */
export function dayRange(start: Instant, end: Instant): string {
  return `${dayMonth(start)}–${dayMonth(end - 1)}`;
}

/** Kind of shift as a scheduler names it: nattpass / kvällspass / dagpass / jourpass / beredskap. */
export function shiftLabel(ctx: EmployeeContext, i: number): LocalizedText {
  if (ctx.kind[i] === KIND_ON_CALL) return { sv: 'jourpass', en: 'on-call shift' };
  if (ctx.kind[i] === KIND_STANDBY) return { sv: 'beredskapspass', en: 'standby' };
  if (ctx.isNightShift[i]) return { sv: 'nattpass', en: 'night shift' };
  if (ctx.startMinute[i] >= 12 * 60) return { sv: 'kvällspass', en: 'evening shift' };
  return { sv: 'dagpass', en: 'day shift' };
}

/** "kvällspass 10/3" / "evening shift 10/3" */
export function shiftName(ctx: EmployeeContext, i: number): LocalizedText {
  const label = shiftLabel(ctx, i);
  const day = dayMonth(ctx.start[i]);
  return { sv: `${label.sv} ${day}`, en: `${label.en} ${day}` };
}

/** "kvällspass 10/3 13:30–21:30" */
export function shiftWithTimes(ctx: EmployeeContext, i: number): LocalizedText {
  const name = shiftName(ctx, i);
  const times = `${clockText(ctx.start[i])}–${clockText(ctx.end[i])}`;
  return { sv: `${name.sv} ${times}`, en: `${name.en} ${times}` };
}

const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(instant: Instant): LocalizedText {
  const p = localParts(instant);
  return { sv: `${MONTHS_SV[p.month - 1]} ${p.year}`, en: `${MONTHS_EN[p.month - 1]} ${p.year}` };
}

/** Rounds for display to at most two decimals. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
