import { check, violationsOf, work } from '../roster.test-support';
import { qualificationRule } from './qualification.rule';

const period = { start: '2025-03-03', end: '2025-03-30' };

describe(qualificationRule.id, () => {
  it.each<[string, string[], string | null, boolean]>([
    ['skill required and held', ['IVA', 'NEO'], 'IVA', false],
    ['skill required and missing', ['NEO'], 'IVA', true],
    ['skill codes are matched exactly', ['iva'], 'IVA', true],
    ['no skill required', [], null, false],
  ])('%s', (_case, skills, requiredSkill, violated) => {
    const found = violationsOf(
      check({
        period,
        employee: { skills },
        shifts: [work('2025-03-10T07:00', '2025-03-10T15:30', { requiredSkill })],
      }),
      'qualification',
    );
    expect(found.length > 0).toBe(violated);
    if (violated) expect(found[0]).toMatchObject({ severity: 'hard', shiftIds: ['s1'], unit: 'shifts' });
  });
});
