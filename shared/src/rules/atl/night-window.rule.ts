// ATL 13 § st 2: the daily rest includes 00:00–05:00 unless there is a basis for night work.
// Healthcare has a direct exemption, so employees have nightWorkBasis by default; otherwise a
// recorded `night-work-basis` exception (CA, dispensation) covers the shift. Work and jour count.
import { HOUR_MS } from '../../time/stockholm';
import { KIND_STANDBY, clockWindowOverlap } from '../employee-context';
import { durationText, shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const nightWindowRule: RuleDefinition = {
  id: 'night-window',
  severity: 'hard',
  title: { sv: 'Arbete mellan 00 och 05', en: 'Work between 00:00 and 05:00' },
  source: 'ATL 13 § st 2',
  parameters: ['nightWindowStart', 'nightWindowEnd'],
  evaluate(ctx) {
    if (ctx.roster.employee.nightWorkBasis) return;
    const { nightWindowStartMin, nightWindowEndMin, params } = ctx.env;
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] === KIND_STANDBY) continue;
      const ms = clockWindowOverlap(ctx.start[i], ctx.end[i], ctx.startDay[i], nightWindowStartMin, nightWindowEndMin);
      if (ms === 0) continue;
      const exception = ctx.exception('night-work-basis', i);
      const shift = shiftWithTimes(ctx, i);
      if (exception) {
        ctx.useException(exception, [i], {
          sv: `Nattarbete ${params.nightWindowStart}–${params.nightWindowEnd} med registrerad grund (ATL 13 § st 2)`,
          en: `Night work ${params.nightWindowStart}–${params.nightWindowEnd} on a recorded basis (ATL 13 § st 2)`,
        });
        continue;
      }
      ctx.report({
        shifts: [i],
        from: ctx.start[i],
        to: ctx.end[i],
        measured: ms / HOUR_MS,
        limit: 0,
        unit: 'hours',
        message: {
          sv: `${shift.sv} har ${durationText(ms)} arbete mellan ${params.nightWindowStart} och ${params.nightWindowEnd} utan grund för nattarbete`,
          en: `${shift.en} has ${durationText(ms)} of work between ${params.nightWindowStart} and ${params.nightWindowEnd} without a basis for night work`,
        },
      });
    }
  },
};
