// RULES.md A1 `unavailable`: no shift during approved leave or registered absence. Any overlap
// of the half-open intervals counts, whatever the kind of shift.
import { HOUR_MS } from '../../time/stockholm';
import { overlapMs } from '../../time/intervals';
import { dayRange, durationText, shiftWithTimes } from '../message-format';
import { type RuleDefinition } from '../rule';

const ABSENCE_NAMES: Record<string, { sv: string; en: string }> = {
  vacation: { sv: 'semester', en: 'annual leave' },
  sick: { sv: 'sjukfrånvaro', en: 'sick leave' },
  leave: { sv: 'ledighet', en: 'leave' },
  'parental-leave': { sv: 'föräldraledighet', en: 'parental leave' },
  'care-of-child': { sv: 'vård av barn', en: 'care of a sick child' },
  'comp-leave': { sv: 'kompledighet', en: 'compensatory leave' },
  other: { sv: 'frånvaro', en: 'absence' },
};

export const unavailableRule: RuleDefinition = {
  id: 'unavailable',
  severity: 'hard',
  title: { sv: 'Pass under frånvaro', en: 'Shift during absence' },
  source: '—',
  parameters: [],
  evaluate(ctx) {
    const absences = ctx.roster.absences;
    if (absences.length === 0) return;
    for (let i = 0; i < ctx.n; i++) {
      for (const absence of absences) {
        if (absence.start >= ctx.end[i]) break;
        const ms = overlapMs(ctx.start[i], ctx.end[i], absence.start, absence.end);
        if (ms === 0) continue;
        const from = Math.max(ctx.start[i], absence.start);
        const name = ABSENCE_NAMES[absence.type];
        const shift = shiftWithTimes(ctx, i);
        const range = dayRange(absence.start, absence.end);
        ctx.report({
          shifts: [i],
          from,
          to: from + ms,
          measured: ms / HOUR_MS,
          limit: 0,
          unit: 'hours',
          message: {
            sv: `${shift.sv} ligger ${durationText(ms)} inom registrerad ${name.sv} ${range}`,
            en: `${shift.en} falls ${durationText(ms)} inside registered ${name.en} ${range}`,
          },
        });
      }
    }
  },
};
