// Krislägesavtalet (2021): after the last shift of an assignment the employee has at least 36 h of
// recovery (raised from 24 h) before the next shift. The assignment's last shift is the latest
// work or jour shift starting on or before its last day.
import { HOUR_MS } from '../../time/stockholm';
import { dayNumberOfDate, localMidnight } from '../../time/intervals';
import { KIND_STANDBY } from '../employee-context';
import { dayMonthClock, durationText, shiftName } from '../message-format';
import { type RuleDefinition } from '../rule';

export const klaRecoveryRule: RuleDefinition = {
  id: 'kla-recovery',
  severity: 'hard',
  title: { sv: 'Återhämtning efter krisanvisning', en: 'Recovery after a crisis assignment' },
  source: 'Krislägesavtalet',
  parameters: ['crisisRecoveryHours'],
  evaluate(ctx) {
    const assignment = ctx.roster.employee.crisisAssignment;
    if (!assignment || assignment.end === null) return;
    const start = localMidnight(dayNumberOfDate(assignment.start));
    const end = localMidnight(dayNumberOfDate(assignment.end) + 1);
    let last = -1;
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.kind[i] === KIND_STANDBY || ctx.start[i] < start || ctx.start[i] >= end) continue;
      if (last < 0 || ctx.end[i] > ctx.end[last]) last = i;
    }
    if (last < 0) return;
    let next = -1;
    for (let i = 0; i < ctx.n; i++) {
      if (i === last || ctx.start[i] < ctx.end[last]) continue;
      if (next < 0 || ctx.start[i] < ctx.start[next]) next = i;
    }
    if (next < 0) return;
    const rest = ctx.start[next] - ctx.end[last];
    const required = ctx.env.params.crisisRecoveryHours * HOUR_MS;
    if (rest >= required) return;
    const b = shiftName(ctx, next);
    ctx.report({
      shifts: [last, next],
      from: ctx.end[last],
      to: ctx.start[next],
      measured: rest / HOUR_MS,
      limit: required / HOUR_MS,
      unit: 'hours',
      message: {
        sv: `${durationText(rest)} återhämtning efter sista krispasset (slut ${dayMonthClock(ctx.end[last])}) före ${b.sv}; minst ${durationText(required)} krävs`,
        en: `${durationText(rest)} of recovery after the last crisis shift (ending ${dayMonthClock(ctx.end[last])}) before the ${b.en}; at least ${durationText(required)} is required`,
      },
    });
  },
};
