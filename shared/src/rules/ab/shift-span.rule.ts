// AB § 13 (2023-10-01): work and rest alternate, so one shift — contiguous work and jour from
// start to end, breaks included — spans at most 13 h. Mom. 5: a work shift and a jour shift may be
// combined up to 20 h when recorded, and must be followed directly by rest ≥ the combined length.
// A shift extended by recorded nödfallsövertid (ATL 9 §, an unforeseen event under mom. 8 b) is
// not held to the span; its shortened rest is checked by daily-rest (RULES.md S25).
import { HOUR_MS } from '../../time/stockholm';
import { KIND_ON_CALL, KIND_WORK } from '../employee-context';
import { dayMonthClock, durationText } from '../message-format';
import { type RuleDefinition } from '../rule';

export const shiftSpanRule: RuleDefinition = {
  id: 'shift-span',
  severity: 'hard',
  title: { sv: 'Passets längd från början till slut', en: 'Shift span from start to end' },
  source: 'AB § 13 (work and rest alternate)',
  parameters: ['maxShiftSpanHours', 'combinedShiftMaxHours', 'dailyRestHours'],
  evaluate(ctx) {
    const { params, dailyRestMs } = ctx.env;
    const { start, end, shifts } = ctx.duty;
    const maxSpan = params.maxShiftSpanHours * HOUR_MS;
    for (let b = 0; b < start.length; b++) {
      const span = end[b] - start[b];
      if (span <= maxSpan) continue;
      const members = shifts[b];
      const when = `${dayMonthClock(start[b])}–${dayMonthClock(end[b])}`;
      let exception = null;
      for (const i of members) exception ??= ctx.exception('combined-20h', i);
      const combinesWorkAndJour =
        members.some((i) => ctx.kind[i] === KIND_WORK) && members.some((i) => ctx.kind[i] === KIND_ON_CALL);
      const allowed = exception && combinesWorkAndJour ? params.combinedShiftMaxHours * HOUR_MS : maxSpan;
      let emergency = null;
      for (const i of members) emergency ??= ctx.exception('emergency', i);
      if (span > allowed && emergency) {
        ctx.useException(emergency, members, {
          sv: `Passet ${when} förlängt till ${durationText(span)} vid nödfall (ATL 9 §, AB § 13 mom. 8 b); kompensationsvila enligt dygnsvilan`,
          en: `The shift ${when} extended to ${durationText(span)} in an emergency (ATL 9 §, AB § 13 mom. 8 b); compensatory rest as for daily rest`,
        });
        continue;
      }
      if (span > allowed) {
        const note =
          exception && !combinesWorkAndJour ? ' (undantaget enligt mom. 5 gäller bara arbetspass + jourpass)' : '';
        const noteEn =
          exception && !combinesWorkAndJour
            ? ' (the mom. 5 exception only covers a work shift combined with a jour shift)'
            : '';
        ctx.report({
          shifts: members,
          from: start[b],
          to: end[b],
          measured: span / HOUR_MS,
          limit: allowed / HOUR_MS,
          unit: 'hours',
          message: {
            sv: `Passet ${when} är ${durationText(span)} från början till slut; högst ${durationText(allowed)}${note}`,
            en: `The shift ${when} spans ${durationText(span)} from start to end; at most ${durationText(allowed)}${noteEn}`,
          },
        });
        continue;
      }
      // Recorded mom. 5 combination within 20 h: the rest that follows must be at least as long.
      const requiredRest = Math.max(span, dailyRestMs);
      const rest = b + 1 < start.length ? start[b + 1] - end[b] : Infinity;
      if (rest < requiredRest) {
        const next = shifts[b + 1][0];
        ctx.report({
          shifts: [...members, next],
          from: end[b],
          to: start[b + 1],
          measured: rest / HOUR_MS,
          limit: requiredRest / HOUR_MS,
          unit: 'hours',
          message: {
            sv: `Efter det sammanslagna passet ${when} (${durationText(span)}) är vilan ${durationText(rest)}; minst lika lång som passet krävs (AB § 13 mom. 5)`,
            en: `After the combined shift ${when} (${durationText(span)}) the rest is ${durationText(rest)}; at least as long as the shift is required (AB § 13 mom. 5)`,
          },
        });
        continue;
      }
      ctx.useException(exception!, members, {
        sv: `Sammanslaget pass ${durationText(span)} (högst ${durationText(allowed)}) följt av vila ${rest === Infinity ? 'till nästa schemaperiod' : durationText(rest)} (AB § 13 mom. 5)`,
        en: `Combined shift of ${durationText(span)} (at most ${durationText(allowed)}) followed by ${rest === Infinity ? 'rest until the next schedule' : `rest of ${durationText(rest)}`} (AB § 13 mom. 5)`,
      });
    }
  },
};
