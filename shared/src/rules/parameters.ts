// Every threshold of RULES.md is a rule-set parameter, never a literal in a rule body (Part B
// intro). This file is the parameter schema: type, allowed range, unit; rule sets give values.
import { isCivilDate, parseClockTime } from '../time/stockholm';
import { RULE_IDS, isRuleId, type RuleId } from './rule-ids';

export interface RuleParameters {
  dailyRestMode: 'between-shifts' | 'per-24h-period';
  dailyRestHours: number;
  plannedShortRestMinHours: number;
  compensatoryRestWithinDays: number;
  maxShiftSpanHours: number;
  combinedShiftMaxHours: number;
  nightWindowStart: string;
  nightWindowEnd: string;
  weeklyRestHours: number;
  weeklyRestMode: 'skr-nonoverlap' | 'strict-47h';
  weekStartDay: number;
  maxContinuousWorkHours: number;
  averageWeeklyHoursLimit: number;
  referencePeriod: 'months' | 'weeks';
  referencePeriodMonths: number;
  referencePeriodWeeks: number;
  gridAnchor: string | null;
  overtimeMethod: 'calendar-month' | 'four-weeks';
  overtimeMonthlyLimitHours: number;
  overtimeFourWeekLimitHours: number;
  overtimeYearlyLimitHours: number;
  extraOvertimeYearlyLimitHours: number;
  mertidYearlyLimitHours: number;
  extraMertidYearlyLimitHours: number;
  onCallMethod: 'calendar-month' | 'four-weeks';
  onCallMonthlyLimitHours: number;
  onCallFourWeekLimitHours: number;
  nightWorkerDailyAverageHours: number;
  scheduleNoticeDays: number;
  contractHoursToleranceHours: number;
  maxShiftHours: number;
  maxNightShiftHours: number;
  nightStart: string;
  nightEnd: string;
  nightShiftMinNightHours: number;
  maxConsecutiveNights: number;
  restAfterNightsHours: number;
  maxConsecutiveDays: number;
  maxConsecutiveDaysLongShifts: number;
  longShiftHours: number;
  earlyStartBefore: string;
  weekendFrequency: number;
  minDaysOffPerFourWeeks: number;
  crisisMaxAssignmentWeeks: number;
  crisisExtensionWeeks: number;
  crisisRecoveryHours: number;
  disabledRules: RuleId[];
}

export type ParameterName = keyof RuleParameters;

type Spec =
  | { kind: 'number'; min: number; max: number; integer?: boolean; unit: string }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'number-choice'; values: readonly number[]; unit: string }
  | { kind: 'clock' }
  | { kind: 'date-or-null' }
  | { kind: 'rule-ids' };

export interface ParameterSpec {
  name: ParameterName;
  spec: Spec;
  description: { sv: string; en: string };
}

const hours = (min: number, max: number): Spec => ({ kind: 'number', min, max, unit: 'hours' });
const count = (min: number, max: number, unit: string): Spec => ({ kind: 'number', min, max, integer: true, unit });

