// RULES.md A1 `qualification`: a shift that requires a skill or profession is staffed only by
// someone who has it (exact, case-sensitive match of the skill code).
import { shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

export const qualificationRule: RuleDefinition = {
  id: 'qualification',
  severity: 'hard',
  title: { sv: 'Behörighet saknas', en: 'Missing qualification' },
  source: '—',
  parameters: [],
  evaluate(ctx) {
    const skills = ctx.roster.employee.skills;
    for (let i = 0; i < ctx.n; i++) {
      const required = ctx.shifts[i].requiredSkill;
      if (required === null || skills.includes(required)) continue;
      const shift = shiftWithTimes(ctx, i);
      ctx.report({
        shifts: [i],
        from: ctx.start[i],
        to: ctx.end[i],
        measured: 1,
        limit: 0,
        unit: 'shifts',
        message: {
          sv: `${shift.sv} kräver kompetensen ${required}, som medarbetaren saknar`,
          en: `${shift.en} requires the skill ${required}, which the employee lacks`,
        },
      });
    }
  },
};
