import { check, violationsOf, work } from '../roster.test-support';
import { breakRule } from './break.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };

describe(breakRule.id, () => {
  it.each<
    [
      string,
      { start: string; end: string; breakMinutes?: number; breaks?: { start: string; end: string }[] }[],
      number | null,
    ]
  >([
    ['exactly 5 h without a break passes', [{ start: '2025-03-11T07:00', end: '2025-03-11T12:00' }], null],
    ['5 h 01 min without a break fails', [{ start: '2025-03-11T07:00', end: '2025-03-11T12:01' }], 5 + 1 / 60],
    [
      '8.5 h with a 30-min rast passes (taken before the 5-h mark)',
      [{ start: '2025-03-11T07:00', end: '2025-03-11T15:30', breakMinutes: 30 }],
      null,
    ],
    [
      '11 h with one 30-min rast leaves 5.5 h after it',
      [{ start: '2025-03-11T07:00', end: '2025-03-11T18:00', breakMinutes: 30 }],
      5.5,
    ],
    [
      'given break times are used as they are',
      [
        {
          start: '2025-03-11T07:00',
          end: '2025-03-11T15:30',
          breakMinutes: 30,
          breaks: [{ start: '2025-03-11T13:00', end: '2025-03-11T13:30' }],
        },
      ],
      6,
    ],
    [
      'touching shifts are one stretch of work',
      [
        { start: '2025-03-11T07:00', end: '2025-03-11T11:00' },
        { start: '2025-03-11T11:00', end: '2025-03-11T14:00' },
      ],
      7,
    ],
    ['a night shift across midnight', [{ start: '2025-03-11T22:00', end: '2025-03-12T03:30' }], 5.5],
    [
      'autumn change: 22:00 → 02:30 (wall) is 5.5 h of real time',
      [{ start: '2025-10-25T22:00', end: '2025-10-26T02:30+01:00' }],
      5.5,
    ],
    [
      'spring change: 22:00 → 03:30 (wall) is 4.5 h of real time',
      [{ start: '2025-03-29T22:00', end: '2025-03-30T03:30' }],
      null,
    ],
  ])('%s', (_case, shifts, measured) => {
    const found = violationsOf(check({ period, shifts: shifts.map((s) => ({ breakMinutes: 0, ...s })) }), 'break');
    expect(found.map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
    if (measured !== null) expect(found[0]).toMatchObject({ severity: 'hard', limit: 5, source: 'ATL 15 §' });
  });

  it('a recorded måltidsuppehåll basis satisfies the rule and is listed (ATL 16 §)', () => {
    const result = check({
      period,
      shifts: [work('2025-03-11T21:00', '2025-03-12T07:00', { breakMinutes: 0 })],
      exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'nattpass' }],
    });
    expect(violationsOf(result, 'break')).toEqual([]);
    expect(result.exceptionsUsed).toEqual([
      expect.objectContaining({ ruleId: 'break', type: 'meal-break', shiftIds: [], appliedTo: ['s1'] }),
    ]);
  });

  it('jour is not a stretch of work', () => {
    expect(
      violationsOf(
        check({ period, shifts: [{ start: '2025-03-11T16:00', end: '2025-03-12T03:00', kind: 'on-call' }] }),
        'break',
      ),
    ).toEqual([]);
  });
});
