// The roster an assignment describes, as the rules engine sees it: every shift of the employees
// that the generation keeps (fixed, other departments, other periods) plus one per worked cell.
import type { Assignment } from '../solver/model';
import type { GenerationModel } from './build-model';
import type { GenerationInput, GenerationShift } from './generation-input';
import type { CheckShift } from './generation-rule-check';

/** In-scope shifts of the roster an assignment describes, plus every other shift of the employees. */
export function rosterShifts(
  input: GenerationInput,
  gm: GenerationModel,
  assignment: Assignment,
): { shifts: CheckShift[]; proposed: Set<string>; cellOf: Map<string, { e: number; d: number }> } {
  const shifts: CheckShift[] = [];
  const proposed = new Set<string>();
  const cellOf = new Map<string, { e: number; d: number }>();
  const replaceableIds = new Set([...gm.replaceable.values()].map((s) => s.id));
  const fixedCells = new Set<string>();
  gm.model.employees.forEach((spec, e) => spec.fixed?.forEach((f) => f.shiftType && fixedCells.add(`${e}|${f.day}`)));
  for (const s of input.shifts) {
    if (!s.employeeId || replaceableIds.has(s.id)) continue;
    shifts.push(toCheck(s));
  }
  const typeIndex = new Map(gm.shiftTypes.map((t, i) => [t.id, i]));
  assignment.forEach((row, e) =>
    row.forEach((sid, d) => {
      if (sid === null || fixedCells.has(`${e}|${d}`)) return;
      const s = typeIndex.get(sid)!;
      const t = gm.shiftTypes[s];
      const existing = gm.replaceable.get(`${e}|${d}`);
      const id = existing && existing.shiftTypeId === sid ? existing.id : `new:${e}:${d}`;
      const iv = gm.intervals[d][s];
      shifts.push({
        id,
        employeeId: gm.employees[e].id,
        start: iv.start,
        end: iv.end,
        breakMinutes: t.breakMinutes,
        kind: t.kind,
        requiredSkillCode: t.requiredSkillCode,
      });
      proposed.add(id);
      cellOf.set(id, { e, d });
    }),
  );
  return { shifts, proposed, cellOf };
}

export function toCheck(s: GenerationShift): CheckShift {
  return {
    id: s.id,
    employeeId: s.employeeId!,
    start: s.start,
    end: s.end,
    breakMinutes: s.breakMinutes,
    kind: s.kind,
    requiredSkillCode: s.requiredSkillCode,
  };
}
