// Lower bounds on what the rest of a window row can cost, for the window DP to drop states that
// cannot lead below a known row (bounding, as in label-setting pricing for column generation:
// Irnich & Desaulniers, "Shortest path problems with resource constraints", 2005). The bound is a
// second, smaller DP run backwards over a relaxation of the window DP's state: the run (last
// value and its length) and the minutes worked, with every cell cost, run-length rule, succession
// and minutes term of the window DP, and without the terms that can only add cost (weekly rest,
// weekends, caps, fair shares, unmet requests, gap and run penalties). Dropping a cost that is
// never negative, or a rule that only forbids, keeps it a lower bound.

const INF = Number.POSITIVE_INFINITY;

/** One window of one employee, as the window DP sees it (see WindowOptimizer.run). */
export interface CompletionInput {
  /** Window days and the day the window starts. */
  L: number;
  a: number;
  S: number;
  /** Each window day's allowed shifts, and whether it may be off. */
  allowedList: readonly number[][];
  offOk: Uint8Array;
  /** Cell costs, (i · (S + 1) + v + 1) with v = −1 for off. */
  cell: Float64Array;
  /** Hard successions and succession penalties, ((day · S + s) · S + t); succPen may be null. */
  forbid: Uint8Array;
  succPen: Int32Array | null;
  minOff: number;
  minCons: number;
  /** Longest run of work when `exact`; else work runs are counted up to RW (= minCons) days. */
  maxCons: number;
  exact: boolean;
  RW: number;
  /** What a minimum run rule costs per day short (the window DP's bigM × a day's minutes). */
  blockPen: number;
  /** Minutes in units of g: U values, each shift's length, the fewest after each window day. */
  U: number;
  uLen: Int32Array;
  uFloor: Int32Array;
  /** Cost of ending the window with u units worked (the minutes terms), or INF. */
  minutesCost: (u: number) => number;
  /**
   * The row after the window: its first value (OFF = −1, or none when the window reaches the
   * period's end) and the length of that first run, and whether that run reaches the period end.
   */
  after: { y: number; R: number; touchesEnd: boolean } | null;
}

/** The bounds' layout: states per day (off runs 1 … ROL, then work (s, r)). */
export interface CompletionBounds {
  /** bound[((i · NSL) + state) · U + u]: the least cost of days i … L − 1 and the window's end. */
  bound: Float64Array;
  ROL: number;
  NSL: number;
}

/** Values the bound holds for a window: sizes the buffer before it is filled. */
export function completionSize(L: number, S: number, minOff: number, RW: number, U: number): number {
  return (L + 1) * (Math.max(1, minOff) + S * RW) * U;
}

/** The moves out of one relaxed state on one day: value (OFF = −1 or a shift), next state, units, cost. */
interface Moves {
  n: number;
  value: Int16Array;
  next: Int32Array;
  len: Int32Array;
  cost: Float64Array;
}

function movesFor(S: number): Moves {
  return {
    n: 0,
    value: new Int16Array(S + 1),
    next: new Int32Array(S + 1),
    len: new Int32Array(S + 1),
    cost: new Float64Array(S + 1),
  };
}

/** Fills `out` with the moves on window day i from relaxed state st (the window DP's transitions). */
function movesFrom(p: CompletionInput, ROL: number, i: number, st: number, out: Moves): void {
  const { a, S, cell, forbid, succPen, minOff, minCons, maxCons, exact, RW, blockPen } = p;
  out.n = 0;
  const dPrev = a + i - 1;
  const prevOff = st < ROL;
  // The window's first day follows the row before it, which may end in work only when a > 0.
  if (!prevOff && dPrev < 0) return;
  const r = prevOff ? st + 1 : ((st - ROL) % RW) + 1;
  const s = prevOff ? -1 : ((st - ROL) / RW) | 0;
  const V = S + 1;
  let closePen = 0;
  if (prevOff) {
    if (r < minOff && dPrev - r + 1 > 0) closePen = blockPen * (minOff - r);
  } else if (r < minCons && dPrev - r + 1 > 0) closePen = blockPen * (minCons - r);
  if (p.offOk[i]) {
    out.value[out.n] = -1;
    out.next[out.n] = prevOff ? Math.min(r + 1, ROL) - 1 : 0;
    out.len[out.n] = 0;
    out.cost[out.n++] = cell[i * V] + (prevOff ? 0 : closePen);
  }
  for (const t of p.allowedList[i]) {
    let c = cell[i * V + t + 1];
    let nr: number;
    if (prevOff) {
      if (exact && maxCons < 1) continue;
      nr = 1;
      c += closePen;
    } else {
      if (forbid[(dPrev * S + s) * S + t]) continue;
      if (succPen) c += succPen[(dPrev * S + s) * S + t];
      nr = r + 1;
      if (exact) {
        if (nr > maxCons) continue;
      } else if (nr > RW) nr = RW;
    }
    out.value[out.n] = t;
    out.next[out.n] = ROL + t * RW + nr - 1;
    out.len[out.n] = p.uLen[t];
    out.cost[out.n++] = c;
  }
}

