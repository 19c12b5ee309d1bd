// The exact phase of the search: column generation over the rows of the employees in a window of
// days (the whole period when pricing it is affordable), the rest of the roster held as it is.
// All hard rules are per employee and only cover couples employees, so a roster is a choice of
// one legal row per employee (a "column"), and the master LP prices cover:
//
//   min  Σ cost(column)·λ + Σ under·u + Σ over·o + Σ minWeight·m
//   s.t. Σ_k λ_ek = 1                                  for every employee e
//        Σ covering λ + u_r − o_r = target_r             for every requirement r in the window
//        Σ covering λ + m_r ≥ min_r                      for every such requirement with a minimum
//
// The cost of a column is the employee's whole soft score with that row in the window. The
// pricing problem — the employee's cheapest legal row when each covered requirement earns its
// dual — is exactly the window DP (window-dp.ts), edges and period totals included. The LP over the
// columns found, solved with integer λ by a MIP engine, gives rosters the neighbourhood search
// alone does not reach; the search then continues from them. See docs/solver.md.
import { OFF, type CompiledModel, countsFor } from './compile-model';
import { scanEmployee, type HardViolation } from './evaluate';
import type { LinearSolver, MasterColumn, MasterProblem, RelaxationResult } from './linear-solver';
import { RosterState } from './roster-state';
import type { PricingJob, RowPricer } from './row-pricer';
import { FREE_CELL } from './window-dp';

/**
 * Next-best rows asked of each employee's pricing (rows ending in other states of the DP) while a
 * round's pricing takes more than PRICING_HEAVY times its LP solve: more columns per round cost
 * little pricing and save rounds (Instance19's root 98 → 68 rounds, Instance15's 58 → 47), but
 * they make the LP larger, which does not pay where the LP is the round's cost (Instance12 and 13).
 */
const ALTERNATIVES = 3;
const PRICING_HEAVY = 3;

export interface ColumnGenerationOptions {
  /** Longest single LP solve (it blocks the caller); a solve cut short prices nothing. */
  maxSolveMs?: number;
  /** Milliseconds, to weigh pricing against the LP (without one, each employee gives one row). */
  clock?: () => number;
}

/** Reduced cost below which a priced column is worth adding (integer objective: any real gain). */
const IMPROVING = -1e-6;

/** An LP this far above a dive's cutoff counts as above it (the engine's tolerances). */
const CUTOFF_TOLERANCE = 1e-6;

/**
 * Dual smoothing at the root (Wentges 1997): pricing uses α·center + (1 − α)·the LP's duals, the
 * center being the duals of the best Lagrangian bound so far. It damps the duals' oscillation,
 * the cause of column generation's long tail on degenerate masters like this one. Measured from
 * the same start, α = 0.5 against none: 10–18 % fewer rounds to converge on Instance8, 12, 14 and
 * 17; Instance15's LP within 0.1 % of its optimum 11 rounds sooner, Instance18's 4462 at round
 * 35 instead of 49; α = 0.8 took more rounds (Instance15: 121 against 71).
 */
const DUAL_SMOOTHING = 0.5;

/** Root rounds over which the LP's tail-off is measured. */
const TAIL_ROUNDS = 3;

/** Dual feasibility tolerance of the engine (HiGHS's default is 1e-7). */
const DUAL_TOLERANCE = 1e-6;

export interface DiveOptions {
  /** Pricing rounds after a fixing before the next fixing (default: until the LP settles). */
  roundsPerFix?: number;
  /** Asked between employees of a pricing round; a round cut short does not settle the LP. */
  stop?: () => boolean;
  /**
   * The root ends when its rounds lower the LP by less than this share of its value each (over
   * the last three); 0: it converges.
   */
  rootTailOff?: number;
  /**
   * The score to beat: a dive whose settled LP is above it cannot end in a roster that scores
   * less, so it starts again from the root with its first choice set aside.
   */
  cutoff?: number;
}

/**
 * Whether an LP whose last values are `history` (oldest first) gained less than `share` of its
 * value per round over the last TAIL_ROUNDS rounds; never with share 0, whatever the engine's
 * rounding. Over several rounds, because a smoothed round may leave the LP where it was while
 * its columns pay off in the next.
 */
