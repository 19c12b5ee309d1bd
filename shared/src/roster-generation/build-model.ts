// Maps a generation snapshot onto the solver's model (solver/model.ts). What the rules engine
// decides per shift is decided here per cell (employee × day × shift type): qualification,
// departments, leave, shifts elsewhere (overlap and daily rest against them), and the hard rules
// that are properties of one shift (span, breaks, night window: checked by the engine itself on
// a one-shift roster). Daily rest between the model's own cells becomes forbidden successions
// measured in real time across the clock changes. Healthy-schedule rules become limits
// (consecutive days, weekend frequency) and penalties (backward rotation, rest after nights,
// nights in a row); hours are capped at full time (no overtime is created) and steered to
// contract hours. Every soft term weighs what the department set (`generation-weights.ts`).
// Weekly rest is a model rule for the whole weeks of the period (`weeklyRestSpec`); the engine's
// final check still has the last word (weeks cut by the period, shifts elsewhere, clock changes)
// and generateRoster pins days off where it finds one missing.
import { MAX_REST_START } from '../solver/compile-model';
import { deriveBackwardRotations, deriveForbiddenSuccessions } from '../solver/derive-successions';
import { clockWindowOverlap } from '../rules/employee-context';
import { localDayNumber } from '../time/intervals';
import { MAX_GAP_DAYS_OFF } from '../solver/model';
import type {
  GapPenalty,
  SuccessionSpec,
  CoverRequirement,
  EmployeeSpec,
  ShiftTypeSpec,
  SolverModel,
  WeekendSpec,
  WeeklyRestSpec,
  WeightedRequest,
  DayShift,
} from '../solver/model';
import { needsFor, satisfies, type CoverageNeed } from '../roster/coverage';
import { type RuleParameters } from '../rules/parameters';
import { intervalsOverlap } from '../time/intervals';
import {
  addDays,
  daysBetween,
  instantAtLocalTime,
  HOUR_MS,
  MINUTE_MS,
  parseClockTime,
  startOfLocalDay,
  weekdayOf,
  type CivilDate,
  type Instant,
} from '../time/stockholm';
import type { GenerationEmployee, GenerationInput, GenerationShift, GenerationShiftType } from './generation-input';
import { GenerationRuleCheck } from './generation-rule-check';
import { toModelWeights, withDefaultWeights, type ModelWeights } from './generation-weights';

export interface GenerationModel {
  model: SolverModel;
  dates: CivilDate[];
  employees: GenerationEmployee[];
  shiftTypes: GenerationShiftType[];
  /** [day][shift] → the shift's interval when started that day. */
  intervals: Array<Array<{ start: Instant; end: Instant }>>;
  /** In-scope shifts the search may replace, by employee index and day. */
  replaceable: Map<string, GenerationShift>;
  /** Warm start: the replaceable shifts as cells. */
  initial: Array<Array<string | null>>;
  /** Needs by requirement skill key `need:<index>`. */
  needKeys: Map<string, CoverageNeed>;
  check: GenerationRuleCheck;
  params: Map<string, RuleParameters>;
  /** Cells ruled out by the engine's single-shift rules, for explanations: e.g. `e|d|s` → rule ids. */
  shiftTypeRules: Map<string, string[]>;
}

const cellKey = (e: number, d: number): string => `${e}|${d}`;