/** Fills `buffer` (at least completionSize long) with the window's completion bounds. */
export function completionBounds(p: CompletionInput, buffer: Float64Array): CompletionBounds {
  const { L, S, RW, U, uFloor } = p;
  const ROL = Math.max(1, p.minOff);
  const NSL = ROL + S * RW;
  const layer = NSL * U;
  const bound = buffer;
  const endAt = L * layer;
  for (let st = 0; st < NSL; st++) {
    const isOff = st < ROL;
    const r = isOff ? st + 1 : ((st - ROL) % RW) + 1;
    const s = isOff ? -1 : ((st - ROL) / RW) | 0;
    const pen = endPenalty(p, isOff, r, s);
    for (let u = 0; u < U; u++) bound[endAt + st * U + u] = pen === INF ? INF : pen + p.minutesCost(u);
  }
  const moves = movesFor(S);
  for (let i = L - 1; i >= 0; i--) {
    const here = i * layer;
    const next = here + layer;
    const floor = uFloor[i];
    for (let st = 0; st < NSL; st++) {
      const at = here + st * U;
      bound.fill(INF, at, at + U);
      movesFrom(p, ROL, i, st, moves);
      for (let k = 0; k < moves.n; k++) {
        const c = moves.cost[k];
        const len = moves.len[k];
        const to = next + moves.next[k] * U + len;
        for (let u = Math.max(0, floor - len); u + len < U; u++) {
          const v = c + bound[to + u];
          if (v < bound[at + u]) bound[at + u] = v;
        }
      }
    }
  }
  return { bound, ROL, NSL };
}

/**
 * A best row of the relaxation from relaxed state `st` on the window's first day (minutes 0), or
 * null when it has none: a row the window DP can cost, and often a best one of the DP too.
 */
export function relaxedRow(p: CompletionInput, bounds: CompletionBounds, st: number): Int16Array | null {
  const { L, U } = p;
  const { bound, ROL, NSL } = bounds;
  const row = new Int16Array(L);
  const moves = movesFor(p.S);
  let u = 0;
  for (let i = 0; i < L; i++) {
    const target = bound[(i * NSL + st) * U + u];
    if (target === INF) return null;
    movesFrom(p, ROL, i, st, moves);
    let chosen = -1;
    for (let k = 0; k < moves.n && chosen < 0; k++) {
      const nu = u + moves.len[k];
      if (nu >= U || nu < p.uFloor[i]) continue;
      const v = moves.cost[k] + bound[((i + 1) * NSL + moves.next[k]) * U + nu];
      if (Math.abs(v - target) <= 1e-9 * Math.abs(target) + 1e-7) chosen = k;
    }
    if (chosen < 0) return null;
    row[i] = moves.value[chosen];
    st = moves.next[chosen];
    u += moves.len[chosen];
  }
  return row;
}

/** What ending the window in a run costs against the row after it (the window DP's end terms). */
function endPenalty(p: CompletionInput, isOff: boolean, r: number, s: number): number {
  const { after, minOff, minCons, maxCons, exact, blockPen, forbid, succPen, S } = p;
  if (!after) return 0;
  const { y, R, touchesEnd } = after;
  const b = p.a + p.L - 1;
  const start = b - r + 1;
  let pen = 0;
  if (isOff) {
    if (y < 0) {
      if (r < minOff && start > 0 && !touchesEnd && r + R < minOff) pen = blockPen * (minOff - r - R);
    } else {
      if (r < minOff && start > 0) pen = blockPen * (minOff - r);
      if (!touchesEnd && R < minCons) pen += blockPen * (minCons - R);
    }
  } else if (y >= 0) {
    if (forbid[(b * S + s) * S + y]) return INF;
    if (succPen) pen += succPen[(b * S + s) * S + y];
    if (exact && r + R > maxCons) return INF;
    if (start > 0 && !touchesEnd && r + R < minCons) pen += blockPen * (minCons - r - R);
  } else {
    if (r < minCons && start > 0) pen = blockPen * (minCons - r);
    if (!touchesEnd && R < minOff) pen += blockPen * (minOff - R);
  }
  return pen;
}
