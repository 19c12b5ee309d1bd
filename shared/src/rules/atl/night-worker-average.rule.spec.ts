import { check, dates, violationsOf } from '../roster.test-support';
import { nightWorkerAverageRule } from './night-worker-average.rule';

const base = {
  period: { start: '2025-02-03', end: '2025-03-02' },
  parameters: {
    referencePeriod: 'weeks',
    referencePeriodWeeks: 4,
    gridAnchor: '2025-02-03',
    disabledRules: ['average-48h'],
  },
  exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
};
const nights = (count: number, hours: number) =>
  dates('2025-02-03', 28)
    .filter((_, i) => i % 7 < 5)
    .slice(0, count)
    .map((d) => ({
      start: `${d}T22:00`,
      end: `${dates(d, 2)[1]}T${String(hours - 2).padStart(2, '0')}:00`,
      breakMinutes: 0,
    }));

describe(nightWorkerAverageRule.id, () => {
  it.each<[string, number, number, number | null]>([
    // 28 days: 8 × (28 − 4) = 192 h
    ['192 h passes', 24, 8, null],
    ['200 h fails (S13)', 20, 10, 200],
  ])('%s', (_case, count, hours, measured) => {
    const found = violationsOf(
      check({ ...base, employee: { nightWorker: true }, shifts: nights(count, hours) }),
      'night-worker-average',
    );
    expect(found.map((v) => [v.measured, v.limit])).toEqual(measured === null ? [] : [[measured, 192]]);
  });

  it('applies only to night workers', () => {
    expect(violationsOf(check({ ...base, shifts: nights(20, 10) }), 'night-worker-average')).toEqual([]);
  });

  it.each<[number, number[][]]>([
    [208, []],
    [208.5, [[208.5, 208]]],
  ])('a calendar month of 31 days allows 8 × (31 − 5) = 208 h; %s h earlier in March', (earlier, expected) => {
    const result = check({
      ...base,
      period: { start: '2025-03-01', end: '2025-03-31' },
      parameters: { referencePeriod: 'months', referencePeriodMonths: 1, disabledRules: ['average-48h'] },
      employee: { nightWorker: true, counters: { year: 2025, workedHoursThisReferencePeriod: earlier } },
      shifts: [],
    });
    expect(violationsOf(result, 'night-worker-average').map((v) => [v.measured, v.limit])).toEqual(expected);
  });
});