export function buildGenerationModel(input: GenerationInput): GenerationModel {
  const { period } = input;
  const H = daysBetween(period.start, period.end) + 1;
  const dates = Array.from({ length: H }, (_, d) => addDays(period.start, d));
  const shiftTypes = [...input.shiftTypes];
  const employees = [...input.employees];
  const check = new GenerationRuleCheck(input);
  const params = new Map(employees.map((e) => [e.id, check.parameters(e.agreement)]));
  const typeIndex = new Map(shiftTypes.map((t, s) => [t.id, s]));
  const day0 = startOfLocalDay(period.start);

  const intervals = dates.map((date) => shiftTypes.map((t) => shiftInterval(date, t)));
  const elapsed = (day: number, minute: number): number => {
    try {
      return (instantAtLocalTime(addDays(period.start, day), minute) - day0) / MINUTE_MS;
    } catch {
      // A local time that does not exist (the spring-forward hour) is an hour later in real time.
      return (instantAtLocalTime(addDays(period.start, day), minute + 60) - day0) / MINUTE_MS;
    }
  };

  // Requirements: each need of each day is a cover requirement whose "skill" is the need itself,
  // held by exactly the employees who satisfy it (profession and skill, as coverage counts them).
  const needKeys = new Map<string, CoverageNeed>();
  const needIndex = new Map<CoverageNeed, string>();
  input.needs.forEach((n, i) => {
    needKeys.set(`need:${i}`, n);
    needIndex.set(n, `need:${i}`);
  });
  const needsByDepartment = new Map<string, CoverageNeed[]>();
  for (const n of input.needs) {
    const t = shiftTypes[typeIndex.get(n.shiftTypeId) ?? -1];
    if (!t) continue;
    needsByDepartment.set(t.departmentId, [...(needsByDepartment.get(t.departmentId) ?? []), n]);
  }
  const W = toModelWeights(withDefaultWeights(input.weights));
  const generate = input.mode === 'generate';
  const cover: CoverRequirement[] = [];
  for (let d = 0; d < H; d++) {
    for (const needs of needsByDepartment.values()) {
      for (const n of needsFor(dates[d], needs).needs) {
        if (n.min === 0 && n.target === 0) continue;
        cover.push({
          day: d,
          shiftType: n.shiftTypeId,
          skill: needIndex.get(n)!,
          min: n.min,
          minWeight: W.belowMin,
          target: generate ? n.target : n.min,
          underWeight: generate ? W.belowTarget : 0,
          overWeight: W.overTarget,
        });
      }
    }
  }

  // Single-shift hard rules (span, breaks, night window) by the engine, once per kind of employee.
  const shiftTypeRules = new Map<string, string[]>();
  const singleShiftVerdict = new Map<string, string[]>();
  const ruleOfType = (e: GenerationEmployee, s: number): string[] => {
    const key = `${e.agreement}|${e.nightWorkBasis}|${e.nightWorker}|${s}`;
    let rules = singleShiftVerdict.get(key);
    if (!rules) {
      // A weekday in the middle of the period, away from the clock changes' edge effects.
      const d = Math.min(H - 1, 2);
      const iv = intervals[d][s];
      const t = shiftTypes[s];
      const probe = { ...e, id: 'probe', skillCodes: t.requiredSkillCode ? [t.requiredSkillCode] : [] };
      const probeCheck = new GenerationRuleCheck({ ...input, employees: [probe], absences: [] });
      rules = probeCheck
        .check(
          ['probe'],
          [
            {
              id: 'p',
              employeeId: 'probe',
              start: iv.start,
              end: iv.end,
              breakMinutes: t.breakMinutes,
              kind: t.kind,
              requiredSkillCode: t.requiredSkillCode,
            },
          ],
        )
        .violations.filter((v) => v.severity === 'hard')
        .map((v) => v.ruleId);
      singleShiftVerdict.set(key, [...new Set(rules)]);
      rules = singleShiftVerdict.get(key)!;
    }
    return rules;
  };

  const byEmployee = new Map<string, GenerationShift[]>();
  for (const sh of input.shifts) {
    if (!sh.employeeId) continue;
    byEmployee.set(sh.employeeId, [...(byEmployee.get(sh.employeeId) ?? []), sh]);
  }
  const limits = new Map((input.limits ?? []).map((l) => [l.employeeId, l]));
  const ruleSets = [...params.values()];
  const nights = nightTypes(shiftTypes, intervals, ruleSets, 'any');
  const weekends = weekendSpecs(dates, shiftTypes, intervals, nightTypes(shiftTypes, intervals, ruleSets, 'every'));
  const replaceable = new Map<string, GenerationShift>();
  const initial: Array<Array<string | null>> = employees.map(() => new Array<string | null>(H).fill(null));
  let maxRestMinutes = 0;
  const contractMinutes: number[] = [];

  const specs: EmployeeSpec[] = employees.map((emp, e) => {
    const p = params.get(emp.id)!;
    const restMs = p.dailyRestHours * 60 * MINUTE_MS;
    maxRestMinutes = Math.max(maxRestMinutes, p.dailyRestHours * 60);
    const own = byEmployee.get(emp.id) ?? [];
    const fixed: Array<{ day: number; shiftType: string | null }> = [];
    const fixedDays = new Set<number>();
    const busy: Array<{ start: Instant; end: Instant }> = [];
    for (const sh of own) {
      const d = sh.inScope ? dayOf(dates, sh.start) : -1;
      const s = sh.shiftTypeId === null ? undefined : typeIndex.get(sh.shiftTypeId);
      const representable = sh.inScope && d >= 0 && s !== undefined && !fixedDays.has(d) && initial[e][d] === null;
      if (!representable) {
        busy.push({ start: sh.start, end: sh.end });
        continue;
      }
      if (sh.fixed || input.keepExisting || input.mode === 'fill-gaps') {
        fixed.push({ day: d, shiftType: shiftTypes[s].id });
        fixedDays.add(d);
      } else {
        initial[e][d] = shiftTypes[s].id;
        replaceable.set(cellKey(e, d), sh);
      }
    }
    const fixedTypes = new Set(fixed.map((f) => f.shiftType));

    // Eligibility per shift type: department, qualification, counts for some need, single-shift rules.
    const maxShiftsByType: Record<string, number> = {};
    shiftTypes.forEach((t, s) => {
      const mayWork = emp.departmentIds.includes(t.departmentId);
      const useful = input.needs.some((n) => n.shiftTypeId === t.id && satisfies(emp, n));
      const rules = mayWork && useful ? ruleOfType(emp, s) : [];
      if (rules.length > 0) for (let d = 0; d < H; d++) shiftTypeRules.set(`${emp.id}|${d}|${t.id}`, rules);
      if ((!mayWork || !useful || rules.length > 0) && !fixedTypes.has(t.id)) maxShiftsByType[t.id] = 0;
    });
    const lim = limits.get(emp.id);
    for (const [id, cap] of Object.entries(lim?.maxShiftsByType ?? {})) {
      if (typeIndex.has(id)) maxShiftsByType[id] = Math.min(maxShiftsByType[id] ?? cap, cap);
    }

    // Leave, and shifts elsewhere: overlap, or too little rest before or after them.
    const absences = input.absences
      .filter((a) => a.employeeId === emp.id)
      .map((a) => ({ start: startOfLocalDay(a.startDate), end: startOfLocalDay(addDays(a.endDate, 1)) }));
    const unavailable: DayShift[] = [];
    for (let d = 0; d < H; d++) {
      if (fixedDays.has(d)) {
        // A fixed shift on leave is a contradiction the solver reports, not a cell to drop.
        const f = fixed.find((x) => x.day === d)!;
        const iv = intervals[d][typeIndex.get(f.shiftType!)!];
        if (absences.some((a) => intervalsOverlap(iv.start, iv.end, a.start, a.end))) {
          unavailable.push({ day: d, shiftType: f.shiftType! });
        }
        continue;
      }
      for (let s = 0; s < shiftTypes.length; s++) {
        if (maxShiftsByType[shiftTypes[s].id] === 0) continue;
        const iv = intervals[d][s];
        const blocked =
          absences.some((a) => intervalsOverlap(iv.start, iv.end, a.start, a.end)) ||
          busy.some((b) => intervalsOverlap(iv.start - restMs, iv.end + restMs, b.start, b.end));
        if (blocked) unavailable.push({ day: d, shiftType: shiftTypes[s].id });
      }
    }

    // Limits: hours capped at full time (no overtime), but never below what the scheduler fixed.
    const fixedMinutes = fixed.reduce((m, f) => m + workedMinutes(shiftTypes[typeIndex.get(f.shiftType!)!]), 0);
    const fullTime = Math.round((emp.fullTimeHoursPerWeek * 60 * H) / 7);
    const availableShare = 1 - absentDays(absences, dates) / H;
    const contract = Math.round(
      ((emp.fullTimeHoursPerWeek * emp.employmentRate) / 100) * 60 * (H / 7) * availableShare,
    );
    contractMinutes.push(contract);
    const maxMinutes = Math.max(lim?.maxHours !== undefined ? Math.round(lim.maxHours * 60) : fullTime, fixedMinutes);
    const maxCons = Math.max(lim?.maxConsecutiveDays ?? p.maxConsecutiveDays, longestRun(fixedDays));
    const weekendCap = Math.ceil(weekends.length / Math.max(1, p.weekendFrequency));
    const fixedWeekends = weekends.filter((w) =>
      w.parts.some((part) => fixed.some((f) => f.day === part.day && f.shiftType !== null && (part.shiftType ?? f.shiftType) === f.shiftType)),
    ).length;
    const maxWeekends = Math.max(lim?.maxWeekends ?? weekendCap, fixedWeekends);

    const on: WeightedRequest[] = [];
    const off: WeightedRequest[] = [];
    for (const w of input.wishes) {
      if (w.employeeId !== emp.id) continue;
      const d = daysBetween(period.start, w.date);
      if (d < 0 || d >= H) continue;
      // Wishes for a shift or a day off are the ones met or not (wish-fulfilment.ts): those are spread.
      if (w.kind === 'free') off.push({ day: d, weight: W.wishFree, spread: true });
      else if (w.kind === 'can-work') on.push({ day: d, weight: W.wishCanWork });
      else if (w.shiftTypeId && typeIndex.has(w.shiftTypeId))
        on.push({ day: d, shiftType: w.shiftTypeId, weight: W.wishShift, spread: true });
    }

    const weeklyRest = weeklyRestSpec(p, emp.dygnsbryt, dates, shiftTypes);
    const needSkills = [...needKeys].filter(([, n]) => satisfies(emp, n)).map(([k]) => k);
    return {
      id: emp.id,
      skills: [...emp.skillIds, ...needSkills],
      maxShiftsByType,
      maxMinutes,
      minMinutes: lim?.minHours !== undefined ? Math.round(lim.minHours * 60) : undefined,
      targetMinutes: costTarget(emp, generate, contract, W),
      maxConsecutiveShifts: maxCons,
      minConsecutiveDaysOff: lim?.minConsecutiveDaysOff,
      maxWeekends,
      weekendStep: W.weekendsPiled,
      weeklyRest,
      unavailable,
      fixed,
      shiftOnRequests: on,
      shiftOffRequests: off,
      unmetRequestStep: W.unmetWishesPiled,
    };
  });

  addNightShares(specs, employees, shiftTypes, cover, contractMinutes, W.nightBeyondShare, W.nightBelowShare);

  const restAfterNights = restAfterNightPenalties(shiftTypes, intervals, nights, ruleSets, W.restAfterNights);
  const typeSpecs: ShiftTypeSpec[] = shiftTypes.map((t) => ({
    id: t.id,
    minutes: workedMinutes(t),
    startMinute: t.startMinute,
    spanMinutes: spanMinutes(t),
    requiredSkills: t.requiredSkillId ? [t.requiredSkillId] : undefined,
  }));
  const model: SolverModel = {
    days: H,
    shiftTypes: typeSpecs,
    employees: specs,
    cover,
    forbiddenSuccessions: deriveForbiddenSuccessions(typeSpecs, {
      days: H,
      minRestMinutes: maxRestMinutes || 660,
      elapsedMinutes: elapsed,
    }),
    successionPenalties: [
      ...deriveBackwardRotations(typeSpecs, { days: H, weight: W.backwardRotation, elapsedMinutes: elapsed }),
      ...restAfterNights.successions,
    ],
    gapPenalties: restAfterNights.gaps,
    runPenalty: nightsInARow(shiftTypes, nights, ruleSets, W.nightsInARow),
    weekends,
  };
  return {
    model,
    dates,
    employees,
    shiftTypes,
    intervals,
    replaceable,
    initial,
    needKeys,
    check,
    params,
    shiftTypeRules,
  };
}

