import { check, violationsOf, work } from '../roster.test-support';
import { overlapRule } from './overlap.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };

describe(overlapRule.id, () => {
  it.each<[string, ReturnType<typeof work>[], number[]]>([
    [
      'touching shifts do not overlap (half-open)',
      [work('2025-03-10T07:00', '2025-03-10T12:00'), work('2025-03-10T12:00', '2025-03-10T16:00')],
      [],
    ],
    [
      '30 min overlap',
      [work('2025-03-10T07:00', '2025-03-10T15:30'), work('2025-03-10T15:00', '2025-03-10T21:30')],
      [0.5],
    ],
    [
      'a shift inside another',
      [work('2025-03-10T07:00', '2025-03-10T21:30'), work('2025-03-10T10:00', '2025-03-10T12:00')],
      [2],
    ],
    [
      'across midnight',
      [work('2025-03-10T21:00', '2025-03-11T07:00', { breakMinutes: 0 }), work('2025-03-11T06:00', '2025-03-11T14:30')],
      [1],
    ],
    [
      'across the autumn change: 01:30+02:00 → 02:30+01:00 is 2 h of real time',
      [work('2025-10-26T00:00', '2025-10-26T02:30+01:00'), work('2025-10-26T01:30+02:00', '2025-10-26T04:00')],
      [2],
    ],
    [
      'a call-out worked during beredskap is not an overlap',
      [
        { start: '2025-03-15T08:00', end: '2025-03-16T08:00', kind: 'standby' },
        work('2025-03-15T10:00', '2025-03-15T13:00'),
      ],
      [],
    ],
    [
      'two beredskap periods overlapping',
      [
        { start: '2025-03-15T08:00', end: '2025-03-16T08:00', kind: 'standby' },
        { start: '2025-03-16T07:00', end: '2025-03-16T20:00', kind: 'standby' },
      ],
      [1],
    ],
  ])('%s', (_case, shifts, overlaps) => {
    const found = violationsOf(check({ period, shifts }), 'overlap');
    expect(found.map((v) => v.measured)).toEqual(overlaps);
    for (const v of found)
      expect(v).toMatchObject({ severity: 'hard', limit: 0, unit: 'hours', shiftIds: ['s1', 's2'] });
  });
});