export function hasTailedOff(history: readonly number[], share: number): boolean {
  const n = history.length;
  if (share <= 0 || n <= TAIL_ROUNDS) return false;
  const now = history[n - 1];
  return history[n - 1 - TAIL_ROUNDS] - now < TAIL_ROUNDS * share * Math.abs(now);
}

/** A row found by pricing: its cost, the master rows it counts in, and its column if known. */
interface PricedRow {
  cost: number;
  rows: Int32Array;
  known: number;
}

/** α·center + (1 − α)·dual, row by row. */
function mixDuals(center: Float64Array, dual: Float64Array, alpha: number): Float64Array {
  const mixed = new Float64Array(dual.length);
  for (let i = 0; i < dual.length; i++) mixed[i] = alpha * center[i] + (1 - alpha) * dual[i];
  return mixed;
}

function dualSum(dual: Float64Array, rows: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) sum += dual[rows[i]];
  return sum;
}

/** The master column of employee e's priced row: 1 in its convexity row and in each row it counts in. */
function masterColumn(e: number, priced: PricedRow): MasterColumn {
  const rows = new Int32Array(priced.rows.length + 1);
  rows[0] = e;
  rows.set(priced.rows, 1);
  return { cost: priced.cost, lower: 0, upper: 1, rows, values: new Float64Array(rows.length).fill(1) };
}

export class ColumnGeneration {
  private readonly master: MasterProblem;
  /** The roster with every employee's window cells lifted (OFF): the frame the rows fit into. */
  private readonly frame: RosterState;
  private readonly scratch: Int16Array;
  private readonly a: number;
  private readonly b: number;
  /** Days in the window (b − a + 1). */
  private readonly days: number;
  /** Master row of each requirement's target and minimum (-1 = outside the window / none). */
  private readonly targetRow: Int32Array;
  private readonly minRow: Int32Array;
  private readonly windowReqs: number[] = [];
  /** The columns: the employee, its row of values in the window, its cost and master rows. */
  private readonly owner: number[] = [];
  private readonly rowsOf: Int16Array[] = [];
  private readonly costOf: number[] = [];
  private readonly masterRowsOf: Int32Array[] = [];
  /** Per employee: the columns found, by their row of values, and in the order found. */
  private readonly seen: Map<string, number>[];
  private readonly columnsOf: number[][];
  private readonly slackCount: number;
  /** The employees whose rows this master chooses (1); the others keep their rows of the frame. */
  private readonly member: Uint8Array;
  /** Per requirement: the cover the employees outside the team give (all 0 without a team). */
  private readonly given: Int32Array;
  /** Value of the last LP relaxation over the columns found so far. */
  relaxation = Infinity;
  /** Pricing rounds that found no improving column: the LP is optimal over every legal row. */
  converged = false;
  /** The last LP solve ran out of `maxSolveMs`: this master is too large for the caller. */
  tooSlow = false;
  /**
   * The best Lagrangian bound of a round priced with nobody fixed: no roster that keeps the rest
   * held scores less (−Infinity until a round priced every employee exactly).
   */
  bound = -Infinity;
  /** The duals of the best Lagrangian bound so far: the center of dual smoothing (DUAL_SMOOTHING). */
  private center: Float64Array | null = null;
  /** The root LP's last values (the tail-off measure). */
  private readonly rootHistory: number[] = [];
  private misPriced = false;
  /** Dive: the column each employee is fixed to (-1 = free), and the last LP's column values. */
  private readonly fixedTo: Int32Array;
  private lastPrimal: Float64Array | null = null;
  private roundsSinceFix = 0;
  /** Cell dive: each employee's window cells fixed so far (FREE_CELL, OFF or a shift), and how many. */
  private readonly cellFix: Int16Array;
  private readonly cellsFixedOf: Int32Array;
  /**
   * The first undecided choice of every dive so far (a column, or a cell and its value): later
   * dives make another one first, so that a kept master's dives do not all follow the same path
   * (after the diving heuristics with limited discrepancy of Sadykov et al., "Primal heuristics
   * for branch and price: the assets of diving methods", INFORMS J. Computing 2019).
   */
  private readonly setAside = new Set<string>();
  private firstChoice: string | null = null;
  /** Dives that settled above their cutoff and started again. */
  restarts = 0;
  /** Next-best rows the next round asks of each employee (ALTERNATIVES while pricing is heavy). */
  private alternatives = 0;

