// The two neighbourhoods of the large neighbourhood search. Both lift employees out of a
// window of days and put them back with the exact best-response DP; the caller evaluates the
// result and undoes it (from `undo`) when the acceptance test rejects it.
import { OFF, type CompiledModel } from './compile-model';
import { scanEmployee, type HardViolation } from './evaluate';
import type { Prng } from './prng';
import type { RosterState } from './roster-state';
import type { SearchTuning } from './solve-options';
import type { WindowNoise, WindowOptimizer } from './window-dp';

export interface SearchContext {
  cm: CompiledModel;
  state: RosterState;
  dp: WindowOptimizer;
  rng: Prng;
  tuning: SearchTuning;
  /** Longest window per employee whose DP fits the cell budget. */
  maxWindow: Int32Array;
  noiseFor(len: number): WindowNoise | undefined;
  /** Whether a whole-row repair may run now (the search has been stuck below a minimum). */
  wholeRowRepairDue(): boolean;
}

/** Largest DP layer (states per day) a whole-row repair may use: its cost arrays stay below ~40 MB. */
const MAX_REPAIR_ROW_STATES = 5e6;

/** DP cells below which a window counts as cheap (a few milliseconds). */
const CHEAP_WINDOW_CELLS = 250_000;

export type Undo = Array<{ e: number; a: number; saved: Int16Array }>;

function saveWindow(ctx: SearchContext, e: number, a: number, b: number): Int16Array {
  return ctx.state.x.slice(e * ctx.cm.H + a, e * ctx.cm.H + b + 1);
}

function randomWindow(ctx: SearchContext, chosen: number[], around: number): [number, number] {
  const cm = ctx.cm;
  let maxLen = cm.H;
  for (const e of chosen) maxLen = Math.min(maxLen, ctx.maxWindow[e]);
  const minLen = Math.min(maxLen, 7);
  // The DP grows with the square of the window through its minutes dimension: where the longest
  // window is expensive, draw lengths skewed towards the short end (more iterations, keeping the
  // occasional long window); where it is cheap, uniformly.
  const r = ctx.rng.next();
  const skew = ctx.dp.estimate(chosen[0], maxLen) > CHEAP_WINDOW_CELLS ? r : 1;
  const len = minLen + Math.floor((maxLen - minLen + 1) * r * skew);
  const a = around >= 0 ? Math.max(0, Math.min(cm.H - len, around - ctx.rng.int(len))) : ctx.rng.int(cm.H - len + 1);
  return [a, a + len - 1];
}

/** Lifts 1..maxEmployees random employees from a window and reinserts them in rounds. */
export function liftAndReinsert(ctx: SearchContext, undo: Undo): boolean {
  const cm = ctx.cm;
  const rng = ctx.rng;
  const t = ctx.tuning;
  const k = Math.min(cm.E, rng.next() < t.multiProbability ? 2 + rng.int(Math.max(1, t.maxEmployees - 1)) : 1);
  const chosen = [rng.int(cm.E)];
  while (chosen.length < k) {
    const e = rng.int(cm.E);
    if (!chosen.includes(e)) chosen.push(e);
  }
  const [a, b] = randomWindow(ctx, chosen, -1);
  for (const e of chosen) {
    undo.push({ e, a, saved: saveWindow(ctx, e, a, b) });
    for (let d = a; d <= b; d++) ctx.state.set(e, d, OFF);
  }
  const rounds = chosen.length === 1 ? 1 : t.rounds;
  for (let round = 0; round < rounds; round++) {
    for (const e of chosen) {
      if (round > 0) for (let d = a; d <= b; d++) ctx.state.set(e, d, OFF);
      const vals = ctx.dp.optimize(ctx.state, e, a, b, ctx.noiseFor(b - a + 1));
      if (!vals) return false;
      for (let d = a; d <= b; d++) ctx.state.set(e, d, vals[d - a]);
    }
  }
  return true;
}

/**
 * Ejection chain: someone who may work an under-covered cell is forced onto it and
 * re-optimised around it; the cell they leave uncovered is handed to the next employee,
 * and so on, up to maxEmployees links.
 */
