import { check, violationsOf, work } from '../roster.test-support';
import { weekendFrequencyRule } from './weekend-frequency.rule';

const period = { start: '2025-03-03', end: '2025-03-30' }; // 4 weekends; every other → 2 allowed
const saturdays = ['2025-03-08', '2025-03-15', '2025-03-22', '2025-03-29'];

describe(weekendFrequencyRule.id, () => {
  it.each<[string, number, number[][]]>([
    ['2 of 4 weekends pass', 2, []],
    ['3 of 4 weekends warn', 3, [[3, 2]]],
  ])('%s', (_case, worked, expected) => {
    const shifts = saturdays.slice(0, worked).map((d) => work(`${d}T07:00`, `${d}T15:30`));
    expect(violationsOf(check({ period, shifts }), 'weekend-frequency').map((v) => [v.measured, v.limit])).toEqual(
      expected,
    );
  });

  it.each<[string, string, string, boolean]>([
    ['Friday from 22:30 is weekend work', '2025-03-14T22:30', '2025-03-15T06:30', true],
    ['Friday evening until 22:00 is not', '2025-03-14T14:00', '2025-03-14T22:00', false],
    ['Sunday daytime is', '2025-03-16T07:00', '2025-03-16T15:30', true],
    ['the night toward Monday is not (night staff)', '2025-03-16T21:00', '2025-03-17T07:00', false],
    ['the night toward Saturday is (night staff)', '2025-03-14T21:00', '2025-03-15T07:00', true],
  ])('%s', (_case, start, end, counts) => {
    const base = [saturdays[0], saturdays[2]].map((d) => work(`${d}T07:00`, `${d}T15:30`));
    const result = check({
      period,
      shifts: [...base, { start, end, breakMinutes: 0 }],
      exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
    });
    expect(violationsOf(result, 'weekend-frequency').length === 1).toBe(counts);
  });
});
