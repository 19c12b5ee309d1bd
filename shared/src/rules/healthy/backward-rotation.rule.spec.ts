import { check, violationsOf, work } from '../roster.test-support';
import { backwardRotationRule } from './backward-rotation.rule';

const period = { start: '2025-03-01', end: '2025-11-30' };

describe(backwardRotationRule.id, () => {
  it.each<[string, string, string, string, string, number[]]>([
    [
      'evening → day the next morning warns',
      '2025-03-10T13:30',
      '2025-03-10T21:30',
      '2025-03-11T07:00',
      '2025-03-11T15:30',
      [17.5],
    ],
    [
      'day → evening rotates forward',
      '2025-03-10T07:00',
      '2025-03-10T15:30',
      '2025-03-11T13:30',
      '2025-03-11T21:30',
      [],
    ],
    [
      'same start time the next day',
      '2025-03-10T07:00',
      '2025-03-10T15:30',
      '2025-03-11T07:00',
      '2025-03-11T15:30',
      [],
    ],
    [
      'evening → day two days later is 24 h or more apart',
      '2025-03-10T13:30',
      '2025-03-10T21:30',
      '2025-03-12T07:00',
      '2025-03-12T15:30',
      [],
    ],
    [
      'spring change: evening 13:30 → day 08:00 is 17.5 h apart',
      '2025-03-29T13:30',
      '2025-03-29T21:30',
      '2025-03-30T08:00',
      '2025-03-30T16:30',
      [17.5],
    ],
    [
      'autumn change: 10:00 → 09:30 the next day is 24.5 h apart',
      '2025-10-25T10:00',
      '2025-10-25T18:00',
      '2025-10-26T09:30',
      '2025-10-26T17:30',
      [],
    ],
  ])('%s', (_case, s1, e1, s2, e2, expected) => {
    expect(
      violationsOf(check({ period, shifts: [work(s1, e1), work(s2, e2)] }), 'backward-rotation').map((v) => v.measured),
    ).toEqual(expected);
  });
});