/**
 * Night shifts as the engine's night rules see them: work with at least `nightShiftMinNightHours`
 * in the night window, for any (or every) rule set in play (measured on the period's first day).
 */
function nightTypes(
  shiftTypes: readonly GenerationShiftType[],
  intervals: Array<Array<{ start: Instant; end: Instant }>>,
  params: readonly RuleParameters[],
  ruleSets: 'any' | 'every',
): boolean[] {
  return shiftTypes.map((t, s) => {
    if (t.kind !== 'work' || intervals.length === 0 || params.length === 0) return false;
    const { start, end } = intervals[0][s];
    const night = (p: RuleParameters) =>
      clockWindowOverlap(start, end, localDayNumber(start), parseClockTime(p.nightStart), parseClockTime(p.nightEnd)) >=
      p.nightShiftMinNightHours * HOUR_MS;
    return ruleSets === 'any' ? params.some(night) : params.every(night);
  });
}

/** Healthy schedules' nights in a row (the engine's soft `consecutive-nights`): each night beyond the fewest any rule set allows. */
function nightsInARow(
  shiftTypes: readonly GenerationShiftType[],
  isNight: readonly boolean[],
  params: readonly RuleParameters[],
  weight: number,
): SolverModel['runPenalty'] {
  const ids = shiftTypes.filter((_, s) => isNight[s]).map((t) => t.id);
  if (weight <= 0 || ids.length === 0 || params.length === 0) return undefined;
  return { shiftTypes: ids, max: Math.max(1, Math.min(...params.map((p) => p.maxConsecutiveNights))), weight };
}