  /** The first undecided choices of the dives so far (set aside for the dives after them). */
  get firstChoices(): ReadonlySet<string> {
    return this.setAside;
  }

  /**
   * Column generation over days `window.a..window.b` of `base` (a roster meeting every hard
   * rule), or over the whole period of an empty roster when no window is given. With
   * `window.employees`, only those employees' rows are chosen; everyone else keeps their row of
   * `base`, and the cover they give counts as given (a team's master: few rows, few rounds).
   */
  constructor(
    private readonly cm: CompiledModel,
    solver: LinearSolver,
    private readonly pricing: RowPricer,
    window?: { a: number; b: number; base: Int16Array; employees?: readonly number[] },
    private readonly options: ColumnGenerationOptions = {},
  ) {
    const { E, H, R } = cm;
    this.a = window?.a ?? 0;
    this.b = window?.b ?? H - 1;
    this.days = this.b - this.a + 1;
    this.member = new Uint8Array(E);
    if (window?.employees) for (const e of window.employees) this.member[e] = 1;
    else this.member.fill(1);
    const frame = window ? window.base.slice() : new Int16Array(E * H).fill(OFF);
    for (let e = 0; e < E; e++) if (this.member[e]) frame.fill(OFF, e * H + this.a, e * H + this.b + 1);
    this.frame = new RosterState(cm, frame);
    // Cover from the employees outside the team, held in the frame: the team's rows cover the rest.
    this.given = this.frame.reqCount.slice();
    this.scratch = frame.slice();
    this.seen = Array.from({ length: E }, () => new Map<string, number>());
    this.columnsOf = Array.from({ length: E }, () => []);
    this.fixedTo = new Int32Array(E).fill(-1);
    this.cellFix = new Int16Array(E * this.days).fill(FREE_CELL);
    this.cellsFixedOf = new Int32Array(E);
    this.targetRow = new Int32Array(R).fill(-1);
    this.minRow = new Int32Array(R).fill(-1);
    let rows = E;
    for (let r = 0; r < R; r++) {
      if (cm.reqDay[r] < this.a || cm.reqDay[r] > this.b) continue;
      this.windowReqs.push(r);
      this.targetRow[r] = rows++;
      if (cm.reqMin[r] > 0 && cm.reqMinW[r] > 0) this.minRow[r] = rows++;
    }
    const lower = new Float64Array(rows);
    const upper = new Float64Array(rows);
    // An employee outside the team has no columns: its convexity row is 0 = 0.
    for (let e = 0; e < E; e++) lower[e] = upper[e] = this.member[e];
    for (const r of this.windowReqs) {
      lower[this.targetRow[r]] = upper[this.targetRow[r]] = this.targetLeft(r);
      if (this.minRow[r] >= 0) {
        lower[this.minRow[r]] = this.minLeft(r);
        upper[this.minRow[r]] = Infinity;
      }
    }
    this.master = solver.createMaster(lower, upper);
    const slacks: MasterColumn[] = [];
    const one = (row: number, value: number) => ({ rows: Int32Array.of(row), values: Float64Array.of(value) });
    for (const r of this.windowReqs) {
      slacks.push({ cost: cm.reqUnder[r], lower: 0, upper: Math.max(0, this.targetLeft(r)), ...one(this.targetRow[r], 1) });
      slacks.push({ cost: cm.reqOver[r], lower: 0, upper: Infinity, ...one(this.targetRow[r], -1) });
      if (this.minRow[r] >= 0) {
        slacks.push({ cost: cm.reqMinW[r], lower: 0, upper: Math.max(0, this.minLeft(r)), ...one(this.minRow[r], 1) });
      }
    }
    this.master.addColumns(slacks);
    this.slackCount = slacks.length;
  }

  /** Requirement r's target less the cover given by the employees outside the team (may be < 0). */
  private targetLeft(r: number): number {
    return this.cm.reqTarget[r] - this.given[r];
  }

  /** Requirement r's minimum less the cover given by the employees outside the team (may be < 0). */
  private minLeft(r: number): number {
    return this.cm.reqMin[r] - this.given[r];
  }

