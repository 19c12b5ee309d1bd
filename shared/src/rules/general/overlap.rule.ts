// RULES.md A1 `overlap`: one employee cannot be in two places at once (half-open intervals, so
// 13:30–21:30 and 21:30–07:00 touch without overlapping). A call-out worked during beredskap
// is recorded as work inside the standby interval, so work/jour never conflicts with standby.
import { HOUR_MS } from '../../time/stockholm';
import { type EmployeeContext, KIND_STANDBY } from '../employee-context';
import { durationText, shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const overlapRule: RuleDefinition = {
  id: 'overlap',
  severity: 'hard',
  title: { sv: 'Överlappande pass', en: 'Overlapping shifts' },
  source: '—',
  parameters: [],
  evaluate(ctx) {
    sweep(ctx, (kind) => kind !== KIND_STANDBY);
    sweep(ctx, (kind) => kind === KIND_STANDBY);
  },
};

function sweep(ctx: EmployeeContext, include: (kind: number) => boolean): void {
  let latest = -1;
  for (let i = 0; i < ctx.n; i++) {
    if (!include(ctx.kind[i])) continue;
    if (latest >= 0 && ctx.start[i] < ctx.end[latest]) {
      const to = Math.min(ctx.end[i], ctx.end[latest]);
      const ms = to - ctx.start[i];
      const a = shiftWithTimes(ctx, latest);
      const b = shiftWithTimes(ctx, i);
      ctx.report({
        shifts: [latest, i],
        from: ctx.start[i],
        to,
        measured: ms / HOUR_MS,
        limit: 0,
        unit: 'hours',
        message: {
          sv: `${a.sv} och ${b.sv} överlappar med ${durationText(ms)}`,
          en: `${a.en} and ${b.en} overlap by ${durationText(ms)}`,
        },
      });
    }
    if (latest < 0 || ctx.end[i] > ctx.end[latest]) latest = i;
  }
}
