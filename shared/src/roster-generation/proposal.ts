// A generated roster as a proposal the scheduler reviews: the changes against the current roster
// (create, fill an open shift, remove a replaced one), the score by term, the needs left
// uncovered with the reason, and the rules engine's verdict on the proposed shifts.
import { computeCoverage, type CoverageCell, type CoverageNeed, type CoverageShift } from '../roster/coverage';
import { wishFulfilment } from '../roster/wish-fulfilment';
import { type Violation } from '../rules/rule';
import { evaluateAssignment } from '../solver/evaluate-assignment';
import type { Assignment } from '../solver/model';
import type { SolverScore } from '../solver';
import { daysBetween, localDate, MINUTE_MS, toLocalIso, weekdayOf, type CivilDate } from '../time/stockholm';
import type { GenerationModel } from './build-model';
import { rosterShifts } from './roster-shifts';
import type { GenerationInput, GenerationShift } from './generation-input';
import type { CheckShift } from './generation-rule-check';
import { rankReplacements } from './replacement-candidates';

export interface ProposalChange {
  /** Stable within the proposal (`c1`, `c2` …): what the scheduler selects to accept. */
  id: string;
  kind: 'create' | 'assign' | 'remove';
  employeeId: string;
  date: CivilDate;
  shiftTypeId: string;
  /** Local ISO 8601 with offset. */
  start: string;
  end: string;
  breakMinutes: number;
  /** The existing shift an `assign` fills or a `remove` deletes, with the version it had. */
  shiftId: string | null;
  version: number | null;
}

export type UncoveredReason = 'nobody-qualified' | 'nobody-available' | 'rule' | 'limits';

export interface UncoveredNeed {
  date: CivilDate;
  shiftTypeId: string;
  profession: string | null;
  skillId: string | null;
  min: number;
  planned: number;
  missing: number;
  reason: UncoveredReason;
  /** For `rule`: the hard rules that would be broken by placing any qualified, free person. */
  ruleIds: string[];
}

export interface ProposalScore {
  solver: SolverScore;
  underCover: {
    /** People missing to the minimum, before (current roster) and after (with the proposal). */
    belowMinBefore: number;
    belowMin: number;
    belowTargetBefore: number;
    belowTarget: number;
    byDayAndShift: Array<{ date: CivilDate; shiftTypeId: string; missing: number; belowTarget: number }>;
  };
  wishes: { wishes: number; met: number; share: number; spread: number };
  fairness: {
    nightsSpread: number;
    nightsBeyondShare: number;
    nightsShortOfShare: number;
    weekendsSpread: number;
    wishesSpread: number;
    /** The most wishes not granted to one person (what `unmetWishesPiled` weighs against). */
    mostUnmetWishes: number;
  };
  hours: { contractDeviationHours: number; mertidHours: number; overtimeHours: number };
}

export interface RosterProposal {
  changes: ProposalChange[];
  score: ProposalScore;
  uncovered: UncoveredNeed[];
  /** The engine's findings on the proposed shifts: `hard` is empty by construction. */
  check: { hardViolations: Violation[]; softByRule: Record<string, number> };
}

