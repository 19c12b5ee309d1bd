// Turns the readable SolverModel into flat typed arrays indexed by employee, day and shift
// type, which the evaluator, the incremental state and the dynamic programme share. Invalid
// input (unknown ids, days out of range, negative weights) is a programming error of the
// caller and throws SolverModelError; impossible but well-formed input is reported by
// `checkFeasibility` instead.
import { MAX_GAP_DAYS_OFF, type DayShift, type SolverModel } from './model';

export class SolverModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SolverModelError';
  }
}

export const NO_FIXED = -2;
export const OFF = -1;
/** A day short of a minimum block counts like this many minutes short, so that repairs
 * recover minutes by legal additions rather than by breaking a run rule. */
export const BLOCK_DAY_MINUTES = 2400;

export interface CompiledModel {
  E: number;
  H: number;
  S: number;
  shiftIds: string[];
  employeeIds: string[];
  shiftMinutes: Int32Array;
  /** (e*H + d)*S + s → 1 when the employee may work shift s on day d (skills, leave, caps, fixed). */
  allowed: Uint8Array;
  /** (e*H + d)*S + s → 1 when leave or absence rules the cell out (before fixed cells). */
  unavailable: Uint8Array;
  /** e*S + s → 1 when the employee is qualified for s and its cap is above 0. */
  eligible: Uint8Array;
  /** e*H + d → 1 when a day off is allowed (not fixed to a shift). */
  offAllowed: Uint8Array;
  /** e*H + d → NO_FIXED, OFF or a shift index. */
  fixed: Int16Array;
  maxByType: Int32Array;
  minMinutes: Int32Array;
  maxMinutes: Int32Array;
  targetMinutes: Int32Array;
  targetWeight: Int32Array;
  maxCons: Int32Array;
  minCons: Int32Array;
  minOff: Int32Array;
  maxWeekends: Int32Array;
  /** Weekly rest: minutes each whole week needs (0 = no rule), per employee. */
  wrMinutes: Int32Array;
  /** e*H + d → the first day of the checked week holding day d, or -1 (no rule, or a cut week). */
  wrWeekStart: Int32Array;
  /** e*S + s → minutes after the start of its day at which the rest after shift s begins. */
  wrRestStart: Int32Array;
  /** Start of each shift type, minutes after the start of its day. */
  shiftStart: Int32Array;
  /** Share limits of employee e are shareStart[e] .. shareStart[e+1]; shareTypes[g*S + s] = 1 when s counts. */
  shareStart: Int32Array;
  shareTypes: Uint8Array;
  shareCap: Int32Array;
  /** Shifts of group g the employee should work at least, and the cost of each one short. */
  shareFloor: Int32Array;
  shareUnderWeight: Int32Array;
  shareWeight: Int32Array;
  /** (d*S + s)*S + t → 1 when t may not follow s worked on day d. */
  forbid: Uint8Array;
  /** (d*S + s)*S + t → soft weight, or null when the model has none. */
  succPen: Int32Array | null;
  /**
   * Gap penalties: gapTag[s] = 1 + the class of shift type s as the work before a gap (0: no
   * penalty follows it); gapPen[(tag*(G+1) + k)*S + t] = weight of t after k days off; G = 0 and
   * gapPen = null when the model has none.
   */
  gapTag: Int32Array;
  G: number;
  gapPen: Int32Array | null;
  /** runType[s] = 1 when s counts towards the run penalty; each beyond the runMax-th in a row costs runWeight (0: none). */
  runType: Uint8Array;
  runMax: number;
  runWeight: number;
  nWeekends: number;
  weekendOfCell: Int32Array;
  /** Per employee: the cost of a weekend per weekend worked before it (0 = none). */
  weekendStep: Int32Array;
  weekendOfDay: Int32Array;
  /** (e*H + d)*(S+1) + (v+1) → request penalty of value v (OFF = -1). */
  requestCost: Int32Array;
  /**
   * Unmet requests spread over people: unmetStep[e] (0 = none), and (e*H + d)*(S+1) + (v+1) → how
   * many of e's `spread` requests value v leaves unmet (null when no employee has a step).
   */
  unmetStep: Int32Array;
  requestMiss: Uint8Array | null;
  R: number;
  reqDay: Int32Array;
  reqShift: Int32Array;
  reqSkill: Int32Array;
  reqTarget: Int32Array;
  reqUnder: Int32Array;
  reqOver: Int32Array;
  reqMin: Int32Array;
  reqMinW: Int32Array;
  /** CSR: requirements of cell d*S + s are cellReqIdx[cellReqStart[c] .. cellReqStart[c+1]). */
  cellReqStart: Int32Array;
  cellReqIdx: Int32Array;
  /** e*K + k → 1 when the employee has skill k. */
  empSkill: Uint8Array;
  K: number;
  skillIds: string[];
}

