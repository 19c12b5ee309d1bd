import { check, work } from '../rules/roster.test-support';
import { type Violation } from '../rules/rule';
import { newViolations } from './new-violations';

const period = { start: '2026-03-09', end: '2026-03-15' };

function violation(overrides: Partial<Violation>): Violation {
  return {
    ruleId: 'daily-rest',
    severity: 'hard',
    employeeId: 'anna',
    shiftIds: ['a', 'b'],
    from: '2026-03-10T21:30:00+01:00',
    to: '2026-03-11T07:00:00+01:00',
    measured: 9.5,
    limit: 11,
    unit: 'hours',
    source: 'ATL 13 §',
    message: { sv: 'x', en: 'x' },
    ...overrides,
  };
}

describe('newViolations', () => {
  it.each<[string, Violation[], Violation[], number]>([
    ['nothing before, one after', [], [violation({})], 1],
    ['the same finding before and after', [violation({})], [violation({})], 0],
    ['the same finding, worse after', [violation({})], [violation({ measured: 8 })], 1],
    ['the same finding, better after', [violation({})], [violation({ measured: 10 })], 0],
    ['another window', [violation({})], [violation({ to: '2026-03-11T06:30:00+01:00', measured: 9 })], 1],
    [
      'the same window with other shifts listed (a period-wide rule)',
      [violation({})],
      [violation({ shiftIds: ['a', 'c'] })],
      0,
    ],
    ['another employee', [violation({})], [violation({ employeeId: 'johan' })], 1],
    ['a finding that went away', [violation({})], [], 0],
  ])('%s', (_label, before, after, count) => {
    expect(newViolations(before, after)).toHaveLength(count);
  });

  it('finds the daily rest a reassigned evening shift would break, and ignores what was there before', () => {
    const day = work('2026-03-11T07:00', '2026-03-11T15:30', { id: 'day' });
    const evening = work('2026-03-10T13:30', '2026-03-10T21:30', { id: 'evening' });
    // A week with a day off too few (soft) before and after; the evening shift is new.
    const before = check({ period, shifts: [day] }).violations;
    const after = check({ period, shifts: [evening, day] }).violations;
    const added = newViolations(before, after);
    expect(added.map((v) => v.ruleId)).toContain('daily-rest');
    expect(added.find((v) => v.ruleId === 'daily-rest')).toMatchObject({ measured: 9.5, limit: 11 });
  });
});
