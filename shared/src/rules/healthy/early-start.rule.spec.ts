import { check, violationsOf } from '../roster.test-support';
import { earlyStartRule } from './early-start.rule';

const period = { start: '2025-03-01', end: '2025-11-30' };

describe(earlyStartRule.id, () => {
  it.each<[string, string, string, boolean]>([
    ['06:00 is not early', '2025-03-12T06:00', '2025-03-12T14:30', false],
    ['05:59 is early', '2025-03-12T05:59', '2025-03-12T14:00', true],
    ['05:00–13:00 has only 1 h of night: early', '2025-03-12T05:00', '2025-03-12T13:00', true],
    ['a night shift starting 01:00 is excepted', '2025-03-12T01:00', '2025-03-12T09:00', false],
    ['spring change: 03:30 is early', '2025-03-30T03:30', '2025-03-30T12:00', true],
  ])('%s', (_case, start, end, early) => {
    const found = violationsOf(check({ period, shifts: [{ start, end, breakMinutes: 30 }] }), 'early-start');
    expect(found.length === 1).toBe(early);
  });
});
