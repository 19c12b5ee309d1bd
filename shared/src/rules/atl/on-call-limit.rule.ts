// ATL 6 §: jourtid (on call at the workplace) at most 50 h per calendar month, or 48 h per fixed
// 4-week period when that method is chosen. Work done during jour is recorded as work, not jour.
import { HOUR_MS } from '../../time/stockholm';
import { KIND_ON_CALL } from '../employee-context';
import { windowsInPeriod } from '../evaluation-env';
import { dayRange, hoursText, monthName } from '../message-format';
import { type RuleDefinition } from '../rule';
import { sumPieces } from '../window-sums';

export const onCallLimitRule: RuleDefinition = {
  id: 'on-call-limit',
  severity: 'hard',
  title: { sv: 'Jourtid', en: 'On-call time' },
  source: 'ATL 6 §',
  parameters: ['onCallMethod', 'onCallMonthlyLimitHours', 'onCallFourWeekLimitHours', 'gridAnchor'],
  evaluate(ctx) {
    const { params, periodStartDay } = ctx.env;
    const { counters } = ctx.roster.employee;
    const p = ctx.work;
    const monthly = params.onCallMethod === 'calendar-month';
    const grid = monthly ? 'month' : 'four-weeks';
    const limit = monthly ? params.onCallMonthlyLimitHours : params.onCallFourWeekLimitHours;
    const earlier = (monthly ? counters.onCallHoursThisMonth : counters.onCallHoursThisFourWeeks) * HOUR_MS;
    const sums = sumPieces(ctx, grid, (k) => (p.kind[k] === KIND_ON_CALL ? p.ms[k] : 0));
    for (const window of windowsInPeriod(ctx.env, grid)) {
      const sum = sums.get(window.key);
      if (!sum) continue;
      const containsStart = window.startDay <= periodStartDay && periodStartDay < window.endDay;
      const total = sum.ms + (containsStart ? earlier : 0);
      if (total <= limit * HOUR_MS) continue;
      const label = monthly
        ? monthName(window.start)
        : {
            sv: `4-veckorsperioden ${dayRange(window.start, window.end)}`,
            en: `the 4-week period ${dayRange(window.start, window.end)}`,
          };
      ctx.report({
        shifts: sum.shifts,
        from: window.start,
        to: window.end,
        measured: total / HOUR_MS,
        limit,
        unit: 'hours',
        message: {
          sv: `Jourtid ${hoursText(total / HOUR_MS)} under ${label.sv}; högst ${limit} h`,
          en: `On-call time of ${hoursText(total / HOUR_MS)} in ${label.en}; at most ${limit} h`,
        },
      });
    }
  },
};
