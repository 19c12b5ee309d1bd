// Healthy schedules (Stressforskningsinstitutet rec. 10; Dahlgren): at least 48 h off — free of
// work, jour and beredskap — after the last night of a block of nights. Advisory.
import { HOUR_MS } from '../../time/stockholm';
import { dayMonthClock, durationText, shiftName } from '../message-format';
import { type RuleDefinition } from '../rule';
import { nightRuns } from './night-runs';

export const restAfterNightsRule: RuleDefinition = {
  id: 'rest-after-nights',
  severity: 'soft',
  title: { sv: 'Återhämtning efter nattpass', en: 'Recovery after nights' },
  source: 'healthy schedules',
  parameters: ['restAfterNightsHours', 'nightShiftMinNightHours'],
  evaluate(ctx) {
    const required = ctx.env.params.restAfterNightsHours * HOUR_MS;
    const busy = ctx.busy;
    let b = 0;
    for (const run of nightRuns(ctx)) {
      const last = run.shifts[run.shifts.length - 1];
      while (b < busy.start.length && busy.end[b] < ctx.end[last]) b++;
      // busy block b contains the last night (blocks never touch); the free time runs to block b + 1
      if (b + 1 >= busy.start.length) continue;
      const free = busy.start[b + 1] - busy.end[b];
      if (free >= required) continue;
      const next = busy.shifts[b + 1][0];
      const name = shiftName(ctx, next);
      ctx.report({
        shifts: [last, next],
        from: busy.end[b],
        to: busy.start[b + 1],
        measured: free / HOUR_MS,
        limit: required / HOUR_MS,
        unit: 'hours',
        message: {
          sv: `${durationText(free)} ledigt efter sista nattpasset (slut ${dayMonthClock(busy.end[b])}) före ${name.sv}; rekommenderat minst ${durationText(required)}`,
          en: `${durationText(free)} off after the last night shift (ending ${dayMonthClock(busy.end[b])}) before the ${name.en}; recommended at least ${durationText(required)}`,
        },
      });
    }
  },
};