/**
 * Healthy schedules' rest after a block of nights (the engine's soft `rest-after-nights`): after a
 * night shift, the next shift that does not continue the block (a night the next day) should start
 * at least `restAfterNightsHours` after the night ends. Short of that: a succession penalty on the
 * next day, a gap penalty after one to three days off; the longest rest any rule set in play asks
 * for. Measured on the period's first days: a clock change can move one case by an hour, which the
 * engine's final check then judges.
 */
function restAfterNightPenalties(
  shiftTypes: readonly GenerationShiftType[],
  intervals: Array<Array<{ start: Instant; end: Instant }>>,
  isNight: readonly boolean[],
  params: readonly RuleParameters[],
  weight: number,
): { successions: Array<SuccessionSpec & { weight: number }>; gaps: GapPenalty[] } {
  const successions: Array<SuccessionSpec & { weight: number }> = [];
  const gaps: GapPenalty[] = [];
  if (weight <= 0 || params.length === 0 || intervals.length === 0) return { successions, gaps };
  const day0 = intervals[0];
  const required = Math.max(...params.map((p) => p.restAfterNightsHours)) * HOUR_MS;
  shiftTypes.forEach((night, m) => {
    if (!isNight[m]) return;
    const end = day0[m].end;
    shiftTypes.forEach((next, t) => {
      for (let daysOff = 0; daysOff <= MAX_GAP_DAYS_OFF; daysOff++) {
        if (daysOff === 0 && isNight[t]) continue;
        const day = intervals[daysOff + 1];
        if (!day || day[t].start - end >= required) continue;
        if (daysOff === 0) successions.push({ from: night.id, to: next.id, weight });
        else gaps.push({ from: night.id, to: next.id, daysOff, weight });
      }
    });
  });
  return { successions, gaps };
}

