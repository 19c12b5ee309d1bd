// Deviations from the published roster (issue 6, "Worked time and attestation"): what the
// scheduler registers per shift, or the employee reports for the manager to accept. Each kind is
// checked here, before anything is stored; the same time can never be recorded twice.
//   absence     – part or all of a shift not worked because of an absence type (sick from 13:00,
//                 VAB, semester …); the scheduled hours it falls on are paid as that absence.
//   left-early  – the employee went home at `start`; the rest of the shift is not worked or paid.
//   extra-time  – stayed late or came early, right next to the shift, ordered by someone: ordered
//                 time, which the classification makes mertid or overtime (AB § 20, RULES.md A5).
//   called-in   – ordered work on its own, not next to a shift (inkallad).
//   call-out    – work during a jour/beredskap shift (utryckning); jour hours exclude it.
import { formatLocal, HOUR_MS, type Instant } from '../time/stockholm';
import { ABSENCE_TYPES, type AbsenceType } from '../roster-document/roster-snapshot';
import { type ShiftKind } from '../staff/staff-vocabulary';

export const DEVIATION_KINDS = ['absence', 'left-early', 'extra-time', 'called-in', 'call-out'] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

/** reported = by the employee, waiting for the manager; withdrawn = taken back (a correction after attestation). */
export const DEVIATION_STATUSES = ['reported', 'accepted', 'rejected', 'withdrawn'] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

export const DEVIATION_KIND_LABELS: Record<DeviationKind, { sv: string; en: string }> = {
  absence: { sv: 'Frånvaro', en: 'Absence' },
  'left-early': { sv: 'Gick tidigare', en: 'Left early' },
  'extra-time': { sv: 'Förlängt pass (beordrad tid)', en: 'Extended shift (ordered time)' },
  'called-in': { sv: 'Inkallad', en: 'Called in' },
  'call-out': { sv: 'Utryckning under jour/beredskap', en: 'Call-out during on-call/standby' },
};

export const ABSENCE_TYPE_LABELS: Record<AbsenceType, { sv: string; en: string }> = {
  vacation: { sv: 'Semester', en: 'Vacation' },
  sick: { sv: 'Sjuk', en: 'Sick' },
  leave: { sv: 'Tjänstledighet', en: 'Leave of absence' },
  'parental-leave': { sv: 'Föräldraledighet', en: 'Parental leave' },
  'care-of-child': { sv: 'Vård av barn (VAB)', en: 'Care of a sick child' },
  'comp-leave': { sv: 'Kompledigt', en: 'Compensatory leave' },
  other: { sv: 'Annan frånvaro', en: 'Other absence' },
};

/** Kinds that are ordered time and must say who ordered them (AB § 20: overtime is ordered). */
export const ORDERED_KINDS: readonly DeviationKind[] = ['extra-time', 'called-in'];

/** The longest deviation accepted (the longest shift is 24 h). */
export const MAX_DEVIATION_HOURS = 24;

export function isActiveDeviation(status: DeviationStatus): boolean {
  return status === 'reported' || status === 'accepted';
}

export interface PublishedShift {
  id: string;
  employeeId: string;
  start: Instant;
  end: Instant;
  breakMinutes: number;
  kind: ShiftKind;
}

export interface DeviationInterval {
  id: string | null;
  employeeId: string;
  shiftId: string | null;
  kind: DeviationKind;
  absenceType: AbsenceType | null;
  start: Instant;
  end: Instant;
}

export interface DeviationProblem {
  field: string;
  /** True when the deviation collides with recorded time (409), false for bad input (400). */
  overlap: boolean;
  message: { sv: string; en: string };
}

export interface DeviationContext {
  /** The shift the deviation belongs to (null for called-in). */
  shift: PublishedShift | null;
  /** The employee's published shifts around the deviation (any department). */
  employeeShifts: readonly PublishedShift[];
  /** The employee's other active deviations around it (reported or accepted). */
  otherDeviations: readonly DeviationInterval[];
}

const time = (t: Instant) => formatLocal(t, 'yyyy-MM-dd HH:mm');
const span = (a: Instant, b: Instant) => `${time(a)}–${formatLocal(b, 'HH:mm')}`;

