// ATL 12 § and AB § 13: the schedule is given at least 14 days before the period starts, and a
// published shift is changed with at least 14 days' notice (measured to the shift's new start)
// unless a reason is recorded (`short-notice`: nature of the business, unforeseen events).
import { DAY_MS } from '../../time/stockholm';
import { dayMonth, dayMonthClock, round2, shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const scheduleNoticeRule: RuleDefinition = {
  id: 'schedule-notice',
  severity: 'soft',
  title: { sv: 'Varsel om schema och ändringar', en: 'Notice of schedules and changes' },
  source: 'ATL 12 §, AB § 13',
  parameters: ['scheduleNoticeDays'],
  evaluate(ctx) {
    const { publishedAt, periodStart, params } = ctx.env;
    const required = params.scheduleNoticeDays;
    const shiftsInPeriod: number[] = [];
    for (let i = 0; i < ctx.n; i++) if (ctx.inPeriod[i]) shiftsInPeriod.push(i);
    if (publishedAt !== null && shiftsInPeriod.length > 0 && periodStart - publishedAt < required * DAY_MS) {
      const days = (periodStart - publishedAt) / DAY_MS;
      ctx.report({
        shifts: [],
        from: Math.min(publishedAt, periodStart),
        to: periodStart,
        measured: days,
        limit: required,
        unit: 'days',
        scope: 'always',
        message: {
          sv: `Schemat publicerades ${dayMonth(publishedAt)}, ${round2(days)} dagar före periodens start ${dayMonth(periodStart)}; minst ${required} dagar krävs`,
          en: `The schedule was published on ${dayMonth(publishedAt)}, ${round2(days)} days before the period starts on ${dayMonth(periodStart)}; at least ${required} days are required`,
        },
      });
    }
    for (const i of shiftsInPeriod) {
      const changedAt = ctx.shifts[i].changedAt;
      if (changedAt === null || ctx.start[i] - changedAt >= required * DAY_MS) continue;
      const days = (ctx.start[i] - changedAt) / DAY_MS;
      const exception = ctx.exception('short-notice', i);
      if (exception) {
        ctx.useException(exception, [i], {
          sv: `Ändring med ${round2(days)} dagars varsel av skäl som registrerats (ATL 12 §)`,
          en: `Change with ${round2(days)} days' notice for a recorded reason (ATL 12 §)`,
        });
        continue;
      }
      const shift = shiftWithTimes(ctx, i);
      ctx.report({
        shifts: [i],
        from: Math.min(changedAt, ctx.start[i]),
        to: ctx.start[i],
        measured: days,
        limit: required,
        unit: 'days',
        message: {
          sv: `${shift.sv} ändrades ${dayMonthClock(changedAt)}, ${round2(days)} dagar i förväg; minst ${required} dagars varsel eller ett registrerat skäl krävs`,
          en: `${shift.en} was changed on ${dayMonthClock(changedAt)}, ${round2(days)} days ahead; at least ${required} days' notice or a recorded reason is required`,
        },
      });
    }
  },
};
