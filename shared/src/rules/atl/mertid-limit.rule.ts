// ATL 10, 10 a §§: mertid (a part-timer's ordered time up to the full-time measure) at most 200 h
// allmän + 150 h extra (recorded särskilda skäl) per calendar year, and allmän + extra at most
// 50 h per calendar month (or 48 h per 4 weeks), as for overtime. Nödfallsmertid is not capped.
import { type RuleDefinition } from '../rule';
import { checkOrderedTimeCaps } from './ordered-time-caps';

export const mertidLimitRule: RuleDefinition = {
  id: 'mertid-limit',
  severity: 'hard',
  title: { sv: 'Mertid', en: 'Additional hours (mertid)' },
  source: 'ATL 10, 10 a §§',
  parameters: [
    'overtimeMethod',
    'overtimeMonthlyLimitHours',
    'overtimeFourWeekLimitHours',
    'mertidYearlyLimitHours',
    'extraMertidYearlyLimitHours',
    'gridAnchor',
  ],
  evaluate(ctx) {
    const { params } = ctx.env;
    const { counters } = ctx.roster.employee;
    const p = ctx.work;
    checkOrderedTimeCaps(ctx, {
      name: { sv: 'mertid', en: 'additional hours' },
      amount: p.mertid,
      extra: p.extraMertid,
      excess: p.excessMertid,
      method: params.overtimeMethod,
      monthLimit: params.overtimeMonthlyLimitHours,
      fourWeekLimit: params.overtimeFourWeekLimitHours,
      yearLimit: params.mertidYearlyLimitHours,
      extraYearLimit: params.extraMertidYearlyLimitHours,
      earlierThisMonth: counters.mertidHoursThisMonth,
      earlierThisFourWeeks: counters.mertidHoursThisFourWeeks,
      extraType: 'extra-mertid',
      generalSource: 'ATL 10 §',
      extraSource: 'ATL 10 a §',
    });
  },
};
