import { check, violationsOf, work } from '../roster.test-support';
import { unavailableRule } from './unavailable.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };

describe(unavailableRule.id, () => {
  it.each<[string, { start: string; end: string; type: string }, ReturnType<typeof work>, number[]]>([
    [
      'shift inside whole-day leave',
      { start: '2025-03-12', end: '2025-03-14', type: 'leave' },
      work('2025-03-13T07:00', '2025-03-13T15:30'),
      [8.5],
    ],
    [
      'night shift running into the first day of leave',
      { start: '2025-03-12', end: '2025-03-14', type: 'vacation' },
      work('2025-03-11T21:00', '2025-03-12T07:00', { breakMinutes: 0 }),
      [7],
    ],
    [
      'shift ending at midnight before the leave touches it only',
      { start: '2025-03-12', end: '2025-03-14', type: 'leave' },
      work('2025-03-11T16:00', '2025-03-12T00:00'),
      [],
    ],
    [
      'shift on the day after the last day of leave',
      { start: '2025-03-12', end: '2025-03-14', type: 'sick' },
      work('2025-03-15T00:00', '2025-03-15T08:00'),
      [],
    ],
    [
      'partial-day absence given as date-times',
      { start: '2025-03-12T08:00', end: '2025-03-12T12:00', type: 'care-of-child' },
      work('2025-03-12T07:00', '2025-03-12T15:30'),
      [4],
    ],
    [
      'whole day of leave on the spring change day is 23 h',
      { start: '2025-03-30', end: '2025-03-30', type: 'leave' },
      { start: '2025-03-29T12:00', end: '2025-03-31T12:00', kind: 'standby' },
      [23],
    ],
  ])('%s', (_case, absence, shift, expected) => {
    const found = violationsOf(
      check({ period, shifts: [shift], absences: [{ employeeId: 'anna', ...absence }] }),
      'unavailable',
    );
    expect(found.map((v) => v.measured)).toEqual(expected);
  });

  it('says which absence', () => {
    const [v] = violationsOf(
      check({
        period,
        shifts: [work('2025-03-13T07:00', '2025-03-13T15:30')],
        absences: [{ employeeId: 'anna', start: '2025-03-12', end: '2025-03-14', type: 'vacation' }],
      }),
      'unavailable',
    );
    expect(v.message.sv).toBe('dagpass 13/3 07:00–15:30 ligger 8 h 30 min inom registrerad semester 12/3–14/3');
  });
});
