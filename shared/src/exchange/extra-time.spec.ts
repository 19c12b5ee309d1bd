import { check, work } from '../rules/roster.test-support';
import { contractedHoursInPeriod, extraTime, extraTimeText } from './extra-time';

describe('extraTime', () => {
  it.each([
    // [case, contracted, planned, shift, engine mertid, engine overtime, expected kind, ordinary, mertid, overtime]
    ['fits in the contract', 153, 140, 8, 8, 0, 'ordinary', 8, 0, 0],
    ['exactly fills the contract', 153, 145, 8, 8, 0, 'ordinary', 8, 0, 0],
    ['part-timer beyond the contract: mertid', 122.4, 122.4, 8, 8, 0, 'mertid', 0, 8, 0],
    ['part-timer partly inside the contract', 122.4, 119.4, 8, 8, 0, 'mertid', 3, 5, 0],
    ['full-timer beyond the contract: overtime', 153, 153, 8, 0, 8, 'overtime', 0, 0, 8],
    ['part-timer reaching full time in the week', 122.4, 130, 8, 5, 3, 'mertid-and-overtime', 0, 5, 3],
    [
      'only the end of the shift is extra, where the overtime lies',
      122.4,
      119.4,
      8,
      5,
      3,
      'mertid-and-overtime',
      3,
      2,
      3,
    ],
  ] as const)('%s', (_label, contractedHours, plannedHours, shiftHours, m, o, kind, ordinary, mertid, overtime) => {
    const result = extraTime({
      contractedHours,
      plannedHours,
      shiftHours,
      orderedMertidHours: m,
      orderedOvertimeHours: o,
    });
    expect(result.kind).toBe(kind);
    expect(result.ordinaryHours).toBeCloseTo(ordinary, 9);
    expect(result.mertidHours).toBeCloseTo(mertid, 9);
    expect(result.overtimeHours).toBeCloseTo(overtime, 9);
  });

  it("counts the contract like the engine's contract-hours rule", () => {
    // 80 % of 38.25 h over four weeks.
    expect(contractedHoursInPeriod(38.25, 80, 28)).toBeCloseTo(122.4, 9);
  });

  it("takes the split from the engine's figures for an ordered shift", () => {
    const period = { start: '2026-03-09', end: '2026-03-15' };
    const days = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'].map((d) => work(`${d}T07:00`, `${d}T15:30`));
    const extra = work('2026-03-13T07:00', '2026-03-13T15:30', { overtime: true });
    const result = check({ period, employee: { employmentRate: 80 }, shifts: [...days, extra] });
    const figures = result.employees.anna.period;
    // 80 % of 38.25 = 30.6 h a week, 32 h planned: the extra day's 8 h reach the full-time measure
    // (38.25 h) after 6 h 15 min, so 6.25 h mertid and 1.75 h overtime.
    expect(figures.mertidHours).toBeCloseTo(6.25, 9);
    expect(figures.overtimeHours).toBeCloseTo(1.75, 9);
    const taken = extraTime({
      contractedHours: contractedHoursInPeriod(38.25, 80, 7),
      plannedHours: figures.ordinaryHours,
      shiftHours: 8,
      orderedMertidHours: figures.mertidHours,
      orderedOvertimeHours: figures.overtimeHours,
    });
    expect(taken).toMatchObject({ kind: 'mertid-and-overtime' });
    expect(taken.mertidHours).toBeCloseTo(6.25, 9);
    expect(taken.overtimeHours).toBeCloseTo(1.75, 9);
  });
});

describe('extraTimeText', () => {
  it.each([
    ['ordinary', 8, 0, 0, 'inom din avtalade arbetstid'],
    ['mertid', 0, 8, 0, 'mertid 8 h'],
    ['overtime', 0, 0, 7.5, 'övertid 7 h 30 min'],
    ['mertid-and-overtime', 0, 6.25, 1.75, 'mertid 6 h 15 min och övertid 1 h 45 min'],
  ] as const)('%s', (kind, ordinaryHours, mertidHours, overtimeHours, sv) => {
    expect(extraTimeText({ kind, ordinaryHours, mertidHours, overtimeHours, remainingContractHours: 0 }).sv).toBe(sv);
  });
});