  /**
   * Adds every employee's window row of a roster that meets all hard rules (and equals the frame
   * outside the window) as a column, once.
   */
  addRoster(x: Int16Array): void {
    const cols: MasterColumn[] = [];
    for (let e = 0; e < this.cm.E; e++) {
      if (!this.member[e]) continue;
      const row = x.slice(e * this.cm.H + this.a, e * this.cm.H + this.b + 1);
      const priced = this.price(e, row);
      if (!priced || priced.known >= 0) continue;
      this.remember(e, row, priced);
      cols.push(masterColumn(e, priced));
    }
    this.master.addColumns(cols);
    if (cols.length > 0) this.converged = false;
  }

  /**
   * One round: solve the LP, price every employee, add the improving rows. Returns how many.
   * `stop` is asked between employees; a round it cuts short does not count as converged.
   */
  priceRound(stop?: () => boolean): number {
    const clock = this.options.clock;
    const lpStart = clock?.() ?? 0;
    const lp = this.solveRelaxation();
    if (!lp) return 0;
    const pricingStart = clock?.() ?? 0;
    this.relaxation = lp.objective;
    this.lastPrimal = lp.primal;
    const dual = lp.rowDual;
    const { E, R } = this.cm;
    // At the root, pricing follows duals smoothed towards those of the best bound so far; a round
    // that finds nothing there (mispricing) prices at the LP's own duals next.
    const smoothed = this.center !== null && !this.diving() && !this.misPriced;
    const price = smoothed ? mixDuals(this.center!, dual, DUAL_SMOOTHING) : dual;
    const reward = new Float64Array(R);
    for (const r of this.windowReqs) reward[r] = price[this.targetRow[r]] + (this.minRow[r] >= 0 ? price[this.minRow[r]] : 0);
    // Lagrangian bound: every employee's cheapest legal row at these duals, plus the slacks' best.
    let bound = this.diving() ? -Infinity : this.boundConstant(price);
    const cols: MasterColumn[] = [];
    let interrupted = false;
    const L = this.days;
    const jobs: PricingJob[] = [];
    for (let e = 0; e < E; e++) {
      if (!this.member[e] || this.fixedTo[e] >= 0 || this.cellsFixedOf[e] === L) continue;
      // A copy: a view would take all of cellFix to a pricing thread.
      const fixed = this.cellsFixedOf[e] > 0 ? this.cellFix.slice(e * L, (e + 1) * L) : undefined;
      jobs.push({ e, fixed, alternatives: this.alternatives, hint: this.cheapestColumn(e, price, fixed) });
    }
    const results = this.pricing.priceRows(this.frame, jobs, reward, this.a, this.b, stop);
    for (let k = 0; k < jobs.length; k++) {
      const result = results[k];
      if (!result) {
        interrupted = true;
        continue;
      }
      const { e } = jobs[k];
      const { row } = result;
      const priced = row && this.price(e, row);
      if (!row || !priced || !result.exact) {
        // No legal row came out, or a binding cap was priced: the minimum is not known.
        bound = -Infinity;
        if (!row || !priced) continue;
      }
      bound += priced.cost - dualSum(price, priced.rows);
      const candidates = [{ row, priced }, ...(result.alternatives ?? []).map((alt) => ({ row: alt, priced: this.price(e, alt) }))];
      for (const candidate of candidates) {
        const p = candidate.priced;
        if (p && p.known < 0 && p.cost - dualSum(dual, p.rows) - dual[e] < IMPROVING) {
          this.remember(e, candidate.row, p);
          cols.push(masterColumn(e, p));
        }
      }
    }
    if (clock) {
      const lpMs = pricingStart - lpStart;
      const pricingMs = clock() - pricingStart;
      this.alternatives = pricingMs > PRICING_HEAVY * lpMs ? ALTERNATIVES : 0;
    }
    this.master.addColumns(cols);
    if (!interrupted && bound > this.bound) {
      this.bound = bound;
      this.center = price.slice();
    }
    this.misPriced = smoothed && cols.length === 0 && !interrupted;
    // Only a round at the LP's own duals that finds nothing proves the LP optimal.
    this.converged = cols.length === 0 && !interrupted && !smoothed;
    return cols.length;
  }

