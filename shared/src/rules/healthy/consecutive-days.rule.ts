// Healthy schedules (Stressforskningsinstitutet rec. 6): at most 5 working days in a row, 4 when
// a shift of the run is longer than 10 h. A working day is a local date on which a work shift
// starts. Advisory.
import { HOUR_MS } from '../../time/stockholm';
import { KIND_WORK } from '../employee-context';
import { dayMonth } from '../message-format';
import { type RuleDefinition } from '../rule';

export const consecutiveDaysRule: RuleDefinition = {
  id: 'consecutive-days',
  severity: 'soft',
  title: { sv: 'Arbetsdagar i följd', en: 'Working days in a row' },
  source: 'healthy schedules',
  parameters: ['maxConsecutiveDays', 'maxConsecutiveDaysLongShifts', 'longShiftHours'],
  evaluate(ctx) {
    const { params } = ctx.env;
    const long = params.longShiftHours * HOUR_MS;
    let run: number[] = [];
    let days = 0;
    let lastDay = Number.NaN;
    let hasLong = false;
    const flush = () => {
      if (run.length === 0) return;
      const limit = hasLong ? params.maxConsecutiveDaysLongShifts : params.maxConsecutiveDays;
      if (days > limit) {
        const first = run[0];
        const last = run[run.length - 1];
        const why = hasLong
          ? { sv: ` med pass över ${params.longShiftHours} h`, en: ` with shifts over ${params.longShiftHours} h` }
          : { sv: '', en: '' };
        ctx.report({
          shifts: run,
          from: ctx.start[first],
          to: ctx.end[last],
          measured: days,
          limit,
          unit: 'days',
          message: {
            sv: `${days} arbetsdagar i följd ${dayMonth(ctx.start[first])}–${dayMonth(ctx.start[last])}; rekommenderat högst ${limit}${why.sv}`,
            en: `${days} working days in a row ${dayMonth(ctx.start[first])}–${dayMonth(ctx.start[last])}; recommended at most ${limit}${why.en}`,
          },
        });
      }
    };
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] !== KIND_WORK) continue;
      const day = ctx.startDay[i];
      if (day !== lastDay) {
        if (day !== lastDay + 1) {
          flush();
          run = [];
          days = 0;
          hasLong = false;
        }
        days += 1;
        lastDay = day;
      }
      run.push(i);
      if (ctx.end[i] - ctx.start[i] > long) hasLong = true;
    }
    flush();
  },
};
