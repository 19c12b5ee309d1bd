// Worked time = the published shifts changed by their accepted deviations (issue 6), written as a
// roster document (docs/roster-format.md) so the pay classification and the payroll export read it
// exactly as they read the command line's input.
//   - absence and left-early cut their interval out of the shift; the rest of the shift stays,
//     with the rast shrunk in proportion (the document spreads an unplaced rast over the shift, so
//     the cut takes its share of rast with it). An absence is paid on the worked time it took.
//   - extra-time, called-in and call-out are ordered work (`overtime: true`): mertid for a
//     part-timer up to the full-time measure, overtime beyond it and for full-timers (RULES.md A5).
//   - approved leave and registered sickness that took published shifts off the employee are
//     paid as that absence on the scheduled (paid) hours of the shifts they replaced.
import {
  type RosterDocument,
  type RosterDocumentAbsence,
  type RosterDocumentEmployee,
  type RosterDocumentShift,
} from '../roster-document/roster-document';
import { HOUR_MS, MINUTE_MS, toLocalIso, type CivilDate, type Instant } from '../time/stockholm';
import { type AbsenceType } from '../roster-document/roster-snapshot';
import { type DeviationInterval, type PublishedShift } from './deviations';

export interface WorkedTimeInput {
  ruleSet: string;
  period: { start: CivilDate; end: CivilDate };
  employees: readonly RosterDocumentEmployee[];
  /** Published shifts; employeeId must be one of `employees`' ids. */
  shifts: readonly PublishedShift[];
  /** Accepted deviations only, employeeId as in `shifts`. */
  deviations: readonly DeviationInterval[];
  /** Published shifts that approved leave or sickness took off the employee. */
  replacedByAbsence?: readonly ReplacedByAbsence[];
}

export interface ReplacedByAbsence {
  employeeId: string;
  type: AbsenceType;
  start: Instant;
  end: Instant;
  /** The shift's paid time (net of rast), paid as the absence. */
  paidMinutes: number;
}

/** Shift id of the n-th (n ≥ 2) piece a shift is cut into, and of a deviation's own work. */
export const pieceId = (shiftId: string, n: number) => (n === 1 ? shiftId : `${shiftId}~${n}`);
export const deviationShiftId = (deviationId: string) => `deviation:${deviationId}`;

/** The worked share of the shift's time: the rast is taken out pro rata (standby has no rast). */
function workedShare(shift: PublishedShift): number {
  if (shift.kind === 'standby') return 1;
  const duration = shift.end - shift.start;
  return (duration - shift.breakMinutes * MINUTE_MS) / duration;
}

export function workedTimeDocument(input: WorkedTimeInput): RosterDocument {
  const cutsByShift = new Map<string, DeviationInterval[]>();
  const shifts: RosterDocumentShift[] = [];
  const absences: RosterDocumentAbsence[] = [];
  for (const d of input.deviations) {
    if ((d.kind === 'absence' || d.kind === 'left-early') && d.shiftId !== null) {
      cutsByShift.set(d.shiftId, [...(cutsByShift.get(d.shiftId) ?? []), d]);
    } else {
      shifts.push({
        id: deviationShiftId(d.id ?? `${d.employeeId}@${d.start}`),
        employeeId: d.employeeId,
        start: toLocalIso(d.start),
        end: toLocalIso(d.end),
        breakMinutes: 0,
        kind: 'work',
        overtime: true,
      });
    }
  }
  for (const shift of input.shifts) {
    const cuts = (cutsByShift.get(shift.id) ?? []).sort((a, b) => a.start - b.start);
    const share = workedShare(shift);
    const duration = shift.end - shift.start;
    let cursor: Instant = shift.start;
    let n = 0;
    const keep = (from: Instant, to: Instant) => {
      if (to <= from) return;
      shifts.push({
        id: pieceId(shift.id, ++n),
        employeeId: shift.employeeId,
        start: toLocalIso(from),
        end: toLocalIso(to),
        breakMinutes: shift.kind === 'standby' ? 0 : (shift.breakMinutes * (to - from)) / duration,
        kind: shift.kind,
        overtime: false,
      });
    };
    for (const cut of cuts) {
      keep(cursor, cut.start);
      if (cut.end > cursor) cursor = cut.end;
      if (cut.kind === 'absence' && cut.absenceType !== null)
        absences.push({
          employeeId: shift.employeeId,
          start: toLocalIso(cut.start),
          end: toLocalIso(cut.end),
          type: cut.absenceType,
          scheduledHours: ((cut.end - cut.start) * share) / HOUR_MS,
        });
    }
    keep(cursor, shift.end);
  }
  for (const r of input.replacedByAbsence ?? []) {
    absences.push({
      employeeId: r.employeeId,
      start: toLocalIso(r.start),
      end: toLocalIso(r.end),
      type: r.type,
      scheduledHours: r.paidMinutes / 60,
    });
  }
  return {
    ruleSet: input.ruleSet,
    period: input.period,
    employees: [...input.employees],
    shifts,
    absences,
  };
}