/**
 * Contract hours pull the department's own staff towards their hours; agency staff cost every
 * minute (used for a minimum need, never to reach a target); pool staff are neither pulled nor
 * charged here (the pool plans their hours across departments).
 */
function costTarget(
  emp: GenerationEmployee,
  generate: boolean,
  contract: number,
  W: ModelWeights,
): { minutes: number; weightPerMinute: number } | undefined {
  if (emp.isAgency) return { minutes: 0, weightPerMinute: W.agencyPerMinute };
  if (emp.isPool || !generate) return undefined;
  return { minutes: contract, weightPerMinute: W.contractPerMinute };
}

export function shiftInterval(
  date: CivilDate,
  t: { startMinute: number; endMinute: number },
): { start: Instant; end: Instant } {
  const endMinute = t.endMinute > t.startMinute ? t.endMinute : t.endMinute + 1440;
  const at = (m: number): Instant => {
    try {
      return instantAtLocalTime(date, m);
    } catch {
      return instantAtLocalTime(date, m + 60) - 60 * MINUTE_MS;
    }
  };
  return { start: at(t.startMinute), end: at(endMinute) };
}

export function spanMinutes(t: { startMinute: number; endMinute: number }): number {
  return (t.endMinute > t.startMinute ? t.endMinute : t.endMinute + 1440) - t.startMinute;
}

