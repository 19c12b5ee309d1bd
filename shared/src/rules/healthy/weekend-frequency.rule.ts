// Practice (varannan helg; RULES.md A1): a weekend is worked when any work falls in Friday 22:00 →
// Monday 00:00; a night shift starting on Sunday (the night toward Monday) does not count. Over the
// period at most ⌈weekends / weekendFrequency⌉ weekends may be worked. Advisory.
import { localTimeOnDay, weekdayOfDayNumber } from '../../time/intervals';
import { KIND_WORK } from '../employee-context';
import { dayRange } from '../message-format';
import { type RuleDefinition } from '../rule';

export const weekendFrequencyRule: RuleDefinition = {
  id: 'weekend-frequency',
  severity: 'soft',
  title: { sv: 'Helgtjänstgöring', en: 'Weekend frequency' },
  source: 'practice',
  parameters: ['weekendFrequency'],
  evaluate(ctx) {
    const { periodStartDay, periodEndDay, periodStart, periodEnd, params } = ctx.env;
    let weekends = 0;
    let worked = 0;
    const shifts: number[] = [];
    let first = 0;
    const firstSaturday = periodStartDay + ((6 - weekdayOfDayNumber(periodStartDay) + 7) % 7);
    for (let saturday = firstSaturday; saturday < periodEndDay; saturday += 7) {
      weekends += 1;
      const from = localTimeOnDay(saturday - 1, 22 * 60);
      const to = localTimeOnDay(saturday + 2, 0);
      while (first < ctx.n && ctx.end[first] <= from) first++;
      let hit = false;
      for (let i = first; i < ctx.n && ctx.start[i] < to; i++) {
        if (ctx.kind[i] !== KIND_WORK || ctx.end[i] <= from) continue;
        if (ctx.isNightShift[i] && weekdayOfDayNumber(ctx.startDay[i]) === 7) continue;
        hit = true;
        shifts.push(i);
      }
      if (hit) worked += 1;
    }
    const allowed = Math.ceil(weekends / params.weekendFrequency);
    if (worked <= allowed) return;
    const range = dayRange(periodStart, periodEnd);
    ctx.report({
      shifts,
      from: periodStart,
      to: periodEnd,
      measured: worked,
      limit: allowed,
      unit: 'weekends',
      scope: 'window',
      message: {
        sv: `Arbetar ${worked} av ${weekends} helger ${range}; policyn tillåter ${allowed} (var ${params.weekendFrequency}:a helg)`,
        en: `Works ${worked} of ${weekends} weekends ${range}; the policy allows ${allowed} (every ${params.weekendFrequency} weekends)`,
      },
    });
  },
};
