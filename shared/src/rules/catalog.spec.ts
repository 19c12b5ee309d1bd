import { RULES, ruleCatalog } from './catalog';
import { applyParameterOverrides } from './parameters';
import { RULE_IDS } from './rule-ids';
import { RULE_SETS } from './rule-sets';
import { DEFAULT_PARAMETERS } from './rule-sets/default-parameters';

// RULES.md A1, verbatim: id, severity, source.
const A1: [string, 'hard' | 'soft', string][] = [
  ['overlap', 'hard', '—'],
  ['daily-rest', 'hard', 'AB § 13 mom. 4 (2023-10-01), ATL 13 §'],
  ['shift-span', 'hard', 'AB § 13 (work and rest alternate)'],
  ['night-window', 'hard', 'ATL 13 § st 2'],
  ['weekly-rest', 'hard', 'ATL 14 §, AB § 13'],
  ['break', 'hard', 'ATL 15 §'],
  ['average-48h', 'hard', 'ATL 10 b §'],
  ['overtime-limit', 'hard', 'ATL 8, 8 a, 9 §§'],
  ['mertid-limit', 'hard', 'ATL 10, 10 a §§'],
  ['on-call-limit', 'hard', 'ATL 6 §'],
  ['night-worker-average', 'hard', 'ATL 13 a §'],
  ['unavailable', 'hard', '—'],
  ['qualification', 'hard', '—'],
  ['schedule-notice', 'soft', 'ATL 12 §, AB § 13'],
  ['contract-hours', 'soft', 'AB § 13 mom. 6'],
  ['shift-length', 'soft', 'healthy schedules'],
  ['consecutive-nights', 'soft', 'healthy schedules'],
  ['rest-after-nights', 'soft', 'healthy schedules'],
  ['consecutive-days', 'soft', 'healthy schedules'],
  ['backward-rotation', 'soft', 'healthy schedules'],
  ['early-start', 'soft', 'healthy schedules'],
  ['weekend-frequency', 'soft', 'practice'],
  ['days-off', 'soft', 'HÖK Vårdförbundet'],
];

describe('rule catalog', () => {
  it('has every rule id of RULES.md A1 with its severity and source', () => {
    const catalog = ruleCatalog();
    for (const [id, severity, source] of A1)
      expect(catalog.rules.find((r) => r.id === id)).toMatchObject({ severity, source });
    expect(catalog.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
  });

  it('gives every rule titles in Swedish and English and only known parameters', () => {
    const names = new Set(ruleCatalog().parameters.map((p) => p.name));
    for (const rule of ruleCatalog().rules) {
      expect(rule.title.sv.length * rule.title.en.length).toBeGreaterThan(0);
      for (const p of rule.parameters) expect(names.has(p)).toBe(true);
    }
  });

  it('ships the four rule sets of A3 as versioned data with valid parameters', () => {
    expect(ruleCatalog().ruleSets.map((s) => [s.id, s.versions.map((v) => v.validFrom)])).toEqual([
      ['atl', ['2022-06-30']],
      ['ab-hok-vardforbundet', ['2023-10-01']],
      ['ab-hok-kommunal', ['2023-10-01']],
      ['crisis-kla', ['2021-07-01']],
    ]);
    for (const set of Object.values(RULE_SETS)) {
      for (const version of set.versions) {
        const { issues } = applyParameterOverrides(version.parameters, { ...version.parameters });
        expect(issues).toEqual([]);
      }
    }
  });

  it('has the A1 defaults', () => {
    expect(DEFAULT_PARAMETERS).toMatchObject({
      dailyRestHours: 11,
      plannedShortRestMinHours: 9,
      maxShiftSpanHours: 13,
      combinedShiftMaxHours: 20,
      weeklyRestHours: 36,
      weeklyRestMode: 'skr-nonoverlap',
      maxContinuousWorkHours: 5,
      averageWeeklyHoursLimit: 48,
      referencePeriodMonths: 4,
      overtimeMethod: 'calendar-month',
      overtimeMonthlyLimitHours: 50,
      overtimeFourWeekLimitHours: 48,
      overtimeYearlyLimitHours: 200,
      extraOvertimeYearlyLimitHours: 150,
      mertidYearlyLimitHours: 200,
      extraMertidYearlyLimitHours: 150,
      onCallMonthlyLimitHours: 50,
      onCallFourWeekLimitHours: 48,
      nightWorkerDailyAverageHours: 8,
      scheduleNoticeDays: 14,
      contractHoursToleranceHours: 11,
      maxShiftHours: 12,
      maxNightShiftHours: 9,
      maxConsecutiveNights: 3,
      restAfterNightsHours: 48,
      maxConsecutiveDays: 5,
      maxConsecutiveDaysLongShifts: 4,
      earlyStartBefore: '06:00',
      weekendFrequency: 2,
      minDaysOffPerFourWeeks: 9,
    });
    expect(RULE_SETS['crisis-kla'].versions[0].parameters).toMatchObject({
      dailyRestHours: 9,
      weeklyRestHours: 24,
      referencePeriod: 'weeks',
      referencePeriodWeeks: 4,
    });
  });
});

describe('parameter overrides', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a negative rest', { dailyRestHours: -1 }, 'dailyRestHours', 'must be between 1 and 24 hours'],
    ['a rest as text', { dailyRestHours: '11' }, 'dailyRestHours', 'must be a number'],
    ['an unknown mode', { weeklyRestMode: 'rolling' }, 'weeklyRestMode', 'must be one of skr-nonoverlap, strict-47h'],
    [
      'a reference period that does not divide the year',
      { referencePeriodMonths: 5 },
      'referencePeriodMonths',
      'must be one of 1, 2, 3, 4, 6, 12 months',
    ],
    ['a fractional count', { maxConsecutiveNights: 3.5 }, 'maxConsecutiveNights', 'must be a whole number of nights'],
    ['a bad clock time', { earlyStartBefore: '6:00' }, 'earlyStartBefore', 'must be a time of day "HH:mm"'],
    ['a bad anchor date', { gridAnchor: '2025-02-30' }, 'gridAnchor', 'must be a date "YYYY-MM-DD" or null'],
    ['an unknown rule id', { disabledRules: ['break', 'brake'] }, 'disabledRules', 'unknown rule id "brake"'],
    [
      'a planned floor above the daily rest',
      { plannedShortRestMinHours: 10, dailyRestHours: 9.5 },
      'plannedShortRestMinHours',
      'must not exceed dailyRestHours (9.5)',
    ],
    [
      'a combined shift shorter than a single one',
      { combinedShiftMaxHours: 12 },
      'combinedShiftMaxHours',
      'must be at least maxShiftSpanHours (13)',
    ],
  ])('rejects %s with a clear message', (_case, overrides, name, message) => {
    const { parameters, issues } = applyParameterOverrides(DEFAULT_PARAMETERS, overrides);
    expect(parameters).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ name, message: expect.stringContaining(message) })]);
  });

  it('merges valid overrides without touching the rule set', () => {
    const { parameters } = applyParameterOverrides(DEFAULT_PARAMETERS, {
      dailyRestHours: 12,
      referencePeriodMonths: 6,
      disabledRules: ['weekend-frequency'],
    });
    expect(parameters).toMatchObject({
      dailyRestHours: 12,
      referencePeriodMonths: 6,
      disabledRules: ['weekend-frequency'],
      weeklyRestHours: 36,
    });
    expect(DEFAULT_PARAMETERS.dailyRestHours).toBe(11);
  });
});
