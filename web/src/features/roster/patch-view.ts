import type { RosterView, Shift, Violation } from '../../api/client';

export interface WriteOutcome {
  /** The shift as saved; null after a delete. */
  shift: Shift | null;
  /** The shift that is gone (deleted), if any. */
  removedId?: string;
  /** Employees whose violations the answer lists (all of theirs; none listed means none left). */
  affected: readonly string[];
  violations: readonly Violation[];
}

/**
 * The view with one write applied, so the calendar shows the server's answer at once; hours and
 * coverage follow with the refetch that every write triggers.
 */
export function patchView(view: RosterView, outcome: WriteOutcome): RosterView {
  const dropped = new Set([outcome.removedId, outcome.shift?.id].filter((id): id is string => Boolean(id)));
  const shifts = view.shifts.filter((s) => !dropped.has(s.id));
  if (outcome.shift) shifts.push(outcome.shift);
  const affected = new Set(outcome.affected);
  const violations = view.violations.filter((v) => !affected.has(v.employeeId));
  for (const v of outcome.violations) if (affected.has(v.employeeId)) violations.push(v);
  return { ...view, shifts, violations };
}