export function workedMinutes(t: {
  startMinute: number;
  endMinute: number;
  breakMinutes: number;
  kind: string;
}): number {
  return t.kind === 'standby' ? 0 : spanMinutes(t) - t.breakMinutes;
}

/** Index of the period day a shift starts on (Stockholm), or -1. */
export function dayOf(dates: readonly CivilDate[], start: Instant): number {
  const first = startOfLocalDay(dates[0]);
  if (start < first) return -1;
  // Days are 23–25 h long: estimate, then correct.
  let d = Math.floor((start - first) / (24 * 60 * MINUTE_MS));
  while (d + 1 < dates.length && startOfLocalDay(dates[d + 1]) <= start) d++;
  while (d > 0 && startOfLocalDay(dates[d]) > start) d--;
  return d < dates.length && start < startOfLocalDay(addDays(dates[dates.length - 1], 1)) ? d : -1;
}

/**
 * The period's weekends as the engine's `weekend-frequency` counts them: one per Saturday in the
 * period, worked when any work falls in Friday 22:00 → Monday 00:00 — a Friday shift running past
 * 22:00, any Saturday shift, a Sunday shift unless it is a night shift (the night toward Monday).
 * On-call and standby do not count.
 */
function weekendSpecs(
  dates: readonly CivilDate[],
  shiftTypes: readonly GenerationShiftType[],
  intervals: Array<Array<{ start: Instant; end: Instant }>>,
  nightForEveryRuleSet: readonly boolean[],
): WeekendSpec[] {
  const out: WeekendSpec[] = [];
  const work = shiftTypes.map((t, s) => ({ id: t.id, s })).filter(({ s }) => shiftTypes[s].kind === 'work');
  dates.forEach((date, d) => {
    if (weekdayOf(date) !== 6) return;
    const parts: DayShift[] = [];
    if (d > 0) {
      const fridayEvening = instantAtLocalTime(dates[d - 1], 22 * 60);
      for (const { id, s } of work) if (intervals[d - 1][s].end > fridayEvening) parts.push({ day: d - 1, shiftType: id });
    }
    for (const { id } of work) parts.push({ day: d, shiftType: id });
    if (d + 1 < dates.length) for (const { id, s } of work) if (!nightForEveryRuleSet[s]) parts.push({ day: d + 1, shiftType: id });
    out.push({ parts });
  });
  return out;
}

