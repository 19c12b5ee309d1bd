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
  const work = (until: number) => {
    if (until > cursor) cursor = until;
    if (cursor - runStart > longest) longest = cursor - runStart;
  };
  const pause = (from: number, to: number) => {
    work(from);
    if (to > cursor) {
      cursor = to;
      runStart = to;
    }
  };
  for (const i of stretch) {
    const shift = ctx.shifts[i];
    if (shift.breaks) {
      for (const b of shift.breaks) pause(b.start, b.end);
    } else if (shift.breakMinutes > 0) {
      // The rast lies as late as keeps the run within the limit, but inside the shift.
      const breakMs = ctx.end[i] - ctx.start[i] - ctx.worked[i];
      const latestStart = ctx.end[i] - breakMs;
      const at = Math.min(Math.max(runStart + limit, ctx.start[i]), latestStart);
      pause(at, at + breakMs);
    }
    work(ctx.end[i]);
  }
  return longest;
}