export function ejectionChain(ctx: SearchContext, undo: Undo): boolean {
  const cm = ctx.cm;
  const st = ctx.state;
  const rng = ctx.rng;
  let cell = pickUnderCovered(ctx);
  if (!cell) return true;
  const used: number[] = [];
  let a = -1;
  let b = -1;
  for (let link = 0; link < ctx.tuning.maxEmployees && cell; link++) {
    const cands: number[] = [];
    for (let e = 0; e < cm.E; e++) {
      if (used.includes(e) || st.get(e, cell.day) === cell.shift) continue;
      if (cm.allowed[(e * cm.H + cell.day) * cm.S + cell.shift]) cands.push(e);
    }
    if (cands.length === 0) break;
    const e = cands[rng.int(cands.length)];
    used.push(e);
    if (link === 0) [a, b] = randomWindow(ctx, [e], cell.day);
    const saved = saveWindow(ctx, e, a, b);
    undo.push({ e, a, saved });
    for (let d = a; d <= b; d++) st.set(e, d, OFF);
    const vals = ctx.dp.optimize(st, e, a, b, ctx.noiseFor(b - a + 1), cell);
    if (!vals) return false;
    for (let d = a; d <= b; d++) st.set(e, d, vals[d - a]);
    // Next link: a cell this employee left that is now under-covered.
    cell = null;
    const start = rng.int(b - a + 1);
    for (let i = 0; i <= b - a && !cell; i++) {
      const d = a + ((start + i) % (b - a + 1));
      const old = saved[d - a];
      if (old === OFF || st.get(e, d) === old) continue;
      if (underCovered(ctx, d, old)) cell = { day: d, shift: old };
    }
  }
  return true;
}

/** While infeasible: re-optimise an employee around one of their broken minimum rules. */
export function repairShortfall(ctx: SearchContext, undo: Undo): boolean {
  const cm = ctx.cm;
  const short: number[] = [];
  for (let e = 0; e < cm.E; e++) if (ctx.state.employeeShortfall(e) > 0) short.push(e);
  if (short.length === 0) return true;
  const e = short[ctx.rng.int(short.length)];
  const broken: HardViolation[] = [];
  scanEmployee(cm, ctx.state.x, e, broken);
  // Below the period minimum with no window able to help for a while: the whole row, at once.
  if (broken.some((x) => x.rule === 'min-minutes') && ctx.dp.repairRowStates(e) <= MAX_REPAIR_ROW_STATES && ctx.wholeRowRepairDue()) {
    undo.push({ e, a: 0, saved: saveWindow(ctx, e, 0, cm.H - 1) });
    for (let d = 0; d < cm.H; d++) ctx.state.set(e, d, OFF);
    const row = ctx.dp.repairRow(ctx.state, e);
    if (!row) return false;
    for (let d = 0; d < cm.H; d++) ctx.state.set(e, d, row[d]);
    return true;
  }
  const v = broken.length > 0 ? broken[ctx.rng.int(broken.length)] : null;
  const around = v && v.toDay - v.fromDay < cm.H - 1 ? v.fromDay + ctx.rng.int(v.toDay - v.fromDay + 1) : -1;
  const [a, b] = randomWindow(ctx, [e], around);
  undo.push({ e, a, saved: saveWindow(ctx, e, a, b) });
  for (let d = a; d <= b; d++) ctx.state.set(e, d, OFF);
  const vals = ctx.dp.optimize(ctx.state, e, a, b, ctx.noiseFor(b - a + 1));
  if (!vals) return false;
  for (let d = a; d <= b; d++) ctx.state.set(e, d, vals[d - a]);
  return true;
}

function underCovered(ctx: SearchContext, day: number, shift: number): boolean {
  const cm = ctx.cm;
  const c = day * cm.S + shift;
  for (let j = cm.cellReqStart[c]; j < cm.cellReqStart[c + 1]; j++) {
    const r = cm.cellReqIdx[j];
    if (ctx.state.reqCount[r] < Math.max(cm.reqTarget[r], cm.reqMin[r])) return true;
  }
  return false;
}

/** A random under-covered requirement cell, or null when cover is met everywhere. */
function pickUnderCovered(ctx: SearchContext): { day: number; shift: number } | null {
  const cm = ctx.cm;
  const st = ctx.state;
  // Sampling first (cheap when many needs are short), then a scan from a random start.
  for (let tries = 0; tries < 64; tries++) {
    const r = ctx.rng.int(cm.R);
    if (st.reqCount[r] < Math.max(cm.reqTarget[r], cm.reqMin[r])) return { day: cm.reqDay[r], shift: cm.reqShift[r] };
  }
  const start = ctx.rng.int(cm.R);
  for (let i = 0; i < cm.R; i++) {
    const r = (start + i) % cm.R;
    if (st.reqCount[r] < Math.max(cm.reqTarget[r], cm.reqMin[r])) return { day: cm.reqDay[r], shift: cm.reqShift[r] };
  }
  return null;
}
