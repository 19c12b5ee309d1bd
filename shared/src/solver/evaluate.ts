// Full (non-incremental) evaluation of a roster against a compiled model: the score by term
// and every broken hard rule. The solver's incremental state reuses the per-employee parts, and
// every returned roster passes through `evaluateRoster` once more, so no move bug can leak a
// hard violation into a result.
import { BLOCK_DAY_MINUTES, OFF, NO_FIXED, coverPenalty, countsFor, type CompiledModel } from './compile-model';
import { scanWeeklyRest } from './weekly-rest';

export type HardRule =
  | 'fixed'
  | 'unavailable'
  | 'qualification'
  | 'forbidden-succession'
  | 'max-shifts-of-type'
  | 'max-minutes'
  | 'min-minutes'
  | 'max-consecutive-shifts'
  | 'min-consecutive-shifts'
  | 'min-consecutive-days-off'
  | 'max-weekends'
  | 'weekly-rest';

export interface HardViolation {
  employee: string;
  rule: HardRule;
  /** First and last day concerned. */
  fromDay: number;
  toDay: number;
  shiftType?: string;
  measured: number;
  limit: number;
}

export interface ScoreBreakdown {
  total: number;
  cover: number;
  requests: number;
  successions: number;
  contract: number;
  fairness: number;
}

export interface EmployeeScan {
  /** Requests + soft successions + target-minutes deviation + fairness (shares, unmet requests and weekends piled up). */
  soft: number;
  requests: number;
  successions: number;
  contract: number;
  fairness: number;
  /** Shortfall of the minimum rules in minutes (a block day = BLOCK_DAY_MINUTES); 0 when met. */
  shortfall: number;
  minutes: number;
}

/**
 * Scans one employee's row x[e*H .. e*H+H-1]. With `out`, every hard violation is appended;
 * without it the scan only sums (the solver's hot path).
 */