  /**
   * Employee e's known row that costs least at `dual` and keeps its fixed cells: the row its
   * pricing must beat (the DP drops the states that cannot), or undefined when none does.
   */
  private cheapestColumn(e: number, dual: Float64Array, fixed: Int16Array | undefined): Int16Array | undefined {
    let best: Int16Array | undefined;
    let bestCost = Infinity;
    for (const j of this.columnsOf[e]) {
      const row = this.rowsOf[j];
      if (fixed && !row.every((v, i) => fixed[i] === FREE_CELL || fixed[i] === v)) continue;
      const cost = this.costOf[j] - dualSum(dual, this.masterRowsOf[j]);
      if (cost < bestCost) {
        bestCost = cost;
        best = row;
      }
    }
    return best;
  }

  private solveRelaxation(): RelaxationResult | null {
    const lp = this.master.solveRelaxation(this.options.maxSolveMs);
    if (!lp.optimal) this.tooSlow = this.options.maxSolveMs !== undefined;
    return lp.optimal ? lp : null;
  }

  /**
   * The part of the Lagrangian bound at `dual` that does not depend on the rows chosen: the
   * requirements' right-hand sides and the best value of every slack at those duals.
   */
  private boundConstant(dual: Float64Array): number {
    const cm = this.cm;
    let constant = 0;
    for (const r of this.windowReqs) {
      const target = dual[this.targetRow[r]];
      // An over-cover slack priced below zero makes the bound unbounded below (beyond the
      // engine's tolerance; within it the slack's price counts as zero).
      if (cm.reqOver[r] + target < -DUAL_TOLERANCE) return -Infinity;
      const rhs = this.targetLeft(r);
      constant += target * rhs + Math.min(0, (cm.reqUnder[r] - target) * Math.max(0, rhs));
      if (this.minRow[r] >= 0) {
        const min = dual[this.minRow[r]];
        const minRhs = this.minLeft(r);
        constant += min * minRhs + Math.min(0, (cm.reqMinW[r] - min) * Math.max(0, minRhs));
      }
    }
    return constant;
  }

  /**
   * One unit of work of a dive (price-and-fix): price until the LP settles (at most
   * `roundsPerFix` rounds at a time; with 0, only the LP over the columns found is re-solved),
   * then fix the employees whose LP row is already whole, or else the single most-chosen row, and
   * price again. Returns the roster once every employee is fixed; the fixings are then released
   * and its first undecided choice is set aside (the next dive makes another).
   */
  diveStep(options: DiveOptions = {}): Int16Array | null {
    const primal = this.settle(options);
    if (!primal || this.abandoned(options)) return null;
    const { E } = this.cm;
    const bestCol = new Int32Array(E).fill(-1);
    const bestVal = new Float64Array(E);
    for (let j = 0; j < this.owner.length; j++) {
      const v = primal[this.slackCount + j] ?? 0;
      const e = this.owner[j];
      if (v > bestVal[e]) {
        bestVal[e] = v;
        bestCol[e] = j;
      }
    }
    const fix: number[] = [];
    let pick = -1;
    // A column an earlier dive chose first ranks below every other (values are below 1).
    const rank = (e: number) => bestVal[e] - (this.setAside.has(`r${bestCol[e]}`) ? 1 : 0);
    for (let e = 0; e < E; e++) {
      if (this.fixedTo[e] >= 0 || bestCol[e] < 0) continue;
      if (bestVal[e] > 1 - 1e-6) fix.push(e);
      else if (pick < 0 || rank(e) > rank(pick)) pick = e;
    }
    if (pick >= 0 && fix.length === 0) {
      fix.push(pick);
      this.firstChoice ??= `r${bestCol[pick]}`;
    }
    for (const e of fix) this.fixedTo[e] = bestCol[e];
    this.boundColumnsOf(fix, (j, e) => (j === this.fixedTo[e] ? 1 : 0));
    this.roundsSinceFix = 0;
    this.converged = false;
    if (this.fixedTo.some((j, e) => j < 0 && this.member[e])) return null;
    const x = this.rosterOf(this.fixedTo);
    this.endDive();
    return x;
  }

