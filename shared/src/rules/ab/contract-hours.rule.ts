// AB § 13 mom. 6: scheduled ordinary time over the period should match the contracted time
// (full-time measure × employment rate, pro rata per day of the period); up to ±11 h may be carried
// to the next period. Leave on scheduled time counts as scheduled (its scheduledHours).
import { HOUR_MS } from '../../time/stockholm';
import { dayRange, hoursText, round2 } from '../message-format';
import { type RuleDefinition } from '../rule';

export const contractHoursRule: RuleDefinition = {
  id: 'contract-hours',
  severity: 'soft',
  title: { sv: 'Avtalad arbetstid', en: 'Contracted hours' },
  source: 'AB § 13 mom. 6',
  parameters: ['contractHoursToleranceHours'],
  evaluate(ctx) {
    const { periodStartDay, periodEndDay, periodStart, periodEnd, params } = ctx.env;
    const { employee } = ctx.roster;
    const p = ctx.work;
    let scheduled = 0;
    for (let k = 0; k < p.count; k++)
      if (p.day[k] >= periodStartDay && p.day[k] < periodEndDay) scheduled += p.ordinary[k];
    for (let a = 0; a < p.absenceDay.length; a++)
      if (p.absenceDay[a] >= periodStartDay && p.absenceDay[a] < periodEndDay) scheduled += p.absenceMs[a];
    const days = periodEndDay - periodStartDay;
    const contracted = (employee.fullTimeHoursPerWeek * employee.employmentRate * days) / 700;
    const hours = scheduled / HOUR_MS;
    const tolerance = params.contractHoursToleranceHours;
    if (Math.abs(hours - contracted) <= tolerance) return;
    const over = hours > contracted;
    const limit = over ? contracted + tolerance : contracted - tolerance;
    const shifts: number[] = [];
    for (let i = 0; i < ctx.n; i++)
      if (ctx.inPeriod[i] && !ctx.shifts[i].overtime && ctx.shifts[i].kind === 'work') shifts.push(i);
    const range = dayRange(periodStart, periodEnd);
    ctx.report({
      shifts,
      from: periodStart,
      to: periodEnd,
      measured: hours,
      limit,
      unit: 'hours',
      scope: 'always',
      message: {
        sv: `Schemalagd ordinarie tid ${hoursText(hours)} ${range} mot avtalade ${round2(contracted)} h (${employee.employmentRate} % av ${round2(employee.fullTimeHoursPerWeek)} h/vecka); högst ±${tolerance} h avvikelse`,
        en: `Scheduled ordinary time of ${hoursText(hours)} ${range} against ${round2(contracted)} h contracted (${employee.employmentRate} % of ${round2(employee.fullTimeHoursPerWeek)} h/week); at most ±${tolerance} h deviation`,
      },
    });
  },
};