/**
 * Fairness of nights: each night need of each day is shared among the people who may cover it in
 * proportion to their contract hours (less leave); nights beyond a person's share, rounded up,
 * cost `nightBeyondShare` each, nights short of it, rounded down, `nightBelowShare` each. Agency
 * staff take no share (they cost every minute anyway).
 */
function addNightShares(
  specs: EmployeeSpec[],
  employees: readonly GenerationEmployee[],
  shiftTypes: readonly GenerationShiftType[],
  cover: readonly CoverRequirement[],
  contractMinutes: readonly number[],
  weightPerNight: number,
  weightPerNightShort: number,
): void {
  const nights = new Set(shiftTypes.filter((t) => t.kind !== 'standby' && t.endMinute <= t.startMinute).map((t) => t.id));
  if (nights.size === 0) return;
  const share = new Array<number>(specs.length).fill(0);
  const mayCover = (e: number, r: CoverRequirement): boolean =>
    !employees[e].isAgency &&
    contractMinutes[e] > 0 &&
    specs[e].maxShiftsByType?.[r.shiftType] !== 0 &&
    (r.skill === undefined || (specs[e].skills ?? []).includes(r.skill));
  for (const r of cover) {
    if (!nights.has(r.shiftType) || r.target === 0) continue;
    const who = specs.map((_, e) => e).filter((e) => mayCover(e, r));
    const total = who.reduce((m, e) => m + contractMinutes[e], 0);
    for (const e of who) share[e] += (r.target * contractMinutes[e]) / total;
  }
  specs.forEach((spec, e) => {
    if (share[e] === 0) return;
    const types = [...nights].filter((id) => spec.maxShiftsByType?.[id] !== 0);
    spec.shareLimits = [
      {
        shiftTypes: types,
        share: Math.ceil(share[e] - 1e-9),
        weightPerShift: weightPerNight,
        floor: Math.floor(share[e] + 1e-9),
        weightPerMissing: weightPerNightShort,
      },
    ];
  });
}

/**
 * ATL 14 § in the model's terms: weeks from the rule set's first weekday, and where the rest after
 * each shift type may begin. C-477/21: the daily rest comes first, unless (skr-nonoverlap) the
 * 24-h period from the dygnsbryt in which the shift starts had it before the shift — with daily
 * rest between shifts a hard rule, that depends only on the start time.
 */
function weeklyRestSpec(
  p: RuleParameters,
  dygnsbryt: string,
  dates: readonly CivilDate[],
  shiftTypes: readonly GenerationShiftType[],
): WeeklyRestSpec | undefined {
  if (p.weeklyRestHours <= 0) return undefined;
  const firstWeekDay = dates.findIndex((d) => weekdayOf(d) === p.weekStartDay);
  if (firstWeekDay < 0) return undefined;
  const dailyRest = p.dailyRestHours * 60;
  const periodStart = parseClockTime(dygnsbryt);
  const restStartByType: Record<string, number> = {};
  for (const t of shiftTypes) {
    const end = t.startMinute + spanMinutes(t);
    const restBefore = (((t.startMinute - periodStart) % 1440) + 1440) % 1440;
    const owed = p.weeklyRestMode === 'strict-47h' || restBefore < dailyRest ? dailyRest : 0;
    restStartByType[t.id] = Math.min(end + owed, MAX_REST_START);
  }
  return { minutes: p.weeklyRestHours * 60, firstWeekDay, restStartByType };
}

function absentDays(absences: ReadonlyArray<{ start: Instant; end: Instant }>, dates: readonly CivilDate[]): number {
  let n = 0;
  for (const date of dates) {
    const t = startOfLocalDay(date) + 12 * 60 * MINUTE_MS;
    if (absences.some((a) => a.start <= t && t < a.end)) n++;
  }
  return n;
}

function longestRun(days: ReadonlySet<number>): number {
  let best = 0;
  for (const d of days) {
    if (days.has(d - 1)) continue;
    let len = 0;
    while (days.has(d + len)) len++;
    best = Math.max(best, len);
  }
  return best;
}
