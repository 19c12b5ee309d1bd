import { check, violationsOf, work } from '../roster.test-support';
import { shiftSpanRule } from './shift-span.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };
const meal = { employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'måltidsuppehåll' };

describe(shiftSpanRule.id, () => {
  it.each<[string, string, string, number | null]>([
    ['exactly 13 h passes', '2025-03-12T07:00', '2025-03-12T20:00', null],
    ['13 h 01 min fails', '2025-03-12T07:00', '2025-03-12T20:01', 13 + 1 / 60],
    ['across midnight', '2025-03-12T18:00', '2025-03-13T08:00', 14],
    ['spring change: 18:00 → 08:00 is 13 h of real time', '2025-03-29T18:00', '2025-03-30T08:00', null],
    ['autumn change: 19:00 → 07:00 is 13 h of real time', '2025-10-25T19:00', '2025-10-26T07:00', null],
    ['autumn change: 19:00 → 07:30 is 13.5 h of real time', '2025-10-25T19:00', '2025-10-26T07:30', 13.5],
  ])('%s', (_case, start, end, measured) => {
    const found = violationsOf(
      check({ period, shifts: [{ start, end, breakMinutes: 0 }], exceptions: [meal] }),
      'shift-span',
    );
    expect(found.map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
  });

  it('counts contiguous work and jour as one shift', () => {
    const found = violationsOf(
      check({
        period,
        shifts: [
          work('2025-03-12T07:00', '2025-03-12T15:30'),
          { start: '2025-03-12T15:30', end: '2025-03-12T22:00', kind: 'on-call' },
        ],
        exceptions: [meal],
      }),
      'shift-span',
    );
    expect(found).toEqual([expect.objectContaining({ measured: 15, limit: 13, shiftIds: ['s1', 's2'] })]);
  });

  describe('AB § 13 mom. 5 combination', () => {
    const combined = [
      work('2025-03-12T07:00', '2025-03-12T16:00'),
      { start: '2025-03-12T16:00', end: '2025-03-13T03:00', kind: 'on-call' as const },
    ];
    const exception = {
      employeeId: 'anna',
      ruleId: 'shift-span',
      type: 'combined-20h',
      shiftIds: ['s1', 's2'],
      reason: 'liv och hälsa',
    };
    it.each<[string, string | null, string[], number | null]>([
      ['20 h followed by 20 h of rest passes', '2025-03-13T23:00', ['shift-span/combined-20h'], null],
      ['20 h followed by 19 h of rest fails', '2025-03-13T22:00', [], 19],
      ['20 h as the last shift of the document passes', null, ['shift-span/combined-20h'], null],
    ])('%s', (_case, nextStart, used, measured) => {
      const shifts = nextStart
        ? [...combined, { start: nextStart, end: '2025-03-14T07:00', breakMinutes: 0 }]
        : combined;
      const result = check({ period, shifts, exceptions: [exception, meal] });
      expect(violationsOf(result, 'shift-span').map((v) => [v.measured, v.limit])).toEqual(
        measured === null ? [] : [[measured, 20]],
      );
      expect(
        result.exceptionsUsed.filter((u) => u.ruleId === 'shift-span').map((u) => `${u.ruleId}/${u.type}`),
      ).toEqual(used);
    });
    it('more than 20 h fails even with the exception', () => {
      const shifts = [
        work('2025-03-12T06:00', '2025-03-12T16:00'),
        { start: '2025-03-12T16:00', end: '2025-03-13T03:00', kind: 'on-call' as const },
      ];
      expect(
        violationsOf(check({ period, shifts, exceptions: [exception, meal] }), 'shift-span').map((v) => [
          v.measured,
          v.limit,
        ]),
      ).toEqual([[21, 20]]);
    });
    it('does not cover a long work shift without jour', () => {
      const [v] = violationsOf(
        check({
          period,
          shifts: [work('2025-03-12T06:00', '2025-03-12T21:00')],
          exceptions: [{ ...exception, shiftIds: ['s1'] }, meal],
        }),
        'shift-span',
      );
      expect(v).toMatchObject({ measured: 15, limit: 13 });
      expect(v.message.en).toContain('only covers a work shift combined with a jour shift');
    });
  });
});
