// ATL 10 b §: total working time — ordinary, overtime (nödfall too), mertid and jour, plus leave
// and sick time on scheduled days — at most 48 h per 7 days on average over the reference period
// (default fixed 4-month blocks Jan–Apr, May–Aug, Sep–Dec). Time not yet scheduled counts as 0.
import { HOUR_MS } from '../../time/stockholm';
import { KIND_STANDBY } from '../employee-context';
import { windowsInPeriod } from '../evaluation-env';
import { dayRange, hoursText, round2 } from '../message-format';
import { type RuleDefinition } from '../rule';
import { sumAbsences, sumPieces } from '../window-sums';

export const average48hRule: RuleDefinition = {
  id: 'average-48h',
  severity: 'hard',
  title: { sv: 'Sammanlagd arbetstid', en: 'Average weekly working time' },
  source: 'ATL 10 b §',
  parameters: [
    'averageWeeklyHoursLimit',
    'referencePeriod',
    'referencePeriodMonths',
    'referencePeriodWeeks',
    'gridAnchor',
  ],
  evaluate(ctx) {
    const p = ctx.work;
    const worked = sumPieces(ctx, 'reference', (k) => (p.kind[k] === KIND_STANDBY ? 0 : p.ms[k]));
    const absences = sumAbsences(ctx, 'reference');
    const limit = ctx.env.params.averageWeeklyHoursLimit;
    const earlier = ctx.roster.employee.counters.workedHoursThisReferencePeriod * HOUR_MS;
    for (const window of windowsInPeriod(ctx.env, 'reference')) {
      const sum = worked.get(window.key);
      const containsStart = window.startDay <= ctx.env.periodStartDay && ctx.env.periodStartDay < window.endDay;
      const total = (sum?.ms ?? 0) + (absences.get(window.key) ?? 0) + (containsStart ? earlier : 0);
      const weeks = (window.endDay - window.startDay) / 7;
      const average = total / HOUR_MS / weeks;
      if (average <= limit) continue;
      const range = dayRange(window.start, window.end);
      ctx.report({
        shifts: sum?.shifts ?? [],
        from: window.start,
        to: window.end,
        measured: average,
        limit,
        unit: 'hours',
        scope: 'window',
        message: {
          sv: `Sammanlagd arbetstid ${hoursText(total / HOUR_MS)} under beräkningsperioden ${range} ger i genomsnitt ${round2(average)} h per vecka; högst ${limit} h`,
          en: `Total working time of ${hoursText(total / HOUR_MS)} in the reference period ${range} averages ${round2(average)} h per week; at most ${limit} h`,
        },
      });
    }
  },
};
