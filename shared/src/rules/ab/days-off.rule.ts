// HÖK Vårdförbundet protocol note (2013, REPORTED): on a schedule with evenings or weekends, at
// least 9 whole calendar days off per 4-week period. Counted on the fixed 4-week grid for blocks
// that lie wholly inside the period; a day with any work, jour or beredskap is not a day off.
import { forEachLocalDay, localTimeOnDay, weekdayOfDayNumber } from '../../time/intervals';
import { KIND_WORK } from '../employee-context';
import { windowsInPeriod } from '../evaluation-env';
import { dayRange } from '../message-format';
import { type RuleDefinition } from '../rule';

const EVENING_FROM_MIN = 19 * 60;

export const daysOffRule: RuleDefinition = {
  id: 'days-off',
  severity: 'soft',
  title: { sv: 'Fridagar per fyra veckor', en: 'Days off per four weeks' },
  source: 'HÖK Vårdförbundet',
  parameters: ['minDaysOffPerFourWeeks', 'gridAnchor'],
  evaluate(ctx) {
    const { params, periodStartDay, periodEndDay } = ctx.env;
    const busyDays = new Set<number>();
    const unsocialDays = new Set<number>();
    for (let i = 0; i < ctx.n; i++) {
      const work = ctx.kind[i] === KIND_WORK;
      forEachLocalDay(ctx.start[i], ctx.end[i], (day, _from, to) => {
        busyDays.add(day);
        if (!work) return;
        const weekday = weekdayOfDayNumber(day);
        if (weekday >= 6 || to > localTimeOnDay(day, EVENING_FROM_MIN)) unsocialDays.add(day);
      });
    }
    for (const window of windowsInPeriod(ctx.env, 'four-weeks')) {
      if (window.startDay < periodStartDay || window.endDay > periodEndDay) continue;
      let off = 0;
      let unsocial = false;
      for (let day = window.startDay; day < window.endDay; day++) {
        if (!busyDays.has(day)) off++;
        if (unsocialDays.has(day)) unsocial = true;
      }
      if (!unsocial || off >= params.minDaysOffPerFourWeeks) continue;
      const shifts: number[] = [];
      for (let i = 0; i < ctx.n; i++) if (ctx.start[i] < window.end && ctx.end[i] > window.start) shifts.push(i);
      const range = dayRange(window.start, window.end);
      ctx.report({
        shifts,
        from: window.start,
        to: window.end,
        measured: off,
        limit: params.minDaysOffPerFourWeeks,
        unit: 'days',
        scope: 'window',
        message: {
          sv: `${off} hela lediga dagar under 4-veckorsperioden ${range}; minst ${params.minDaysOffPerFourWeeks} vid schema med kvällar och helger`,
          en: `${off} whole days off in the 4-week period ${range}; at least ${params.minDaysOffPerFourWeeks} on a schedule with evenings and weekends`,
        },
      });
    }
  },
};
