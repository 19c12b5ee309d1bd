// Exact best response of one employee over a window of days [a, b], everything else fixed:
// a dynamic programme over (last value, run length — with the weekly rest's state —, minutes
// worked in the window, weekends newly worked, binding caps, a fair-share counter, unmet requests
// counted). Every hard rule touching the window is enforced (max rules as constraints, minimum
// rules and weekly rest as a penalty of `bigM` per minute short, so a roster that starts
// infeasible is driven to feasibility and a feasible one never becomes infeasible). Per-type caps
// that bind inside the window and do not fit the counter are handled by Lagrangian prices with a
// final check. The employee's cells in the window must be OFF in `state` when this is called (the
// caller lifts them first).
import { BLOCK_DAY_MINUTES, DAY_MINUTES, OFF, coverPenalty, countsFor, type CompiledModel } from './compile-model';
import type { RosterState } from './roster-state';
import type { PricedJob, PricingJob, RowPricer } from './row-pricer';
import { completionBounds, completionSize, relaxedRow, type CompletionInput } from './completion-bound';
import { longestUnfinishedRest, restInWeek, restMetBy, restOriginBefore, weeklyRestTouches } from './weekly-rest';

const INF = Number.POSITIVE_INFINITY;
/** Largest product of (remaining cap + 1) over binding shift types tracked exactly. */
const MAX_CAP_STATES = 48;
/** Largest saturating counter of a fair share tracked exactly (its free shifts + 1). */
const MAX_SHARE_STATES = 16;
/** Largest counter of unmet requests tracked exactly (the window's possible misses + 1). */
const MAX_MISS_STATES = 12;
/** Most values of a window's completion bounds (32 MB); a larger window's DP runs unbounded. */
const MAX_BOUND_VALUES = 1 << 22;
/**
 * Bounds are computed for every (run, minutes) state, reached or not, while the DP expands only
 * the states it reaches: they pay where the DP's layer is several times theirs (the weekend, cap,
 * share and miss counters of a whole-period call), not where it is about theirs (measured with the
 * neighbourhood search's short windows bounded: fewer iterations on Instance23 and on the
 * 200-employee pool, which is why only pricing bounds).
 */
const MIN_LAYER_TO_BOUND = 4;

/**
 * A fair share counted in the DP's state: shifts of `mask` in the window, 0 … `top`. With `upper`,
 * top is the shifts left before the share (each one more costs `over`); without, it is `need`, the
 * shifts still short of the floor, and the count saturates there. A row ending below `need` pays
 * `under` per shift short.
 */
interface ShareTrack {
  mask: Uint8Array;
  top: number;
  upper: boolean;
  over: number;
  need: number;
  under: number;
}

/**
 * Unmet `spread` requests counted in the DP's state (see SolverModel unmetRequestStep): the
 * misses of each window cell's value (`miss`, like the cell costs: i*V + v + 1) and the count so
 * far, 0 … `top`; the j-th miss inside the window costs `step` × (j − 1) on top of the price that
 * the misses outside it put on every miss.
 */
interface MissTrack {
  miss: Uint8Array;
  top: number;
  step: number;
}

/** What k more misses cost a row that has missed m in the window (m saturating at `top`). */
function missCost(track: MissTrack, m: number, k: number): number {
  let c = 0;
  for (let j = 0; j < k; j++) c += Math.min(m + j, track.top);
  return track.step * c;
}

interface CapCounter {
  C: number;
  radix: Int32Array;
  capMax: Int32Array;
}

/** Caps that can bind in the window: more allowed days for the type than shifts of it left. */
function bindingCaps(S: number, remCap: Int32Array, capUse: Int32Array): number[] {
  const binding: number[] = [];
  for (let s = 0; s < S; s++) if (capUse[s] > remCap[s]) binding.push(s);
  return binding;
}

/**
 * The caps `types` are tracked exactly, in that order, as a mixed-radix counter while it stays
 * within `maxStates`; those that do not fit are `priced` (Lagrangian) and, if pricing fails,
 * ruled out in the window.
 */
function capCounter(S: number, remCap: Int32Array, types: number[], maxStates: number): { caps: CapCounter; priced: number[] } {
  const radix = new Int32Array(S);
  const capMax = new Int32Array(S);
  let C = 1;
  const priced: number[] = [];
  for (const s of types) {
    if (C * (remCap[s] + 1) <= maxStates) {
      radix[s] = C;
      capMax[s] = remCap[s];
      C *= remCap[s] + 1;
    } else priced.push(s);
  }
  return { caps: { C, radix, capMax }, priced };
}

function capStates(remCap: Int32Array, types: number[]): number {
  return types.reduce((C, s) => C * (remCap[s] + 1), 1);
}

const byRemainingCap = (remCap: Int32Array) => (x: number, y: number) => remCap[x] - remCap[y];

/** The k cheapest end states offered (ties to the lowest state), cheapest first. */
class RunnerUps {
  private readonly cost: number[] = [];
  private readonly idx: number[] = [];

  constructor(private readonly k: number) {}

  offer(cost: number, idx: number): void {
    let at = this.cost.length;
    while (at > 0 && (cost < this.cost[at - 1] || (cost === this.cost[at - 1] && idx < this.idx[at - 1]))) at--;
    if (at >= this.k) return;
    this.cost.splice(at, 0, cost);
    this.idx.splice(at, 0, idx);
    if (this.cost.length > this.k) {
      this.cost.pop();
      this.idx.pop();
    }
  }

  ends(): number[] {
    return this.idx;
  }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * A run state of the DP, decoded: run length, last shift (−1 off), weekly-rest origin (off), week
 * met (work), gap tag (off: the tag of the shift before the days off while a gap penalty can
 * still follow them, else 0), days in a row of run-penalised types ending here (work, at most
 * runMax).
 */
interface RunState {
  r: number;
  s: number;
  origin: number;
  met: number;
  tag: number;
  c: number;
}

/**
 * Decodes run state `st` of `run`'s encoding: off states are ((r − 1)·O + origin)·TG + tag, work
 * states OFFN + (((s·RW + r − 1)·NC + c)·DW + met); without weekly rest O = DW = 1 (origin 0,
 * met 1), without gap penalties TG = 1 (tag 0), without a run penalty NC = 1 (c 0).
 */
function decodeRun(st: number, OFFN: number, O: number, TG: number, NC: number, DW: number, RW: number, out: RunState): void {
  out.tag = 0;
  out.c = 0;
  if (st < OFFN) {
    const untagged = TG === 1 ? st : (st / TG) | 0;
    out.tag = st - untagged * TG;
    const q = (untagged / O) | 0;
    out.r = q + 1;
    out.s = -1;
    out.origin = untagged - q * O;
    out.met = 1;
    return;
  }
  let w = st - OFFN;
  out.met = 1;
  if (DW === 2) {
    out.met = w & 1;
    w >>= 1;
  }
  if (NC > 1) {
    const q = (w / NC) | 0;
    out.c = w - q * NC;
    w = q;
  }
  const s = (w / RW) | 0;
  out.s = s;
  out.r = w - s * RW + 1;
  out.origin = 0;
}

/** A cell of `fixedCells` (pricing in a dive) that is not fixed: any shift or off. */
export const FREE_CELL = -2;

/** The back pointer of state `idx` among a day's reached states (sorted), by binary search. */
function backOf(states: Int32Array, backs: Int32Array, idx: number): number {
  let lo = 0;
  let hi = states.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (states[mid] < idx) lo = mid + 1;
    else hi = mid;
  }
  return backs[lo];
}

