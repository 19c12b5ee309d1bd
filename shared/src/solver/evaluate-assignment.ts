// Score and hard violations of a roster given by shift ids, for callers outside the solver
// (the product's proposal view, tests, the benchmark) that hold a readable grid.
import { compileModel, OFF, SolverModelError } from './compile-model';
import { evaluateRoster, type RosterEvaluation } from './evaluate';
import type { Assignment, SolverModel } from './model';

export function evaluateAssignment(model: SolverModel, assignment: Assignment): RosterEvaluation {
  const cm = compileModel(model);
  const x = new Int16Array(cm.E * cm.H).fill(OFF);
  const index = new Map(cm.shiftIds.map((id, s) => [id, s]));
  for (let e = 0; e < cm.E; e++) {
    for (let d = 0; d < cm.H; d++) {
      const sid = assignment[e]?.[d] ?? null;
      if (sid === null) continue;
      const s = index.get(sid);
      if (s === undefined) throw new SolverModelError(`unknown shift type ${sid} for ${cm.employeeIds[e]} on day ${d}`);
      x[e * cm.H + d] = s;
    }
  }
  return evaluateRoster(cm, x);
}