export const PARAMETER_SPECS: readonly ParameterSpec[] = [
  p(
    'dailyRestMode',
    { kind: 'enum', values: ['between-shifts', 'per-24h-period'] },
    'Dygnsvila mäts mellan pass (AB) eller per fast 24-timmarsperiod (ATL)',
    'Daily rest measured between shifts (AB) or per fixed 24-hour period (ATL)',
  ),
  p('dailyRestHours', hours(1, 24), 'Minsta dygnsvila', 'Minimum daily rest'),
  p(
    'plannedShortRestMinHours',
    hours(1, 24),
    'Kortaste planerade dygnsvila med undantag (AB § 13 mom. 8 a)',
    'Shortest planned daily rest under an exception (AB § 13 mom. 8 a)',
  ),
  p(
    'compensatoryRestWithinDays',
    count(0, 60, 'days'),
    'Kompensationsvila senast inom (oförutsett, mom. 8 b)',
    'Compensatory rest at the latest within (unforeseen, mom. 8 b)',
  ),
  p('maxShiftSpanHours', hours(1, 24), 'Längsta pass från början till slut', 'Longest shift from start to end'),
  p(
    'combinedShiftMaxHours',
    hours(1, 48),
    'Längsta sammanslagna pass (AB § 13 mom. 5)',
    'Longest combined shift (AB § 13 mom. 5)',
  ),
  p(
    'nightWindowStart',
    { kind: 'clock' },
    'Nattvilans början (ATL 13 § st 2)',
    'Start of the protected night (ATL 13 § st 2)',
  ),
  p(
    'nightWindowEnd',
    { kind: 'clock' },
    'Nattvilans slut (ATL 13 § st 2)',
    'End of the protected night (ATL 13 § st 2)',
  ),
  p('weeklyRestHours', hours(1, 72), 'Minsta veckovila', 'Minimum weekly rest'),
  p(
    'weeklyRestMode',
    { kind: 'enum', values: ['skr-nonoverlap', 'strict-47h'] },
    'Veckovila och dygnsvila (C-477/21)',
    'Weekly rest and daily rest (C-477/21)',
  ),
  p(
    'weekStartDay',
    count(1, 7, 'ISO weekday'),
    'Veckans första dag (1 = måndag)',
    'First day of the week (1 = Monday)',
  ),
  p(
    'maxContinuousWorkHours',
    hours(1, 24),
    'Längsta arbete i följd utan rast',
    'Longest continuous work without a break',
  ),
  p(
    'averageWeeklyHoursLimit',
    hours(1, 168),
    'Sammanlagd arbetstid i genomsnitt per vecka',
    'Average total working time per week',
  ),
  p(
    'referencePeriod',
    { kind: 'enum', values: ['months', 'weeks'] },
    'Beräkningsperiod: kalendermånader eller veckor',
    'Reference period: calendar months or weeks',
  ),
  p(
    'referencePeriodMonths',
    { kind: 'number-choice', values: [1, 2, 3, 4, 6, 12], unit: 'months' },
    'Beräkningsperiodens längd i månader (fasta block från januari)',
    'Reference period length in months (fixed blocks from January)',
  ),
  p(
    'referencePeriodWeeks',
    count(1, 52, 'weeks'),
    'Beräkningsperiodens längd i veckor (från gridAnchor)',
    'Reference period length in weeks (from gridAnchor)',
  ),
  p(
    'gridAnchor',
    { kind: 'date-or-null' },
    'Startdag för fasta 4-veckorsperioder (null = periodens start)',
    'First day of the fixed 4-week grid (null = start of the period)',
  ),
  p(
    'overtimeMethod',
    { kind: 'enum', values: ['calendar-month', 'four-weeks'] },
    'Övertid räknas per kalendermånad eller per 4 veckor',
    'Overtime cap per calendar month or per 4 weeks',
  ),
  p('overtimeMonthlyLimitHours', hours(0, 744), 'Övertid per kalendermånad', 'Overtime per calendar month'),
  p('overtimeFourWeekLimitHours', hours(0, 672), 'Övertid per 4 veckor', 'Overtime per 4 weeks'),
  p('overtimeYearlyLimitHours', hours(0, 8784), 'Allmän övertid per kalenderår', 'General overtime per calendar year'),
  p(
    'extraOvertimeYearlyLimitHours',
    hours(0, 8784),
    'Extra övertid per kalenderår',
    'Extra overtime per calendar year',
  ),
  p(
    'mertidYearlyLimitHours',
    hours(0, 8784),
    'Allmän mertid per kalenderår',
    'General additional hours per calendar year',
  ),
  p(
    'extraMertidYearlyLimitHours',
    hours(0, 8784),
    'Extra mertid per kalenderår',
    'Extra additional hours per calendar year',
  ),
  p(
    'onCallMethod',
    { kind: 'enum', values: ['calendar-month', 'four-weeks'] },
    'Jourtid räknas per kalendermånad eller per 4 veckor',
    'On-call cap per calendar month or per 4 weeks',
  ),
  p('onCallMonthlyLimitHours', hours(0, 744), 'Jourtid per kalendermånad', 'On-call time per calendar month'),
  p('onCallFourWeekLimitHours', hours(0, 672), 'Jourtid per 4 veckor', 'On-call time per 4 weeks'),
  p(
    'nightWorkerDailyAverageHours',
    hours(1, 24),
    'Nattarbetandes genomsnittliga arbetstid per 24 timmar',
    'Night worker average working time per 24 hours',
  ),
  p('scheduleNoticeDays', count(0, 90, 'days'), 'Varsel för schema och ändringar', 'Notice for schedules and changes'),
  p(
    'contractHoursToleranceHours',
    hours(0, 200),
    'Tillåten avvikelse från avtalad tid',
    'Allowed deviation from contracted hours',
  ),
  p('maxShiftHours', hours(1, 24), 'Längsta pass (hälsosamma scheman)', 'Longest shift (healthy schedules)'),
  p('maxNightShiftHours', hours(1, 24), 'Längsta nattpass', 'Longest night shift'),
  p('nightStart', { kind: 'clock' }, 'Nattens början (ATL 13 a §)', 'Start of night (ATL 13 a §)'),
  p('nightEnd', { kind: 'clock' }, 'Nattens slut (ATL 13 a §)', 'End of night (ATL 13 a §)'),
  p(
    'nightShiftMinNightHours',
    hours(0.25, 24),
    'Timmar inom natten som gör ett pass till nattpass',
    'Hours inside the night that make a shift a night shift',
  ),
  p('maxConsecutiveNights', count(1, 31, 'nights'), 'Flest nattpass i följd', 'Most night shifts in a row'),
  p(
    'restAfterNightsHours',
    hours(0, 168),
    'Ledighet efter sista natten i ett block',
    'Time off after the last night of a block',
  ),
  p('maxConsecutiveDays', count(1, 31, 'days'), 'Flest arbetsdagar i följd', 'Most working days in a row'),
  p(
    'maxConsecutiveDaysLongShifts',
    count(1, 31, 'days'),
    'Flest arbetsdagar i följd med långa pass',
    'Most working days in a row with long shifts',
  ),
  p('longShiftHours', hours(1, 24), 'Pass längre än detta räknas som långa', 'Shifts longer than this count as long'),
  p(
    'earlyStartBefore',
    { kind: 'clock' },
    'Pass som börjar före detta klockslag är tidiga',
    'Shifts starting before this time are early',
  ),
  p('weekendFrequency', count(1, 12, 'weekends'), 'Arbete högst var n:te helg', 'Work at most every n-th weekend'),
  p('minDaysOffPerFourWeeks', count(0, 28, 'days'), 'Hela lediga dagar per 4 veckor', 'Whole days off per 4 weeks'),
  p('crisisMaxAssignmentWeeks', count(1, 52, 'weeks'), 'Längsta krisanvisning', 'Longest crisis assignment'),
  p('crisisExtensionWeeks', count(0, 52, 'weeks'), 'Förlängning av krisanvisning', 'Extension of a crisis assignment'),
  p(
    'crisisRecoveryHours',
    hours(0, 168),
    'Återhämtning efter sista krispasset',
    'Recovery after the last crisis shift',
  ),
  p(
    'disabledRules',
    { kind: 'rule-ids' },
    'Regler som inte tillämpas (lokalt avtal)',
    'Rules not applied (local agreement)',
  ),
];

