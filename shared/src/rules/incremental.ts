// Incremental evaluation for the roster API's re-check after every edit: only the employees an
// edit touches are evaluated again; everyone else's result is reused. Every rule looks at one
// employee at a time, so the combined result is identical to a full evaluation (a fast-check
// property in incremental.spec.ts compares them on random rosters and edits).
import { compareShifts } from '../roster-document/parse-roster-document';
import { RosterDocumentError, type RosterDocumentIssue } from '../roster-document/roster-document-error';
import {
  type Absence,
  type EmployeeRoster,
  type RecordedException,
  type RosterSnapshot,
  type Shift,
} from '../roster-document/roster-snapshot';
import { type EmployeeEvaluation, type EvaluationResult, combineEvaluations, evaluateEmployee } from './engine';
import { type EvaluationEnv, evaluationEnv } from './evaluation-env';

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

/**
 * Shift id → employee id without copying the whole map on every edit: a shared base plus a small
 * copy-on-write overlay, folded into a new base when it grows.
 */
class ShiftOwners {
  private constructor(
    private readonly base: ReadonlyMap<string, string>,
    private readonly overlay: ReadonlyMap<string, string | null>,
  ) {}

  static of(snapshot: RosterSnapshot): ShiftOwners {
    const base = new Map<string, string>();
    for (const roster of snapshot.employees) for (const shift of roster.shifts) base.set(shift.id, roster.employee.id);
    return new ShiftOwners(base, new Map());
  }

  get(id: string): string | undefined {
    const own = this.overlay.get(id);
    if (own === null) return undefined;
    return own ?? this.base.get(id);
  }

  with(changes: ReadonlyMap<string, string | null>): ShiftOwners {
    if (changes.size === 0) return this;
    const overlay = new Map(this.overlay);
    for (const [id, owner] of changes) overlay.set(id, owner);
    if (overlay.size <= 1024) return new ShiftOwners(this.base, overlay);
    const base = new Map(this.base);
    for (const [id, owner] of overlay) {
      if (owner === null) base.delete(id);
      else base.set(id, owner);
    }
    return new ShiftOwners(base, new Map());
  }
}

export class IncrementalEvaluation {
  private combined: EvaluationResult | null;

  private constructor(
    readonly snapshot: RosterSnapshot,
    readonly env: EvaluationEnv,
    /** Per employee, in snapshot order. */
    readonly evaluations: readonly EmployeeEvaluation[],
    /** Employees evaluated by the step that produced this state (all of them for the first). */
    readonly reevaluated: readonly string[],
    private readonly employeeIndex: ReadonlyMap<string, number>,
    private readonly owners: ShiftOwners,
  ) {
    this.combined = null;
  }

  static start(snapshot: RosterSnapshot): IncrementalEvaluation {
    const env = evaluationEnv(snapshot);
    const evaluations = snapshot.employees.map((roster) => evaluateEmployee(env, roster));
    const employeeIndex = new Map(snapshot.employees.map((r, i) => [r.employee.id, i]));
    return new IncrementalEvaluation(
      snapshot,
      env,
      evaluations,
      [...employeeIndex.keys()],
      employeeIndex,
      ShiftOwners.of(snapshot),
    );
  }

  /** The whole result, identical to evaluate(this.snapshot); assembled on first access. */
  get result(): EvaluationResult {
    return (this.combined ??= combineEvaluations(this.snapshot, this.evaluations));
  }

  /** The evaluation of one employee (violations, used exceptions, figures). */
  employee(employeeId: string): EmployeeEvaluation | undefined {
    const index = this.employeeIndex.get(employeeId);
    return index === undefined ? undefined : this.evaluations[index];
  }

