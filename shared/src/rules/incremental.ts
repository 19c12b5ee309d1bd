// Incremental evaluation for the roster API's re-check after every edit: only the employees an
// edit touches are evaluated again; everyone else's result is reused. Every rule looks at one
// employee at a time, so the combined result is identical to a full evaluation (a fast-check
// property in incremental.spec.ts compares them on random rosters and edits).
import { compareShifts } from '../roster-document/parse-roster-document';
import { RosterDocumentError, type RosterDocumentIssue } from '../roster-document/roster-document-error';
import { type Absence, type EmployeeRoster, type RecordedException, type RosterSnapshot, type Shift } from '../roster-document/roster-snapshot';
import { type EmployeeEvaluation, type EvaluationResult, combineEvaluations, evaluateEmployee } from './engine';
import { type EvaluationEnv, evaluationEnv } from './evaluation-env';

export interface IncrementalEvaluation {
  readonly snapshot: RosterSnapshot;
  readonly result: EvaluationResult;
  readonly env: EvaluationEnv;
  readonly evaluations: readonly EmployeeEvaluation[];
  readonly employeeIndex: ReadonlyMap<string, number>;
  readonly shiftOwner: ReadonlyMap<string, string>;
}

/** One edit of a roster: shifts added/changed/removed, an employee's absences or exceptions replaced. */
export interface RosterEdit {
  /** New or changed shifts (matched by id; a changed employeeId moves the shift). */
  upsertShifts?: readonly Shift[];
  removeShiftIds?: readonly string[];
  /** Replaces all absences of each listed employee. */
  absences?: readonly { employeeId: string; absences: readonly Absence[] }[];
  /** Replaces all exceptions of each listed employee (indices must stay unique in the document). */
  exceptions?: readonly { employeeId: string; exceptions: readonly RecordedException[] }[];
}

export function startIncrementalEvaluation(snapshot: RosterSnapshot): IncrementalEvaluation {
  const env = evaluationEnv(snapshot);
  const evaluations = snapshot.employees.map((roster) => evaluateEmployee(env, roster));
  const employeeIndex = new Map(snapshot.employees.map((r, i) => [r.employee.id, i]));
  const shiftOwner = new Map<string, string>();
  for (const roster of snapshot.employees) for (const shift of roster.shifts) shiftOwner.set(shift.id, roster.employee.id);
  return { snapshot, env, evaluations, employeeIndex, shiftOwner, result: combineEvaluations(snapshot, evaluations) };
}

/**
 * Applies an edit and re-evaluates only the employees it touches. Throws RosterDocumentError
 * (nothing applied) when the edit names an unknown employee or shift or has a shift ending
 * before it starts.
 */
export function evaluateIncremental(previous: IncrementalEvaluation, edit: RosterEdit): IncrementalEvaluation {
  const { snapshot, employeeIndex } = previous;
  const shiftOwner = new Map(previous.shiftOwner);
  const issues: RosterDocumentIssue[] = [];
  const changed = new Map<number, { shifts: Map<string, Shift> | null; absences: readonly Absence[] | null; exceptions: readonly RecordedException[] | null }>();
  const touch = (employeeId: string) => {
    const index = employeeIndex.get(employeeId)!;
    let entry = changed.get(index);
    if (!entry) changed.set(index, (entry = { shifts: null, absences: null, exceptions: null }));
    return entry;
  };
  const shiftsOf = (employeeId: string) => {
    const entry = touch(employeeId);
    return (entry.shifts ??= new Map(snapshot.employees[employeeIndex.get(employeeId)!].shifts.map((s) => [s.id, s])));
  };

  (edit.removeShiftIds ?? []).forEach((id, i) => {
    const owner = shiftOwner.get(id);
    if (owner === undefined) return void issues.push({ path: `removeShiftIds[${i}]`, value: id, message: 'is not the id of a shift in the roster' });
    shiftsOf(owner).delete(id);
    shiftOwner.delete(id);
  });
  (edit.upsertShifts ?? []).forEach((shift, i) => {
    if (!employeeIndex.has(shift.employeeId)) return void issues.push({ path: `upsertShifts[${i}].employeeId`, value: shift.employeeId, message: 'is not the id of an employee in the roster' });
    if (!(shift.end > shift.start)) return void issues.push({ path: `upsertShifts[${i}].end`, value: shift.end, message: 'must be after start' });
    const owner = shiftOwner.get(shift.id);
    if (owner !== undefined && owner !== shift.employeeId) shiftsOf(owner).delete(shift.id);
    shiftsOf(shift.employeeId).set(shift.id, shift);
    shiftOwner.set(shift.id, shift.employeeId);
  });
  (edit.absences ?? []).forEach(({ employeeId, absences }, i) => {
    if (!employeeIndex.has(employeeId)) return void issues.push({ path: `absences[${i}].employeeId`, value: employeeId, message: 'is not the id of an employee in the roster' });
    touch(employeeId).absences = [...absences].sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  });
  (edit.exceptions ?? []).forEach(({ employeeId, exceptions }, i) => {
    if (!employeeIndex.has(employeeId)) return void issues.push({ path: `exceptions[${i}].employeeId`, value: employeeId, message: 'is not the id of an employee in the roster' });
    touch(employeeId).exceptions = [...exceptions].sort((a, b) => a.index - b.index);
  });
  for (const [index, entry] of changed) {
    if (!entry.exceptions && !entry.shifts) continue;
    const roster = snapshot.employees[index];
    const shiftIds = entry.shifts ?? new Map(roster.shifts.map((s) => [s.id, s]));
    for (const exception of entry.exceptions ?? roster.exceptions) {
      for (const id of exception.shiftIds) {
        if (!shiftIds.has(id)) issues.push({ path: `exceptions`, value: id, message: `exception ${exception.index} names shift "${id}", which employee "${roster.employee.id}" no longer has` });
      }
    }
  }
  if (issues.length > 0) throw new RosterDocumentError(issues);

  const employees = [...snapshot.employees];
  const evaluations = [...previous.evaluations];
  for (const [index, entry] of changed) {
    const old = employees[index];
    const roster: EmployeeRoster = {
      employee: old.employee,
      shifts: entry.shifts ? [...entry.shifts.values()].sort(compareShifts) : old.shifts,
      absences: entry.absences ?? old.absences,
      exceptions: entry.exceptions ?? old.exceptions,
    };
    employees[index] = roster;
    evaluations[index] = evaluateEmployee(previous.env, roster);
  }
  const next: RosterSnapshot = { ...snapshot, employees };
  return { snapshot: next, env: previous.env, evaluations, employeeIndex, shiftOwner, result: combineEvaluations(next, evaluations) };
}
