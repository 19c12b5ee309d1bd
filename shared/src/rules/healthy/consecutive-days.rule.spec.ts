import { check, dates, violationsOf, work } from '../roster.test-support';
import { consecutiveDaysRule } from './consecutive-days.rule';

const period = { start: '2025-03-01', end: '2025-11-30' };
const days = (first: string, count: number, end = '15:30') =>
  dates(first, count).map((d) => work(`${d}T07:00`, `${d}T${end}`));

describe(consecutiveDaysRule.id, () => {
  it.each<[string, ReturnType<typeof work>[], number[][]]>([
    ['5 days pass', days('2025-03-10', 5), []],
    ['6 days warn', days('2025-03-10', 6), [[6, 5]]],
    ['4 days with shifts over 10 h pass', days('2025-03-10', 4, '17:30'), []],
    [
      '5 days with a shift over 10 h warn (limit 4)',
      [...days('2025-03-10', 4), work('2025-03-14T07:00', '2025-03-14T17:30')],
      [[5, 4]],
    ],
    ['a free day resets the count', [...days('2025-03-10', 5), ...days('2025-03-16', 5)], []],
    ['across a month boundary', days('2025-03-28', 6), [[6, 5]]],
    ['across the spring change', days('2025-03-27', 6), [[6, 5]]],
  ])('%s', (_case, shifts, expected) => {
    const found = violationsOf(check({ period, shifts }), 'consecutive-days');
    expect(found.map((v) => [v.measured, v.limit])).toEqual(expected);
  });

  it('a night shift counts on the date it starts', () => {
    const shifts = [
      ...days('2025-03-10', 4),
      { start: '2025-03-14T22:00', end: '2025-03-15T06:30', breakMinutes: 0 },
      work('2025-03-16T14:00', '2025-03-16T22:00'),
    ];
    expect(
      violationsOf(
        check({
          period,
          shifts,
          exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
        }),
        'consecutive-days',
      ),
    ).toEqual([]);
  });
});
