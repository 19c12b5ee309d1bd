import { check, violationsOf } from '../roster.test-support';
import { onCallLimitRule } from './on-call-limit.rule';

const jour = (date: string, from: string, to: string) => ({
  start: `${date}T${from}`,
  end: `${date}T${to}`,
  kind: 'on-call' as const,
});

describe(onCallLimitRule.id, () => {
  const period = { start: '2025-03-24', end: '2025-04-06' };
  it.each<[string, number, ReturnType<typeof jour>, number | null]>([
    ['42 h + 8 h = 50 h passes', 42, jour('2025-03-26', '08:00', '16:00'), null],
    ['42 h + 8.5 h fails', 42, jour('2025-03-26', '08:00', '16:30'), 50.5],
    ["jour in April is not added to March's counter", 49, jour('2025-04-02', '08:00', '16:00'), null],
    [
      'spring change night: 22:00 → 08:00 is 9 h of real time',
      41,
      { start: '2025-03-29T22:00', end: '2025-03-30T08:00', kind: 'on-call' },
      null,
    ],
    [
      'autumn-style check: 42 h + a 10-h night in March fails',
      42,
      { start: '2025-03-26T22:00', end: '2025-03-27T08:00', kind: 'on-call' },
      52,
    ],
  ])('%s', (_case, earlier, shift, measured) => {
    const result = check({
      period,
      employee: { counters: { year: 2025, onCallHoursThisMonth: earlier } },
      shifts: [shift],
    });
    expect(violationsOf(result, 'on-call-limit').map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
  });

  it('four-weeks method: 48 h', () => {
    const result = check({
      period: { start: '2025-03-03', end: '2025-03-30' },
      parameters: { onCallMethod: 'four-weeks' },
      employee: { counters: { year: 2025, onCallHoursThisFourWeeks: 41 } },
      shifts: [jour('2025-03-05', '08:00', '16:00')],
    });
    expect(violationsOf(result, 'on-call-limit').map((v) => [v.measured, v.limit])).toEqual([[49, 48]]);
  });
});
