// AB § 13 mom. 4 (2023-10-01) and ATL 13 §: dygnsvila. AB mode: every rest between two duty
// blocks (contiguous work + jour; beredskap is rest) must be ≥ 11 h; ATL mode: each fixed 24-h
// period from the dygnsbryt holds ≥ 11 h continuous rest. Mom. 8 a (planned, ≥ 9 h) and mom. 8 b /
// ATL 13 § st 1 (unforeseen) allow less when the shortfall is added to the next rest (8 b: or to a
// rest within 14 days).
import { type RecordedException } from '../../roster-document/roster-snapshot';
import { localTimeOnDay } from '../../time/intervals';
import { DAY_MS, HOUR_MS } from '../../time/stockholm';
import { type EmployeeContext } from '../employee-context';
import { dayMonthClock, durationText, shiftName } from '../message-format';
import { type RuleDefinition } from '../rule';

export const dailyRestRule: RuleDefinition = {
  id: 'daily-rest',
  severity: 'hard',
  title: { sv: 'Dygnsvila', en: 'Daily rest' },
  source: 'AB § 13 mom. 4 (2023-10-01), ATL 13 §',
  parameters: ['dailyRestMode', 'dailyRestHours', 'plannedShortRestMinHours', 'compensatoryRestWithinDays'],
  evaluate(ctx) {
    if (ctx.env.params.dailyRestMode === 'between-shifts') betweenShifts(ctx);
    else perFixedPeriod(ctx);
  },
};

/** Gap g lies before duty block g: from the end of block g − 1 (−∞ for g = 0) to the start of block g (+∞ past the last). */
function gapFrom(ctx: EmployeeContext, g: number): number {
  return g === 0 ? -Infinity : ctx.duty.end[g - 1];
}
function gapTo(ctx: EmployeeContext, g: number): number {
  return g === ctx.duty.start.length ? Infinity : ctx.duty.start[g];
}

function firstShift(ctx: EmployeeContext, block: number): number {
  return ctx.duty.shifts[block][0];
}
function lastShift(ctx: EmployeeContext, block: number): number {
  const shifts = ctx.duty.shifts[block];
  let last = shifts[0];
  for (const i of shifts) if (ctx.end[i] >= ctx.end[last]) last = i;
  return last;
}

/** The exception that allows a short rest before block `block`: planned first, then unforeseen. */
function shortRestException(ctx: EmployeeContext, block: number): RecordedException | null {
  for (const type of ['planned-9h', 'unforeseen'] as const) {
    for (const i of ctx.duty.shifts[block]) {
      const exception = ctx.exception(type, i);
      if (exception) return exception;
    }
  }
  return null;
}

function betweenShifts(ctx: EmployeeContext): void {
  const { params, dailyRestMs } = ctx.env;
  const blocks = ctx.duty.start.length;
  for (let g = 1; g < blocks; g++) {
    const from = gapFrom(ctx, g);
    const to = gapTo(ctx, g);
    const rest = to - from;
    if (rest >= dailyRestMs) continue;
    const before = lastShift(ctx, g - 1);
    const after = firstShift(ctx, g);
    const a = shiftName(ctx, before);
    const b = shiftName(ctx, after);
    const exception = shortRestException(ctx, g);
    const floor =
      exception?.type === 'planned-9h' ? params.plannedShortRestMinHours * HOUR_MS : exception ? 0 : dailyRestMs;
    if (rest < floor || !exception) {
      ctx.report({
        shifts: [before, after],
        from,
        to,
        measured: rest / HOUR_MS,
        limit: floor / HOUR_MS,
        unit: 'hours',
        message: {
          sv: `Dygnsvila ${durationText(rest)} mellan ${a.sv} och ${b.sv}; minst ${durationText(floor)} krävs${exception ? ' även med planerat undantag (AB § 13 mom. 8 a)' : ''}`,
          en: `Daily rest of ${durationText(rest)} between ${a.en} and ${b.en}; at least ${durationText(floor)} is required${exception ? ' even with a planned exception (AB § 13 mom. 8 a)' : ''}`,
        },
      });
      continue;
    }
    const required = dailyRestMs + (dailyRestMs - rest);
    checkCompensation(ctx, exception, g + 1, required, [before, after], rest);
  }
}