/**
 * Most days a row of n days can work when runs of work are at most `cap` days long and separated
 * by at least `gap` days off: k runs give at most min(k·cap, n − (k − 1)·gap).
 */
function mostWorkDays(n: number, cap: number, gap: number): number {
  if (cap <= 0 || n <= 0) return 0;
  if (cap >= n) return n;
  const k = Math.ceil((n + gap) / (cap + gap));
  const runs = (j: number) => (j < 1 ? 0 : Math.min(j * cap, n - (j - 1) * gap));
  return Math.max(runs(k - 1), runs(k));
}

/**
 * most[i]: an upper bound on the minutes employee e can work on window days i..L−1 of a legal row
 * (most[L] = 0): each day's longest allowed shift, summed, or times the most days the run rules
 * leave, whichever is smaller.
 */
function mostMinutesAfter(cm: CompiledModel, e: number, allowedList: number[][]): Float64Array {
  const L = allowedList.length;
  const cap = cm.maxCons[e] < cm.H ? cm.maxCons[e] : L;
  const gap = Math.max(1, cm.minOff[e]);
  const most = new Float64Array(L + 1);
  let sum = 0;
  let longest = 0;
  for (let i = L - 1; i >= 0; i--) {
    let day = 0;
    for (const s of allowedList[i]) day = Math.max(day, cm.shiftMinutes[s]);
    sum += day;
    longest = Math.max(longest, day);
    most[i] = Math.min(sum, mostWorkDays(L - i, cap, gap) * longest);
  }
  return most;
}

/**
 * States per day of employee e in the dynamic programme, minutes and weekends aside: off runs
 * (with where the open weekly rest began, when the employee has weekly rest), work runs (with
 * whether it is met), times a fair-share counter and an unmet-request counter.
 */
function runStates(cm: CompiledModel, e: number): number {
  return runStatesOnly(cm, e) * shareStates(cm, e) * missStates(cm, e);
}

/** The most states an unmet-request counter adds: one more than the days with a `spread` request. */
function missStates(cm: CompiledModel, e: number): number {
  const miss = cm.requestMiss;
  if (!miss || cm.unmetStep[e] === 0) return 1;
  const V = cm.S + 1;
  let days = 0;
  for (let d = 0; d < cm.H; d++) {
    const base = (e * cm.H + d) * V;
    for (let v = 0; v < V; v++) {
      if (miss[base + v]) {
        days++;
        break;
      }
    }
  }
  return Math.min(MAX_MISS_STATES, days + 1);
}

/** The most states a fair-share counter adds (the first weighted group, as `planShares` tracks it). */
function shareStates(cm: CompiledModel, e: number): number {
  for (let g = cm.shareStart[e]; g < cm.shareStart[e + 1]; g++) {
    if (cm.shareWeight[g] > 0 || cm.shareUnderWeight[g] > 0) return Math.min(MAX_SHARE_STATES, cm.shareCap[g] + 1);
  }
  return 1;
}

/** Values of the weekend counter of a whole-period call (count × flag), 1 when it is not tracked. */
function weekendStates(cm: CompiledModel, e: number): number {
  const tracked = cm.maxWeekends[e] < cm.nWeekends || (cm.weekendStep[e] > 0 && cm.nWeekends > 0);
  return tracked ? (Math.min(cm.maxWeekends[e], cm.nWeekends) + 1) * 2 : 1;
}

function runStatesOnly(cm: CompiledModel, e: number): number {
  const RW = cm.maxCons[e] < cm.H ? Math.max(1, cm.maxCons[e]) : cm.minCons[e];
  const TG = gapTags(cm);
  const NC = runCounts(cm, e);
  if (cm.wrMinutes[e] === 0) return Math.max(cm.minOff[e], cm.G) * TG + cm.S * RW * NC;
  return Math.max(cm.minOff[e], longestUnfinishedRest(cm, e), cm.G) * (cm.S + 2) * TG + cm.S * RW * NC * 2;
}

/** Values of the run-penalty counter in employee e's work states: 0 … runMax, or 1 when e works none of its types. */
function runCounts(cm: CompiledModel, e: number): number {
  if (cm.runWeight === 0) return 1;
  for (let s = 0; s < cm.S; s++) if (cm.runType[s] && cm.eligible[e * cm.S + s]) return cm.runMax + 1;
  return 1;
}

/** Tags an off state can carry: 0 (no gap penalty can follow) and one per shift type that starts a gap. */
function gapTags(cm: CompiledModel): number {
  return cm.gapPen ? cm.gapPen.length / ((cm.G + 1) * cm.S) : 1;
}

export interface WindowNoise {
  next(): number;
  amplitude: number;
}

export class WindowOptimizer implements RowPricer {
  private costA = new Float64Array(0);
  private costB = new Float64Array(0);
  private back = new Int32Array(0);
  /** The states reached on the current and the next day: the layers are sparse, and only these are expanded. */
  private activeA = new Int32Array(0);
  private activeB = new Int32Array(0);
  private cell = new Float64Array(0);
  /**
   * Pricing only: rows short of the period minimum are no columns, so states that can no longer
   * reach it are dropped (the search's calls keep them, penalised, to repair infeasible rosters).
   */
  private strictMinimum = false;
  /**
   * Whether the last call's row is optimal (the DP's value is its minimum): false when a binding
   * cap had to be priced instead of tracked, which may miss the best row.
   */
  lastExact = true;
  /**
   * Whole-row repair only: binding caps are priced, never counted, and back pointers are kept
   * for the reached states alone (`sparseBack`), so that a year of one employee fits in memory.
   */
  private countCaps = true;
  private sparseBack = false;
  private backDay = new Int32Array(0);
  /** The fair share tracked in this call's state (see ShareTrack). */
  private shareTrack: ShareTrack | null = null;
  /** The unmet requests counted in this call's state (see MissTrack). */
  private missTrack: MissTrack | null = null;
  /** Construction only: bounds on the window's minutes that spread work pro rata. */
  private pace: { lo: number; hi: number } | null = null;
  /** Per minute below the pace: above any cover gain, far below a broken hard rule. */
  private static readonly PACE_WEIGHT = 1;
  /**
   * Pricing bounds its DP (completion-bound.ts): a state whose cost plus the least its row can
   * still cost is no lower than a known row's is dropped. The known rows are the caller's
   * (`knownRow`: the employee's cheapest column) and a best row of the bound's relaxation, each
   * costed by this DP; a pass whose best row costs more than the row it had to beat runs again
   * without bounds, so bounding changes the DP's speed, never the cost of its row.
   */
  private bounding = false;
  private knownRow: Int16Array | null = null;
  private boundBuffer = new Float64Array(0);
  /** The cost of the last pass's best row, and the cost its row had to beat (INF: none). */
  private lastCost = INF;
  private lastLimit = INF;
  /** Bounded passes that found no row at or below their limit and ran again in full (tests: 0). */
  repeatedPasses = 0;
  /** How much larger than the bounds the DP's states must be for a pass to be bounded (tests: 0). */
  minLayerToBound = MIN_LAYER_TO_BOUND;

