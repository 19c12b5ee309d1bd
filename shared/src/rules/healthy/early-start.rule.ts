// Healthy schedules (Stressforskningsinstitutet rec. 7): avoid morning starts before 06:00; night
// shifts (≥ 3 h inside 22–06) are excepted. Advisory.
import { KIND_WORK } from '../employee-context';
import { shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const earlyStartRule: RuleDefinition = {
  id: 'early-start',
  severity: 'soft',
  title: { sv: 'Tidig start', en: 'Early start' },
  source: 'healthy schedules',
  parameters: ['earlyStartBefore', 'nightShiftMinNightHours'],
  evaluate(ctx) {
    const { earlyStartMin, params } = ctx.env;
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] !== KIND_WORK || ctx.isNightShift[i] || ctx.startMinute[i] >= earlyStartMin) continue;
      const shift = shiftWithTimes(ctx, i);
      ctx.report({
        shifts: [i],
        from: ctx.start[i],
        to: ctx.end[i],
        measured: ctx.startMinute[i] / 60,
        limit: earlyStartMin / 60,
        unit: 'hours',
        message: {
          sv: `${shift.sv} börjar före ${params.earlyStartBefore}`,
          en: `${shift.en} starts before ${params.earlyStartBefore}`,
        },
      });
    }
  },
};
