import { check, dates, violationsOf, work } from '../roster.test-support';
import { mertidLimitRule } from './mertid-limit.rule';

const period = { start: '2025-11-17', end: '2025-11-23' };
const partTime = (c: Record<string, number>) => ({ employmentRate: 75, counters: { year: 2025, ...c } });

describe(mertidLimitRule.id, () => {
  it.each<[string, Record<string, number>, boolean, number[][]]>([
    ['196 h + 4 h = 200 h passes', { mertidHoursYtd: 196 }, false, []],
    ['198 h + 4 h fails without a reason (S16)', { mertidHoursYtd: 198 }, false, [[202, 200]]],
    ['with a reason: 2 h allmän + 2 h extra', { mertidHoursYtd: 198 }, true, []],
    ['monthly cap: 46 h + 4 h = 50 h passes', { mertidHoursThisMonth: 46 }, false, []],
    ['monthly cap: 47 h + 4 h fails', { mertidHoursThisMonth: 47 }, false, [[51, 50]]],
  ])('%s', (_case, c, reason, expected) => {
    const exceptions = reason
      ? [{ employeeId: 'anna', ruleId: 'mertid-limit', type: 'extra-mertid', shiftIds: ['s1'], reason: 'vakanser' }]
      : [];
    const result = check({
      period,
      employee: partTime(c),
      shifts: [work('2025-11-19T07:00', '2025-11-19T11:00', { overtime: true })],
      exceptions,
    });
    expect(violationsOf(result, 'mertid-limit').map((v) => [v.measured, v.limit])).toEqual(expected);
    if (reason) expect(result.employees.anna.period).toMatchObject({ mertidHours: 4, extraMertidHours: 2 });
  });

  it("ordered time beyond the week's full-time measure is overtime, not mertid", () => {
    // 4 × 8 h ordinary + 6 h + 2 h ordered: 38.25 h is reached after 6.25 h of the ordered 8 h
    const ordinary = dates('2025-11-17', 4).map((d) => work(`${d}T07:00`, `${d}T15:30`));
    const ordered = [
      work('2025-11-21T07:00', '2025-11-21T13:30', { overtime: true }),
      work('2025-11-22T07:00', '2025-11-22T09:00', { overtime: true }),
    ];
    const result = check({ period, employee: partTime({}), shifts: [...ordinary, ...ordered] });
    expect(result.employees.anna.weeks[0]).toMatchObject({ ordinaryHours: 32, mertidHours: 6.25, overtimeHours: 1.75 });
  });

  it('is not counted for a full-timer', () => {
    const result = check({
      period,
      employee: { counters: { year: 2025, mertidHoursYtd: 200 } },
      shifts: [work('2025-11-19T07:00', '2025-11-19T11:00', { overtime: true })],
    });
    expect(violationsOf(result, 'mertid-limit')).toEqual([]);
  });
});