/** Everything wrong with a deviation; empty when it may be stored. */
export function deviationProblems(d: DeviationInterval, ctx: DeviationContext): DeviationProblem[] {
  const problems: DeviationProblem[] = [];
  const invalid = (field: string, sv: string, en: string) =>
    problems.push({ field, overlap: false, message: { sv, en } });
  const collides = (field: string, sv: string, en: string) =>
    problems.push({ field, overlap: true, message: { sv, en } });

  if (!(d.end > d.start)) {
    invalid('end', 'Slutet måste komma efter början', 'The end must come after the start');
    return problems;
  }
  if (d.end - d.start > MAX_DEVIATION_HOURS * HOUR_MS)
    invalid('end', `Högst ${MAX_DEVIATION_HOURS} timmar`, `At most ${MAX_DEVIATION_HOURS} hours`);
  if (d.kind === 'absence' && d.absenceType === null)
    invalid('absenceType', 'Ange frånvarotyp', 'Give the type of absence');
  if (d.kind !== 'absence' && d.absenceType !== null)
    invalid('absenceType', 'Bara frånvaro har en frånvarotyp', 'Only an absence has an absence type');
  if (d.absenceType !== null && !ABSENCE_TYPES.includes(d.absenceType))
    invalid('absenceType', 'Okänd frånvarotyp', 'Unknown absence type');

  const shift = ctx.shift;
  if (d.kind === 'called-in') {
    if (d.shiftId !== null)
      invalid('shiftId', 'Inkallad tid hör inte till ett pass', 'Called-in time does not belong to a shift');
  } else if (shift === null) {
    invalid('shiftId', 'Ange passet avvikelsen gäller', 'Give the shift the deviation belongs to');
    return problems;
  } else if (shift.employeeId !== d.employeeId) {
    invalid('shiftId', 'Passet är en annan medarbetares', "The shift is another employee's");
    return problems;
  }

  if (shift && d.kind !== 'called-in') {
    const within = d.start >= shift.start && d.end <= shift.end;
    const shiftSpan = span(shift.start, shift.end);
    switch (d.kind) {
      case 'absence':
        if (!within)
          invalid(
            'start',
            `Frånvaron måste ligga inom passet ${shiftSpan}`,
            `The absence must lie within the shift ${shiftSpan}`,
          );
        break;
      case 'left-early':
        if (!within || d.end !== shift.end)
          invalid(
            'start',
            `Tiden då medarbetaren gick måste ligga inom passet ${shiftSpan}`,
            `The time the employee left must lie within the shift ${shiftSpan}`,
          );
        break;
      case 'extra-time':
        if (shift.kind !== 'work')
          invalid(
            'shiftId',
            'Förlängning gäller arbetspass; under jour används utryckning',
            'Extra time belongs to a work shift; during on-call use a call-out',
          );
        else if (d.end !== shift.start && d.start !== shift.end)
          invalid(
            'start',
            `Förlängd tid ska ligga direkt före eller efter passet ${shiftSpan}; annars är det inkallad tid`,
            `Extra time must lie right before or after the shift ${shiftSpan}; otherwise it is called-in time`,
          );
        break;
      case 'call-out':
        if (shift.kind === 'work')
          invalid(
            'shiftId',
            'Utryckning gäller jour- eller beredskapspass',
            'A call-out belongs to an on-call or standby shift',
          );
        else if (!within)
          invalid(
            'start',
            `Utryckningen måste ligga inom passet ${shiftSpan}`,
            `The call-out must lie within the shift ${shiftSpan}`,
          );
        break;
    }
  }
  if (problems.length > 0) return problems;

  // New working time may not fall on time already scheduled (a call-out lies inside its jour shift).
  if (d.kind === 'extra-time' || d.kind === 'called-in' || d.kind === 'call-out') {
    for (const s of ctx.employeeShifts) {
      if (s.id === d.shiftId && d.kind === 'call-out') continue;
      if (d.kind === 'call-out' && s.kind !== 'work') continue;
      if (s.start < d.end && d.start < s.end)
        collides(
          'start',
          `Tiden ${span(d.start, d.end)} krockar med passet ${span(s.start, s.end)}`,
          `The time ${span(d.start, d.end)} overlaps the shift ${span(s.start, s.end)}`,
        );
    }
  }
  for (const o of ctx.otherDeviations) {
    if (o.id !== null && o.id === d.id) continue;
    if (o.start < d.end && d.start < o.end)
      collides(
        'start',
        `Avvikelsen krockar med en annan avvikelse (${DEVIATION_KIND_LABELS[o.kind].sv.toLowerCase()} ${span(o.start, o.end)}); samma tid kan bara registreras en gång`,
        `The deviation overlaps another deviation (${DEVIATION_KIND_LABELS[o.kind].en.toLowerCase()} ${span(o.start, o.end)}); the same time can be recorded only once`,
      );
  }
  return problems;
}
