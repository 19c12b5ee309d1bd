import { check, violationsOf, work } from '../roster.test-support';
import { klaAssignmentLengthRule } from './kla-assignment-length.rule';

const employee = { crisisAssignment: { start: '2025-09-01', end: null } };
const extension = {
  employeeId: 'anna',
  ruleId: 'kla-assignment-length',
  type: 'extension',
  reason: 'absolut nödvändigt',
};

describe(klaAssignmentLengthRule.id, () => {
  it.each<[string, string, boolean, number | null]>([
    ['a shift in week 8 passes', '2025-10-20', false, null],
    ['a shift in week 9 fails (S24)', '2025-10-27', false, 57 / 7],
    ['with a recorded extension week 10 passes', '2025-11-03', true, null],
    ['with an extension week 11 fails', '2025-11-10', true, 71 / 7],
  ])('%s', (_case, date, extended, measured) => {
    const result = check({
      ruleSet: 'crisis-kla',
      period: { start: date, end: date },
      employee,
      shifts: [work(`${date}T07:00`, `${date}T15:30`)],
      exceptions: extended ? [extension] : [],
    });
    const found = violationsOf(result, 'kla-assignment-length');
    if (measured === null) expect(found).toEqual([]);
    else expect(found[0].measured).toBeCloseTo(measured, 10);
  });

  it('a closed assignment longer than 8 weeks fails without shifts in the document', () => {
    const result = check({
      ruleSet: 'crisis-kla',
      period: { start: '2025-10-27', end: '2025-11-02' },
      employee: { crisisAssignment: { start: '2025-09-01', end: '2025-10-31' } },
      shifts: [],
    });
    expect(violationsOf(result, 'kla-assignment-length').map((v) => [v.measured, v.limit])).toEqual([[61 / 7, 8]]);
  });

  it('is not part of the AB rule sets', () => {
    expect(
      violationsOf(
        check({
          period: { start: '2025-10-27', end: '2025-10-27' },
          employee,
          shifts: [work('2025-10-27T07:00', '2025-10-27T15:30')],
        }),
        'kla-assignment-length',
      ),
    ).toEqual([]);
  });
});
