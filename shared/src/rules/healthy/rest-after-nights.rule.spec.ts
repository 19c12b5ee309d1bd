import { check, dates, violationsOf, work } from '../roster.test-support';
import { restAfterNightsRule } from './rest-after-nights.rule';

const nights = (first: string, count: number) =>
  dates(first, count).map((d) => ({ start: `${d}T22:00`, end: `${dates(d, 2)[1]}T06:30`, breakMinutes: 0 }));
const meal = [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }];
const period = { start: '2025-03-01', end: '2025-11-30' };

describe(restAfterNightsRule.id, () => {
  it.each<[string, string, string, number[]]>([
    // three nights from Mon 10/3 end Thu 13/3 06:30
    ['48 h exactly passes', '2025-03-10', '2025-03-15T06:30', []],
    ['47 h warns', '2025-03-10', '2025-03-15T05:30', [47]],
    // three nights from Thu 27/3 end Sun 30/3 06:30 (summer time)
    ['48 h of real time across the spring change', '2025-03-27', '2025-04-01T06:30', []],
    // nights from Thu 23/10 end Sun 26/10 06:30 (winter time); Tue 28/10 06:00 is 47.5 h later
    ['47.5 h across the autumn change', '2025-10-23', '2025-10-28T06:00', [47.5]],
  ])('%s', (_case, first, next, expected) => {
    const found = violationsOf(
      check({ period, shifts: [...nights(first, 3), work(next, `${next.slice(0, 11)}14:30`)], exceptions: meal }),
      'rest-after-nights',
    );
    expect(found.map((v) => v.measured)).toEqual(expected);
  });

  it('beredskap after the nights is not time off', () => {
    const shifts = [
      ...nights('2025-03-10', 3),
      { start: '2025-03-14T08:00', end: '2025-03-14T20:00', kind: 'standby' as const },
    ];
    expect(
      violationsOf(check({ period, shifts, exceptions: meal }), 'rest-after-nights').map((v) => v.measured),
    ).toEqual([25.5]);
  });

  it('no following shift in the document: nothing to check', () => {
    expect(
      violationsOf(check({ period, shifts: nights('2025-03-10', 3), exceptions: meal }), 'rest-after-nights'),
    ).toEqual([]);
  });
});
