import { check, violationsOf, work } from '../roster.test-support';
import { overtimeLimitRule } from './overtime-limit.rule';

const counters = (c: Record<string, number>) => ({ counters: { year: 2025, ...c } });

describe(overtimeLimitRule.id, () => {
  describe('calendar month (default, 50 h)', () => {
    const period = { start: '2025-03-24', end: '2025-04-06' };
    it.each<[string, number, string, string, number | null]>([
      ['46 h + 4 h = 50 h passes', 46, '2025-03-28T07:00', '2025-03-28T11:00', null],
      ['46 h + 4.5 h fails', 46, '2025-03-28T07:00', '2025-03-28T11:30', 50.5],
      [
        'a shift over the month boundary is split at local midnight (4 h in March)',
        46,
        '2025-03-31T20:00',
        '2025-04-01T02:00',
        null,
      ],
      ['… and 5 h in March fails', 46, '2025-03-31T19:00', '2025-04-01T01:00', 51],
    ])('%s', (_case, thisMonth, start, end, measured) => {
      const result = check({
        period,
        employee: counters({ overtimeHoursThisMonth: thisMonth }),
        shifts: [{ start, end, breakMinutes: 0, overtime: true }],
      });
      expect(violationsOf(result, 'overtime-limit').map((v) => v.measured)).toEqual(
        measured === null ? [] : [measured],
      );
    });

    it('the counter belongs to the month of period.start only', () => {
      const result = check({
        period,
        employee: counters({ overtimeHoursThisMonth: 48 }),
        shifts: [work('2025-04-02T07:00', '2025-04-02T11:00', { overtime: true })],
      });
      expect(violationsOf(result, 'overtime-limit')).toEqual([]);
    });
  });

  it('four-weeks method: 48 h per fixed 4-week block from gridAnchor', () => {
    const parameters = { overtimeMethod: 'four-weeks', gridAnchor: '2025-03-03' };
    const shifts = [work('2025-03-10T07:00', '2025-03-10T11:00', { overtime: true })];
    const base = { period: { start: '2025-03-03', end: '2025-03-30' }, parameters, shifts };
    expect(
      violationsOf(check({ ...base, employee: counters({ overtimeHoursThisFourWeeks: 44 }) }), 'overtime-limit'),
    ).toEqual([]);
    expect(
      violationsOf(check({ ...base, employee: counters({ overtimeHoursThisFourWeeks: 44.5 }) }), 'overtime-limit').map(
        (v) => [v.measured, v.limit],
      ),
    ).toEqual([[48.5, 48]]);
  });

  describe('calendar year: 200 h allmän + 150 h extra with a reason', () => {
    const period = { start: '2025-12-01', end: '2025-12-07' };
    const shifts = [work('2025-12-05T07:00', '2025-12-05T15:30', { overtime: true })];
    it.each<[string, Record<string, number>, boolean, number[][]]>([
      ['192 h + 8 h = 200 h passes', { overtimeHoursYtd: 192 }, false, []],
      ['195 h + 8 h fails without a reason', { overtimeHoursYtd: 195 }, false, [[203, 200]]],
      ['with a reason, 3 h become extra övertid', { overtimeHoursYtd: 195 }, true, []],
      [
        'extra övertid is capped at 150 h too',
        { overtimeHoursYtd: 200, extraOvertimeHoursYtd: 145 },
        true,
        [[153, 150]],
      ],
    ])('%s', (_case, c, reason, expected) => {
      const exceptions = reason
        ? [
            {
              employeeId: 'anna',
              ruleId: 'overtime-limit',
              type: 'extra-overtime',
              shiftIds: ['s1'],
              reason: 'vakanser',
            },
          ]
        : [];
      const result = check({ period, employee: counters(c), shifts, exceptions });
      expect(violationsOf(result, 'overtime-limit').map((v) => [v.measured, v.limit])).toEqual(expected);
    });
    it('a new calendar year starts from zero', () => {
      const result = check({
        period: { start: '2025-12-29', end: '2026-01-04' },
        employee: counters({ overtimeHoursYtd: 200 }),
        shifts: [work('2026-01-02T07:00', '2026-01-02T15:30', { overtime: true })],
      });
      expect(violationsOf(result, 'overtime-limit')).toEqual([]);
    });
  });

  it('nödfallsövertid with the union notified is counted apart', () => {
    const exceptions = [
      {
        employeeId: 'anna',
        ruleId: 'overtime-limit',
        type: 'emergency',
        shiftIds: ['s1'],
        reason: 'brand',
        unionNotifiedAt: '2025-07-14T14:10',
      },
    ];
    const result = check({
      period: { start: '2025-07-14', end: '2025-07-20' },
      employee: counters({ overtimeHoursThisMonth: 50, overtimeHoursYtd: 200 }),
      shifts: [work('2025-07-14T15:30', '2025-07-14T20:30', { overtime: true })],
      exceptions,
    });
    expect(violationsOf(result, 'overtime-limit')).toEqual([]);
    expect(result.employees.anna.period).toMatchObject({ overtimeHours: 5, emergencyHours: 5 });
    expect(result.exceptionsUsed).toEqual([expect.objectContaining({ type: 'emergency', appliedTo: ['s1'] })]);
  });

  it("a part-timer's ordered time below full time is mertid, not overtime", () => {
    const result = check({
      period: { start: '2025-03-10', end: '2025-03-16' },
      employee: { employmentRate: 50, ...counters({ overtimeHoursThisMonth: 50 }) },
      shifts: [work('2025-03-12T07:00', '2025-03-12T11:00', { overtime: true })],
    });
    expect(violationsOf(result, 'overtime-limit')).toEqual([]);
    expect(result.employees.anna.period).toMatchObject({ mertidHours: 4, overtimeHours: 0 });
  });
});