export function scanEmployee(cm: CompiledModel, x: Int16Array, e: number, out?: HardViolation[]): EmployeeScan {
  const { H, S } = cm;
  const row = e * H;
  const name = cm.employeeIds[e];
  let requests = 0;
  let successions = 0;
  let minutes = 0;
  let shortfall = 0;
  const typeCount = out ? new Int32Array(S) : null;
  const weekendWorked = out ? new Uint8Array(cm.nWeekends) : null;
  const minCons = cm.minCons[e];
  const minOff = cm.minOff[e];
  const maxCons = cm.maxCons[e];
  let runStart = 0;
  let typeRun = 0;
  for (let d = 0; d < H; d++) {
    const v = x[row + d];
    requests += cm.requestCost[(row + d) * (S + 1) + v + 1];
    if (cm.runWeight > 0) {
      typeRun = v !== OFF && cm.runType[v] ? typeRun + 1 : 0;
      if (typeRun > cm.runMax) successions += cm.runWeight;
    }
    if (v !== OFF) {
      minutes += cm.shiftMinutes[v];
      if (d + 1 < H) {
        const nv = x[row + d + 1];
        if (nv !== OFF) {
          if (cm.succPen) successions += cm.succPen[(d * S + v) * S + nv];
          if (out && cm.forbid[(d * S + v) * S + nv]) {
            out.push({ employee: name, rule: 'forbidden-succession', fromDay: d, toDay: d + 1, shiftType: `${cm.shiftIds[v]}>${cm.shiftIds[nv]}`, measured: 1, limit: 0 });
          }
        }
      }
    }
    if (out) {
      const f = cm.fixed[row + d];
      if (f !== NO_FIXED && f !== v) {
        out.push({ employee: name, rule: 'fixed', fromDay: d, toDay: d, shiftType: v === OFF ? undefined : cm.shiftIds[v], measured: v, limit: f });
      }
      if (v !== OFF) {
        const rule: HardRule | null = !cm.eligible[e * S + v]
          ? 'qualification'
          : cm.unavailable[(row + d) * S + v]
            ? 'unavailable'
            : null;
        if (rule) out.push({ employee: name, rule, fromDay: d, toDay: d, shiftType: cm.shiftIds[v], measured: 1, limit: 0 });
      }
      if (v !== OFF) {
        typeCount![v]++;
        const k = cm.weekendOfCell[d * S + v];
        if (k >= 0) weekendWorked![k] = 1;
      }
    }
    // Close a block when the next day changes between work and off (or the horizon ends).
    const working = v !== OFF;
    const nextWorking = d + 1 < H ? x[row + d + 1] !== OFF : !working;
    if (nextWorking !== working) {
      const len = d - runStart + 1;
      const interior = runStart > 0 && d < H - 1;
      if (working) {
        if (interior && len < minCons) {
          shortfall += (minCons - len) * BLOCK_DAY_MINUTES;
          out?.push({ employee: name, rule: 'min-consecutive-shifts', fromDay: runStart, toDay: d, measured: len, limit: minCons });
        }
        if (out && len > maxCons) {
          out.push({ employee: name, rule: 'max-consecutive-shifts', fromDay: runStart, toDay: d, measured: len, limit: maxCons });
        }
      } else {
        if (interior && len < minOff) {
          shortfall += (minOff - len) * BLOCK_DAY_MINUTES;
          out?.push({ employee: name, rule: 'min-consecutive-days-off', fromDay: runStart, toDay: d, measured: len, limit: minOff });
        }
        // Work before and after this gap of days off (a night, a day off, then work).
        if (cm.gapPen && interior && len <= cm.G) {
          const tag = cm.gapTag[x[row + runStart - 1]];
          if (tag > 0) successions += cm.gapPen[(tag * (cm.G + 1) + len) * S + x[row + d + 1]];
        }
      }
      runStart = d + 1;
    }
  }
  // A week without its rest counts like a day short of a block: the search repairs it like one.
  const missedWeeks = scanWeeklyRest(cm, x, e, out ? (first, longest) => {
    out.push({ employee: name, rule: 'weekly-rest', fromDay: first, toDay: first + 6, measured: longest, limit: cm.wrMinutes[e] });
  } : undefined);
  shortfall += missedWeeks * BLOCK_DAY_MINUTES;
  if (minutes < cm.minMinutes[e]) {
    shortfall += cm.minMinutes[e] - minutes;
    out?.push({ employee: name, rule: 'min-minutes', fromDay: 0, toDay: H - 1, measured: minutes, limit: cm.minMinutes[e] });
  }
  if (out) {
    if (minutes > cm.maxMinutes[e]) {
      out.push({ employee: name, rule: 'max-minutes', fromDay: 0, toDay: H - 1, measured: minutes, limit: cm.maxMinutes[e] });
    }
    for (let s = 0; s < S; s++) {
      if (typeCount![s] > cm.maxByType[e * S + s]) {
        out.push({ employee: name, rule: 'max-shifts-of-type', fromDay: 0, toDay: H - 1, shiftType: cm.shiftIds[s], measured: typeCount![s], limit: cm.maxByType[e * S + s] });
      }
    }
    const worked = weekendWorked!.reduce((a, b) => a + b, 0);
    if (worked > cm.maxWeekends[e]) {
      out.push({ employee: name, rule: 'max-weekends', fromDay: 0, toDay: H - 1, measured: worked, limit: cm.maxWeekends[e] });
    }
  }
  const contract = cm.targetWeight[e] * Math.abs(minutes - cm.targetMinutes[e]);
  const fairness = beyondShares(cm, x, e) + unmetRequestsPiled(cm, x, e) + weekendsPiled(cm, x, e);
  return { soft: requests + successions + contract + fairness, requests, successions, contract, fairness, shortfall, minutes };
}