const UNBOUNDED = 1 << 29;
export const DAY_MINUTES = 1440;
/**
 * Latest start of the rest after a shift, counted from the start of the shift's day: two days.
 * Beyond it a rest could begin after the next week's start, which the weekly-rest state of the
 * dynamic programme does not represent.
 */
export const MAX_REST_START = 2 * DAY_MINUTES;

function nonNegativeInt(value: number | undefined, what: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new SolverModelError(`${what} must be a non-negative integer, got ${value}`);
  return value;
}

export function compileModel(model: SolverModel): CompiledModel {
  const H = model.days;
  if (!Number.isInteger(H) || H < 1) throw new SolverModelError(`days must be a positive integer, got ${H}`);
  const S = model.shiftTypes.length;
  const E = model.employees.length;
  const shiftIndex = new Map<string, number>();
  model.shiftTypes.forEach((st, i) => {
    if (shiftIndex.has(st.id)) throw new SolverModelError(`duplicate shift type id ${st.id}`);
    shiftIndex.set(st.id, i);
  });
  const empIndex = new Map<string, number>();
  model.employees.forEach((em, i) => {
    if (empIndex.has(em.id)) throw new SolverModelError(`duplicate employee id ${em.id}`);
    empIndex.set(em.id, i);
  });
  const shiftOf = (id: string, where: string): number => {
    const s = shiftIndex.get(id);
    if (s === undefined) throw new SolverModelError(`${where}: unknown shift type ${id}`);
    return s;
  };
  const dayOf = (day: number, where: string): number => {
    if (!Number.isInteger(day) || day < 0 || day >= H) throw new SolverModelError(`${where}: day ${day} outside 0..${H - 1}`);
    return day;
  };

  const skillIds: string[] = [];
  const skillIndex = new Map<string, number>();
  const skillOf = (id: string): number => {
    let k = skillIndex.get(id);
    if (k === undefined) {
      k = skillIds.length;
      skillIds.push(id);
      skillIndex.set(id, k);
    }
    return k;
  };
  model.employees.forEach((em) => em.skills?.forEach(skillOf));
  model.shiftTypes.forEach((st) => st.requiredSkills?.forEach(skillOf));
  model.cover.forEach((c) => c.skill !== undefined && skillOf(c.skill));
  const K = skillIds.length;

  const shiftMinutes = new Int32Array(S);
  const shiftStart = new Int32Array(S);
  model.shiftTypes.forEach((st, s) => {
    shiftMinutes[s] = nonNegativeInt(st.minutes, `shift type ${st.id} minutes`, 0);
    shiftStart[s] = nonNegativeInt(st.startMinute, `shift type ${st.id} startMinute`, 0);
  });

  const empSkill = new Uint8Array(E * K);
  model.employees.forEach((em, e) => em.skills?.forEach((k) => (empSkill[e * K + skillOf(k)] = 1)));

  const allowed = new Uint8Array(E * H * S);
  const eligible = new Uint8Array(E * S);
  const unavailable = new Uint8Array(E * H * S);
  const offAllowed = new Uint8Array(E * H).fill(1);
  const fixed = new Int16Array(E * H).fill(NO_FIXED);
  const maxByType = new Int32Array(E * S).fill(UNBOUNDED);
  const minMinutes = new Int32Array(E);
  const maxMinutes = new Int32Array(E);
  const targetMinutes = new Int32Array(E);
  const targetWeight = new Int32Array(E);
  const maxCons = new Int32Array(E);
  const minCons = new Int32Array(E);
  const minOff = new Int32Array(E);
  const maxWeekends = new Int32Array(E);
  const requestCost = new Int32Array(E * H * (S + 1));
  const weekendStep = Int32Array.from(model.employees, (em) => nonNegativeInt(em.weekendStep, `employee ${em.id} weekendStep`, 0));
  const unmetStep = Int32Array.from(model.employees, (em) => nonNegativeInt(em.unmetRequestStep, `employee ${em.id} unmetRequestStep`, 0));
  const requestMiss = unmetStep.some((w) => w > 0) ? new Uint8Array(E * H * (S + 1)) : null;
  const wrMinutes = new Int32Array(E);
  const wrWeekStart = new Int32Array(E * H).fill(-1);
  const wrRestStart = new Int32Array(E * S);

  function compileWeeklyRest(spec: SolverModel['employees'][number]['weeklyRest'], e: number, where: string): void {
    model.shiftTypes.forEach((st, s) => {
      const end = shiftStart[s] + nonNegativeInt(st.spanMinutes, `shift type ${st.id} spanMinutes`, shiftMinutes[s]);
      wrRestStart[e * S + s] = Math.min(end, MAX_REST_START);
    });
    if (!spec) return;
    wrMinutes[e] = nonNegativeInt(spec.minutes, `${where} weekly rest minutes`, 0);
    if (wrMinutes[e] > 7 * DAY_MINUTES) throw new SolverModelError(`${where}: weekly rest of ${wrMinutes[e]} minutes is longer than a week`);
    const first = nonNegativeInt(spec.firstWeekDay, `${where} weekly rest firstWeekDay`, 0);
    for (const [sid, start] of Object.entries(spec.restStartByType ?? {})) {
      const minute = nonNegativeInt(start, `${where} weekly rest start after ${sid}`, 0);
      if (minute > MAX_REST_START) throw new SolverModelError(`${where}: the rest after ${sid} starts after ${MAX_REST_START} minutes`);
      wrRestStart[e * S + shiftOf(sid, where)] = minute;
    }
    if (wrMinutes[e] === 0) return;
    for (let f = first; f + 6 < H; f += 7) for (let d = f; d < f + 7; d++) wrWeekStart[e * H + d] = f;
  }

  const shareStart = new Int32Array(E + 1);
  model.employees.forEach((em, e) => (shareStart[e + 1] = shareStart[e] + (em.shareLimits?.length ?? 0)));
  const shareTypes = new Uint8Array(shareStart[E] * S);
  const shareCap = new Int32Array(shareStart[E]);
  const shareWeight = new Int32Array(shareStart[E]);
  const shareFloor = new Int32Array(shareStart[E]);
  const shareUnderWeight = new Int32Array(shareStart[E]);
  model.employees.forEach((em, e) => {
    em.shareLimits?.forEach((limit, i) => {
      const g = shareStart[e] + i;
      const where = `employee ${em.id} share limit ${i}`;
      for (const sid of limit.shiftTypes) shareTypes[g * S + shiftOf(sid, where)] = 1;
      shareCap[g] = nonNegativeInt(limit.share, `${where} share`, 0);
      shareWeight[g] = nonNegativeInt(limit.weightPerShift, `${where} weight`, 0);
      shareFloor[g] = nonNegativeInt(limit.floor, `${where} floor`, 0);
      shareUnderWeight[g] = nonNegativeInt(limit.weightPerMissing, `${where} weight per missing shift`, 0);
      if (shareFloor[g] > shareCap[g]) throw new SolverModelError(`${where}: floor ${shareFloor[g]} is above the share ${shareCap[g]}`);
    });
  });

  model.employees.forEach((em, e) => {
    const where = `employee ${em.id}`;
    for (const [sid, cap] of Object.entries(em.maxShiftsByType ?? {})) {
      maxByType[e * S + shiftOf(sid, where)] = nonNegativeInt(cap, `${where} max shifts of ${sid}`, UNBOUNDED);
    }
    minMinutes[e] = nonNegativeInt(em.minMinutes, `${where} minMinutes`, 0);
    maxMinutes[e] = nonNegativeInt(em.maxMinutes, `${where} maxMinutes`, UNBOUNDED);
    if (em.targetMinutes) {
      targetMinutes[e] = nonNegativeInt(em.targetMinutes.minutes, `${where} targetMinutes`, 0);
      targetWeight[e] = nonNegativeInt(em.targetMinutes.weightPerMinute, `${where} target weight`, 0);
    }
    maxCons[e] = Math.min(H, nonNegativeInt(em.maxConsecutiveShifts, `${where} maxConsecutiveShifts`, H));
    minCons[e] = Math.max(1, nonNegativeInt(em.minConsecutiveShifts, `${where} minConsecutiveShifts`, 1));
    minOff[e] = Math.max(1, nonNegativeInt(em.minConsecutiveDaysOff, `${where} minConsecutiveDaysOff`, 1));
    maxWeekends[e] = nonNegativeInt(em.maxWeekends, `${where} maxWeekends`, UNBOUNDED);
    compileWeeklyRest(em.weeklyRest, e, where);

    for (let s = 0; s < S; s++) {
      let ok = maxByType[e * S + s] > 0;
      const req = model.shiftTypes[s].requiredSkills;
      if (ok && req) ok = req.every((k) => empSkill[e * K + skillOf(k)] === 1);
      eligible[e * S + s] = ok ? 1 : 0;
      for (let d = 0; d < H; d++) allowed[(e * H + d) * S + s] = eligible[e * S + s];
    }
    const markUnavailable = (u: DayShift): void => {
      const d = dayOf(u.day, `${where} unavailable`);
      const mark = (s: number): void => {
        allowed[(e * H + d) * S + s] = 0;
        unavailable[(e * H + d) * S + s] = 1;
      };
      if (u.shiftType === undefined) for (let s = 0; s < S; s++) mark(s);
      else mark(shiftOf(u.shiftType, where));
    };
    em.unavailable?.forEach(markUnavailable);
    for (const f of em.fixed ?? []) {
      const d = dayOf(f.day, `${where} fixed`);
      const v = f.shiftType === null ? OFF : shiftOf(f.shiftType, where);
      if (fixed[e * H + d] !== NO_FIXED && fixed[e * H + d] !== v) {
        throw new SolverModelError(`${where}: two different fixed assignments on day ${d}`);
      }
      fixed[e * H + d] = v;
    }
    for (let d = 0; d < H; d++) {
      const v = fixed[e * H + d];
      if (v === NO_FIXED) continue;
      // A fixed cell narrows the day to that value; whether the value itself is legal is
      // reported by checkFeasibility (a fixed shift on leave is a contradiction, not a crash).
      offAllowed[e * H + d] = v === OFF ? 1 : 0;
      for (let s = 0; s < S; s++) if (s !== v) allowed[(e * H + d) * S + s] = 0;
      if (v !== OFF) allowed[(e * H + d) * S + v] = 1;
    }
    for (const r of em.shiftOnRequests ?? []) {
      const d = dayOf(r.day, `${where} on-request`);
      const w = nonNegativeInt(r.weight, `${where} on-request weight`, 0);
      const base = (e * H + d) * (S + 1);
      const want = r.shiftType === undefined ? -2 : shiftOf(r.shiftType, where);
      const miss = r.spread && unmetStep[e] > 0 ? requestMiss : null;
      for (let v = -1; v < S; v++) {
        const granted = want === -2 ? v !== OFF : v === want;
        if (granted) continue;
        requestCost[base + v + 1] += w;
        if (miss) miss[base + v + 1]++;
      }
    }
    for (const r of em.shiftOffRequests ?? []) {
      const d = dayOf(r.day, `${where} off-request`);
      const w = nonNegativeInt(r.weight, `${where} off-request weight`, 0);
      const base = (e * H + d) * (S + 1);
      const miss = r.spread && unmetStep[e] > 0 ? requestMiss : null;
      const only = r.shiftType === undefined ? -1 : shiftOf(r.shiftType, where);
      for (let s = 0; s < S; s++) {
        if (only >= 0 && s !== only) continue;
        requestCost[base + s + 1] += w;
        if (miss) miss[base + s + 1]++;
      }
    }
  });

  const forbid = new Uint8Array(H * S * S);
  for (const f of model.forbiddenSuccessions ?? []) {
    const s = shiftOf(f.from, 'forbidden succession');
    const t = shiftOf(f.to, 'forbidden succession');
    if (f.day === undefined) for (let d = 0; d < H; d++) forbid[(d * S + s) * S + t] = 1;
    else forbid[(dayOf(f.day, 'forbidden succession') * S + s) * S + t] = 1;
  }
  let succPen: Int32Array | null = null;
  if (model.successionPenalties && model.successionPenalties.length > 0) {
    succPen = new Int32Array(H * S * S);
    for (const p of model.successionPenalties) {
      const s = shiftOf(p.from, 'succession penalty');
      const t = shiftOf(p.to, 'succession penalty');
      const w = nonNegativeInt(p.weight, 'succession penalty weight', 0);
      if (p.day === undefined) for (let d = 0; d < H; d++) succPen[(d * S + s) * S + t] += w;
      else succPen[(dayOf(p.day, 'succession penalty') * S + s) * S + t] += w;
    }
  }

  const { gapTag, G, gapPen } = compileGaps(model, S, shiftOf);
  const runType = new Uint8Array(S);
  const rp = model.runPenalty;
  const runMax = rp ? nonNegativeInt(rp.max, 'run penalty max', 0) : 0;
  if (rp && runMax < 1) throw new SolverModelError(`run penalty max must be at least 1, got ${rp.max}`);
  let runWeight = rp ? nonNegativeInt(rp.weight, 'run penalty weight', 0) : 0;
  for (const id of rp?.shiftTypes ?? []) runType[shiftOf(id, 'run penalty')] = 1;
  if (!runType.includes(1)) runWeight = 0;

  const weekends = model.weekends ?? [];
  const weekendOfCell = new Int32Array(H * S).fill(-1);
  const weekendOfDay = new Int32Array(H).fill(-1);
  weekends.forEach((w, k) => {
    let first = H;
    let last = -1;
    for (const part of w.parts) {
      const d = dayOf(part.day, `weekend ${k}`);
      const setCell = (s: number): void => {
        if (weekendOfCell[d * S + s] !== -1 && weekendOfCell[d * S + s] !== k) {
          throw new SolverModelError(`weekends ${weekendOfCell[d * S + s]} and ${k} share day ${d}`);
        }
        weekendOfCell[d * S + s] = k;
      };
      if (part.shiftType === undefined) for (let s = 0; s < S; s++) setCell(s);
      else setCell(shiftOf(part.shiftType, `weekend ${k}`));
      if (weekendOfDay[d] !== -1 && weekendOfDay[d] !== k) throw new SolverModelError(`weekends share day ${d}`);
      weekendOfDay[d] = k;
      first = Math.min(first, d);
      last = Math.max(last, d);
    }
    // The dynamic programme tracks one weekend at a time, so a weekend's days must be adjacent.
    for (let d = first; d <= last; d++) {
      if (weekendOfDay[d] !== k) throw new SolverModelError(`weekend ${k} is not a run of consecutive days`);
    }
  });

  const R = model.cover.length;
  const reqDay = new Int32Array(R);
  const reqShift = new Int32Array(R);
  const reqSkill = new Int32Array(R);
  const reqTarget = new Int32Array(R);
  const reqUnder = new Int32Array(R);
  const reqOver = new Int32Array(R);
  const reqMin = new Int32Array(R);
  const reqMinW = new Int32Array(R);
  const perCell = new Int32Array(H * S + 1);
  model.cover.forEach((c, r) => {
    const where = `cover requirement ${r}`;
    reqDay[r] = dayOf(c.day, where);
    reqShift[r] = shiftOf(c.shiftType, where);
    reqSkill[r] = c.skill === undefined ? -1 : skillOf(c.skill);
    reqTarget[r] = nonNegativeInt(c.target, `${where} target`, 0);
    reqUnder[r] = nonNegativeInt(c.underWeight, `${where} underWeight`, 0);
    reqOver[r] = nonNegativeInt(c.overWeight, `${where} overWeight`, 0);
    reqMin[r] = nonNegativeInt(c.min, `${where} min`, 0);
    reqMinW[r] = nonNegativeInt(c.minWeight, `${where} minWeight`, 0);
    perCell[reqDay[r] * S + reqShift[r] + 1]++;
  });
  const cellReqStart = new Int32Array(H * S + 1);
  for (let c = 0; c < H * S; c++) cellReqStart[c + 1] = cellReqStart[c] + perCell[c + 1];
  const fill = cellReqStart.slice(0, H * S);
  const cellReqIdx = new Int32Array(R);
  for (let r = 0; r < R; r++) cellReqIdx[fill[reqDay[r] * S + reqShift[r]]++] = r;

  return {
    E, H, S,
    shiftIds: model.shiftTypes.map((s) => s.id),
    employeeIds: model.employees.map((e) => e.id),
    shiftMinutes, allowed, unavailable, eligible, offAllowed, fixed, maxByType, minMinutes, maxMinutes, targetMinutes, targetWeight,
    maxCons, minCons, minOff, maxWeekends, wrMinutes, wrWeekStart, wrRestStart, shiftStart,
    shareStart, shareTypes, shareCap, shareWeight, shareFloor, shareUnderWeight, forbid, succPen, gapTag, G, gapPen, runType, runMax, runWeight,
    nWeekends: weekends.length, weekendOfCell, weekendOfDay, weekendStep, requestCost, unmetStep, requestMiss,
    R, reqDay, reqShift, reqSkill, reqTarget, reqUnder, reqOver, reqMin, reqMinW, cellReqStart, cellReqIdx,
    empSkill, K, skillIds,
  };
}

