// HÖK Vårdförbundet protocol note (2013, REPORTED): on a schedule with evenings or weekends, at
// least 9 whole calendar days off per 4-week period. Counted on the fixed 4-week grid for blocks
// that lie wholly inside the period; a day with any work, jour or beredskap is not a day off.
import { localMidnight, localTimeOnDay, weekdayOfDayNumber } from '../../time/intervals';
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
    const windows = windowsInPeriod(ctx.env, 'four-weeks');
    if (windows.length === 0) return;
    // 1 = some work, jour or beredskap that day; 2 = also evening or weekend work.
    const base = windows[0].startDay;
    const marks = new Uint8Array(windows[windows.length - 1].endDay - base);
    for (let i = 0; i < ctx.n; i++) {
      const work = ctx.kind[i] === KIND_WORK;
      for (let day = ctx.startDay[i], from = ctx.start[i]; from < ctx.end[i]; day++) {
        const next = localMidnight(day + 1);
        const to = next < ctx.end[i] ? next : ctx.end[i];
        from = to;
        const at = day - base;
        if (at < 0 || at >= marks.length) continue;
        if (marks[at] === 0) marks[at] = 1;
        if (work && (weekdayOfDayNumber(day) >= 6 || to > localTimeOnDay(day, EVENING_FROM_MIN))) marks[at] = 2;
      }
    }
    for (const window of windows) {
      if (window.startDay < periodStartDay || window.endDay > periodEndDay) continue;
      let off = 0;
      let unsocial = false;
      for (let day = window.startDay; day < window.endDay; day++) {
        if (marks[day - base] === 0) off++;
        if (marks[day - base] === 2) unsocial = true;
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
