// Healthy schedules (Kecklund; Åkerstedt/Kecklund SU reports 322, 324): rotate forward. A work
// shift that starts earlier in the day than the previous one, less than 24 h after it started
// (e.g. evening → day), is a backward rotation. Advisory.
import { DAY_MS, HOUR_MS } from '../../time/stockholm';
import { KIND_WORK } from '../employee-context';
import { durationText, shiftName } from '../message-format';
import { type RuleDefinition } from '../rule';

export const backwardRotationRule: RuleDefinition = {
  id: 'backward-rotation',
  severity: 'soft',
  title: { sv: 'Bakåtrotation', en: 'Backward rotation' },
  source: 'healthy schedules',
  parameters: [],
  evaluate(ctx) {
    let previous = -1;
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] !== KIND_WORK) continue;
      if (previous >= 0) {
        const between = ctx.start[i] - ctx.start[previous];
        if (ctx.startMinute[i] < ctx.startMinute[previous] && between < DAY_MS && ctx.start[i] >= ctx.end[previous]) {
          const a = shiftName(ctx, previous);
          const b = shiftName(ctx, i);
          ctx.report({
            shifts: [previous, i],
            from: ctx.start[previous],
            to: ctx.start[i],
            measured: between / HOUR_MS,
            limit: 24,
            unit: 'hours',
            message: {
              sv: `Bakåtrotation från ${a.sv} till ${b.sv} (${durationText(between)} mellan passens början); rotera framåt: dag → kväll → natt`,
              en: `Backward rotation from the ${a.en} to the ${b.en} (${durationText(between)} between the starts); rotate forward: day → evening → night`,
            },
          });
        }
      }
      previous = i;
    }
  },
};
