// Random small models and an exhaustive optimum for the solver's tests.
import { compileModel } from './compile-model';
import { evaluateRoster, scanEmployee, type HardViolation } from './evaluate';
import { MAX_GAP_DAYS_OFF, type EmployeeSpec, type GapPenalty, type ShiftTypeSpec, type SolverModel } from './model';
import { createPrng } from './prng';
import { mondayWeekends } from './curtois/curtois-to-model';

export function randomModel(
  seed: number,
  size: { employees: number; days: number; shifts: number },
  options: { weeklyRest?: boolean; shares?: boolean; gaps?: boolean; runs?: boolean; unmet?: boolean; weekends?: boolean } = {},
): SolverModel {
  const rng = createPrng(seed);
  const pick = <T>(xs: T[]): T => xs[rng.int(xs.length)];
  const chance = (p: number): boolean => rng.next() < p;
  const H = size.days;
  const shiftTypes = Array.from({ length: size.shifts }, (_, s) => ({
    id: `s${s}`,
    minutes: pick([240, 480, 600]),
    requiredSkills: chance(0.2) ? ['rn'] : undefined,
  }));
  const employees: EmployeeSpec[] = Array.from({ length: size.employees }, (_, e) => {
    const em: EmployeeSpec = { id: `e${e}`, skills: chance(0.7) ? ['rn'] : [] };
    if (chance(0.5)) em.maxShiftsByType = Object.fromEntries(shiftTypes.map((s) => [s.id, pick([0, 1, 2, H])]));
    if (chance(0.6)) em.minMinutes = rng.int(H * 300);
    if (chance(0.6)) em.maxMinutes = (em.minMinutes ?? 0) + rng.int(H * 300);
    if (chance(0.3)) em.targetMinutes = { minutes: rng.int(H * 400), weightPerMinute: 1 };
    if (chance(0.6)) em.maxConsecutiveShifts = 1 + rng.int(H);
    if (chance(0.5)) em.minConsecutiveShifts = 1 + rng.int(3);
    if (chance(0.5)) em.minConsecutiveDaysOff = 1 + rng.int(3);
    if (chance(0.4)) em.maxWeekends = rng.int(2);
    em.unavailable = Array.from({ length: rng.int(3) }, () => (chance(0.7) ? { day: rng.int(H) } : { day: rng.int(H), shiftType: pick(shiftTypes).id }));
    if (chance(0.2)) em.fixed = [{ day: rng.int(H), shiftType: chance(0.7) ? pick(shiftTypes).id : null }];
    em.shiftOnRequests = Array.from({ length: rng.int(3) }, () => ({ day: rng.int(H), shiftType: chance(0.8) ? pick(shiftTypes).id : undefined, weight: 1 + rng.int(3) }));
    em.shiftOffRequests = Array.from({ length: rng.int(3) }, () => ({ day: rng.int(H), shiftType: chance(0.8) ? pick(shiftTypes).id : undefined, weight: 1 + rng.int(3) }));
    return em;
  });
  const cover = [];
  for (let d = 0; d < H; d++) {
    for (const s of shiftTypes) {
      cover.push({ day: d, shiftType: s.id, target: rng.int(3), underWeight: pick([10, 100]), overWeight: pick([0, 1, 5]) });
      if (chance(0.15)) cover.push({ day: d, shiftType: s.id, skill: 'rn', target: 1, underWeight: 30, overWeight: 0, min: 1, minWeight: 50 });
    }
  }
  const forbiddenSuccessions = shiftTypes.flatMap((a) => shiftTypes.filter(() => chance(0.25)).map((b) => ({ from: a.id, to: b.id })));
  const successionPenalties = chance(0.3) ? [{ from: shiftTypes[0].id, to: pick(shiftTypes).id, weight: 1 + rng.int(5) }] : undefined;
  if (options.weeklyRest) addWeeklyRest(seed, shiftTypes, employees);
  if (options.shares) addShares(seed, shiftTypes, employees);
  if (options.unmet) spreadUnmetRequests(seed, employees);
  if (options.weekends) spreadWeekends(seed, employees);
  const gapPenalties = options.gaps ? randomGaps(seed, shiftTypes) : undefined;
  const runPenalty = options.runs ? randomRunPenalty(seed, shiftTypes) : undefined;
  return {
    days: H,
    shiftTypes,
    employees,
    cover,
    forbiddenSuccessions,
    successionPenalties,
    gapPenalties,
    runPenalty,
    weekends: options.weekends ? denseWeekends(seed, H, shiftTypes) : mondayWeekends(H),
  };
}

/** Gap penalties after one or two shift types, over 1 to 3 days off (own random stream). */
function randomGaps(seed: number, shiftTypes: ShiftTypeSpec[]): GapPenalty[] {
  const rng = createPrng(seed ^ 0x9a95);
  const gaps: GapPenalty[] = [];
  for (const from of shiftTypes) {
    if (rng.next() < 0.3) continue;
    for (const to of shiftTypes) {
      for (let daysOff = 1; daysOff <= MAX_GAP_DAYS_OFF; daysOff++) {
        if (rng.next() < 0.5) gaps.push({ from: from.id, to: to.id, daysOff, weight: 1 + rng.int(30) });
      }
    }
  }
  return gaps;
}

/** A run penalty on one or more shift types after 1 or 2 days in a row (own random stream). */
function randomRunPenalty(seed: number, shiftTypes: ShiftTypeSpec[]): SolverModel['runPenalty'] {
  const rng = createPrng(seed ^ 0x4e75);
  const types = shiftTypes.filter(() => rng.next() < 0.6).map((t) => t.id);
  if (types.length === 0) types.push(shiftTypes[rng.int(shiftTypes.length)].id);
  return { shiftTypes: types, max: 1 + rng.int(2), weight: 1 + rng.int(30) };
}