function perFixedPeriod(ctx: EmployeeContext): void {
  const { params, dailyRestMs, periodStartDay, periodEndDay, periodStart, periodEnd } = ctx.env;
  const minute = ctx.roster.employee.dygnsbrytMinutes;
  const blocks = ctx.duty.start.length;
  if (blocks === 0) return;
  let g = 0; // first gap that may reach into the current 24-h period
  for (let day = periodStartDay - 1; day < periodEndDay; day++) {
    const ps = localTimeOnDay(day, minute);
    const pe = localTimeOnDay(day + 1, minute);
    if (pe <= periodStart || ps >= periodEnd) continue;
    while (g < blocks && gapTo(ctx, g) <= ps) g++;
    let longest = 0;
    let touched = false;
    const shifts: number[] = [];
    let lastBlock = -1;
    for (let k = g; k <= blocks; k++) {
      const from = Math.max(gapFrom(ctx, k), ps);
      if (from >= pe) break;
      const to = Math.min(gapTo(ctx, k), pe);
      if (to - from > longest) longest = to - from;
      if (k < blocks && ctx.duty.start[k] < pe && ctx.duty.end[k] > ps) {
        touched = true;
        lastBlock = k;
        for (const i of ctx.duty.shifts[k]) shifts.push(i);
      }
    }
    if (!touched || longest >= dailyRestMs) continue;
    let exception: RecordedException | null = null;
    for (const i of shifts) exception ??= ctx.exception('planned-9h', i) ?? ctx.exception('unforeseen', i);
    const floor =
      exception?.type === 'planned-9h' ? params.plannedShortRestMinHours * HOUR_MS : exception ? 0 : dailyRestMs;
    if (!exception || longest < floor) {
      const period = `${dayMonthClock(ps)}–${dayMonthClock(pe)}`;
      ctx.report({
        shifts,
        from: ps,
        to: pe,
        measured: longest / HOUR_MS,
        limit: floor / HOUR_MS,
        unit: 'hours',
        message: {
          sv: `Längsta sammanhängande vila under dygnet ${period} är ${durationText(longest)}; minst ${durationText(floor)} krävs`,
          en: `The longest continuous rest in the 24-hour period ${period} is ${durationText(longest)}; at least ${durationText(floor)} is required`,
        },
      });
      continue;
    }
    checkCompensation(ctx, exception, lastBlock + 1, dailyRestMs + (dailyRestMs - longest), shifts, longest);
  }
}

/**
 * Compensatory rest: planned (mom. 8 a) must be the very next rest (gap `next`); unforeseen
 * (mom. 8 b) the next rest, or failing that a rest starting within compensatoryRestWithinDays.
 * The rest after the last shift of the document is open-ended and counts as given.
 */
function checkCompensation(
  ctx: EmployeeContext,
  exception: RecordedException,
  next: number,
  required: number,
  shifts: number[],
  rest: number,
): void {
  const blocks = ctx.duty.start.length;
  const planned = exception.type === 'planned-9h';
  const days = ctx.env.params.compensatoryRestWithinDays;
  const deadline = gapFrom(ctx, next) + days * DAY_MS;
  let given = -1;
  for (let k = next; k <= blocks; k++) {
    if (k > next && (planned || gapFrom(ctx, k) > deadline)) break;
    if (gapTo(ctx, k) - gapFrom(ctx, k) >= required) {
      given = k;
      break;
    }
  }
  const basis = planned ? 'AB § 13 mom. 8 a' : 'AB § 13 mom. 8 b / ATL 13 § st 1';
  if (given >= 0) {
    const where = given === blocks ? null : dayMonthClock(ctx.duty.start[given]);
    ctx.useException(exception, shifts, {
      sv: `Dygnsvila ${durationText(rest)} med undantag (${basis}); kompensationsvila på minst ${durationText(required)} ges ${where ? `före passet ${where}` : 'efter sista passet'}`,
      en: `Daily rest of ${durationText(rest)} under an exception (${basis}); compensatory rest of at least ${durationText(required)} is given ${where ? `before the shift at ${where}` : 'after the last shift'}`,
    });
    return;
  }
  // not given ⇒ next < blocks: the gap `next` lies between two blocks
  const from = gapFrom(ctx, next);
  const to = gapTo(ctx, next);
  const measured = to - from;
  const around = [lastShift(ctx, next - 1), firstShift(ctx, next)];
  const b = shiftName(ctx, around[1]);
  const within = planned ? '' : ` eller inom ${days} dagar`;
  const withinEn = planned ? '' : ` or within ${days} days`;
  ctx.report({
    shifts: [...shifts, ...around],
    from,
    to,
    measured: measured / HOUR_MS,
    limit: required / HOUR_MS,
    unit: 'hours',
    message: {
      sv: `Kompensationsvila saknas: vilan före ${b.sv} är ${durationText(measured)}, men efter en förkortad dygnsvila på ${durationText(rest)} ska nästa vila${within} vara minst ${durationText(required)} (${basis})`,
      en: `Compensatory rest missing: the rest before ${b.en} is ${durationText(measured)}, but after a shortened daily rest of ${durationText(rest)} the next rest${withinEn} must be at least ${durationText(required)} (${basis})`,
    },
  });
}