function p(name: ParameterName, spec: Spec, sv: string, en: string): ParameterSpec {
  return { name, spec, description: { sv, en } };
}

const SPEC_BY_NAME = new Map<string, ParameterSpec>(PARAMETER_SPECS.map((s) => [s.name, s]));

export interface ParameterIssue {
  /** Path inside the parameters object, e.g. 'dailyRestHours'. */
  name: string;
  value: unknown;
  message: string;
}

/**
 * Validates overrides against the schema and merges them over the rule set's values. Returns the
 * merged parameters or the list of problems (never a partially merged result).
 */
export function applyParameterOverrides(
  base: RuleParameters,
  overrides: Record<string, unknown>,
): { parameters: RuleParameters; issues: [] } | { parameters: null; issues: ParameterIssue[] } {
  const issues: ParameterIssue[] = [];
  const merged: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    const spec = SPEC_BY_NAME.get(name);
    if (!spec) {
      issues.push({
        name,
        value,
        message: `unknown parameter (known: ${PARAMETER_SPECS.map((s) => s.name).join(', ')})`,
      });
      continue;
    }
    const problem = checkValue(spec.spec, value);
    if (problem) issues.push({ name, value, message: problem });
    else merged[name] = value;
  }
  if (issues.length === 0) issues.push(...crossChecks(merged as unknown as RuleParameters));
  return issues.length === 0
    ? { parameters: merged as unknown as RuleParameters, issues: [] }
    : { parameters: null, issues };
}