/** A fair share of some shift types for most employees (own random stream). */
function addShares(seed: number, shiftTypes: ShiftTypeSpec[], employees: EmployeeSpec[]): void {
  const rng = createPrng(seed ^ 0xfa1e);
  for (const em of employees) {
    if (rng.next() < 0.25) continue;
    const types = shiftTypes.filter(() => rng.next() < 0.6).map((t) => t.id);
    if (types.length === 0) types.push(shiftTypes[0].id);
    const share = rng.int(6);
    // Half of them with a floor too (0 … share); a heavy weight for it half of the time, so that
    // the shifts it asks for outweigh the cover and contract terms.
    const floor = rng.next() < 0.5 ? rng.int(share + 1) : 0;
    const weightPerMissing = rng.next() < 0.5 ? 1 + rng.int(40) : 100 + rng.int(900);
    em.shareLimits = [{ shiftTypes: types, share, weightPerShift: 1 + rng.int(40), floor, weightPerMissing }];
  }
}

/** A step on unmet requests for most employees, most of their requests counted (own random stream). */
function spreadUnmetRequests(seed: number, employees: EmployeeSpec[]): void {
  const rng = createPrng(seed ^ 0x0b5e);
  for (const em of employees) {
    if (rng.next() < 0.2) continue;
    // Light steps half of the time (below the requests' own weights), heavy ones otherwise.
    em.unmetRequestStep = rng.next() < 0.5 ? 1 + rng.int(3) : 20 + rng.int(200);
    for (const r of [...(em.shiftOnRequests ?? []), ...(em.shiftOffRequests ?? [])]) r.spread = rng.next() < 0.8;
  }
}

/**
 * "Weekends" every three days, so that a short model has several: two days each, the first of
 * them sometimes only for one shift type (like a Friday night).
 */
function denseWeekends(seed: number, H: number, shiftTypes: ShiftTypeSpec[]): SolverModel['weekends'] {
  const rng = createPrng(seed ^ 0x7e3c);
  const weekends: NonNullable<SolverModel['weekends']> = [];
  for (let d = rng.int(2); d + 1 < H; d += 3) {
    const first = rng.next() < 0.3 ? [{ day: d, shiftType: shiftTypes[rng.int(shiftTypes.length)].id }] : [{ day: d }];
    weekends.push({ parts: [...first, { day: d + 1 }] });
  }
  return weekends;
}

/** A step on weekends worked for most employees (own random stream). */
function spreadWeekends(seed: number, employees: EmployeeSpec[]): void {
  const rng = createPrng(seed ^ 0x3e3d);
  for (const em of employees) {
    if (rng.next() < 0.2) continue;
    em.weekendStep = rng.next() < 0.5 ? 1 + rng.int(5) : 30 + rng.int(300);
  }
}

/** Clock times and a weekly rest for most employees (own random stream: the rest of the model is unchanged). */
function addWeeklyRest(seed: number, shiftTypes: ShiftTypeSpec[], employees: EmployeeSpec[]): void {
  const rng = createPrng(seed ^ 0x5eed);
  const pick = <T>(xs: T[]): T => xs[rng.int(xs.length)];
  for (const t of shiftTypes) {
    t.startMinute = pick([0, 420, 840, 1260]);
    t.spanMinutes = t.minutes + pick([0, 45]);
  }
  for (const em of employees) {
    if (rng.next() < 0.2) continue;
    em.weeklyRest = { minutes: pick([1440, 1800, 2160, 2820]), firstWeekDay: rng.int(4) };
    if (rng.next() < 0.5) {
      em.weeklyRest.restStartByType = Object.fromEntries(
        shiftTypes.map((t) => [t.id, Math.min(2880, t.startMinute! + t.spanMinutes! + pick([0, 660]))]),
      );
    }
  }
}

/** The optimal score by enumeration, or null when no roster meets every hard rule. */
export function bruteForceOptimum(model: SolverModel): number | null {
  return bruteForceOptimalRoster(model)?.score ?? null;
}

/** An optimal roster (compiled grid) and its score by enumeration, or null when none is legal. */
export function bruteForceOptimalRoster(model: SolverModel): { score: number; x: Int16Array } | null {
  const cm = compileModel(model);
  const { E, H, S } = cm;
  const rowsPerEmployee: Int16Array[][] = [];
  const x = new Int16Array(E * H).fill(-1);
  for (let e = 0; e < E; e++) {
    const rows: Int16Array[] = [];
    const total = (S + 1) ** H;
    for (let code = 0; code < total; code++) {
      let c = code;
      for (let d = 0; d < H; d++) {
        x[e * H + d] = (c % (S + 1)) - 1;
        c = Math.floor(c / (S + 1));
      }
      const out: HardViolation[] = [];
      scanEmployee(cm, x, e, out);
      if (out.length === 0) rows.push(x.slice(e * H, e * H + H));
    }
    if (rows.length === 0) return null;
    rowsPerEmployee.push(rows);
  }
  let best = Infinity;
  let bestX = x.slice();
  const choose = (e: number): void => {
    if (e === E) {
      const total = evaluateRoster(cm, x).score.total;
      if (total < best) {
        best = total;
        bestX = x.slice();
      }
      return;
    }
    for (const row of rowsPerEmployee[e]) {
      x.set(row, e * H);
      choose(e + 1);
    }
  };
  choose(0);
  return { score: best, x: bestX };
}