  /** Penalty per minute of shortfall of the minimum rules; the solver may lower it. */
  bigM: number;

  /** Largest product of cap counters one call counts; beyond it caps are priced (tests lower it). */
  maxCapStates = MAX_CAP_STATES;

  /**
   * Pricing: how many next-best rows, each ending in another state of the DP's last day, the last
   * call keeps in `lastAlternatives` beside its best row (for column generation; they are not
   * checked against caps the call priced or left out, so the caller checks them).
   */
  alternatives = 0;
  lastAlternatives: Int16Array[] = [];

  constructor(private readonly cm: CompiledModel, bigM: number) {
    this.bigM = bigM;
  }

  /** Rough number of DP cells for a window of `len` days of employee e (to size windows). */
  estimate(e: number, len: number): number {
    const cm = this.cm;
    const ns = runStates(cm, e);
    let g = 0;
    let maxLen = 0;
    for (let s = 0; s < cm.S; s++) {
      if (!cm.eligible[e * cm.S + s] || cm.shiftMinutes[s] === 0) continue;
      g = gcd(g, cm.shiftMinutes[s]);
      maxLen = Math.max(maxLen, cm.shiftMinutes[s]);
    }
    const u = g > 0 ? Math.floor((len * maxLen) / g) + 1 : 1;
    return ns * u * 4 * len * (cm.S + 1);
  }

  /**
   * The cells a whole-period call for employee e on an empty roster keeps in memory (its back
   * pointers: states per day × days): sizes the exact phase before it allocates them.
   */
  wholePeriodCells(e: number): number {
    const cm = this.cm;
    const { H, S } = cm;
    const NS = runStates(cm, e);
    const remCap = new Int32Array(S);
    const capUse = new Int32Array(S);
    let g = 0;
    let most = 0;
    for (let d = 0; d < H; d++) {
      let longest = 0;
      for (let s = 0; s < S; s++) {
        if (!cm.allowed[(e * H + d) * S + s]) continue;
        capUse[s]++;
        if (cm.shiftMinutes[s] > 0) g = gcd(g, cm.shiftMinutes[s]);
        longest = Math.max(longest, cm.shiftMinutes[s]);
      }
      most += longest;
    }
    for (let s = 0; s < S; s++) remCap[s] = cm.maxByType[e * S + s];
    const U = g > 0 ? Math.floor(Math.min(cm.maxMinutes[e], most) / g) + 1 : 1;
    const WKW = weekendStates(cm, e);
    const binding = bindingCaps(S, remCap, capUse).sort(byRemainingCap(remCap));
    return NS * U * WKW * capCounter(S, remCap, binding, MAX_CAP_STATES).caps.C * H;
  }

  /** `force` pins one day of the window to a shift (an ejection: cover this cell, then adapt). */
  optimize(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    noise?: WindowNoise,
    force?: { day: number; shift: number },
    pace?: { lo: number; hi: number },
  ): Int16Array | null {
    this.pace = pace ?? null;
    this.strictMinimum = false;
    const cm = this.cm;
    // The exact change of cover penalty (and guidance) with the employee lifted from the window.
    const coverCost = (r: number): number => {
      const n = state.reqCount[r];
      const change = coverPenalty(cm, r, n + 1) - coverPenalty(cm, r, n);
      return n < cm.reqTarget[r] ? change - state.guide[r] : change;
    };
    return this.solveWindow(state, e, a, b, coverCost, noise, force);
  }

  /**
   * Column-generation pricing: employee e's best row over days a..b when each cell earns
   * `reward[r]` for every requirement r it counts for (the master LP's duals), on top of the
   * employee's own costs (requests, successions, contract hours), with the rest of the row as in
   * `state`. The employee's cells in the window must be OFF in `state`. `fixedCells` (one per
   * window day: FREE_CELL, OFF or a shift) are the cells a dive fixed, which the row keeps.
   */
  priceColumn(
    state: RosterState,
    e: number,
    reward: Float64Array,
    a = 0,
    b = this.cm.H - 1,
    fixedCells?: Int16Array,
    hint?: Int16Array,
  ): Int16Array | null {
    this.pace = null;
    this.strictMinimum = true;
    return this.solveWindow(state, e, a, b, (r) => -reward[r], undefined, undefined, fixedCells, hint);
  }

  /** Prices the jobs one after another (`RowPricer`): `priceColumn` for each. */
  priceRows(
    frame: RosterState,
    jobs: readonly PricingJob[],
    reward: Float64Array,
    a: number,
    b: number,
    stop?: () => boolean,
  ): (PricedJob | undefined)[] {
    const out: (PricedJob | undefined)[] = new Array(jobs.length).fill(undefined);
    for (let k = 0; k < jobs.length; k++) {
      if (stop?.()) break;
      this.alternatives = jobs[k].alternatives ?? 0;
      const row = this.priceColumn(frame, jobs[k].e, reward, a, b, jobs[k].fixed, jobs[k].hint);
      out[k] = { row, exact: this.lastExact, alternatives: this.lastAlternatives };
      this.alternatives = 0;
    }
    return out;
  }

  /**
   * The repair of last resort for an employee below the period minimum whom no window can lift
   * (the row's rhythm must change over months): employee e's best whole-period row among those
   * that meet the minimum, everything else fixed, or null. States that can no longer reach the
   * minimum are dropped (as in pricing), binding caps are priced, and only reached states keep
   * back pointers. The employee's row must be OFF in `state`.
   */
  repairRow(state: RosterState, e: number): Int16Array | null {
    const cm = this.cm;
    this.pace = null;
    this.strictMinimum = true;
    this.countCaps = false;
    this.sparseBack = true;
    try {
      return this.solveWindow(state, e, 0, cm.H - 1, (r) => {
        const n = state.reqCount[r];
        return coverPenalty(cm, r, n + 1) - coverPenalty(cm, r, n);
      });
    } finally {
      this.countCaps = true;
      this.sparseBack = false;
      this.strictMinimum = false;
    }
  }

  /** DP states per day of a whole-row repair of employee e (its cost arrays' length). */
  repairRowStates(e: number): number {
    const cm = this.cm;
    let most = 0;
    let g = 0;
    for (let d = 0; d < cm.H; d++) {
      let longest = 0;
      for (let s = 0; s < cm.S; s++) {
        if (!cm.allowed[(e * cm.H + d) * cm.S + s]) continue;
        longest = Math.max(longest, cm.shiftMinutes[s]);
        if (cm.shiftMinutes[s] > 0) g = gcd(g, cm.shiftMinutes[s]);
      }
      most += longest;
    }
    const U = g > 0 ? Math.floor(Math.min(cm.maxMinutes[e], most) / g) + 1 : 1;
    const WKW = weekendStates(cm, e);
    return runStates(this.cm, e) * U * WKW;
  }

