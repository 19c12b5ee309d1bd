import { check, violationsOf } from '../roster.test-support';
import { shiftLengthRule } from './shift-length.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };

describe(shiftLengthRule.id, () => {
  it.each<[string, string, string, number[][]]>([
    ['12 h day shift passes', '2025-03-12T07:00', '2025-03-12T19:00', []],
    ['12.5 h day shift warns', '2025-03-12T07:00', '2025-03-12T19:30', [[12.5, 12]]],
    ['9 h night shift passes', '2025-03-12T22:00', '2025-03-13T07:00', []],
    ['10 h night shift warns', '2025-03-12T21:15', '2025-03-13T07:15', [[10, 9]]],
    ['spring change: 21:00 → 07:00 (wall) is a 9-h night', '2025-03-29T21:00', '2025-03-30T07:00', []],
    ['autumn change: 21:00 → 06:00 (wall) is a 10-h night', '2025-10-25T21:00', '2025-10-26T06:00', [[10, 9]]],
  ])('%s', (_case, start, end, expected) => {
    const found = violationsOf(
      check({
        period,
        shifts: [{ start, end, breakMinutes: 0 }],
        parameters: { disabledRules: ['break', 'shift-span'] },
      }),
      'shift-length',
    );
    expect(found.map((v) => [v.measured, v.limit])).toEqual(expected);
    for (const v of found) expect(v.severity).toBe('soft');
  });

  it('jour is not a work shift for this advice', () => {
    expect(
      violationsOf(
        check({ period, shifts: [{ start: '2025-03-12T07:00', end: '2025-03-12T20:00', kind: 'on-call' }] }),
        'shift-length',
      ),
    ).toEqual([]);
  });
});
