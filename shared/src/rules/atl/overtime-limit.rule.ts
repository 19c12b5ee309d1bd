// ATL 8, 8 a, 9 §§: övertid at most 50 h per calendar month (or 48 h per fixed 4 weeks) and 200 h
// allmän + 150 h extra (recorded särskilda skäl) per calendar year; allmän is used up first.
// Nödfallsövertid is counted apart and not capped. Counters add time outside the document (A5).
import { type RuleDefinition } from '../rule';
import { checkOrderedTimeCaps } from './ordered-time-caps';

export const overtimeLimitRule: RuleDefinition = {
  id: 'overtime-limit',
  severity: 'hard',
  title: { sv: 'Övertid', en: 'Overtime' },
  source: 'ATL 8, 8 a, 9 §§',
  parameters: [
    'overtimeMethod',
    'overtimeMonthlyLimitHours',
    'overtimeFourWeekLimitHours',
    'overtimeYearlyLimitHours',
    'extraOvertimeYearlyLimitHours',
    'gridAnchor',
  ],
  evaluate(ctx) {
    const { params } = ctx.env;
    const { counters } = ctx.roster.employee;
    const p = ctx.work;
    checkOrderedTimeCaps(ctx, {
      name: { sv: 'övertid', en: 'overtime' },
      amount: p.overtime,
      extra: p.extraOvertime,
      excess: p.excessOvertime,
      method: params.overtimeMethod,
      monthLimit: params.overtimeMonthlyLimitHours,
      fourWeekLimit: params.overtimeFourWeekLimitHours,
      yearLimit: params.overtimeYearlyLimitHours,
      extraYearLimit: params.extraOvertimeYearlyLimitHours,
      earlierThisMonth: counters.overtimeHoursThisMonth,
      earlierThisFourWeeks: counters.overtimeHoursThisFourWeeks,
      extraType: 'extra-overtime',
      generalSource: 'ATL 8 §',
      extraSource: 'ATL 8 a §',
    });
  },
};