function checkValue(spec: Spec, value: unknown): string | null {
  switch (spec.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (value < spec.min || value > spec.max) return `must be between ${spec.min} and ${spec.max} ${spec.unit}`;
      if (spec.integer && !Number.isInteger(value)) return `must be a whole number of ${spec.unit}`;
      return null;
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? null
        : `must be one of ${spec.values.join(', ')}`;
    case 'number-choice':
      return typeof value === 'number' && spec.values.includes(value)
        ? null
        : `must be one of ${spec.values.join(', ')} ${spec.unit}`;
    case 'clock':
      if (typeof value !== 'string') return 'must be a time of day "HH:mm"';
      try {
        parseClockTime(value);
        return null;
      } catch {
        return 'must be a time of day "HH:mm"';
      }
    case 'date-or-null':
      return value === null || (typeof value === 'string' && isCivilDate(value))
        ? null
        : 'must be a date "YYYY-MM-DD" or null';
    case 'rule-ids': {
      if (!Array.isArray(value)) return 'must be an array of rule ids';
      const unknown = value.filter((v) => !isRuleId(v));
      return unknown.length === 0
        ? null
        : `unknown rule id ${unknown.map((u) => JSON.stringify(u)).join(', ')} (known: ${RULE_IDS.join(', ')})`;
    }
  }
}

function crossChecks(params: RuleParameters): ParameterIssue[] {
  const issues: ParameterIssue[] = [];
  if (params.plannedShortRestMinHours > params.dailyRestHours) {
    issues.push({
      name: 'plannedShortRestMinHours',
      value: params.plannedShortRestMinHours,
      message: `must not exceed dailyRestHours (${params.dailyRestHours})`,
    });
  }
  if (params.combinedShiftMaxHours < params.maxShiftSpanHours) {
    issues.push({
      name: 'combinedShiftMaxHours',
      value: params.combinedShiftMaxHours,
      message: `must be at least maxShiftSpanHours (${params.maxShiftSpanHours})`,
    });
  }
  if (params.maxConsecutiveDaysLongShifts > params.maxConsecutiveDays) {
    issues.push({
      name: 'maxConsecutiveDaysLongShifts',
      value: params.maxConsecutiveDaysLongShifts,
      message: `must not exceed maxConsecutiveDays (${params.maxConsecutiveDays})`,
    });
  }
  if (params.nightWindowStart === params.nightWindowEnd) {
    issues.push({ name: 'nightWindowEnd', value: params.nightWindowEnd, message: 'must differ from nightWindowStart' });
  }
  if (params.nightStart === params.nightEnd) {
    issues.push({ name: 'nightEnd', value: params.nightEnd, message: 'must differ from nightStart' });
  }
  return issues;
}
