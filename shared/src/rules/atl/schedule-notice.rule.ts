// ATL 12 § and AB § 13: the schedule is given at least 14 days before the period starts, and a
// published shift is changed with at least 14 days' notice unless a reason is recorded
// (`short-notice`). Notice is counted in calendar days (local date of publication or change to
// the local date of the period start or of the shift's new start), so clock changes do not matter.
import { localDayNumber } from '../../time/intervals';
import { dayMonth, dayMonthClock, shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const scheduleNoticeRule: RuleDefinition = {
  id: 'schedule-notice',
  severity: 'soft',
  title: { sv: 'Varsel om schema och ändringar', en: 'Notice of schedules and changes' },
  source: 'ATL 12 §, AB § 13',
  parameters: ['scheduleNoticeDays'],
  evaluate(ctx) {
    const { publishedAt, periodStart, periodStartDay, params } = ctx.env;
    const required = params.scheduleNoticeDays;
    const shiftsInPeriod: number[] = [];
    for (let i = 0; i < ctx.n; i++) if (ctx.inPeriod[i]) shiftsInPeriod.push(i);
    const publishedDays = publishedAt === null ? Infinity : periodStartDay - localDayNumber(publishedAt);
    if (publishedAt !== null && shiftsInPeriod.length > 0 && publishedDays < required) {
      const days = publishedDays;
      ctx.report({
        shifts: [],
        from: Math.min(publishedAt, periodStart),
        to: periodStart,
        measured: days,
        limit: required,
        unit: 'days',
        scope: 'always',
        message: {
          sv: `Schemat publicerades ${dayMonth(publishedAt)}, ${days} dagar före periodens start ${dayMonth(periodStart)}; minst ${required} dagar krävs`,
          en: `The schedule was published on ${dayMonth(publishedAt)}, ${days} days before the period starts on ${dayMonth(periodStart)}; at least ${required} days are required`,
        },
      });
    }
    for (const i of shiftsInPeriod) {
      const changedAt = ctx.shifts[i].changedAt;
      if (changedAt === null) continue;
      const days = ctx.startDay[i] - localDayNumber(changedAt);
      if (days >= required) continue;
      const exception = ctx.exception('short-notice', i);
      if (exception) {
        ctx.useException(exception, [i], {
          sv: `Ändring med ${days} dagars varsel av skäl som registrerats (ATL 12 §)`,
          en: `Change with ${days} days' notice for a recorded reason (ATL 12 §)`,
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
          sv: `${shift.sv} ändrades ${dayMonthClock(changedAt)}, ${days} dagar i förväg; minst ${required} dagars varsel eller ett registrerat skäl krävs`,
          en: `${shift.en} was changed on ${dayMonthClock(changedAt)}, ${days} days ahead; at least ${required} days' notice or a recorded reason is required`,
        },
      });
    }
  },
};
