// Who could work one more shift: "suggest replacement" for an open shift, and the reasons given
// for needs a generated roster leaves uncovered. Each candidate is qualified (department,
// profession/skill, the shift type's skill), free (no leave, no other shift that day) and legal:
// the rules engine checks their roster with the shift added. Ranked by cost class, then by
// fit (wishes, soft findings, hours left to contract).
import { satisfies, type CoverageNeed } from '../roster/coverage';
import { type Violation } from '../rules/rule';
import { intervalsOverlap } from '../time/intervals';
import {
  addDays,
  daysBetween,
  localDate,
  MINUTE_MS,
  startOfLocalDay,
  type CivilDate,
  type Instant,
} from '../time/stockholm';
import type { GenerationEmployee, GenerationInput } from './generation-input';
import { type CheckShift, GenerationRuleCheck } from './generation-rule-check';

export const COST_CLASSES = ['no-extra-cost', 'mertid', 'overtime', 'pool', 'agency'] as const;
export type CostClass = (typeof COST_CLASSES)[number];

export interface CandidateShift {
  shiftTypeId: string | null;
  departmentId: string;
  date: CivilDate;
  start: Instant;
  end: Instant;
  breakMinutes: number;
  kind: string;
  requiredSkillId: string | null;
  requiredSkillCode: string | null;
}

export interface ReplacementCandidate {
  employeeId: string;
  name: string;
  costClass: CostClass;
  /** Worked hours in the period before and with the shift, and the contract's. */
  plannedHours: number;
  plannedHoursAfter: number;
  contractHours: number;
  fullTimeHours: number;
  /** Soft rules the shift would bring (healthy schedules, contract hours …). */
  softRuleIds: string[];
  wish: 'can-work' | 'shift-type' | 'free' | null;
}

export type ExclusionReason = 'not-qualified' | 'absent' | 'busy' | 'rule';

export interface ReplacementExclusion {
  employeeId: string;
  name: string;
  reason: ExclusionReason;
  ruleIds: string[];
}

export interface ReplacementRanking {
  candidates: ReplacementCandidate[];
  excluded: ReplacementExclusion[];
}

/**
 * Ranks the employees of `input` for `shift`, given every employee's current shifts (any
 * department, with context around the period). `need`, when given, must also be satisfied.
 */
export function rankReplacements(
  input: GenerationInput,
  shift: CandidateShift,
  currentShifts: readonly CheckShift[],
  options: { need?: CoverageNeed | null; check?: GenerationRuleCheck; maxChecks?: number } = {},
): ReplacementRanking {
  const check = options.check ?? new GenerationRuleCheck(input);
  const byEmployee = new Map<string, CheckShift[]>();
  for (const s of currentShifts) byEmployee.set(s.employeeId, [...(byEmployee.get(s.employeeId) ?? []), s]);
  const periodStart = startOfLocalDay(input.period.start);
  const periodEnd = startOfLocalDay(addDays(input.period.end, 1));
  const weeks = (daysBetween(input.period.start, input.period.end) + 1) / 7;
  const shiftMinutes = (s: { start: Instant; end: Instant; breakMinutes: number; kind: string }): number =>
    s.kind === 'standby' ? 0 : (s.end - s.start) / MINUTE_MS - s.breakMinutes;
  const newMinutes = shiftMinutes(shift);

  const candidates: Array<ReplacementCandidate & { order: number[] }> = [];
  const excluded: ReplacementExclusion[] = [];
  let checks = 0;
  for (const emp of input.employees) {
    const exclude = (reason: ExclusionReason, ruleIds: string[] = []) =>
      excluded.push({ employeeId: emp.id, name: emp.name, reason, ruleIds });
    if (!qualified(emp, shift, options.need ?? null, input.needs)) {
      exclude('not-qualified');
      continue;
    }
    const absent = input.absences.some(
      (a) =>
        a.employeeId === emp.id &&
        intervalsOverlap(shift.start, shift.end, startOfLocalDay(a.startDate), startOfLocalDay(addDays(a.endDate, 1))),
    );
    if (absent) {
      exclude('absent');
      continue;
    }
    const own = byEmployee.get(emp.id) ?? [];
    if (
      own.some((s) => intervalsOverlap(shift.start, shift.end, s.start, s.end) || localDate(s.start) === shift.date)
    ) {
      exclude('busy');
      continue;
    }
    if (options.maxChecks !== undefined && checks >= options.maxChecks) continue;
    checks++;
    const probe: CheckShift = {
      id: 'candidate-shift',
      employeeId: emp.id,
      start: shift.start,
      end: shift.end,
      breakMinutes: shift.breakMinutes,
      kind: shift.kind,
      requiredSkillCode: shift.requiredSkillCode,
    };
    const found: Violation[] = check
      .check([emp.id], [...own, probe])
      .violations.filter((v) => v.shiftIds.includes(probe.id));
    const hard = [...new Set(found.filter((v) => v.severity === 'hard').map((v) => v.ruleId))];
    if (hard.length > 0) {
      exclude('rule', hard);
      continue;
    }
    const planned = own
      .filter((s) => s.start >= periodStart && s.start < periodEnd)
      .reduce((m, s) => m + shiftMinutes(s), 0);
    const fullTime = emp.fullTimeHoursPerWeek * 60 * weeks;
    const contract = (fullTime * emp.employmentRate) / 100;
    const after = planned + newMinutes;
    const costClass: CostClass = emp.isAgency
      ? 'agency'
      : emp.isPool
        ? 'pool'
        : after <= contract + 1e-6
          ? 'no-extra-cost'
          : after <= fullTime + 1e-6
            ? 'mertid'
            : 'overtime';
    const wishOf = input.wishes.find((w) => w.employeeId === emp.id && w.date === shift.date);
    const wish = wishOf
      ? wishOf.kind === 'shift-type' && wishOf.shiftTypeId !== shift.shiftTypeId
        ? null
        : wishOf.kind
      : null;
    const softRuleIds = [...new Set(found.filter((v) => v.severity === 'soft').map((v) => v.ruleId))].sort();
    const wishRank = wish === 'shift-type' || wish === 'can-work' ? 0 : wish === 'free' ? 2 : 1;
    candidates.push({
      employeeId: emp.id,
      name: emp.name,
      costClass,
      plannedHours: round2(planned / 60),
      plannedHoursAfter: round2(after / 60),
      contractHours: round2(contract / 60),
      fullTimeHours: round2(fullTime / 60),
      softRuleIds,
      wish,
      order: [COST_CLASSES.indexOf(costClass), wishRank, softRuleIds.length, planned / Math.max(1, contract)],
    });
  }
  candidates.sort((a, b) => {
    for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i]) return a.order[i] - b.order[i];
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  return { candidates: candidates.map(({ order: _order, ...c }) => c), excluded };
}

function qualified(
  emp: GenerationEmployee,
  shift: CandidateShift,
  need: CoverageNeed | null,
  needs: readonly CoverageNeed[],
): boolean {
  if (!emp.departmentIds.includes(shift.departmentId)) return false;
  if (shift.requiredSkillId && !emp.skillIds.includes(shift.requiredSkillId)) return false;
  if (need) return satisfies(emp, need);
  // Without a named need: someone who counts for some need of the shift type, or any staff
  // member when the type has no needs at all.
  const ofType = needs.filter((n) => n.shiftTypeId === shift.shiftTypeId);
  return ofType.length === 0 || ofType.some((n) => satisfies(emp, n));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