/** Gap penalties by tag (one per shift type that starts a penalised gap) and days off. */
function compileGaps(
  model: SolverModel,
  S: number,
  shiftOf: (id: string, what: string) => number,
): { gapTag: Int32Array; G: number; gapPen: Int32Array | null } {
  const gapTag = new Int32Array(S);
  const gaps = (model.gapPenalties ?? []).map((p) => {
    const k = p.daysOff;
    if (!Number.isInteger(k) || k < 1 || k > MAX_GAP_DAYS_OFF) {
      throw new SolverModelError(`gap penalty daysOff must be an integer in 1..${MAX_GAP_DAYS_OFF}, got ${k}`);
    }
    return { s: shiftOf(p.from, 'gap penalty'), t: shiftOf(p.to, 'gap penalty'), k, w: nonNegativeInt(p.weight, 'gap penalty weight', 0) };
  });
  let T = 0;
  let G = 0;
  for (const g of gaps) {
    if (g.w === 0) continue;
    if (gapTag[g.s] === 0) gapTag[g.s] = ++T;
    G = Math.max(G, g.k);
  }
  if (T === 0) return { gapTag, G: 0, gapPen: null };
  const gapPen = new Int32Array((T + 1) * (G + 1) * S);
  for (const g of gaps) if (g.w > 0) gapPen[(gapTag[g.s] * (G + 1) + g.k) * S + g.t] += g.w;
  return { gapTag, G, gapPen };
}

/** Penalty of requirement r when n people count towards it. */
export function coverPenalty(cm: CompiledModel, r: number, n: number): number {
  let p = 0;
  if (n < cm.reqMin[r]) p += cm.reqMinW[r] * (cm.reqMin[r] - n);
  const t = cm.reqTarget[r];
  if (n < t) p += cm.reqUnder[r] * (t - n);
  else p += cm.reqOver[r] * (n - t);
  return p;
}

/** Whether employee e counts towards requirement r when working its cell. */
export function countsFor(cm: CompiledModel, e: number, r: number): boolean {
  const k = cm.reqSkill[r];
  return k < 0 || cm.empSkill[e * cm.K + k] === 1;
}
