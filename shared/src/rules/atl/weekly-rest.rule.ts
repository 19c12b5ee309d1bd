// ATL 14 § and AB § 13: each fixed 7-day period (default Monday 00:00) holds 36 h continuous time
// free of work, jour and beredskap. C-477/21: the daily rest comes on top of it; `skr-nonoverlap`
// (SKR) lets the 36 h start right after the last shift when that shift's 24-h period already had
// its daily rest before the shift, `strict-47h` always adds the daily rest first.
import { localDayNumber, localTimeOnDay } from '../../time/intervals';
import { HOUR_MS } from '../../time/stockholm';
import { windowsInPeriod } from '../evaluation-env';
import { type EmployeeContext } from '../employee-context';
import { dayRange, durationText } from '../message-format';
import { type RuleDefinition } from '../rule';

export const weeklyRestRule: RuleDefinition = {
  id: 'weekly-rest',
  severity: 'hard',
  title: { sv: 'Veckovila', en: 'Weekly rest' },
  source: 'ATL 14 §, AB § 13',
  parameters: ['weeklyRestHours', 'weeklyRestMode', 'weekStartDay', 'dailyRestHours'],
  evaluate(ctx) {
    const { weeklyRestMs, params } = ctx.env;
    const busy = ctx.busy;
    const blocks = busy.start.length;
    const restFrom: number[] = [];
    const restTo: number[] = [];
    for (let g = 0; g <= blocks; g++) {
      restFrom.push(g === 0 ? -Infinity : weeklyRestStart(ctx, g));
      restTo.push(g === blocks ? Infinity : busy.start[g]);
    }
    let first = 0;
    for (const week of windowsInPeriod(ctx.env, 'week')) {
      while (first < blocks && restTo[first] <= week.start) first++;
      let longest = 0;
      const shifts: number[] = [];
      if (first > 0 && busy.end[first - 1] > week.start) shifts.push(...busy.shifts[first - 1]);
      for (let g = first; g <= blocks; g++) {
        const from = restFrom[g] > week.start ? restFrom[g] : week.start;
        if (g > 0 && busy.start[g - 1] >= week.end) break;
        const to = restTo[g] < week.end ? restTo[g] : week.end;
        if (to - from > longest) longest = to - from;
        if (g < blocks && busy.start[g] < week.end && busy.end[g] > week.start) shifts.push(...busy.shifts[g]);
      }
      if (longest >= weeklyRestMs) continue;
      const range = dayRange(week.start, week.end);
      const after = params.weeklyRestMode === 'strict-47h' ? ' (räknat efter dygnsvilan, C-477/21)' : '';
      const afterEn = params.weeklyRestMode === 'strict-47h' ? ' (counted after the daily rest, C-477/21)' : '';
      ctx.report({
        shifts,
        from: week.start,
        to: week.end,
        measured: longest / HOUR_MS,
        limit: weeklyRestMs / HOUR_MS,
        unit: 'hours',
        scope: 'window',
        message: {
          sv: `Veckovila: längsta sammanhängande ledighet utan arbete, jour eller beredskap veckan ${range} är ${durationText(longest)}${after}; minst ${durationText(weeklyRestMs)} krävs`,
          en: `Weekly rest: the longest continuous time free of work, on-call and standby in the week ${range} is ${durationText(longest)}${afterEn}; at least ${durationText(weeklyRestMs)} is required`,
        },
      });
    }
  },
};

/**
 * Where the weekly rest after busy block g − 1 may begin. The daily rest belongs first (C-477/21),
 * unless — skr-nonoverlap — the 24-h period (from the dygnsbryt) in which that block started had
 * already given the daily rest before it.
 */
function weeklyRestStart(ctx: EmployeeContext, g: number): number {
  const { dailyRestMs, params } = ctx.env;
  const busy = ctx.busy;
  const blockEnd = busy.end[g - 1];
  if (params.weeklyRestMode === 'strict-47h') return blockEnd + dailyRestMs;
  const blockStart = busy.start[g - 1];
  const minute = ctx.roster.employee.dygnsbrytMinutes;
  let day = localDayNumber(blockStart);
  if (localTimeOnDay(day, minute) > blockStart) day -= 1;
  const periodStart = localTimeOnDay(day, minute);
  const previousEnd = g >= 2 ? busy.end[g - 2] : -Infinity;
  const restBefore = blockStart - Math.max(periodStart, previousEnd);
  return restBefore >= dailyRestMs ? blockEnd : blockEnd + dailyRestMs;
}