  /** A dive that settled above its cutoff ends without a roster (it starts again at the root). */
  private abandoned({ cutoff }: DiveOptions): boolean {
    if (cutoff === undefined || !this.converged || !this.diving() || this.relaxation <= cutoff + CUTOFF_TOLERANCE) return false;
    this.endDive();
    this.restarts++;
    return true;
  }

  /** Releases a dive's fixings and sets its first undecided choice aside for the dives after it. */
  private endDive(): void {
    if (this.firstChoice !== null) this.setAside.add(this.firstChoice);
    this.firstChoice = null;
    this.releaseFixings();
  }

  /** Records the root LP's value and tells whether it has tailed off (`hasTailedOff`). */
  private tailingOff(share: number): boolean {
    this.rootHistory.push(this.relaxation);
    if (this.rootHistory.length > TAIL_ROUNDS + 1) this.rootHistory.shift();
    return hasTailedOff(this.rootHistory, share);
  }

  /**
   * One pricing round of a dive, or, once the LP has settled (or the dive is out of rounds for
   * this fixing: then only the LP over the rows found is solved), the LP's column values to fix by.
   */
  private settle({ roundsPerFix = Infinity, stop, rootTailOff = 0 }: DiveOptions): Float64Array | null {
    if (!this.converged && this.roundsSinceFix < roundsPerFix) {
      const root = !this.diving();
      this.priceRound(stop);
      this.roundsSinceFix++;
      if (this.converged) return this.lastPrimal;
      return root && this.tailingOff(rootTailOff) ? this.lastPrimal : null;
    }
    if (!this.converged) {
      const lp = this.solveRelaxation();
      if (!lp) return null;
      this.lastPrimal = lp.primal;
    }
    return this.lastPrimal;
  }

  /**
   * One unit of work of a dive on cells (the classic branching of branch-and-price on rosters:
   * "employee e works shift s on day d"): price until the LP settles, then fix every such cell
   * the LP already agrees on — that keeps the LP as it is — and the `perStep` undecided ones it
   * leans to most, and price again. Rows that disagree with a fixed cell leave the LP, and pricing
   * only builds rows that agree. Days off are fixed only with `fixDaysOff` (a dive in a hurry:
   * it ends in far fewer steps); otherwise free days stay free to cover what a later fixing
   * leaves open, which measured better. Fixing cells rather than whole rows moves the LP less, so
   * it settles again in far fewer rounds. Returns the roster once the LP picks one whole row per
   * employee; the fixings are then released and its first undecided cell set aside.
   */
  diveCellsStep(perStep = 1, options: DiveOptions & { fixDaysOff?: boolean } = {}): Int16Array | null {
    const primal = this.settle(options);
    if (!primal || this.abandoned(options)) return null;
    const { E, S } = this.cm;
    const L = this.days;
    const V = S + 1;
    const whole = new Int32Array(E).fill(-1);
    const mass = new Float64Array(E * L * V);
    for (let j = 0; j < this.owner.length; j++) {
      const v = primal[this.slackCount + j] ?? 0;
      if (v < 1e-9) continue;
      const e = this.owner[j];
      if (v > 1 - 1e-6) whole[e] = j;
      const row = this.rowsOf[j];
      for (let i = 0; i < L; i++) mass[(e * L + i) * V + row[i] + 1] += v;
    }
    if (whole.every((j, e) => j >= 0 || !this.member[e])) {
      const x = this.rosterOf(whole);
      this.endDive();
      return x;
    }
    const changed = new Set<number>();
    const leaning: { cell: number; value: number; mass: number }[] = [];
    for (let c = 0; c < E * L; c++) {
      // An employee a dive on rows fixed keeps that row (a dive may switch from rows to cells).
      if (this.cellFix[c] !== FREE_CELL || this.fixedTo[Math.floor(c / L)] >= 0) continue;
      let best = options.fixDaysOff ? 0 : 1;
      for (let v = best + 1; v < V; v++) if (mass[c * V + v] > mass[c * V + best]) best = v;
      const m = mass[c * V + best];
      if (m > 1 - 1e-6) this.fixCell(c, best - 1, changed);
      else if (m > 1e-6) leaning.push({ cell: c, value: best - 1, mass: m });
    }
    // One undecided cell per employee and step: the rows with positive value that agree with it
    // then keep the employee a legal row (two such cells might only agree with different rows).
    // A cell value an earlier dive chose first ranks below every other (masses are below 1).
    const rank = (p: { cell: number; value: number; mass: number }) => p.mass - (this.setAside.has(`c${p.cell}:${p.value}`) ? 1 : 0);
    leaning.sort((p, q) => rank(q) - rank(p) || p.cell - q.cell);
    const taken = new Set<number>();
    for (const { cell, value } of leaning) {
      if (taken.size >= perStep) break;
      const e = Math.floor(cell / L);
      if (taken.has(e)) continue;
      taken.add(e);
      this.fixCell(cell, value, changed);
      this.firstChoice ??= `c${cell}:${value}`;
    }
    this.boundIncompatible([...changed]);
    this.roundsSinceFix = 0;
    this.converged = false;
    return null;
  }

