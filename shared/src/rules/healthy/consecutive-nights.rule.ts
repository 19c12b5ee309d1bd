// Healthy schedules (Stressforskningsinstitutet rec. 5; Garde et al. 2020): at most 3 night shifts
// in a row. Nights are in a row when they start on consecutive local dates. Advisory.
import { dayMonth } from '../message-format';
import { type RuleDefinition } from '../rule';
import { nightRuns } from './night-runs';

export const consecutiveNightsRule: RuleDefinition = {
  id: 'consecutive-nights',
  severity: 'soft',
  title: { sv: 'Nattpass i följd', en: 'Night shifts in a row' },
  source: 'healthy schedules',
  parameters: ['maxConsecutiveNights', 'nightShiftMinNightHours'],
  evaluate(ctx) {
    const max = ctx.env.params.maxConsecutiveNights;
    for (const run of nightRuns(ctx)) {
      if (run.nights <= max) continue;
      const first = run.shifts[0];
      const last = run.shifts[run.shifts.length - 1];
      ctx.report({
        shifts: run.shifts,
        from: ctx.start[first],
        to: ctx.end[last],
        measured: run.nights,
        limit: max,
        unit: 'nights',
        message: {
          sv: `${run.nights} nattpass i följd ${dayMonth(ctx.start[first])}–${dayMonth(ctx.start[last])}; rekommenderat högst ${max}`,
          en: `${run.nights} night shifts in a row ${dayMonth(ctx.start[first])}–${dayMonth(ctx.start[last])}; recommended at most ${max}`,
        },
      });
    }
  },
};