/** The cost of employee e's shifts beyond their fair shares, and of those short of their floors. */
function beyondShares(cm: CompiledModel, x: Int16Array, e: number): number {
  const { H, S } = cm;
  let cost = 0;
  for (let g = cm.shareStart[e]; g < cm.shareStart[e + 1]; g++) {
    let n = 0;
    for (let d = 0; d < H; d++) {
      const v = x[e * H + d];
      if (v !== OFF && cm.shareTypes[g * S + v]) n++;
    }
    if (n > cm.shareCap[g]) cost += cm.shareWeight[g] * (n - cm.shareCap[g]);
    if (n < cm.shareFloor[g]) cost += cm.shareUnderWeight[g] * (cm.shareFloor[g] - n);
  }
  return cost;
}

/** What employee e's unmet `spread` requests cost on top of their weights: step·n(n−1)/2 for n. */
export function unmetRequestsPiled(cm: CompiledModel, x: Int16Array, e: number): number {
  const miss = cm.requestMiss;
  const step = cm.unmetStep[e];
  if (!miss || step === 0) return 0;
  const { H, S } = cm;
  let n = 0;
  for (let d = 0; d < H; d++) n += miss[(e * H + d) * (S + 1) + x[e * H + d] + 1];
  return (step * n * (n - 1)) / 2;
}

/** Weekends seen by the current `weekendsPiled` call: those marked with its stamp (no allocation on the hot path). */
let weekendSeen = new Int32Array(0);
let weekendStamp = 0;

/** What employee e's weekends cost as they pile up: step·n(n−1)/2 for n weekends worked. */
export function weekendsPiled(cm: CompiledModel, x: Int16Array, e: number): number {
  const step = cm.weekendStep[e];
  if (step === 0 || cm.nWeekends === 0) return 0;
  const { H, S } = cm;
  if (weekendSeen.length < cm.nWeekends || weekendStamp === 0x7fffffff) {
    weekendSeen = new Int32Array(Math.max(cm.nWeekends, weekendSeen.length));
    weekendStamp = 0;
  }
  const stamp = ++weekendStamp;
  let n = 0;
  for (let d = 0; d < H; d++) {
    const v = x[e * H + d];
    if (v === OFF) continue;
    const k = cm.weekendOfCell[d * S + v];
    if (k >= 0 && weekendSeen[k] !== stamp) {
      weekendSeen[k] = stamp;
      n++;
    }
  }
  return (step * n * (n - 1)) / 2;
}

/** Number of people counting towards each requirement. */
export function coverCounts(cm: CompiledModel, x: Int16Array): Int32Array {
  const n = new Int32Array(cm.R);
  for (let e = 0; e < cm.E; e++) {
    for (let d = 0; d < cm.H; d++) {
      const v = x[e * cm.H + d];
      if (v === OFF) continue;
      const c = d * cm.S + v;
      for (let i = cm.cellReqStart[c]; i < cm.cellReqStart[c + 1]; i++) {
        const r = cm.cellReqIdx[i];
        if (countsFor(cm, e, r)) n[r]++;
      }
    }
  }
  return n;
}

export interface RosterEvaluation {
  score: ScoreBreakdown;
  violations: HardViolation[];
}

export function evaluateRoster(cm: CompiledModel, x: Int16Array): RosterEvaluation {
  const violations: HardViolation[] = [];
  let requests = 0;
  let successions = 0;
  let contract = 0;
  let fairness = 0;
  for (let e = 0; e < cm.E; e++) {
    const scan = scanEmployee(cm, x, e, violations);
    requests += scan.requests;
    successions += scan.successions;
    contract += scan.contract;
    fairness += scan.fairness;
  }
  const n = coverCounts(cm, x);
  let cover = 0;
  for (let r = 0; r < cm.R; r++) cover += coverPenalty(cm, r, n[r]);
  return {
    score: { total: cover + requests + successions + contract + fairness, cover, requests, successions, contract, fairness },
    violations,
  };
}
