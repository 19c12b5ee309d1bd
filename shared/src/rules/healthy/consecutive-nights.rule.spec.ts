import { check, dates, violationsOf } from '../roster.test-support';
import { consecutiveNightsRule } from './consecutive-nights.rule';

const nightsFrom = (first: string, count: number) =>
  dates(first, count).map((d) => ({ start: `${d}T22:00`, end: `${dates(d, 2)[1]}T06:30`, breakMinutes: 0 }));
const meal = [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }];

describe(consecutiveNightsRule.id, () => {
  it.each<[string, string, number, number[]]>([
    ['3 nights pass', '2025-03-10', 3, []],
    ['4 nights warn', '2025-03-10', 4, [4]],
    ['nights across a month boundary', '2025-03-29', 5, [5]],
    ['nights across the autumn change', '2025-10-24', 4, [4]],
  ])('%s', (_case, first, count, expected) => {
    const found = violationsOf(
      check({ period: { start: '2025-03-01', end: '2025-11-30' }, shifts: nightsFrom(first, count), exceptions: meal }),
      'consecutive-nights',
    );
    expect(found.map((v) => v.measured)).toEqual(expected);
  });

  it('a free night breaks the run; evening shifts are not nights', () => {
    const shifts = [
      ...nightsFrom('2025-03-10', 3),
      ...nightsFrom('2025-03-14', 3),
      { start: '2025-03-17T14:00', end: '2025-03-17T22:30', breakMinutes: 30 },
    ];
    expect(
      violationsOf(
        check({ period: { start: '2025-03-10', end: '2025-03-23' }, shifts, exceptions: meal }),
        'consecutive-nights',
      ),
    ).toEqual([]);
  });
});