  /**
   * Applies an edit and re-evaluates only the employees it touches. Throws RosterDocumentError
   * (nothing applied) when the edit names an unknown employee or shift, has a shift ending before
   * it starts, or leaves an exception naming a shift the employee no longer has.
   */
  apply(edit: RosterEdit): IncrementalEvaluation {
    const { snapshot, employeeIndex } = this;
    const issues: RosterDocumentIssue[] = [];
    const ownerChanges = new Map<string, string | null>();
    const ownerOf = (id: string) => (ownerChanges.has(id) ? (ownerChanges.get(id) ?? undefined) : this.owners.get(id));
    type Change = {
      shifts: Map<string, Shift> | null;
      absences: readonly Absence[] | null;
      exceptions: readonly RecordedException[] | null;
    };
    const changed = new Map<number, Change>();
    const touch = (employeeId: string): Change => {
      const index = employeeIndex.get(employeeId)!;
      let entry = changed.get(index);
      if (!entry) changed.set(index, (entry = { shifts: null, absences: null, exceptions: null }));
      return entry;
    };
    const shiftsOf = (employeeId: string) => {
      const entry = touch(employeeId);
      return (entry.shifts ??= new Map(
        snapshot.employees[employeeIndex.get(employeeId)!].shifts.map((s) => [s.id, s]),
      ));
    };

    (edit.removeShiftIds ?? []).forEach((id, i) => {
      const owner = ownerOf(id);
      if (owner === undefined)
        return void issues.push({
          path: `removeShiftIds[${i}]`,
          value: id,
          message: 'is not the id of a shift in the roster',
        });
      shiftsOf(owner).delete(id);
      ownerChanges.set(id, null);
    });
    (edit.upsertShifts ?? []).forEach((shift, i) => {
      if (!employeeIndex.has(shift.employeeId))
        return void issues.push({
          path: `upsertShifts[${i}].employeeId`,
          value: shift.employeeId,
          message: 'is not the id of an employee in the roster',
        });
      if (!(shift.end > shift.start))
        return void issues.push({ path: `upsertShifts[${i}].end`, value: shift.end, message: 'must be after start' });
      const owner = ownerOf(shift.id);
      if (owner !== undefined && owner !== shift.employeeId) shiftsOf(owner).delete(shift.id);
      shiftsOf(shift.employeeId).set(shift.id, shift);
      ownerChanges.set(shift.id, shift.employeeId);
    });
    (edit.absences ?? []).forEach(({ employeeId, absences }, i) => {
      if (!employeeIndex.has(employeeId))
        return void issues.push({
          path: `absences[${i}].employeeId`,
          value: employeeId,
          message: 'is not the id of an employee in the roster',
        });
      touch(employeeId).absences = [...absences].sort(
        (a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
      );
    });
    (edit.exceptions ?? []).forEach(({ employeeId, exceptions }, i) => {
      if (!employeeIndex.has(employeeId))
        return void issues.push({
          path: `exceptions[${i}].employeeId`,
          value: employeeId,
          message: 'is not the id of an employee in the roster',
        });
      touch(employeeId).exceptions = [...exceptions].sort((a, b) => a.index - b.index);
    });
    for (const [index, entry] of changed) {
      if (!entry.exceptions && !entry.shifts) continue;
      const roster = snapshot.employees[index];
      const shifts = entry.shifts ?? new Map(roster.shifts.map((s) => [s.id, s]));
      for (const exception of entry.exceptions ?? roster.exceptions) {
        for (const id of exception.shiftIds) {
          if (!shifts.has(id))
            issues.push({
              path: `exceptions[${exception.index}].shiftIds`,
              value: id,
              message: `names a shift that employee "${roster.employee.id}" no longer has`,
            });
        }
      }
    }
    if (issues.length > 0) throw new RosterDocumentError(issues);

    const employees = [...snapshot.employees];
    const evaluations = [...this.evaluations];
    const reevaluated: string[] = [];
    for (const [index, entry] of [...changed].sort((a, b) => a[0] - b[0])) {
      const old = employees[index];
      const roster: EmployeeRoster = {
        employee: old.employee,
        shifts: entry.shifts ? [...entry.shifts.values()].sort(compareShifts) : old.shifts,
        absences: entry.absences ?? old.absences,
        exceptions: entry.exceptions ?? old.exceptions,
      };
      employees[index] = roster;
      evaluations[index] = evaluateEmployee(this.env, roster);
      reevaluated.push(old.employee.id);
    }
    const next: RosterSnapshot = { ...snapshot, employees };
    return new IncrementalEvaluation(
      next,
      this.env,
      evaluations,
      reevaluated,
      employeeIndex,
      this.owners.with(ownerChanges),
    );
  }
}

/** Evaluates a snapshot and keeps what an incremental re-check needs. */
export function startIncrementalEvaluation(snapshot: RosterSnapshot): IncrementalEvaluation {
  return IncrementalEvaluation.start(snapshot);
}

/** Applies one edit to a previous evaluation; see IncrementalEvaluation.apply. */
export function evaluateIncremental(previous: IncrementalEvaluation, edit: RosterEdit): IncrementalEvaluation {
  return previous.apply(edit);
}
