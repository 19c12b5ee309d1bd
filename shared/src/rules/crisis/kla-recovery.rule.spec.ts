import { check, violationsOf, work } from '../roster.test-support';
import { klaRecoveryRule } from './kla-recovery.rule';

const employee = { crisisAssignment: { start: '2025-09-01', end: '2025-09-28' } };

describe(klaRecoveryRule.id, () => {
  it.each<[string, string, number | null]>([
    ['36 h after the last KLA shift passes', '2025-09-30T07:00', null],
    ['35 h fails (S24)', '2025-09-30T06:00', 35],
  ])('%s', (_case, next, measured) => {
    const result = check({
      ruleSet: 'crisis-kla',
      period: { start: '2025-09-22', end: '2025-10-05' },
      employee,
      shifts: [work('2025-09-28T10:30', '2025-09-28T19:00'), work(next, `${next.slice(0, 11)}14:30`)],
    });
    expect(violationsOf(result, 'kla-recovery').map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
  });

  it('counts real time across the autumn change', () => {
    const result = check({
      ruleSet: 'crisis-kla',
      period: { start: '2025-10-20', end: '2025-11-02' },
      employee: { crisisAssignment: { start: '2025-09-01', end: '2025-10-25' } },
      // Sat 25/10 19:00 CEST → Mon 27/10 06:00 CET is 36 h (35 h on the wall clock)
      shifts: [work('2025-10-25T10:30', '2025-10-25T19:00'), work('2025-10-27T06:00', '2025-10-27T14:30')],
    });
    expect(violationsOf(result, 'kla-recovery')).toEqual([]);
  });
});
