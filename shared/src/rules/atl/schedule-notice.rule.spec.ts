import { check, violationsOf, work } from '../roster.test-support';
import { scheduleNoticeRule } from './schedule-notice.rule';

describe(scheduleNoticeRule.id, () => {
  it.each<[string, string, string, number | null]>([
    ['published 14 days ahead passes', '2025-08-18T16:00', '2025-09-01', null],
    ['published 13 days ahead warns', '2025-08-19T08:00', '2025-09-01', 13],
    ['counted in calendar days across the spring change', '2025-03-17T00:30', '2025-03-31', null],
    ['counted in calendar days across the autumn change', '2025-10-21T23:30', '2025-11-03', 13],
  ])('%s', (_case, publishedAt, start, measured) => {
    const result = check({
      period: { start, end: start },
      publishedAt,
      shifts: [work(`${start}T07:00`, `${start}T15:30`)],
    });
    const found = violationsOf(result, 'schedule-notice');
    expect(found.map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
    if (measured !== null) expect(found[0]).toMatchObject({ severity: 'soft', limit: 14, unit: 'days' });
  });

  it('an employee without shifts in the period is not concerned', () => {
    expect(
      violationsOf(
        check({ period: { start: '2025-09-01', end: '2025-09-28' }, publishedAt: '2025-08-25T09:00', shifts: [] }),
        'schedule-notice',
      ),
    ).toEqual([]);
  });

  it("a changed shift needs 14 days' notice or a recorded reason", () => {
    const shifts = [
      work('2025-09-15T13:00', '2025-09-15T21:30', { changedAt: '2025-09-10T10:00' }),
      work('2025-09-29T13:00', '2025-09-29T21:30', { changedAt: '2025-09-15T10:00' }),
    ];
    const result = check({ period: { start: '2025-09-01', end: '2025-09-30' }, shifts });
    expect(violationsOf(result, 'schedule-notice').map((v) => [v.shiftIds, v.measured])).toEqual([[['s1'], 5]]);
    const withReason = check({
      period: { start: '2025-09-01', end: '2025-09-30' },
      shifts,
      exceptions: [
        { employeeId: 'anna', ruleId: 'schedule-notice', type: 'short-notice', shiftIds: ['s1'], reason: 'sjukdom' },
      ],
    });
    expect(violationsOf(withReason, 'schedule-notice')).toEqual([]);
    expect(withReason.exceptionsUsed.map((u) => u.type)).toEqual(['short-notice']);
  });
});
