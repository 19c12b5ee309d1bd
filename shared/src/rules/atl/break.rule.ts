// ATL 15 §: no one works more than 5 h in a row without a rast. Contiguous work shifts form one
// stretch; given break times are exact, otherwise a shift's breakMinutes is taken to be placed
// before the 5-h mark (RULES.md A1). A recorded måltidsuppehåll basis (ATL 16 §) satisfies it.
import { HOUR_MS } from '../../time/stockholm';
import { type EmployeeContext, KIND_WORK } from '../employee-context';
import { dayMonthClock, durationText } from '../message-format';
import { type RuleDefinition } from '../rule';

export const breakRule: RuleDefinition = {
  id: 'break',
  severity: 'hard',
  title: { sv: 'Rast', en: 'Break' },
  source: 'ATL 15 §',
  parameters: ['maxContinuousWorkHours'],
  evaluate(ctx) {
    const limit = ctx.env.params.maxContinuousWorkHours * HOUR_MS;
    let i = 0;
    while (i < ctx.n) {
      if (ctx.kind[i] !== KIND_WORK) {
        i++;
        continue;
      }
      const stretch = [i];
      let stretchEnd = ctx.end[i];
      let j = i + 1;
      for (; j < ctx.n; j++) {
        if (ctx.kind[j] !== KIND_WORK) continue;
        if (ctx.start[j] > stretchEnd) break;
        stretch.push(j);
        if (ctx.end[j] > stretchEnd) stretchEnd = ctx.end[j];
      }
      while (j < ctx.n && ctx.kind[j] !== KIND_WORK) j++;
      i = j;
      checkStretch(ctx, stretch, stretchEnd, limit);
    }
  },
};

function checkStretch(ctx: EmployeeContext, stretch: number[], stretchEnd: number, limit: number): void {
  const longest = longestRun(ctx, stretch, limit);
  if (longest <= limit) return;
  let exception = null;
  for (const i of stretch) exception ??= ctx.exception('meal-break', i);
  if (exception) {
    ctx.useException(exception, stretch, {
      sv: `${durationText(longest)} arbete i följd med måltidsuppehåll i stället för rast (ATL 16 §)`,
      en: `${durationText(longest)} of continuous work with meal breaks at the workplace instead of a rest break (ATL 16 §)`,
    });
    return;
  }
  const from = ctx.start[stretch[0]];
  ctx.report({
    shifts: stretch,
    from,
    to: stretchEnd,
    measured: longest / HOUR_MS,
    limit: limit / HOUR_MS,
    unit: 'hours',
    message: {
      sv: `${durationText(longest)} arbete i följd utan rast i passet ${dayMonthClock(from)}–${dayMonthClock(stretchEnd)}; högst ${durationText(limit)}`,
      en: `${durationText(longest)} of continuous work without a break in the shift ${dayMonthClock(from)}–${dayMonthClock(stretchEnd)}; at most ${durationText(limit)}`,
    },
  });
}

/** Longest continuous work (ms) in a stretch of touching/overlapping work shifts. */
function longestRun(ctx: EmployeeContext, stretch: number[], limit: number): number {
  let longest = 0;
  let runStart = ctx.start[stretch[0]];
  let cursor = runStart;
  for (const i of stretch) {
    const shift = ctx.shifts[i];
    let pauses: readonly { start: number; end: number }[] = NO_PAUSES;
    if (shift.breaks) pauses = shift.breaks;
    else if (shift.breakMinutes > 0) {
      // The rast lies as late as keeps the run within the limit, but inside the shift.
      const breakMs = ctx.end[i] - ctx.start[i] - ctx.worked[i];
      const at = Math.min(Math.max(runStart + limit, ctx.start[i]), ctx.end[i] - breakMs);
      pauses = [{ start: at, end: at + breakMs }];
    }
    for (const pause of pauses) {
      if (pause.start > cursor) cursor = pause.start;
      if (cursor - runStart > longest) longest = cursor - runStart;
      if (pause.end > cursor) {
        cursor = pause.end;
        runStart = pause.end;
      }
    }
    if (ctx.end[i] > cursor) cursor = ctx.end[i];
    if (cursor - runStart > longest) longest = cursor - runStart;
  }
  return longest;
}

const NO_PAUSES: readonly { start: number; end: number }[] = [];
