// ATL 13 a § st 1: a night worker works at most 8 h per 24 hours on average over the reference
// period, i.e. 8 × (days − started 7-day periods) hours (RULES.md Part B 1.1: 28 days → 192 h).
// Working time includes jour, and leave or sick time on scheduled days.
import { HOUR_MS } from '../../time/stockholm';
import { KIND_STANDBY } from '../employee-context';
import { windowsInPeriod } from '../evaluation-env';
import { dayRange, hoursText } from '../message-format';
import { type RuleDefinition } from '../rule';
import { sumAbsences, sumPieces } from '../window-sums';

export const nightWorkerAverageRule: RuleDefinition = {
  id: 'night-worker-average',
  severity: 'hard',
  title: { sv: 'Nattarbetandes arbetstid', en: 'Night worker working time' },
  source: 'ATL 13 a §',
  parameters: [
    'nightWorkerDailyAverageHours',
    'referencePeriod',
    'referencePeriodMonths',
    'referencePeriodWeeks',
    'gridAnchor',
  ],
  evaluate(ctx) {
    const { employee } = ctx.roster;
    if (!employee.nightWorker) return;
    const { params, periodStartDay } = ctx.env;
    const p = ctx.work;
    const worked = sumPieces(ctx, 'reference', (k) => (p.kind[k] === KIND_STANDBY ? 0 : p.ms[k]));
    const absences = sumAbsences(ctx, 'reference');
    const earlier = employee.counters.workedHoursThisReferencePeriod * HOUR_MS;
    for (const window of windowsInPeriod(ctx.env, 'reference')) {
      const days = window.endDay - window.startDay;
      const limit = params.nightWorkerDailyAverageHours * (days - Math.ceil(days / 7));
      const sum = worked.get(window.key);
      const containsStart = window.startDay <= periodStartDay && periodStartDay < window.endDay;
      const total = ((sum?.ms ?? 0) + (absences.get(window.key) ?? 0) + (containsStart ? earlier : 0)) / HOUR_MS;
      if (total <= limit) continue;
      const range = dayRange(window.start, window.end);
      ctx.report({
        shifts: sum?.shifts ?? [],
        from: window.start,
        to: window.end,
        measured: total,
        limit,
        unit: 'hours',
        scope: 'window',
        message: {
          sv: `Nattarbetande: ${hoursText(total)} under beräkningsperioden ${range} (${days} dagar); högst ${params.nightWorkerDailyAverageHours} h × (${days} − ${Math.ceil(days / 7)}) = ${limit} h`,
          en: `Night worker: ${hoursText(total)} in the reference period ${range} (${days} days); at most ${params.nightWorkerDailyAverageHours} h × (${days} − ${Math.ceil(days / 7)}) = ${limit} h`,
        },
      });
    }
  },
};
