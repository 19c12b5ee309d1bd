// Key figures of a payroll period for HR (issue 6): overtime hours and their estimated cost, mertid,
// OB hours, sick hours and agency hours. The cost is an estimate from an average monthly salary:
// AB § 20 pays enkel övertid at 180 % and kvalificerad at 240 % of månadslön/165, fyllnadstid
// (mertid) at 120 % (RULES.md Part B §2.3, AB20-KOMP and AB20-FYLLNAD, REPORTED).
import { OB_CATEGORIES, WORKED_TIME_CATEGORIES, type PayCategory } from '../pay/pay-categories';

export const ESTIMATE_HOURS_PER_MONTH = 165;
export const ESTIMATE_RATES = { 'overtime-simple': 1.8, 'overtime-qualified': 2.4, mertid: 1.2 } as const;

export interface KeyFigureInput {
  isAgency: boolean;
  totals: Partial<Record<PayCategory, number>>;
}

export interface PayrollKeyFigures {
  workedHours: number;
  overtimeHours: number;
  overtimeSimpleHours: number;
  overtimeQualifiedHours: number;
  /** Kronor, whole; null without an average salary to estimate from. */
  estimatedOvertimeCost: number | null;
  mertidHours: number;
  estimatedMertidCost: number | null;
  obHours: number;
  sickHours: number;
  /** Worked hours (ordinary, mertid, overtime) of agency staff. */
  agencyHours: number;
}

export function payrollKeyFigures(
  employees: readonly KeyFigureInput[],
  averageMonthlySalary: number | null,
): PayrollKeyFigures {
  let worked = 0;
  let simple = 0;
  let qualified = 0;
  let mertid = 0;
  let ob = 0;
  let sick = 0;
  let agency = 0;
  for (const e of employees) {
    const h = (c: PayCategory) => e.totals[c] ?? 0;
    const own = WORKED_TIME_CATEGORIES.reduce((sum, c) => sum + h(c), 0);
    worked += own;
    if (e.isAgency) agency += own;
    simple += h('overtime-simple');
    qualified += h('overtime-qualified');
    mertid += h('mertid');
    ob += OB_CATEGORIES.reduce((sum, c) => sum + h(c), 0);
    sick += h('absence-sick');
  }
  const hourly = averageMonthlySalary === null ? null : averageMonthlySalary / ESTIMATE_HOURS_PER_MONTH;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    workedHours: round2(worked),
    overtimeHours: round2(simple + qualified),
    overtimeSimpleHours: round2(simple),
    overtimeQualifiedHours: round2(qualified),
    estimatedOvertimeCost:
      hourly === null
        ? null
        : Math.round(
            hourly * (simple * ESTIMATE_RATES['overtime-simple'] + qualified * ESTIMATE_RATES['overtime-qualified']),
          ),
    mertidHours: round2(mertid),
    estimatedMertidCost: hourly === null ? null : Math.round(hourly * mertid * ESTIMATE_RATES.mertid),
    obHours: round2(ob),
    sickHours: round2(sick),
    agencyHours: round2(agency),
  };
}
