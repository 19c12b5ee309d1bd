import { check, violationsOf } from '../roster.test-support';
import { nightWindowRule } from './night-window.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };

describe(nightWindowRule.id, () => {
  it.each<[string, string, string, number | null]>([
    ['night shift 21:15–07:15 has 5 h inside 00–05', '2025-03-12T21:15', '2025-03-13T07:15', 5],
    ['evening ending at midnight touches nothing', '2025-03-12T16:00', '2025-03-13T00:00', null],
    ['early shift from 04:30', '2025-03-13T04:30', '2025-03-13T13:00', 0.5],
    ['shift starting at 05:00 is outside', '2025-03-13T05:00', '2025-03-13T13:30', null],
    ['spring change: 00–05 is 4 h of real time', '2025-03-29T22:00', '2025-03-30T07:00', 4],
    ['autumn change: 00–05 is 6 h of real time', '2025-10-25T22:00', '2025-10-26T07:00', 6],
  ])('%s', (_case, start, end, measured) => {
    const found = violationsOf(
      check({ period, employee: { nightWorkBasis: false }, shifts: [{ start, end, breakMinutes: 0 }] }),
      'night-window',
    );
    expect(found.map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
  });

  it('does not apply to an employee with a night-work basis (healthcare, the default)', () => {
    expect(
      violationsOf(check({ period, shifts: [{ start: '2025-03-12T21:15', end: '2025-03-13T07:15' }] }), 'night-window'),
    ).toEqual([]);
  });

  it('a recorded basis covers the shift and is listed as used', () => {
    const result = check({
      period,
      employee: { nightWorkBasis: false },
      shifts: [
        { start: '2025-03-12T21:15', end: '2025-03-13T07:15' },
        { start: '2025-03-14T21:15', end: '2025-03-15T07:15' },
      ],
      exceptions: [
        {
          employeeId: 'anna',
          ruleId: 'night-window',
          type: 'night-work-basis',
          shiftIds: ['s1'],
          reason: 'lokalt kollektivavtal',
        },
      ],
    });
    expect(violationsOf(result, 'night-window').map((v) => v.shiftIds)).toEqual([['s2']]);
    expect(result.exceptionsUsed.filter((u) => u.ruleId === 'night-window')).toEqual([
      expect.objectContaining({ type: 'night-work-basis', appliedTo: ['s1'] }),
    ]);
  });
});