export function buildProposal(input: GenerationInput, gm: GenerationModel, assignment: Assignment): RosterProposal {
  const typeIndex = new Map(gm.shiftTypes.map((t, i) => [t.id, i]));
  const fixedCells = new Set<string>();
  gm.model.employees.forEach((spec, e) => spec.fixed?.forEach((f) => f.shiftType && fixedCells.add(`${e}|${f.day}`)));

  // Changes, in date then employee order.
  const changes: Omit<ProposalChange, 'id'>[] = [];
  const openByCell = new Map<string, GenerationShift[]>();
  for (const s of input.shifts) {
    if (s.employeeId || !s.inScope || !s.shiftTypeId) continue;
    const key = `${localDate(s.start)}|${s.shiftTypeId}`;
    openByCell.set(key, [...(openByCell.get(key) ?? []), s]);
  }
  const claimed = new Map<string, string>();
  for (const [key, shift] of gm.replaceable) {
    const [e, d] = key.split('|').map(Number);
    if (assignment[e][d] === shift.shiftTypeId) continue;
    changes.push({
      kind: 'remove',
      employeeId: shift.employeeId!,
      date: gm.dates[d],
      shiftTypeId: shift.shiftTypeId!,
      start: toLocalIso(shift.start),
      end: toLocalIso(shift.end),
      breakMinutes: shift.breakMinutes,
      shiftId: shift.id,
      version: shift.version,
    });
  }
  assignment.forEach((row, e) =>
    row.forEach((sid, d) => {
      if (sid === null || fixedCells.has(`${e}|${d}`)) return;
      if (gm.replaceable.get(`${e}|${d}`)?.shiftTypeId === sid) return;
      const t = gm.shiftTypes[typeIndex.get(sid)!];
      const iv = gm.intervals[d][typeIndex.get(sid)!];
      const open = openByCell.get(`${gm.dates[d]}|${sid}`)?.find((s) => !claimed.has(s.id));
      if (open) claimed.set(open.id, gm.employees[e].id);
      changes.push({
        kind: open ? 'assign' : 'create',
        employeeId: gm.employees[e].id,
        date: gm.dates[d],
        shiftTypeId: sid,
        start: toLocalIso(open?.start ?? iv.start),
        end: toLocalIso(open?.end ?? iv.end),
        breakMinutes: open?.breakMinutes ?? t.breakMinutes,
        shiftId: open?.id ?? null,
        version: open?.version ?? null,
      });
    }),
  );
  changes.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );

  // The roster after the proposal, for coverage, wishes, fairness and hours.
  const { shifts: after, proposed } = rosterShifts(input, gm, assignment);
  const periodShifts = after.filter(
    (s) => localDate(s.start) >= input.period.start && localDate(s.start) <= input.period.end,
  );
  const employees = new Map(input.employees.map((e) => [e.id, e]));
  const typeOfNew = new Map<string, string>();
  assignment.forEach((row, e) =>
    row.forEach((sid, d) => {
      if (sid !== null) typeOfNew.set(`new:${e}:${d}`, sid);
    }),
  );
  const inScopeTypes = new Map(input.shifts.filter((s) => s.inScope).map((s) => [s.id, s.shiftTypeId]));
  const coverageShift = (s: {
    employeeId: string | null;
    shiftTypeId: string | null;
    start: number;
  }): CoverageShift => {
    const emp = s.employeeId ? employees.get(s.employeeId) : undefined;
    return {
      shiftTypeId: s.shiftTypeId,
      date: localDate(s.start),
      employee: emp ? { profession: emp.profession, skillIds: emp.skillIds } : null,
    };
  };
  const beforeCells = coverage(input, input.shifts.filter((s) => s.inScope).map(coverageShift));
  const afterShifts: CoverageShift[] = [];
  for (const s of after) {
    const shiftTypeId = inScopeTypes.get(s.id) ?? typeOfNew.get(s.id) ?? (proposed.has(s.id) ? null : undefined);
    if (shiftTypeId === undefined) continue;
    afterShifts.push(coverageShift({ employeeId: s.employeeId, shiftTypeId, start: s.start }));
  }
  for (const s of input.shifts) {
    if (s.inScope && !s.employeeId && !claimed.has(s.id)) afterShifts.push(coverageShift(s));
  }
  const afterCells = coverage(input, afterShifts);
  const byDay = new Map<string, { date: CivilDate; shiftTypeId: string; missing: number; belowTarget: number }>();
  for (const c of afterCells) {
    const below = Math.max(0, c.target - c.planned);
    if (c.missing === 0 && below === 0) continue;
    const key = `${c.date}|${c.shiftTypeId}`;
    const entry = byDay.get(key) ?? { date: c.date, shiftTypeId: c.shiftTypeId, missing: 0, belowTarget: 0 };
    entry.missing += c.missing;
    entry.belowTarget += below;
    byDay.set(key, entry);
  }
  const sum = (cells: CoverageCell[], f: (c: CoverageCell) => number) => cells.reduce((n, c) => n + f(c), 0);

  const wishShifts = periodShifts.map((s) => ({
    employeeId: s.employeeId,
    date: localDate(s.start),
    shiftTypeId: inScopeTypes.get(s.id) ?? typeOfNew.get(s.id) ?? null,
  }));
  const wishes = wishFulfilment(input.wishes, wishShifts);

  // Fairness between the people who work in the roster.
  const nightTypes = new Set(gm.shiftTypes.filter((t) => t.endMinute <= t.startMinute).map((t) => t.id));
  const working = new Set(wishShifts.filter((s) => s.shiftTypeId !== null).map((s) => s.employeeId));
  const nights = new Map<string, number>();
  const weekends = new Map<string, Set<number>>();
  // Weekends as the model and the engine count them (a Friday night in, a Sunday night out); a
  // shift without a type by its date.
  const weekendOfCell = new Map<string, number>();
  const weekendOfDay = new Map<number, number>();
  gm.model.weekends?.forEach((w, k) =>
    w.parts.forEach((part) => {
      weekendOfCell.set(`${part.day}|${part.shiftType ?? ''}`, k);
      weekendOfDay.set(part.day, k);
    }),
  );
  for (const s of wishShifts) {
    if (s.shiftTypeId && nightTypes.has(s.shiftTypeId)) nights.set(s.employeeId, (nights.get(s.employeeId) ?? 0) + 1);
    const d = daysBetween(gm.dates[0], s.date);
    const weekend = s.shiftTypeId
      ? (weekendOfCell.get(`${d}|${s.shiftTypeId}`) ?? weekendOfCell.get(`${d}|`))
      : weekdayOf(s.date) >= 6
        ? weekendOfDay.get(d)
        : undefined;
    if (weekend === undefined) continue;
    const set = weekends.get(s.employeeId) ?? new Set<number>();
    set.add(weekend);
    weekends.set(s.employeeId, set);
  }
  const spread = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values) - Math.min(...values));
  const workingIds = [...working];
  // Nights compare per full-time post among the people who have a share of them (build-model).
  const nightShareIds = gm.model.employees
    .filter((spec) => spec.shareLimits?.length && (employees.get(spec.id)?.employmentRate ?? 0) > 0)
    .map((spec) => spec.id);
  // Nights beyond people's shares (rounded up) and short of them (rounded down), as the model weighs them.
  const typesWorked = new Map<string, string[]>();
  for (const s of wishShifts) if (s.shiftTypeId) typesWorked.set(s.employeeId, [...(typesWorked.get(s.employeeId) ?? []), s.shiftTypeId]);
  let nightsBeyondShare = 0;
  let nightsShortOfShare = 0;
  for (const spec of gm.model.employees) {
    for (const limit of spec.shareLimits ?? []) {
      const n = (typesWorked.get(spec.id) ?? []).filter((t) => limit.shiftTypes.includes(t)).length;
      nightsBeyondShare += Math.max(0, n - limit.share);
      nightsShortOfShare += Math.max(0, (limit.floor ?? 0) - n);
    }
  }

  // Hours against contract and full time.
  const weeks = gm.dates.length / 7;
  let deviation = 0;
  let mertid = 0;
  let overtime = 0;
  for (const id of workingIds) {
    const emp = employees.get(id);
    if (!emp) continue;
    const minutes = periodShifts.filter((s) => s.employeeId === id).reduce((m, s) => m + worked(s), 0);
    const full = emp.fullTimeHoursPerWeek * 60 * weeks;
    const contract = (full * emp.employmentRate) / 100;
    deviation += Math.abs(minutes - contract);
    mertid += Math.max(0, Math.min(minutes, full) - contract);
    overtime += Math.max(0, minutes - full);
  }

  // The engine's verdict on the proposed shifts (hard ones were removed before this point).
  const checked = gm.check.check(
    [...new Set(after.filter((s) => proposed.has(s.id)).map((s) => s.employeeId))],
    after,
  ).violations;
  const mine = checked.filter((v) => v.shiftIds.some((id) => proposed.has(id)));
  const softByRule: Record<string, number> = {};
  for (const v of mine) if (v.severity === 'soft') softByRule[v.ruleId] = (softByRule[v.ruleId] ?? 0) + 1;

  const uncovered = uncoveredNeeds(input, gm, afterCells, after);
  return {
    changes: changes.map((c, i) => ({ id: `c${i + 1}`, ...c })),
    score: {
      solver: evaluateAssignment(gm.model, assignment).score,
      underCover: {
        belowMinBefore: sum(beforeCells, (c) => c.missing),
        belowMin: sum(afterCells, (c) => c.missing),
        belowTargetBefore: sum(beforeCells, (c) => Math.max(0, c.target - c.planned)),
        belowTarget: sum(afterCells, (c) => Math.max(0, c.target - c.planned)),
        byDayAndShift: [...byDay.values()],
      },
      wishes: { wishes: wishes.wishes, met: wishes.met, share: round2(wishes.share), spread: round2(wishes.spread) },
      fairness: {
        nightsSpread: round2(spread(nightShareIds.map((id) => ((nights.get(id) ?? 0) * 100) / employees.get(id)!.employmentRate))),
        nightsBeyondShare,
        nightsShortOfShare,
        weekendsSpread: spread(workingIds.map((id) => weekends.get(id)?.size ?? 0)),
        wishesSpread: round2(wishes.spread),
        mostUnmetWishes: Math.max(0, ...Object.values(wishes.perEmployee).map((p) => p.wishes - p.met)),
      },
      hours: {
        contractDeviationHours: round2(deviation / 60),
        mertidHours: round2(mertid / 60),
        overtimeHours: round2(overtime / 60),
      },
    },
    uncovered,
    check: { hardViolations: mine.filter((v) => v.severity === 'hard'), softByRule },
  };
}

