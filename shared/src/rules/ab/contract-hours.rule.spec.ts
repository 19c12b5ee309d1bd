import { check, dates, violationsOf, work } from '../roster.test-support';
import { contractHoursRule } from './contract-hours.rule';

const period = { start: '2025-03-03', end: '2025-03-30' }; // 4 weeks: 153 h at 38.25 h/week
/** n shifts of 8.5 h worked (07:00–16:00 with a 30-min rast), on weekdays. */
const shifts = (n: number) =>
  dates('2025-03-03', 28)
    .filter((_, i) => i % 7 < 5)
    .slice(0, n)
    .map((d) => work(`${d}T07:00`, `${d}T16:00`));

describe(contractHoursRule.id, () => {
  it.each<[string, number, number, number[][]]>([
    ['18 × 8.5 h = 153 h matches 153 h', 100, 18, []],
    ['17 × 8.5 h = 144.5 h is within 11 h', 100, 17, []],
    ['16 × 8.5 h = 136 h is 17 h short', 100, 16, [[136, 142]]],
    ['20 × 8.5 h = 170 h is 17 h over', 100, 20, [[170, 164]]],
    ['75 %: 114.75 h contracted, 13 × 8.5 h = 110.5 h is within', 75, 13, []],
  ])('%s', (_case, employmentRate, n, expected) => {
    const found = violationsOf(check({ period, employee: { employmentRate }, shifts: shifts(n) }), 'contract-hours');
    expect(found.map((v) => [v.measured, v.limit])).toEqual(expected);
  });

  it('leave on scheduled time counts as scheduled; ordered time does not', () => {
    const leave = check({
      period,
      shifts: shifts(16),
      absences: [{ employeeId: 'anna', start: '2025-03-27', end: '2025-03-28', type: 'vacation', scheduledHours: 17 }],
    });
    expect(violationsOf(leave, 'contract-hours')).toEqual([]);
    const ordered = check({
      period,
      shifts: [...shifts(16), work('2025-03-29T07:00', '2025-03-29T16:00', { overtime: true })],
    });
    expect(violationsOf(ordered, 'contract-hours').map((v) => v.measured)).toEqual([136]);
  });

  it('pro rata per day: a period over the spring change still has 28 days', () => {
    const result = check({
      period: { start: '2025-03-10', end: '2025-04-06' },
      shifts: dates('2025-03-10', 28)
        .filter((_, i) => i % 7 < 5)
        .slice(0, 18)
        .map((d) => work(`${d}T07:00`, `${d}T16:00`)),
    });
    expect(violationsOf(result, 'contract-hours')).toEqual([]);
  });
});
