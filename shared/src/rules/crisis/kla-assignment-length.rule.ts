// Krislägesavtalet (2021): no employee is assigned for more than 8 weeks; an extension of at most
// 2 weeks needs a recorded absolute necessity (`extension`). Measured in calendar days from the
// assignment's first day to its last day, or to the day the latest shift ends while it is open.
import { dayNumberOfDate, localDayNumber, localMidnight } from '../../time/intervals';
import { KIND_STANDBY } from '../employee-context';
import { dayMonth } from '../message-format';
import { type RuleDefinition } from '../rule';

export const klaAssignmentLengthRule: RuleDefinition = {
  id: 'kla-assignment-length',
  severity: 'hard',
  title: { sv: 'Krisanvisningens längd', en: 'Length of crisis assignment' },
  source: 'Krislägesavtalet',
  parameters: ['crisisMaxAssignmentWeeks', 'crisisExtensionWeeks'],
  evaluate(ctx) {
    const assignment = ctx.roster.employee.crisisAssignment;
    if (!assignment) return;
    const { params } = ctx.env;
    const startDay = dayNumberOfDate(assignment.start);
    const start = localMidnight(startDay);
    const assignmentEnd = assignment.end === null ? Infinity : localMidnight(dayNumberOfDate(assignment.end) + 1);
    let extension = null;
    for (let i = 0; i < ctx.n && !extension; i++) extension = ctx.exception('extension', i);
    const weeks = params.crisisMaxAssignmentWeeks + (extension ? params.crisisExtensionWeeks : 0);
    const limitEnd = localMidnight(startDay + 7 * weeks);
    const beyond: number[] = [];
    const extended: number[] = [];
    const baseEnd = localMidnight(startDay + 7 * params.crisisMaxAssignmentWeeks);
    let lastEnd = assignment.end === null ? start : assignmentEnd;
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] === KIND_STANDBY || ctx.start[i] < start || ctx.start[i] >= assignmentEnd) continue;
      if (ctx.end[i] > limitEnd) beyond.push(i);
      if (ctx.end[i] > baseEnd) extended.push(i);
      if (assignment.end === null && ctx.end[i] > lastEnd) lastEnd = ctx.end[i];
    }
    if (lastEnd <= limitEnd) {
      if (extension && lastEnd > baseEnd) {
        ctx.useException(extension, extended, {
          sv: `Krisanvisningen förlängd med högst ${params.crisisExtensionWeeks} veckor av absolut nödvändighet`,
          en: `Crisis assignment extended by at most ${params.crisisExtensionWeeks} weeks out of absolute necessity`,
        });
      }
      return;
    }
    const measured = (localDayNumber(lastEnd - 1) - startDay + 1) / 7;
    ctx.report({
      shifts: beyond,
      from: start,
      to: lastEnd,
      measured,
      limit: weeks,
      unit: 'weeks',
      scope: beyond.length > 0 ? 'shifts' : 'window',
      message: {
        sv: `Krisanvisningen från ${dayMonth(start)} varar ${Math.round(measured * 10) / 10} veckor; högst ${weeks} veckor${extension ? ' med förlängning' : ' utan registrerad förlängning'}`,
        en: `The crisis assignment from ${dayMonth(start)} lasts ${Math.round(measured * 10) / 10} weeks; at most ${weeks} weeks${extension ? ' with the extension' : ' without a recorded extension'}`,
      },
    });
  },
};