function worked(s: CheckShift): number {
  return s.kind === 'standby' ? 0 : (s.end - s.start) / MINUTE_MS - s.breakMinutes;
}

/** Coverage per department (each department's holiday needs replace its own weekday needs). */
function coverage(input: GenerationInput, shifts: CoverageShift[]): CoverageCell[] {
  const department = new Map(input.shiftTypes.map((t) => [t.id, t.departmentId]));
  const groups = new Map<string, CoverageNeed[]>();
  for (const n of input.needs) {
    const d = department.get(n.shiftTypeId);
    if (d) groups.set(d, [...(groups.get(d) ?? []), n]);
  }
  const cells: CoverageCell[] = [];
  for (const needs of groups.values()) {
    cells.push(...computeCoverage({ start: input.period.start, end: input.period.end, needs, shifts }));
  }
  return cells.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Why each need short of its minimum stayed short, judged on the roster after the proposal. */
function uncoveredNeeds(
  input: GenerationInput,
  gm: GenerationModel,
  cells: CoverageCell[],
  after: CheckShift[],
): UncoveredNeed[] {
  const out: UncoveredNeed[] = [];
  const typeIndex = new Map(gm.shiftTypes.map((t, i) => [t.id, i]));
  for (const c of cells) {
    if (c.missing === 0) continue;
    const s = typeIndex.get(c.shiftTypeId);
    if (s === undefined) continue;
    const t = gm.shiftTypes[s];
    const d = gm.dates.indexOf(c.date);
    const iv = gm.intervals[d][s];
    const need = input.needs.find(
      (n) =>
        n.shiftTypeId === c.shiftTypeId &&
        n.profession === c.profession &&
        n.skillId === c.skillId &&
        n.dayKind === c.dayKind,
    );
    const ranking = rankReplacements(
      input,
      {
        shiftTypeId: t.id,
        departmentId: t.departmentId,
        date: c.date,
        start: iv.start,
        end: iv.end,
        breakMinutes: t.breakMinutes,
        kind: t.kind,
        requiredSkillId: t.requiredSkillId,
        requiredSkillCode: t.requiredSkillCode,
      },
      after,
      { need: need ?? null, check: gm.check, maxChecks: 6 },
    );
    let reason: UncoveredReason;
    let ruleIds: string[] = [];
    const ex = ranking.excluded;
    if (ranking.candidates.length > 0) reason = 'limits';
    else if (ex.every((x) => x.reason === 'not-qualified')) reason = 'nobody-qualified';
    else if (!ex.some((x) => x.reason === 'rule')) reason = 'nobody-available';
    else {
      reason = 'rule';
      ruleIds = [...new Set(ex.flatMap((x) => x.ruleIds))].sort();
    }
    out.push({
      date: c.date,
      shiftTypeId: c.shiftTypeId,
      profession: c.profession,
      skillId: c.skillId,
      min: c.min,
      planned: c.planned,
      missing: c.missing,
      reason,
      ruleIds,
    });
  }
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