  /** Fills the window's cell costs (requests + `coverCost` of each requirement counted) and solves. */
  private solveWindow(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    coverCost: (r: number) => number,
    noise?: WindowNoise,
    force?: { day: number; shift: number },
    fixedCells?: Int16Array,
    hint?: Int16Array,
  ): Int16Array | null {
    const cm = this.cm;
    const { H, S } = cm;
    const L = b - a + 1;
    const row = e * H;
    const V = S + 1;
    // Days the row must work: a forced cell, or a cell a dive fixed to a shift.
    let offBanned: Uint8Array | null = null;
    if (force || fixedCells) {
      offBanned = new Uint8Array(L);
      if (force) offBanned[force.day - a] = 1;
      if (fixedCells) for (let i = 0; i < L; i++) if (fixedCells[i] >= 0) offBanned[i] = 1;
    }
    if (this.cell.length < L * V) this.cell = new Float64Array(L * V * 2);
    const cell = this.cell;
    const allowedList: number[][] = [];
    const remCap = new Int32Array(S);
    for (let s = 0; s < S; s++) remCap[s] = cm.maxByType[e * S + s] - state.typeCount[e * S + s];
    const capUse = new Int32Array(S);
    const shares = this.planShares(state, e, a, b, remCap);
    const sharePrice = shares.price;
    for (let i = 0; i < L; i++) {
      const d = a + i;
      const base = (row + d) * V;
      cell[i * V] = cm.requestCost[base];
      const list: number[] = [];
      for (let s = 0; s < S; s++) {
        if (!cm.allowed[(row + d) * S + s] || remCap[s] <= 0) continue;
        if (force && force.day === d && force.shift !== s) continue;
        if (fixedCells && fixedCells[i] !== FREE_CELL && fixedCells[i] !== s) continue;
        list.push(s);
        capUse[s]++;
        let c = cm.requestCost[base + s + 1];
        if (sharePrice) c += sharePrice[s];
        const cc = d * S + s;
        for (let j = cm.cellReqStart[cc]; j < cm.cellReqStart[cc + 1]; j++) {
          const r = cm.cellReqIdx[j];
          if (countsFor(cm, e, r)) c += coverCost(r);
        }
        if (noise) c += noise.next() * noise.amplitude;
        cell[i * V + s + 1] = c;
      }
      allowedList.push(list);
    }
    const missesExact = this.planMisses(state, e, a, b, allowedList, offBanned);
    // Pricing bounds its DP; whole-row repairs do not (a year's bounds would not fit).
    this.bounding = this.strictMinimum && !this.sparseBack;
    this.knownRow = this.bounding ? (hint ?? null) : null;
    try {
      const best = this.solveWithCaps(state, e, a, b, allowedList, remCap, capUse, offBanned);
      if (!shares.exact || !missesExact) this.lastExact = false;
      return best;
    } finally {
      this.knownRow = null;
      this.bounding = false;
    }
  }

  /**
   * What `row` (one value per window day) costs in this call's DP with the caps `caps` counts, or
   * INF when it is not a row of the call (a value not allowed, a hard rule broken).
   */
  private costOfRow(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    row: Int16Array,
    allowedList: number[][],
    offBanned: Uint8Array | null,
    caps: CapCounter,
  ): number {
    const L = b - a + 1;
    const only: number[][] = [];
    const mustWork = new Uint8Array(L);
    for (let i = 0; i < L; i++) {
      const v = row[i];
      if (v !== OFF && !allowedList[i].includes(v)) return INF;
      if (v === OFF && offBanned && offBanned[i]) return INF;
      only.push(v === OFF ? [] : [v]);
      mustWork[i] = v === OFF ? 0 : 1;
    }
    return this.runPass(state, e, a, b, only, null, mustWork, caps, false, allowedList) ? this.lastCost : INF;
  }

  /**
   * The limit of a bounded pass: the cost of the cheapest of the known rows (the caller's and the
   * relaxation's best), a little above it for rounding, or INF when neither is a row of the pass.
   * With next-best rows asked for, the relaxation's row is left out: rows above the best, which
   * it would drop, are what the caller wants then; those worth a column still cost less than the
   * caller's row.
   */
  private costToBeat(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    allowedList: number[][],
    offBanned: Uint8Array | null,
    caps: CapCounter,
    relaxed: Int16Array | null,
  ): number {
    let toBeat = INF;
    if (this.knownRow) toBeat = this.costOfRow(state, e, a, b, this.knownRow, allowedList, offBanned, caps);
    if (relaxed && this.alternatives === 0)
      toBeat = Math.min(toBeat, this.costOfRow(state, e, a, b, relaxed, allowedList, offBanned, caps));
    return toBeat < INF ? toBeat + 1e-9 * Math.abs(toBeat) + 1e-7 : INF;
  }

  /**
   * Unmet `spread` requests: each miss in the window costs the step per miss outside it (a price
   * on the cells), and per miss before it inside the window, counted in the DP state where two or
   * more can happen. Exact unless the window could miss more than the counter holds.
   */
  private planMisses(state: RosterState, e: number, a: number, b: number, allowedList: number[][], offBanned: Uint8Array | null): boolean {
    const cm = this.cm;
    const { H, S } = cm;
    const V = S + 1;
    this.missTrack = null;
    const all = cm.requestMiss;
    const step = cm.unmetStep[e];
    if (!all || step === 0) return true;
    const L = b - a + 1;
    const row = e * H;
    let outside = 0;
    for (let d = 0; d < H; d++) if (d < a || d > b) outside += all[(row + d) * V + state.x[row + d] + 1];
    const miss = new Uint8Array(L * V);
    const cell = this.cell;
    let possible = 0;
    for (let i = 0; i < L; i++) {
      const base = (row + a + i) * V;
      let most = cm.offAllowed[row + a + i] && !(offBanned && offBanned[i]) ? all[base] : 0;
      miss[i * V] = all[base];
      cell[i * V] += step * outside * all[base];
      for (const s of allowedList[i]) {
        const k = all[base + s + 1];
        miss[i * V + s + 1] = k;
        cell[i * V + s + 1] += step * outside * k;
        most = Math.max(most, k);
      }
      possible += most;
    }
    if (possible < 2) return true;
    this.missTrack = { miss, top: Math.min(possible, MAX_MISS_STATES - 1), step };
    return possible < MAX_MISS_STATES;
  }