  private fixCell(c: number, value: number, changed: Set<number>): void {
    const L = this.days;
    const e = Math.floor(c / L);
    this.cellFix[c] = value;
    this.cellsFixedOf[e]++;
    changed.add(e);
  }

  /** Takes the rows that disagree with an employee's fixed cells out of the LP (upper bound 0). */
  private boundIncompatible(employees: number[]): void {
    const L = this.days;
    this.boundColumnsOf(employees, (j, e) => {
      const row = this.rowsOf[j];
      for (let i = 0; i < L; i++) {
        const f = this.cellFix[e * L + i];
        if (f !== FREE_CELL && f !== row[i]) return 0;
      }
      return null;
    });
  }

  /** The frame with each employee's window set to the row of the column given for them. */
  private rosterOf(columnOf: Int32Array): Int16Array {
    const x = this.frame.x.slice();
    for (let e = 0; e < this.cm.E; e++) if (this.member[e]) x.set(this.rowsOf[columnOf[e]], e * this.cm.H + this.a);
    return x;
  }

  /** Whether a dive has fixed anything (its root LP has settled). */
  diving(): boolean {
    return this.fixedTo.some((j) => j >= 0) || this.cellsFixedOf.some((n) => n > 0);
  }

  /** Employees a dive has not fixed yet (whole rows, or every cell). */
  freeEmployees(): number {
    const L = this.days;
    let free = 0;
    for (let e = 0; e < this.cm.E; e++) if (this.member[e] && this.fixedTo[e] < 0 && this.cellsFixedOf[e] < L) free++;
    return free;
  }

  /** Frees every employee fixed by a dive. */
  private releaseFixings(): void {
    const fixed: number[] = [];
    this.fixedTo.forEach((j, e) => (j >= 0 || this.cellsFixedOf[e] > 0) && fixed.push(e));
    this.boundColumnsOf(fixed, () => null);
    this.fixedTo.fill(-1);
    this.cellFix.fill(FREE_CELL);
    this.cellsFixedOf.fill(0);
    this.rootHistory.length = 0;
    // The bounds changed, so the LP must be solved again before the next dive can read it.
    this.lastPrimal = null;
    this.converged = false;
    this.roundsSinceFix = 0;
  }

  /**
   * Sets every column of the given employees to `value(j, e)` (fixed), or frees it (null). The
   * other columns of a fixed employee are fixed at 0 rather than left to the convexity row, so
   * the simplex no longer looks at them: dives get slower with every column the LP has to price.
   */
  private boundColumnsOf(employees: number[], value: (j: number, e: number) => number | null): void {
    const columns: number[] = [];
    const lower: number[] = [];
    const upper: number[] = [];
    for (const e of employees) {
      for (const j of this.columnsOf[e]) {
        const v = value(j, e);
        columns.push(this.slackCount + j);
        lower.push(v ?? 0);
        upper.push(v ?? 1);
      }
    }
    const order = columns.map((_, i) => i).sort((x, y) => columns[x] - columns[y]);
    this.master.setBounds(
      Int32Array.from(order, (i) => columns[i]),
      Float64Array.from(order, (i) => lower[i]),
      Float64Array.from(order, (i) => upper[i]),
    );
  }

