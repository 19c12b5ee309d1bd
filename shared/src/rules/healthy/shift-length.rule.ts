// Healthy schedules (Stressforskningsinstitutet rec. 3–4; Garde et al. 2020): a shift, start to end,
// at most 12 h, and a night shift (≥ 3 h inside 22–06) at most 9 h. Advisory.
import { HOUR_MS } from '../../time/stockholm';
import { KIND_WORK } from '../employee-context';
import { durationText, shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const shiftLengthRule: RuleDefinition = {
  id: 'shift-length',
  severity: 'soft',
  title: { sv: 'Långa pass', en: 'Long shifts' },
  source: 'healthy schedules',
  parameters: ['maxShiftHours', 'maxNightShiftHours', 'nightShiftMinNightHours'],
  evaluate(ctx) {
    const { params } = ctx.env;
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] !== KIND_WORK) continue;
      const span = ctx.end[i] - ctx.start[i];
      const night = ctx.isNightShift[i];
      const limit =
        (night ? Math.min(params.maxNightShiftHours, params.maxShiftHours) : params.maxShiftHours) * HOUR_MS;
      if (span <= limit) continue;
      const shift = shiftWithTimes(ctx, i);
      ctx.report({
        shifts: [i],
        from: ctx.start[i],
        to: ctx.end[i],
        measured: span / HOUR_MS,
        limit: limit / HOUR_MS,
        unit: 'hours',
        message: {
          sv: `${shift.sv} är ${durationText(span)}; rekommenderat högst ${durationText(limit)}${night ? ' för nattpass' : ''}`,
          en: `${shift.en} lasts ${durationText(span)}; recommended at most ${durationText(limit)}${night ? ' for night shifts' : ''}`,
        },
      });
    }
  },
};