  /**
   * Fair shares (a soft band on the count of a group of shift types): a group whose share is used
   * up outside the window costs its weight per shift (a price); one the window could go beyond, or
   * whose floor the window must still reach, is tracked exactly as a saturating counter in the DP
   * state (one group, while small); any other group is left out, an estimate, so the row is then
   * not claimed optimal (the search accepts on the exact score).
   */
  private planShares(state: RosterState, e: number, a: number, b: number, remCap: Int32Array): { price: Float64Array | null; exact: boolean } {
    const cm = this.cm;
    const { H, S } = cm;
    this.shareTrack = null;
    if (cm.shareStart[e] === cm.shareStart[e + 1]) return { price: null, exact: true };
    const price = new Float64Array(S);
    let exact = true;
    for (let g = cm.shareStart[e]; g < cm.shareStart[e + 1]; g++) {
      const over = cm.shareWeight[g];
      const under = cm.shareUnderWeight[g];
      if (over === 0 && under === 0) continue;
      const mask = cm.shareTypes.subarray(g * S, g * S + S);
      let outside = 0;
      for (let s = 0; s < S; s++) if (mask[s]) outside += state.typeCount[e * S + s];
      const free = cm.shareCap[g] - outside;
      // The floor is at most the share, so a share used up leaves nothing short.
      if (free <= 0) {
        for (let s = 0; s < S; s++) if (mask[s]) price[s] += over;
        continue;
      }
      const need = under > 0 ? Math.max(0, cm.shareFloor[g] - outside) : 0;
      let possible = 0;
      for (let d = a; d <= b; d++) {
        for (let s = 0; s < S; s++) {
          if (mask[s] && remCap[s] > 0 && cm.allowed[(e * H + d) * S + s]) {
            possible++;
            break;
          }
        }
      }
      const upper = over > 0 && possible > free;
      if (!upper && need === 0) continue;
      const top = upper ? free : need;
      if (!this.shareTrack && top < MAX_SHARE_STATES) this.shareTrack = { mask, top, upper, over, need, under };
      else exact = false;
    }
    return { price, exact };
  }

  private solveWithCaps(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    allowedList: number[][],
    remCap: Int32Array,
    capUse: Int32Array,
    offBanned: Uint8Array | null,
  ): Int16Array | null {
    const cm = this.cm;
    const { H, S } = cm;
    const L = b - a + 1;
    const row = e * H;
    const M = this.bigM;
    const V = S + 1;
    const cell = this.cell;
    const overCaps = (res: Int16Array, types: number[]): number[] => {
      const used = new Int32Array(S);
      for (let i = 0; i < L; i++) if (res[i] !== OFF) used[res[i]]++;
      return types.filter((s) => used[s] > remCap[s]);
    };
    const binding = bindingCaps(S, remCap, capUse);
    // Counting caps multiplies the DP's states by their product (Instance13's three night caps:
    // 36). So caps are added lazily: the DP without a cap solves a relaxation, and a best row of it
    // that keeps the cap anyway is a best row; only the caps such a row breaks are counted next.
    let counted: number[] = [];
    let broken: number[] = [];
    if (this.countCaps) {
      for (;;) {
        const res = this.run(state, e, a, b, allowedList, null, offBanned, capCounter(S, remCap, counted, this.maxCapStates).caps);
        if (!res) return null;
        broken = overCaps(res, binding.filter((s) => !counted.includes(s)));
        if (broken.length === 0) {
          this.lastExact = true;
          return res;
        }
        const next = [...counted, ...broken];
        if (capStates(remCap, next) > this.maxCapStates) break;
        counted = next;
      }
    }
    // Too many to count: the caps known to bite first, then the others by how few shifts are left.
    const order = [...counted, ...broken.sort(byRemainingCap(remCap))];
    order.push(...binding.filter((s) => !order.includes(s)).sort(byRemainingCap(remCap)));
    const { caps, priced } = capCounter(S, remCap, order, this.countCaps ? this.maxCapStates : 1);
    this.lastExact = priced.length === 0;
    if (priced.length === 0) return this.run(state, e, a, b, allowedList, null, offBanned, caps);

    const price = new Float64Array(S);
    let step = 1;
    for (let i = 0; i < L * V; i++) step = Math.max(step, Math.abs(cell[i]));
    step = Math.min(step, M / 4);
    const countOver = (res: Int16Array): number[] => overCaps(res, priced);
    for (let round = 0; round < 6; round++) {
      const res = this.run(state, e, a, b, allowedList, price, offBanned, caps);
      if (!res) return null;
      const over = countOver(res);
      if (over.length === 0) {
        // Unpriced, the DP solved a relaxation (the priced caps left out): a best row of it that
        // keeps them anyway is a best row. Priced, it may not be (a Lagrangian gap).
        if (round === 0) this.lastExact = true;
        return res;
      }
      for (const s of over) price[s] += (step * (1 << round)) / 4;
    }
    // Last resort: the priced types that still overflow are not used in this window (except on
    // fixed days), which always respects the caps.
    const res = this.run(state, e, a, b, allowedList, price, offBanned, caps);
    if (!res) return null;
    const over = countOver(res);
    if (over.length === 0) return res;
    for (let i = 0; i < L; i++) {
      if (cm.fixed[row + a + i] >= 0) continue;
      allowedList[i] = allowedList[i].filter((s) => !over.includes(s));
    }
    const safe = this.run(state, e, a, b, allowedList, price, offBanned, caps);
    return safe && countOver(safe).length === 0 ? safe : null;
  }

  /**
   * The DP over the window, bounded first when pricing (not with Lagrangian cap prices, which the
   * known rows' costs leave out); a bounded pass whose best row costs more than the row it had to
   * beat may have dropped a better one, so the DP runs again in full.
   */
  private run(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    allowedList: number[][],
    price: Float64Array | null,
    offBanned: Uint8Array | null,
    caps: CapCounter,
  ): Int16Array | null {
    if (this.bounding && price === null) {
      const res = this.runPass(state, e, a, b, allowedList, price, offBanned, caps, true);
      // Without a row to beat, only states that no row can complete were dropped.
      if (res ? this.lastCost <= this.lastLimit : this.lastLimit === INF) return res;
      this.repeatedPasses++;
    }
    return this.runPass(state, e, a, b, allowedList, price, offBanned, caps, false);
  }