  /**
   * The best roster that picks one found column per employee, within `timeLimitMs`, starting
   * from `incumbent` (whose rows must have been added), with its objective in the master (the
   * roster's score). Null when none was found in time.
   */
  bestRoster(timeLimitMs: number, incumbent: Int16Array): { x: Int16Array; objective: number } | null {
    const { E, H } = this.cm;
    const n = this.owner.length;
    const integer = Int32Array.from({ length: n }, (_, j) => this.slackCount + j);
    const start = this.startFrom(incumbent);
    const res = this.master.solveInteger(integer, { timeLimitMs, start: start ?? undefined });
    if (!res.primal) return null;
    const x = this.frame.x.slice();
    const chosen = new Uint8Array(E);
    for (let j = 0; j < n; j++) {
      if (res.primal[this.slackCount + j] < 0.5) continue;
      const e = this.owner[j];
      if (chosen[e]) return null;
      chosen[e] = 1;
      x.set(this.rowsOf[j], e * H + this.a);
    }
    return chosen.every((c, e) => c === this.member[e]) ? { x, objective: res.objective } : null;
  }

  dispose(): void {
    this.master.dispose();
  }

  private key(row: ArrayLike<number>): string {
    return Array.prototype.join.call(row, ',');
  }

  private remember(e: number, row: Int16Array, priced: PricedRow): void {
    this.seen[e].set(this.key(row), this.owner.length);
    this.columnsOf[e].push(this.owner.length);
    this.owner.push(e);
    this.rowsOf.push(row.slice());
    this.costOf.push(priced.cost);
    this.masterRowsOf.push(priced.rows);
  }

  /**
   * Employee e working `row` in the window: its cost and the master rows it counts in (besides its
   * convexity row), or null when it breaks a hard rule with the rest of its row.
   */
  private price(e: number, row: Int16Array): PricedRow | null {
    const cm = this.cm;
    const { H, S } = cm;
    const known = this.seen[e].get(this.key(row));
    if (known !== undefined) return { cost: this.costOf[known], rows: this.masterRowsOf[known], known };
    this.scratch.set(row, e * H + this.a);
    const violations: HardViolation[] = [];
    const scan = scanEmployee(cm, this.scratch, e, violations);
    this.scratch.fill(OFF, e * H + this.a, e * H + this.b + 1);
    if (violations.length > 0) return null;
    const rows: number[] = [];
    for (let i = 0; i < row.length; i++) {
      const s = row[i];
      if (s === OFF) continue;
      const c = (this.a + i) * S + s;
      for (let j = cm.cellReqStart[c]; j < cm.cellReqStart[c + 1]; j++) {
        const r = cm.cellReqIdx[j];
        if (!countsFor(cm, e, r)) continue;
        rows.push(this.targetRow[r]);
        if (this.minRow[r] >= 0) rows.push(this.minRow[r]);
      }
    }
    return { cost: scan.soft, rows: Int32Array.from(rows), known: -1 };
  }

  /**
   * Column values of a roster whose team rows are all columns (the rest as in the frame): λ, then
   * slacks that balance cover.
   */
  private startFrom(x: Int16Array): Float64Array | null {
    const cm = this.cm;
    const { E, H } = cm;
    const values = new Float64Array(this.slackCount + this.owner.length);
    const count = this.given.slice();
    for (let e = 0; e < E; e++) {
      if (!this.member[e]) continue;
      const row = x.subarray(e * H + this.a, e * H + this.b + 1);
      const j = this.seen[e].get(this.key(row));
      if (j === undefined) return null;
      values[this.slackCount + j] = 1;
      for (let i = 0; i < row.length; i++) {
        const s = row[i];
        if (s === OFF) continue;
        const c = (this.a + i) * cm.S + s;
        for (let k = cm.cellReqStart[c]; k < cm.cellReqStart[c + 1]; k++) {
          if (countsFor(cm, e, cm.cellReqIdx[k])) count[cm.cellReqIdx[k]]++;
        }
      }
    }
    let i = 0;
    for (const r of this.windowReqs) {
      values[i++] = Math.max(0, cm.reqTarget[r] - count[r]);
      values[i++] = Math.max(0, count[r] - cm.reqTarget[r]);
      if (this.minRow[r] >= 0) values[i++] = Math.max(0, cm.reqMin[r] - count[r]);
    }
    return values;
  }
}
