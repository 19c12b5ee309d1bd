// Shared by overtime-limit (ATL 8, 8 a §§) and mertid-limit (ATL 10, 10 a §§): a cap per calendar
// month (or fixed 4 weeks) on allmän + extra time, and yearly caps on allmän time and on extra
// time (the latter only with a recorded reason). Nödfall (ATL 9 §) is counted apart and not capped,
// but only when the local union was notified (ATL 9 § st 2).
import { HOUR_MS } from '../../time/stockholm';
import { type EmployeeContext } from '../employee-context';
import { windowsInPeriod } from '../evaluation-env';
import { type ExceptionType } from '../exception-types';
import { dayRange, hoursText, monthName } from '../message-format';
import { type LocalizedText } from '../rule';
import { sumPieces } from '../window-sums';

export interface OrderedTimeSpec {
  name: LocalizedText;
  /** Which part of each piece is this kind of time. */
  amount: Float64Array;
  extra: Float64Array;
  excess: Float64Array;
  method: 'calendar-month' | 'four-weeks';
  monthLimit: number;
  fourWeekLimit: number;
  yearLimit: number;
  extraYearLimit: number;
  earlierThisMonth: number;
  earlierThisFourWeeks: number;
  extraType: ExceptionType;
  generalSource: string;
  extraSource: string;
}

export function checkOrderedTimeCaps(ctx: EmployeeContext, spec: OrderedTimeSpec): void {
  const p = ctx.work;
  const { name } = spec;
  const counted = (k: number) => (p.emergency[k] ? 0 : spec.amount[k]);
  const unnotified = (k: number) => (p.emergencyUnnotified[k] ? spec.amount[k] : 0);

  // Monthly (or 4-week) cap on allmän + extra together; extra cannot lift it (ATL 8 a § st 2).
  const grid = spec.method === 'calendar-month' ? 'month' : 'four-weeks';
  const limit = spec.method === 'calendar-month' ? spec.monthLimit : spec.fourWeekLimit;
  const earlier = (spec.method === 'calendar-month' ? spec.earlierThisMonth : spec.earlierThisFourWeeks) * HOUR_MS;
  const sums = sumPieces(ctx, grid, counted);
  const missingNotice = sumPieces(ctx, grid, unnotified);
  for (const window of windowsInPeriod(ctx.env, grid)) {
    const sum = sums.get(window.key);
    if (!sum) continue;
    const containsStart = window.startDay <= ctx.env.periodStartDay && ctx.env.periodStartDay < window.endDay;
    const total = sum.ms + (containsStart ? earlier : 0);
    if (total <= limit * HOUR_MS) continue;
    const label =
      grid === 'month'
        ? monthName(window.start)
        : {
            sv: `4-veckorsperioden ${dayRange(window.start, window.end)}`,
            en: `the 4-week period ${dayRange(window.start, window.end)}`,
          };
    const note = missingNotice.has(window.key)
      ? ' Nödfallsövertid räknas inte separat när lokal facklig organisation inte underrättats (ATL 9 § st 2).'
      : '';
    const noteEn = missingNotice.has(window.key)
      ? ' Emergency overtime is not counted apart when the local union was not notified (ATL 9 § st 2).'
      : '';
    ctx.report({
      shifts: sum.shifts,
      from: window.start,
      to: window.end,
      measured: total / HOUR_MS,
      limit,
      unit: 'hours',
      message: {
        sv: `${capitalise(name.sv)} ${hoursText(total / HOUR_MS)} under ${label.sv}; högst ${limit} h (allmän och extra tillsammans).${note}`,
        en: `${capitalise(name.en)} of ${hoursText(total / HOUR_MS)} in ${label.en}; at most ${limit} h (general and extra together).${noteEn}`,
      },
    });
  }

  // Yearly caps: excess beyond allmän without a reason, or beyond extra with one.
  const withoutBasis = sumPieces(ctx, 'year', (k) => (ctx.exception(spec.extraType, p.shift[k]) ? 0 : spec.excess[k]));
  const beyondExtra = sumPieces(ctx, 'year', (k) => (ctx.exception(spec.extraType, p.shift[k]) ? spec.excess[k] : 0));
  for (const window of windowsInPeriod(ctx.env, 'year')) {
    const year = window.key;
    const general = withoutBasis.get(year);
    if (general) {
      const measured = spec.yearLimit + general.ms / HOUR_MS;
      yearly(ctx, general.shifts, measured, spec.yearLimit, {
        sv: `Allmän ${name.sv} ${hoursText(measured)} under ${year}; högst ${spec.yearLimit} h (${spec.generalSource}). Mer kräver särskilda skäl som extra ${name.sv} (${spec.extraSource})`,
        en: `General ${name.en} of ${hoursText(measured)} in ${year}; at most ${spec.yearLimit} h (${spec.generalSource}). More needs special reasons recorded as extra ${name.en} (${spec.extraSource})`,
      });
    }
    const extra = beyondExtra.get(year);
    if (extra) {
      const measured = spec.extraYearLimit + extra.ms / HOUR_MS;
      yearly(ctx, extra.shifts, measured, spec.extraYearLimit, {
        sv: `Extra ${name.sv} ${hoursText(measured)} under ${year}; högst ${spec.extraYearLimit} h (${spec.extraSource})`,
        en: `Extra ${name.en} of ${hoursText(measured)} in ${year}; at most ${spec.extraYearLimit} h (${spec.extraSource})`,
      });
    }
  }

  // Exceptions that changed the counting.
  for (let k = 0; k < p.count; k++) {
    if (spec.amount[k] === 0) continue;
    const i = p.shift[k];
    if (p.emergency[k]) {
      const exception = ctx.exception('emergency', i)!;
      ctx.useException(exception, [i], {
        sv: `Nödfallsövertid/-mertid (ATL 9 §): räknas separat, utan tak; räknas i sammanlagd arbetstid (ATL 10 b §)`,
        en: `Emergency overtime/additional hours (ATL 9 §): counted apart, uncapped; counts toward total working time (ATL 10 b §)`,
      });
    } else if (spec.extra[k] > 0) {
      const exception = ctx.exception(spec.extraType, i)!;
      ctx.useException(exception, [i], {
        sv: `${hoursText(spec.extra[k] / HOUR_MS)} extra ${name.sv} med särskilda skäl (${spec.extraSource}) utöver allmän ${name.sv} ${spec.yearLimit} h`,
        en: `${hoursText(spec.extra[k] / HOUR_MS)} of extra ${name.en} with special reasons (${spec.extraSource}) beyond ${spec.yearLimit} h of general ${name.en}`,
      });
    }
  }
}

function yearly(ctx: EmployeeContext, shifts: number[], measured: number, limit: number, message: LocalizedText): void {
  const first = shifts[0];
  const last = shifts[shifts.length - 1];
  ctx.report({ shifts, from: ctx.start[first], to: ctx.end[last], measured, limit, unit: 'hours', message });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