  /** One forward pass of the DP (`run`'s arguments), with completion bounds when `bounded`. */
  private runPass(
    state: RosterState,
    e: number,
    a: number,
    b: number,
    allowedList: number[][],
    price: Float64Array | null,
    offBanned: Uint8Array | null,
    caps: CapCounter,
    bounded: boolean,
    /** The lists that shape the minutes dimension (the call's own, when a pass costs one row of it). */
    minutesShape: number[][] = allowedList,
  ): Int16Array | null {
    this.lastAlternatives = [];
    const cm = this.cm;
    const { H, S } = cm;
    const L = b - a + 1;
    const row = e * H;
    const x = state.x;
    const M = this.bigM;
    const V = S + 1;
    const cell = this.cell;

    const maxCons = cm.maxCons[e];
    const minCons = cm.minCons[e];
    const minOff = cm.minOff[e];
    const exact = maxCons < H;
    const RW = exact ? Math.max(1, maxCons) : minCons;
    // Weekly rest (only when a checked week meets the window): off states also record where the
    // open rest began — origin 0 when the week's rest is already met, 1 + s after shift s, WEEK
    // when it runs from the week's start — and work states whether the week's rest is met.
    const need = weeklyRestTouches(cm, e, a, b) ? cm.wrMinutes[e] : 0;
    const wr = need > 0;
    // Gap penalties: off runs up to G days long also carry the tag of the shift before them.
    const G = cm.G;
    const gapPen = cm.gapPen;
    const gapTag = cm.gapTag;
    const TG = gapTags(cm);
    const RO = Math.max(wr ? Math.max(minOff, longestUnfinishedRest(cm, e)) : minOff, G);
    const O = wr ? S + 2 : 1;
    const WEEK = S + 1;
    const DW = wr ? 2 : 1;
    const OFFN = RO * O * TG;
    // Run penalty: work states also count the days in a row of its types, up to K (= "K or more").
    const NC = runCounts(cm, e);
    const K = cm.runMax;
    const runType = cm.runType;
    const runWeight = NC > 1 ? cm.runWeight : 0;
    const NS = OFFN + S * RW * NC * DW;
    const run: RunState = { r: 0, s: -1, origin: 0, met: 1, tag: 0, c: 0 };
    const restStart = cm.wrRestStart.subarray(e * S, e * S + S);
    const shiftStart = cm.shiftStart;

    // Minutes dimension, only when some minutes rule can bind inside the window.
    const outside = state.minutes[e];
    let hiW = cm.maxMinutes[e] - outside;
    let loW = cm.minMinutes[e] - outside;
    if (hiW < 0) return null;
    let paceLo = -Infinity;
    if (this.pace) {
      // Later chunks are still empty, so the period minimum cannot be judged yet: the pace
      // (a soft pro-rata target) stands in for it, and no rule is broken to meet it.
      hiW = Math.max(0, Math.min(hiW, this.pace.hi));
      paceLo = this.pace.lo;
      loW = 0;
    }
    let g = 0;
    let maxPossible = 0;
    // From the call's lists, so that a pass costing one row of the call costs it as the call does.
    for (let i = 0; i < L; i++) {
      let best = 0;
      for (const s of minutesShape[i]) {
        const m = cm.shiftMinutes[s];
        if (m > 0) g = gcd(g, m);
        best = Math.max(best, m);
      }
      maxPossible += best;
    }
    const tw = cm.targetWeight[e];
    const trackMinutes = g > 0 && (tw > 0 || loW > 0 || paceLo > 0 || hiW < maxPossible);
    const U = trackMinutes ? Math.floor(Math.min(hiW, maxPossible) / g) + 1 : 1;
    const uLen = new Int32Array(S);
    if (trackMinutes) for (let s = 0; s < S; s++) uLen[s] = cm.shiftMinutes[s] / g;

    // Weekend dimension: count of weekends newly worked inside the window, plus a flag saying
    // whether the weekend being crossed already counts.
    const nW = cm.nWeekends;
    const remW = cm.maxWeekends[e] - state.weekendsWorked(e);
    if (remW < 0) return null;
    let newWeekends = 0;
    for (let i = 0; i < L; i++) {
      const k = cm.weekendOfDay[a + i];
      if (k >= 0 && (i === 0 || cm.weekendOfDay[a + i - 1] !== k) && state.weekendCells[e * nW + k] === 0) newWeekends++;
    }
    // Counted when the cap can bind, or when each weekend costs more than the one before it.
    const weekendStep = cm.weekendStep[e];
    const weekendsBefore = state.weekendsWorked(e);
    const trackWeekends = remW < newWeekends || (weekendStep > 0 && newWeekends > 0);
    const WKW = trackWeekends ? (Math.min(remW, newWeekends) + 1) * 2 : 1;
    const { C, radix, capMax } = caps;
    // The last dimension combines the weekend state, the cap counter, the fair-share counter and
    // the unmet-request counter: aux = ((w * C + c) * SH + f) * MS + m.
    const share = this.shareTrack;
    const SH = share ? share.top + 1 : 1;
    const misses = this.missTrack;
    const MS = misses ? misses.top + 1 : 1;
    const WK = WKW * C * SH * MS;

    // The fewest window minutes after day i from which the minimum can still be met (pricing).
    const uMin = new Int32Array(L);
    if (this.strictMinimum && trackMinutes && loW > 0) {
      const most = mostMinutesAfter(cm, e, allowedList);
      for (let i = 0; i < L; i++) uMin[i] = Math.max(0, Math.ceil((loW - most[i + 1]) / g));
    }

    // State before the window.
    let st0: number;
    if (a === 0) st0 = (RO - 1) * O * TG;
    else {
      const v = x[row + a - 1];
      let len = 0;
      let d = a - 1;
      if (v === OFF) {
        while (d >= 0 && x[row + d] === OFF && len < RO) {
          len++;
          d--;
        }
        // An off run reaching day 0 is exempt: treat it as long enough.
        const r = d < 0 ? RO : len;
        const tag = d >= 0 && len <= G && x[row + d] !== OFF ? gapTag[x[row + d]] : 0;
        st0 = ((r - 1) * O + (wr ? restOriginBefore(cm, x, e, a, WEEK) : 0)) * TG + tag;
      } else {
        const cap = exact ? maxCons + 1 : RW;
        while (d >= 0 && x[row + d] !== OFF && len < cap) {
          len++;
          d--;
        }
        if (exact && len > maxCons) return null;
        let c = 0;
        if (NC > 1) while (c < K && a - 1 - c >= 0 && x[row + a - 1 - c] !== OFF && runType[x[row + a - 1 - c]]) c++;
        st0 = OFFN + ((v * RW + len - 1) * NC + c) * DW + (wr && restMetBy(cm, x, e, a - 1) ? 1 : 0);
      }
    }

    // The row after the window: its first value and the length of its first run.
    let y = OFF;
    let R = 0;
    let touchesEnd = true;
    if (b < H - 1) {
      y = x[row + b + 1];
      let d = b + 1;
      while (d < H && (x[row + d] === OFF) === (y === OFF)) {
        R++;
        d++;
      }
      touchesEnd = d === H;
    }
    const minutesCost = (u: number): number => {
      if (!trackMinutes) return 0;
      const m = u * g;
      let pen = 0;
      if (m < loW) pen += M * (loW - m);
      if (m < paceLo) pen += WindowOptimizer.PACE_WEIGHT * (paceLo - m);
      if (tw > 0) pen += tw * Math.abs(outside + m - cm.targetMinutes[e]);
      return pen;
    };
    // Completion bounds: bnd[((i · NSL) + relaxed run state) · U + u], and the cost to beat.
    let bnd: Float64Array | null = null;
    let ROL = 1;
    let NSL = 0;
    let limit = INF;
    const boundSize = completionSize(L, S, minOff, RW, U);
    if (bounded && boundSize <= MAX_BOUND_VALUES && NS * U * WK * (L + 1) >= this.minLayerToBound * boundSize) {
      if (this.boundBuffer.length < boundSize) this.boundBuffer = new Float64Array(boundSize);
      const offOk = new Uint8Array(L);
      for (let i = 0; i < L; i++)
        offOk[i] = cm.offAllowed[row + a + i] === 1 && !(offBanned && offBanned[i] === 1) ? 1 : 0;
      const input: CompletionInput = {
        L,
        a,
        S,
        allowedList,
        offOk,
        cell,
        forbid: cm.forbid,
        succPen: cm.succPen,
        minOff,
        minCons,
        maxCons,
        exact,
        RW,
        blockPen: M * BLOCK_DAY_MINUTES,
        U,
        uLen,
        uFloor: uMin,
        minutesCost,
        after: b < H - 1 ? { y, R, touchesEnd } : null,
      };
      const bounds = completionBounds(input, this.boundBuffer);
      ({ bound: bnd, ROL, NSL } = bounds);
      decodeRun(st0, OFFN, O, TG, NC, DW, RW, run);
      const start = run.s < 0 ? Math.min(run.r, ROL) - 1 : ROL + run.s * RW + run.r - 1;
      limit = this.costToBeat(state, e, a, b, allowedList, offBanned, caps, relaxedRow(input, bounds, start));
    }
    this.lastLimit = limit;

    const layer = NS * U * WK;
    if (this.costA.length < layer) {
      this.costA = new Float64Array(layer).fill(INF);
      this.costB = new Float64Array(layer).fill(INF);
      this.activeA = new Int32Array(layer);
      this.activeB = new Int32Array(layer);
    }
    const sparseBack = this.sparseBack;
    if (sparseBack) {
      if (this.backDay.length < layer) this.backDay = new Int32Array(layer);
    } else if (this.back.length < layer * L) this.back = new Int32Array(layer * L);
    const dayStates: Int32Array[] = [];
    const dayBacks: Int32Array[] = [];
    // Both layers are all INF between calls: only the entries a call reached are reset.
    let cur = this.costA;
    let nxt = this.costB;
    let active = this.activeA;
    let nextActive = this.activeB;
    cur[st0 * U * WK] = 0;
    active[0] = st0 * U * WK;
    let nActive = 1;
    const back = sparseBack ? this.backDay : this.back;
    const blockPen = M * BLOCK_DAY_MINUTES;
    const succPen = cm.succPen;
    const uw = U * WK;
    for (let i = 0; i < L; i++) {
      const d = a + i;
      const dPrev = d - 1;
      const bOff = sparseBack ? 0 : i * layer;
      const list = allowedList[i];
      const offOk = cm.offAllowed[row + d] === 1 && !(offBanned && offBanned[i] === 1);
      const cOff = cell[i * V];
      const wkDay = cm.weekendOfDay[d];
      const sameWeekend = i > 0 && wkDay >= 0 && cm.weekendOfDay[dPrev] === wkDay;
      const entryFlag = wkDay >= 0 && state.weekendCells[e * nW + wkDay] > 0 ? 1 : 0;
      const uFloor = uMin[i];
      // Weekly rest on this day: where its week began (rests are clipped there), whether it
      // begins one, and whether a week ended with the day before (inside the window).
      const ws = wr ? cm.wrWeekStart[row + d] : -1;
      const clip = ws >= 0 ? ws * DAY_MINUTES : -INF;
      const newWeek = ws === d;
      const endedWeek = wr && i > 0 && cm.wrWeekStart[row + dPrev] >= 0 && cm.wrWeekStart[row + dPrev] + 6 === dPrev;
      const dayStart = d * DAY_MINUTES;
      let nNext = 0;
      for (let k = 0; k < nActive; k++) {
        const from = active[k];
        let c0 = cur[from];
        cur[from] = INF;
        const st = (from / uw) | 0;
        const rest = from - st * uw;
        const u = (rest / WK) | 0;
        const aux = rest - u * WK;
        const prevOff = st < OFFN;
        decodeRun(st, OFFN, O, TG, NC, DW, RW, run);
        const { r, s, origin, met, tag, c: inRow } = run;
        // The open rest: where it began (before clipping to the week) and whether the week's
        // rest is met, charging a week that ended yesterday without it.
        let restAbs = -INF;
        let weekMet = true;
        let restFrom = -INF;
        if (wr) {
          if (prevOff) {
            weekMet = origin === 0;
            if (origin > 0 && origin < WEEK) restAbs = (dPrev - r) * DAY_MINUTES + restStart[origin - 1];
          } else {
            weekMet = met === 1;
            restAbs = dPrev * DAY_MINUTES + restStart[s];
          }
          if (endedWeek && !weekMet && !(restAbs > -INF && dayStart - restAbs >= need)) c0 += blockPen;
          if (newWeek) weekMet = false;
          restFrom = restAbs > clip ? restAbs : clip;
        }
        // Penalty for closing the run that ends on dPrev (0 when it is long enough or exempt).
        let closePen = 0;
        if (prevOff) {
          if (r < minOff && dPrev - r + 1 > 0) closePen = blockPen * (minOff - r);
        } else if (r < minCons && dPrev - r + 1 > 0) closePen = blockPen * (minCons - r);
        const wcs = MS === 1 ? aux : (aux / MS) | 0;
        const ms = aux - wcs * MS;
        const wc = SH === 1 ? wcs : (wcs / SH) | 0;
        const sh = wcs - wc * SH;
        const w = C === 1 ? wc : (wc / C) | 0;
        const capc = wc - w * C;
        const cnt = w >> 1;
        const flag = sameWeekend ? w & 1 : entryFlag;
        if (offOk && u >= uFloor) {
          const nr = prevOff ? Math.min(r + 1, RO) : 1;
          let norigin = 0;
          if (wr && !weekMet && dayStart + DAY_MINUTES - restFrom < need) {
            norigin = restAbs <= clip ? WEEK : prevOff ? origin : s + 1;
          }
          // The tag lives while a gap penalty can still follow: G days off at most.
          const ntag = prevOff ? (r < G ? tag : 0) : G > 0 ? gapTag[s] : 0;
          const nst = ((nr - 1) * O + norigin) * TG + ntag;
          let c = c0 + cOff + (prevOff ? 0 : closePen);
          let nms = ms;
          if (misses) {
            const k = misses.miss[i * V];
            if (k > 0) {
              c += missCost(misses, ms, k);
              nms = Math.min(ms + k, misses.top);
            }
          }
          const to = (nst * U + u) * WK + (((trackWeekends ? (cnt << 1) | flag : 0) * C + capc) * SH + sh) * MS + nms;
          const hopeless = bnd !== null && c + bnd[((i + 1) * NSL + Math.min(nr, ROL) - 1) * U + u] >= limit;
          if (!hopeless && c < nxt[to]) {
            if (nxt[to] === INF) nextActive[nNext++] = to;
            nxt[to] = c;
            back[bOff + to] = from;
          }
        }
        for (let j = 0; j < list.length; j++) {
          const t = list[j];
          let c = c0 + cell[i * V + t + 1];
          if (price) c += price[t];
          let nr: number;
          if (prevOff) {
            if (exact && maxCons < 1) continue;
            nr = 1;
            c += closePen;
            if (tag > 0) c += gapPen![(tag * (G + 1) + r) * S + t];
          } else {
            if (cm.forbid[(dPrev * S + s) * S + t]) continue;
            if (succPen) c += succPen[(dPrev * S + s) * S + t];
            nr = r + 1;
            if (exact) {
              if (nr > maxCons) continue;
            } else if (nr > RW) nr = RW;
          }
          const nu = u + uLen[t];
          if (nu >= U || nu < uFloor) continue;
          let ncap = capc;
          const rd = radix[t];
          if (rd > 0) {
            if (((capc / rd) | 0) % (capMax[t] + 1) === capMax[t]) continue;
            ncap += rd;
          }
          let nw = 0;
          if (trackWeekends) {
            let ncnt = cnt;
            let nflag = flag;
            if (cm.weekendOfCell[d * S + t] >= 0 && flag === 0) {
              c += weekendStep * (weekendsBefore + cnt);
              ncnt++;
              if (ncnt > remW) continue;
              nflag = 1;
            }
            nw = (ncnt << 1) | nflag;
          }
          let nsh = sh;
          if (share && share.mask[t]) {
            if (sh < share.top) nsh++;
            else if (share.upper) c += share.over;
          }
          let nms = ms;
          if (misses) {
            const k = misses.miss[i * V + t + 1];
            if (k > 0) {
              c += missCost(misses, ms, k);
              nms = Math.min(ms + k, misses.top);
            }
          }
          const nmet = wr && (weekMet || dayStart + shiftStart[t] - restFrom >= need) ? 1 : 0;
          let nc = 0;
          if (runWeight > 0 && runType[t]) {
            if (inRow >= K) c += runWeight;
            nc = inRow < K ? inRow + 1 : K;
          }
          if (bnd && c + bnd[((i + 1) * NSL + ROL + t * RW + nr - 1) * U + nu] >= limit) continue;
          const to = ((OFFN + ((t * RW + nr - 1) * NC + nc) * DW + nmet) * U + nu) * WK + ((nw * C + ncap) * SH + nsh) * MS + nms;
          if (c < nxt[to]) {
            if (nxt[to] === INF) nextActive[nNext++] = to;
            nxt[to] = c;
            back[bOff + to] = from;
          }
        }
      }
      if (sparseBack) {
        const reached = nextActive.slice(0, nNext).sort();
        const from = new Int32Array(nNext);
        for (let k = 0; k < nNext; k++) from[k] = back[reached[k]];
        dayStates.push(reached);
        dayBacks.push(from);
      }
      [cur, nxt] = [nxt, cur];
      [active, nextActive] = [nextActive, active];
      nActive = nNext;
    }

    // Close the window against the days after it and the period totals.
    // Weekly rest of the week holding b (its days after b are given) and of a week starting at
    // b + 1 (a shift on b may end its first rest late).
    const wsB = wr ? cm.wrWeekStart[row + b] : -1;
    const restB = wsB >= 0 ? restInWeek(cm, x, e, wsB, b + 1) : null;
    const wsNext = wr && b + 1 < H && cm.wrWeekStart[row + b + 1] === b + 1 ? b + 1 : -1;
    const restNext = wsNext >= 0 ? restInWeek(cm, x, e, wsNext, wsNext) : null;
    // Days in a row of run-penalised types right after b.
    let runAfter = 0;
    if (runWeight > 0) while (b + 1 + runAfter < H && x[row + b + 1 + runAfter] !== OFF && runType[x[row + b + 1 + runAfter]]) runAfter++;
    // The gap penalty a row ending on b pays for the days after it: `gtag` of the work before its
    // last `offBefore` days off (the row's last shift when it ends in work, with none).
    const gapAfter = (gtag: number, offBefore: number): number => {
      if (gtag === 0) return 0;
      const k = y === OFF ? offBefore + R : offBefore;
      if (k === 0 || k > G || (y === OFF && touchesEnd)) return 0;
      return gapPen![(gtag * (G + 1) + k) * S + x[row + b + 1 + (y === OFF ? R : 0)]];
    };
    let bestCost = INF;
    let bestIdx = -1;
    // Rows with a penalty of M or more break a minimum rule: never an alternative.
    const runnerUps = this.alternatives > 0 && this.strictMinimum ? new RunnerUps(this.alternatives) : null;
    for (let k = 0; k < nActive; k++) {
      const idx = active[k];
      const c = cur[idx];
      cur[idx] = INF;
      const st = (idx / uw) | 0;
      const u = ((idx - st * uw) / WK) | 0;
      const isOff = st < OFFN;
      decodeRun(st, OFFN, O, TG, NC, DW, RW, run);
      const { r, s, origin, met, tag, c: inRow } = run;
      const start = b - r + 1;
      let endPen = 0;
      if (gapPen && b < H - 1) endPen += gapAfter(isOff ? tag : gapTag[s], isOff ? r : 0);
      // The run of penalised types going on after b: what its days cost beyond what they cost
      // on their own (the constant left out for every row).
      if (inRow > 0 && runAfter > 0) endPen += runWeight * (Math.max(0, inRow + runAfter - K) - Math.max(0, runAfter - K));
      if (b < H - 1) {
        if (isOff) {
          if (y === OFF) {
            if (r < minOff && start > 0 && !touchesEnd && r + R < minOff) endPen = blockPen * (minOff - r - R);
          } else {
            if (r < minOff && start > 0) endPen = blockPen * (minOff - r);
            if (!touchesEnd && R < minCons) endPen += blockPen * (minCons - R);
          }
        } else if (y !== OFF) {
          if (cm.forbid[(b * S + s) * S + y]) continue;
          if (succPen) endPen += succPen[(b * S + s) * S + y];
          if (exact && r + R > maxCons) continue;
          if (start > 0 && !touchesEnd && r + R < minCons) endPen += blockPen * (minCons - r - R);
        } else {
          if (r < minCons && start > 0) endPen = blockPen * (minCons - r);
          if (!touchesEnd && R < minOff) endPen += blockPen * (minOff - R);
        }
      }
      if (wr) {
        let restAbs = -INF;
        if (!isOff) restAbs = b * DAY_MINUTES + restStart[s];
        else if (origin > 0 && origin < WEEK) restAbs = (b - r) * DAY_MINUTES + restStart[origin - 1];
        if (restB && !(isOff ? origin === 0 : met === 1) && !restB.metAfter) {
          if (restB.nextStart - Math.max(restAbs, wsB * DAY_MINUTES) < need) endPen += blockPen;
        }
        if (restNext && !restNext.metAfter) {
          if (restNext.nextStart - Math.max(isOff ? -INF : restAbs, wsNext * DAY_MINUTES) < need) endPen += blockPen;
        }
      }
      let mPen = endPen;
      if (share) {
        const sh = (((idx - st * uw) / MS) | 0) % SH;
        if (sh < share.need) mPen += share.under * (share.need - sh);
      }
      if (trackMinutes) {
        const m = u * g;
        if (m < loW) mPen += M * (loW - m);
        if (m < paceLo) mPen += WindowOptimizer.PACE_WEIGHT * (paceLo - m);
        if (tw > 0) mPen += tw * Math.abs(outside + m - cm.targetMinutes[e]);
      }
      const total = c + mPen;
      // Ties go to the lowest state, whatever order the states were reached in.
      if (total < bestCost || (total === bestCost && idx < bestIdx)) {
        if (runnerUps && bestIdx >= 0 && bestCost < M) runnerUps.offer(bestCost, bestIdx);
        bestCost = total;
        bestIdx = idx;
      } else if (runnerUps && total < M) runnerUps.offer(total, idx);
    }
    if (bestIdx < 0) return null;
    this.lastCost = bestCost;
    const rowEndingIn = (end: number): Int16Array => {
      const out = new Int16Array(L);
      let idx = end;
      for (let i = L - 1; i >= 0; i--) {
        const st = Math.floor(idx / uw);
        out[i] = st < OFFN ? OFF : Math.floor((st - OFFN) / (DW * NC * RW));
        idx = sparseBack ? backOf(dayStates[i], dayBacks[i], idx) : back[i * layer + idx];
      }
      return out;
    };
    this.lastAlternatives = runnerUps ? runnerUps.ends().map(rowEndingIn) : [];
    return rowEndingIn(bestIdx);
  }
}
