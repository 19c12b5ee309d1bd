// Automatic roster generation: a construction pass followed by large neighbourhood search in
// which a neighbourhood lifts one or a few employees out of a window of days and puts them back
// one at a time with the exact best-response dynamic programme (window-dp.ts). Anytime (the best
// roster so far is kept), seeded (own PRNG), cancellable between iterations, and free of wall
// clock: time limits use the caller's `clock`. See docs/solver.md for the measurements behind
// the design.
import { compileModel, coverPenalty, OFF, NO_FIXED, type CompiledModel } from './compile-model';
import { ColumnGeneration } from './column-generation';
import { checkFeasibility, findUncoverableNeeds, type Infeasibility, type UncoverableNeed } from './check-feasibility';
import { evaluateRoster } from './evaluate';
import type { Assignment, SolverModel } from './model';
import { createPrng, type Prng } from './prng';
import { RosterState } from './roster-state';
import { WindowOptimizer, type WindowNoise } from './window-dp';
import type { PricingThread, RowPricer } from './row-pricer';
import { nextTeamSize, pickTeam, TEAM_FIRST_SIZE, TeamTimeShare } from './team-episodes';
import { ejectionChain, liftAndReinsert, repairShortfall, type SearchContext, type Undo } from './neighbourhoods';
import {
  DEFAULT_TUNING,
  type SearchTuning,
  type SolveOptions,
  type SolveProgress,
  type SolveResult,
  type StopReason,
} from './solve-options';

export type { SearchTuning, SolveOptions, SolveProgress, SolveResult, StopReason } from './solve-options';

/** Feasible rosters the search recorded last, kept to seed the exact phase's master. */
const RECENT_BEST = 50;
/** Share of the time budget before the exact phase starts (the search first finds a good roster). */
const EXACT_START = 0.1;
/** The exact phase stops starting episodes here; the rest is neighbourhood search. */
const EXACT_END = 0.9;
/** Caps, as shares of the time budget: one episode, one pricing step, the MIP polish. */
const EXACT_EPISODE_SHARE = 0.2;
const EXACT_WHOLE_SHARE = 0.55;
/** A whole-period episode whose root settled in its share may dive until this share. */
const EXACT_WHOLE_DIVE_SHARE = 0.75;
const EXACT_STEP_SHARE = 0.02;
const EXACT_POLISH_SHARE = 0.1;
/** A whole-period episode (dive and polish) quicker than this share keeps its master for more. */
const WHOLE_POOL_SHARE = 0.25;
/** Least neighbourhood search between two episodes. */
const EXACT_MIN_SEARCH_SHARE = 0.02;
/**
 * A root LP still pricing after this share of its episode ends when its rounds lower it by less
 * than ROOT_TAIL_OFF of its value each, over three rounds (Instance15: its last ten rounds, ~6 s,
 * gained 0.1 %).
 */
const SLOW_ROOT_SHARE = 0.4;
const ROOT_TAIL_OFF = 5e-4;
/** Undecided cells a dive on cells fixes per step (one per employee). */
const CELLS_PER_FIX = 5;
/**
 * What a dive costs, in pricing rounds at the current cost per employee still free: on whole
 * rows, on cells, on cells and days off (measured on Instance15 after its root: 588 rounds in
 * 160 s, 507 in 27 s and 316 in 8.3 s for 45 employees at ~0.6 s per round with everyone free;
 * rounds get cheaper as rows and cells are fixed).
 */
const DIVE_ROUNDS_PER_EMPLOYEE = [6, 1, 0.3];
/** Margin below the Lagrangian bound before it proves a roster optimal (engine tolerances). */
const BOUND_TOLERANCE = 1e-3;
/**
 * The exact phase runs when a whole-period pricing call keeps at most this many DP cells (its back
 * pointers, 4 bytes each) in memory; whether its rounds are fast enough is then measured.
 */
const PRICING_MEMORY_CELLS = 1e8;
/** Threads sharing each pricing round when a pricing thread runs (SolveOptions.pricingThread). */
const THREADS_WITH_PRICING_THREAD = 2;
/**
 * Team episodes (team-episodes.ts): each is kept near TEAM_TARGET_SHARE of the budget by its
 * team's size and may take up to TEAM_EPISODE_SHARE; the search between two gets a share of the
 * time by what each gained (TeamTimeShare).
 */
const TEAM_TARGET_SHARE = 0.01;
const TEAM_EPISODE_SHARE = 0.05;
/** Share of team episodes placed around a requirement still under its target. */
const TEAM_FOCUS = 0.7;
/** A team episode past this share of its time fixes after every round (it must end in a roster). */
const TEAM_HURRY = 0.6;
/**
 * Team episodes start this late: each one leaves the search at the best roster, which costs the
 * annealing its spread while it is still warm (Instance20, one seed: 5477 from 75 %, 5929 from
 * 60 %, 6331 from 50 % with the time shared as below), and run to the end of the budget.
 */
const TEAM_START = 0.7;
/** Search iterations without a lower best shortfall before a whole-row repair is tried. */
const STUCK_ITERATIONS = 200;

function softUpperBound(cm: CompiledModel): number {
  let b = 0;
  for (let r = 0; r < cm.R; r++) b += Math.max(coverPenalty(cm, r, 0), coverPenalty(cm, r, cm.E));
  for (let i = 0; i < cm.requestCost.length; i++) b += cm.requestCost[i];
  if (cm.succPen) {
    let m = 0;
    for (let i = 0; i < cm.succPen.length; i++) m = Math.max(m, cm.succPen[i]);
    b += m * cm.E * cm.H;
  }
  b += cm.runWeight * cm.E * cm.H;
  if (cm.gapPen) {
    let m = 0;
    for (let i = 0; i < cm.gapPen.length; i++) m = Math.max(m, cm.gapPen[i]);
    b += m * cm.E * cm.H;
  }
  for (let g = 0; g < cm.shareCap.length; g++) b += cm.shareWeight[g] * cm.H + cm.shareUnderWeight[g] * cm.shareFloor[g];
  let longest = 0;
  for (let s = 0; s < cm.S; s++) longest = Math.max(longest, cm.shiftMinutes[s]);
  for (let e = 0; e < cm.E; e++) b += cm.targetWeight[e] * Math.max(cm.targetMinutes[e], cm.H * longest);
  return b;
}

export class RosterSolver implements SearchContext {
  readonly cm: CompiledModel;
  readonly rng: Prng;
  readonly state: RosterState;
  readonly dp: WindowOptimizer;
  private readonly explanations: Infeasibility[];
  private readonly uncoverable: UncoverableNeed[];
  private bestX: Int16Array;
  private bestShortfall: number;
  private shortfallFellAt = 0;
  private bestSoft: number;
  private iteration = 0;
  private readonly startMs: number;
  private lastProgressMs: number;
  private stopReason: StopReason | null = null;
  private constructed = false;
  readonly maxWindow: Int32Array;
  readonly tuning: SearchTuning;
  private history: Float64Array | null = null;
  private readonly strictM: number;
  private weight: number;
  private infeasibleIterations = 0;
  private lastAdapt = 0;
  /** The exact phase: 'off' without an engine or when pricing is too expensive. */
  private exactPhase: 'off' | 'waiting' | 'episode' | 'search' | 'done' = 'off';
  private exact: ColumnGeneration | null = null;
  /**
   * The whole-period master, kept between episodes when its dive is cheap: its columns pile up
   * over repeated dives and MIP polishes (the search's best rosters join them).
   */
  private wholePool: ColumnGeneration | null = null;
  /** The exact phase's pricing DP, and the thread it shares its rounds with when one started. */
  private pricingDp: WindowOptimizer | null = null;
  private pricingThread: PricingThread | null = null;
  /** Days per episode: the whole period when its pricing is affordable, else shorter windows. */
  private windowLen = 0;
  /** The last step of the exact phase, in ms (a pricing round, mostly). */
  private lastStepMs = 0;
  /** The LP was solved since the episode's root was last set up (episode start, dive restart). */
  private rootSolved = false;
  /** The episode's dive: 0 on rows, 1 on cells, 2 on cells and days off (DIVE_ROUNDS_PER_EMPLOYEE). */
  private diveKind = 0;
  /** Dives ended (in a roster, or started again) on the current whole-period master. */
  private wholeDives = 0;
  /**
   * Whether the MIP polish after a whole-period dive runs: always after a master's first dive,
   * after later ones only while it keeps finding a better roster. Instance5 reaches its optimum by
   * it; on Instance8 and 15 it found nothing better in any 6-s run traced, time the dives then
   * lacked (Instance8: 1302 in three runs, against 1303–1307 with a polish after every dive).
   */
  private polishPays = true;
  /**
   * The whole-period root settled (converged or tailed off) within its share, so its dive may
   * take longer: a dive from a settled root is worth the search's time (Instance15: 4040 against
   * 4629–5231 for the search alone), one forced out of an unsettled root is not (Instance18).
   */
  private rootSettledInTime = false;
  private episodeWhole = false;
  /** Episodes are team episodes (team-episodes.ts): whole-period pricing rounds were too slow. */
  private teams = false;
  private teamSize = TEAM_FIRST_SIZE;
  private readonly teamShare = new TeamTimeShare();
  /** The best score when the team episode began, and when the last one ended (null before). */
  private teamFromSoft = 0;
  private searchFrom: { soft: number; ms: number } | null = null;
  private episodeStartMs = 0;
  private readonly recentBest: Int16Array[] = [];
  /** No roster scores less (the whole-period column generation's Lagrangian bound). */
  private lowerBound = -Infinity;
  private searchUntilMs = 0;

  constructor(private readonly model: SolverModel, private readonly options: SolveOptions = {}) {
    this.cm = compileModel(model);
    const cm = this.cm;
    this.tuning = { ...DEFAULT_TUNING, ...options.tuning };
    this.rng = createPrng(options.seed ?? 1);
    this.explanations = checkFeasibility(model, cm);
    this.uncoverable = findUncoverableNeeds(cm);
    this.strictM = softUpperBound(cm) + 1;
    this.dp = new WindowOptimizer(cm, this.strictM);
    this.weight = this.strictM;
    this.startMs = options.clock ? options.clock() : 0;
    this.lastProgressMs = this.startMs;
    const budget = options.dpBudget ?? 4e6;
    this.maxWindow = new Int32Array(cm.E);
    for (let e = 0; e < cm.E; e++) {
      let len = Math.min(cm.H, 7);
      while (len < cm.H && this.dp.estimate(e, len + 1) <= budget) len++;
      this.maxWindow[e] = len;
    }
    const x = new Int16Array(cm.E * cm.H).fill(OFF);
    for (let i = 0; i < x.length; i++) if (cm.fixed[i] !== NO_FIXED) x[i] = cm.fixed[i];
    if (options.initial) this.applyInitial(x, options.initial);
    this.state = new RosterState(cm, x);
    this.bestX = this.state.x.slice();
    this.bestShortfall = this.state.shortfallScore();
    this.bestSoft = this.state.softScore();
    if (this.explanations.length > 0) this.stopReason = 'infeasible-input';
    if (options.linearSolver && options.timeLimitMs && options.clock) {
      // Only where whole-period pricing fits in memory (and, measured on the first round, in
      // time): on longer problems, windows alone measured worse than the search alone
      // (docs/solver.md).
      let cells = 0;
      for (let e = 0; e < cm.E; e++) cells = Math.max(cells, this.dp.wholePeriodCells(e));
      if (cells <= PRICING_MEMORY_CELLS) {
        this.windowLen = cm.H;
        this.exactPhase = 'waiting';
      }
    }
  }

  /** Keeps the cells of a warm start that are allowed, unless the result breaks a max rule. */
  private applyInitial(x: Int16Array, initial: Assignment): void {
    const cm = this.cm;
    const shiftIndex = new Map(cm.shiftIds.map((id, s) => [id, s]));
    const trial = x.slice();
    for (let e = 0; e < cm.E; e++) {
      for (let d = 0; d < cm.H; d++) {
        if (cm.fixed[e * cm.H + d] !== NO_FIXED) continue;
        const sid = initial[e]?.[d] ?? null;
        const s = sid === null ? OFF : (shiftIndex.get(sid) ?? OFF);
        if (s === OFF || cm.allowed[(e * cm.H + d) * cm.S + s]) trial[e * cm.H + d] = s;
      }
    }
    // Minimum rules may be unmet (the search repairs them); any other broken rule means the
    // warm start cannot be kept as it is, and the search starts from the fixed cells alone.
    const broken = evaluateRoster(cm, trial).violations.filter(
      (v) => v.rule !== 'min-minutes' && v.rule !== 'min-consecutive-shifts' && v.rule !== 'min-consecutive-days-off',
    );
    if (broken.length === 0) x.set(trial);
  }

  private elapsed(): number {
    return this.options.clock ? this.options.clock() - this.startMs : 0;
  }

  private checkStop(): boolean {
    if (this.stopReason) return true;
    const o = this.options;
    if (o.shouldStop?.()) this.stopReason = 'cancelled';
    else if (o.maxIterations !== undefined && this.iteration >= o.maxIterations) this.stopReason = 'iteration-limit';
    else if (o.timeLimitMs !== undefined && o.clock && this.elapsed() >= o.timeLimitMs) this.stopReason = 'time-limit';
    // Scores are integers, so a bound a little above an integer still proves it; the margin
    // absorbs the engine's tolerances.
    else if (this.bestShortfall === 0 && this.bestSoft <= Math.ceil(this.lowerBound - BOUND_TOLERANCE)) this.stopReason = 'optimal';
    if (this.stopReason && this.exactPhase !== 'off') this.closeExact();
    return this.stopReason !== null;
  }

  get done(): boolean {
    return this.checkStop();
  }

  /** Runs up to `iterations` search iterations; returns false once the run has stopped. */
  step(iterations: number): boolean {
    for (let i = 0; i < iterations; i++) {
      if (this.checkStop()) return false;
      if (!this.constructed) {
        this.construct();
        this.constructed = true;
      } else if (this.exactDue()) {
        this.exactStep();
      } else {
        this.adaptWeight();
        this.searchIteration();
      }
      this.iteration++;
      this.maybeReport(false);
    }
    return !this.checkStop();
  }

  private exactDue(): boolean {
    switch (this.exactPhase) {
      case 'episode':
        return true;
      case 'waiting':
        return this.bestShortfall === 0 && this.budgetFraction() >= EXACT_START;
      case 'search':
        if (this.teams) return this.elapsed() >= this.searchUntilMs && this.budgetFraction() >= TEAM_START;
        return this.elapsed() >= this.searchUntilMs && this.budgetFraction() < EXACT_END;
      default:
        return false;
    }
  }

  /**
   * One step of the exact phase (column-generation.ts). An episode re-optimises a window of days
   * of the best roster (the whole period first, when pricing it is affordable) by a dive: one
   * pricing round or fixing per step. The first whole-period dive is followed by a MIP over
   * every row found. Between episodes the neighbourhood search runs as long as the episode took.
   * Any engine failure ends the exact phase, so the search never depends on it.
   */
  private exactStep(): void {
    try {
      if (!this.exact) {
        this.startEpisode();
        return;
      }
      const t0 = this.elapsed();
      const restarts = this.exact.restarts;
      // The limit is on a step's pricing work (its time on one thread): a pricing thread makes
      // rounds quicker, it does not make larger problems worth the exact phase (Instance19, let
      // in by the thread, spent the run on a root that did not settle: 4748 against 4143 for the
      // same seed with the search alone).
      const stepLimit = (EXACT_STEP_SHARE * this.budgetMs()) / (this.pricingThread?.ready ? THREADS_WITH_PRICING_THREAD : 1);
      // Late in its time, an episode fixes after every pricing round so that it ends in a roster.
      const hurry = t0 - this.episodeStartMs > (this.teams ? TEAM_HURRY : 0.95) * this.episodeSpanMs();
      // A whole-period round slower than its share ends the exact phase (below), so it is cut there.
      const cutMs = this.episodeWhole ? stepLimit : 3 * stepLimit;
      const cut = () => this.elapsed() - t0 > cutMs || this.elapsed() >= this.budgetMs() || (this.options.shouldStop?.() ?? false);
      const dived = this.episodeDiveStep(this.exact, t0 - this.episodeStartMs, hurry, cut);
      if (this.episodeWhole && (dived || this.exact.restarts !== restarts)) this.wholeDives++;
      if (this.episodeWhole) this.lowerBound = Math.max(this.lowerBound, this.exact.bound);
      if (!hurry && this.exact.diving()) this.rootSettledInTime = true;
      const stepMs = this.elapsed() - t0;
      // The first step from a root (an episode's, or a dive's that started again) also solves the
      // LP afresh (up to ten rounds' time on Instance8): it does not tell what a round costs.
      if (this.rootSolved) this.lastStepMs = stepMs;
      this.rootSolved = this.exact.restarts === restarts;
      if (this.episodeWhole && (stepMs > stepLimit || this.exact.tooSlow)) {
        // Whole-period rounds this slow leave no time to converge and dive, and windows of everyone
        // measured worse than the search alone: teams take over.
        this.switchToTeams();
        return;
      }
      // Pricing rounds that take too long make later windows shorter (down to a week); cheap
      // ones make them longer (up to the whole period). A team's size follows its episodes' time.
      if (!this.teams) this.adaptWindow(stepMs, stepLimit);
      if (dived) {
        this.adoptIfBetter(dived);
        if (this.episodeWhole && this.polishPays) {
          const limit = Math.min(
            this.options.maxBlockingMs ?? 10_000,
            EXACT_POLISH_SHARE * this.budgetMs(),
            Math.max(0, this.budgetMs() - this.elapsed()),
          );
          const before = this.bestSoft;
          const polished = this.exact.bestRoster(limit, this.bestX);
          if (polished) this.adoptIfBetter(polished.x);
          this.polishPays = this.bestSoft < before;
        }
        this.endEpisode(true);
      } else if (this.exact.tooSlow || stepMs > 3 * EXACT_STEP_SHARE * this.budgetMs() || this.elapsed() - this.episodeStartMs > this.episodeSpanMs()) {
        this.endEpisode();
      }
    } catch {
      this.closeExact();
    }
  }

  /**
   * One step of the episode's dive: the best kind that fits in what is left of the episode
   * (docs/solver.md, "Dives on cells"; a dive only ever moves on to a quicker kind), or in a
   * hurry a fixing after every pricing round.
   */
  private episodeDiveStep(exact: ColumnGeneration, episodeMs: number, hurry: boolean, cut: () => boolean): Int16Array | null {
    // Over the whole period the master's LP is a roster's score, so a dive that cannot beat the
    // best roster (scores are integers) starts again; in a window the LP lacks the cover outside.
    const cutoff = this.episodeWhole && this.bestShortfall === 0 ? this.bestSoft - 1 : undefined;
    // A team's master settles in a few rounds: its dive fixes cells and lets the LP settle after each.
    if (this.teams && !hurry) return exact.diveCellsStep(CELLS_PER_FIX, { stop: cut });
    if (hurry) return exact.diveCellsStep(CELLS_PER_FIX, { roundsPerFix: 1, stop: cut, fixDaysOff: true, cutoff });
    const left = this.episodeSpanMs() - episodeMs;
    const roundCost = exact.freeEmployees() * this.lastStepMs;
    // A master's first whole-period dive is on cells at most: it ends in a roster soonest, and
    // that roster's score is the cutoff of the dives after it. Dives on rows, slower and better
    // on some instances only (Instance8: 1309 against 1410 on cells; Instance12 and 15: worse and
    // minutes long), get the kept master's later dives where they fit.
    const quickest = this.episodeWhole && this.wholeDives === 0 ? 1 : 0;
    const fits = DIVE_ROUNDS_PER_EMPLOYEE.findIndex((rounds, kind) => kind >= quickest && rounds * roundCost <= left);
    const choice = fits < 0 ? DIVE_ROUNDS_PER_EMPLOYEE.length - 1 : fits;
    // Every kind prices its root alike, so the choice counts from the first fixing, made on a
    // root round's cost (an episode's first step also solves the LP afresh and measured up to
    // ten rounds' time); from then on it only moves on to a quicker kind.
    this.diveKind = exact.diving() ? Math.max(this.diveKind, choice) : choice;
    // A root that has taken much of the episode ends when it tails off.
    const rootTailOff = episodeMs > SLOW_ROOT_SHARE * this.episodeSpanMs() ? ROOT_TAIL_OFF : 0;
    if (this.diveKind === 0) return exact.diveStep({ stop: cut, rootTailOff, cutoff });
    return exact.diveCellsStep(CELLS_PER_FIX, { stop: cut, rootTailOff, cutoff, fixDaysOff: this.diveKind === 2 });
  }

  /** The exact phase's pricer, started on its first use. */
  private exactPricer(): RowPricer {
    if (!this.pricingDp) {
      this.pricingDp = new WindowOptimizer(this.cm, this.strictM);
      this.pricingThread = this.options.pricingThread?.(this.model, this.pricingDp) ?? null;
    }
    return this.pricingThread ?? this.pricingDp;
  }

  private adaptWindow(stepMs: number, stepLimit: number): void {
    if (stepMs > stepLimit || this.exact!.tooSlow) this.windowLen = Math.max(7, Math.floor(this.windowLen * 0.6));
    else if (stepMs < stepLimit / 4 && !this.episodeWhole) this.windowLen = Math.min(this.cm.H, Math.ceil(this.windowLen * 1.25));
  }

  /** Whole-period masters are too slow: later episodes are team episodes. */
  private switchToTeams(): void {
    this.disposeMasters();
    this.teams = true;
    this.searchUntilMs = this.elapsed() + EXACT_MIN_SEARCH_SHARE * this.budgetMs();
    this.exactPhase = 'search';
  }

  /** Frees the engine's models of the current episode and the kept whole-period master. */
  private disposeMasters(): void {
    this.exact?.dispose();
    if (this.wholePool !== this.exact) this.wholePool?.dispose();
    this.exact = null;
    this.wholePool = null;
  }

  /** Ends the exact phase for this run and frees the engine's models and the pricing thread. */
  private closeExact(): void {
    this.disposeMasters();
    this.pricingThread?.dispose();
    this.pricingThread = null;
    this.exactPhase = 'done';
  }

  /** The first, whole-period episode may take longer: its LP is the strongest guide. */
  private episodeCapMs(): number {
    if (this.teams) return TEAM_EPISODE_SHARE * this.budgetMs();
    if (!this.episodeWhole) return EXACT_EPISODE_SHARE * this.budgetMs();
    return (this.rootSettledInTime ? EXACT_WHOLE_DIVE_SHARE : EXACT_WHOLE_SHARE) * this.budgetMs();
  }

  /** The episode's time: its cap, or less when the run ends sooner (its dive must end in a roster). */
  private episodeSpanMs(): number {
    return Math.min(this.episodeCapMs(), this.budgetMs() - this.episodeStartMs);
  }

  private budgetMs(): number {
    return this.options.timeLimitMs ?? 0;
  }

  private startEpisode(): void {
    const cm = this.cm;
    const pricing = this.exactPricer();
    const len = Math.min(cm.H, this.windowLen);
    this.episodeWhole = !this.teams && (len === cm.H || this.wholePool !== null);
    if (this.teams) {
      this.exact = this.teamMaster(pricing);
    } else if (this.wholePool) {
      this.exact = this.wholePool;
      this.exact.addRoster(this.bestX);
    } else {
      this.wholeDives = 0;
      this.polishPays = true;
      const a = this.episodeWhole ? 0 : this.rng.int(cm.H - len + 1);
      this.exact = new ColumnGeneration(
        cm,
        this.options.linearSolver!,
        pricing,
        { a, b: a + len - 1, base: this.bestX },
        { maxSolveMs: this.options.maxBlockingMs, clock: this.options.clock },
      );
    }
    // The search's recent best rosters seed the master: good rows, and the LP settles sooner (a
    // team's rows come from the best roster only: the others differ outside the team).
    if (!this.teams) for (const x of this.recentBest) this.exact.addRoster(x);
    this.episodeStartMs = this.elapsed();
    this.exactPhase = 'episode';
    this.lastStepMs = 0;
    this.rootSolved = false;
    this.diveKind = 0;
    this.rootSettledInTime = false;
  }

  /** A team episode's master over the best roster (team-episodes.ts). */
  private teamMaster(pricing: RowPricer): ColumnGeneration {
    const cm = this.cm;
    if (this.searchFrom) this.teamShare.searched(this.searchFrom.soft - this.bestSoft, this.elapsed() - this.searchFrom.ms);
    this.teamFromSoft = this.bestSoft;
    const best = new RosterState(cm, this.bestX);
    const team = pickTeam(cm, this.bestX, best.reqCount, this.rng, this.teamSize, TEAM_FOCUS);
    const master = new ColumnGeneration(
      cm,
      this.options.linearSolver!,
      pricing,
      { a: team.a, b: team.b, base: this.bestX, employees: team.employees },
      { maxSolveMs: this.options.maxBlockingMs, clock: this.options.clock },
    );
    master.addRoster(this.bestX);
    return master;
  }

  private endEpisode(dived = false): void {
    const took = this.elapsed() - this.episodeStartMs;
    if (this.episodeWhole && dived && took < WHOLE_POOL_SHARE * this.budgetMs()) {
      this.wholePool = this.exact;
    } else {
      this.exact?.dispose();
      if (this.wholePool === this.exact) this.wholePool = null;
    }
    this.exact = null;
    if (this.teams) {
      this.teamSize = nextTeamSize(this.teamSize, took, TEAM_TARGET_SHARE * this.budgetMs(), this.cm.E);
      this.searchUntilMs = this.elapsed() + this.teamShare.episode(this.teamFromSoft - this.bestSoft, took);
      this.searchFrom = { soft: this.bestSoft, ms: this.elapsed() };
      this.exactPhase = 'search';
      return;
    }
    this.searchUntilMs = this.elapsed() + Math.max(took, EXACT_MIN_SEARCH_SHARE * this.budgetMs());
    this.exactPhase = 'search';
    // After the whole period, windows: long enough to move whole blocks, short enough to vary.
    if (this.episodeWhole) this.windowLen = Math.min(this.windowLen, Math.max(7, Math.ceil(this.cm.H / 2)));
  }

  /** Continues the search from `x` (every row legal) when it is at least as good as the best. */
  private adoptIfBetter(x: Int16Array): void {
    const { E, H } = this.cm;
    const saved = this.state.x.slice();
    for (let e = 0; e < E; e++) for (let d = 0; d < H; d++) this.state.set(e, d, x[e * H + d]);
    if (this.state.shortfallScore() === 0 && this.state.softScore() <= this.bestSoft) {
      this.record();
      return;
    }
    for (let e = 0; e < E; e++) for (let d = 0; d < H; d++) this.state.set(e, d, saved[e * H + d]);
    this.state.refresh();
  }

  private record(): void {
    const sf = this.state.shortfallScore();
    const soft = this.state.softScore();
    if (sf < this.bestShortfall || (sf === this.bestShortfall && soft < this.bestSoft)) {
      if (sf < this.bestShortfall) this.shortfallFellAt = this.iteration;
      this.bestShortfall = sf;
      this.bestSoft = soft;
      this.bestX.set(this.state.x);
      if (sf === 0 && this.exactPhase !== 'off') {
        this.recentBest.push(this.bestX.slice());
        if (this.recentBest.length > RECENT_BEST) this.recentBest.shift();
      }
    }
  }

  private maybeReport(force: boolean): void {
    const cb = this.options.onProgress;
    if (!cb) return;
    if (!force) {
      if (this.options.clock) {
        const now = this.options.clock();
        if (now - this.lastProgressMs < (this.options.progressIntervalMs ?? 1000)) return;
        this.lastProgressMs = now;
      } else if (this.iteration % 1000 !== 0) return;
    }
    cb(this.progress());
  }

  progress(): SolveProgress {
    return {
      iteration: this.iteration,
      elapsedMs: this.elapsed(),
      currentScore: this.state.softScore(),
      bestScore: this.bestShortfall === 0 ? this.bestSoft : null,
      currentShortfall: this.state.shortfallScore(),
    };
  }

  private windowMinutes(values: Int16Array): number {
    let m = 0;
    for (const v of values) if (v !== OFF) m += this.cm.shiftMinutes[v];
    return m;
  }

  /** Lifts employee e from days a..b and puts back its best response. */
  private reoptimize(e: number, a: number, b: number, pace?: { lo: number; hi: number }): boolean {
    const st = this.state;
    for (let d = a; d <= b; d++) st.set(e, d, OFF);
    const vals = this.dp.optimize(st, e, a, b, undefined, undefined, pace);
    if (!vals) return false;
    for (let d = a; d <= b; d++) st.set(e, d, vals[d - a]);
    return true;
  }

  /** Day-chunks across the period, every employee in random order in each chunk. */
  private construct(): void {
    const cm = this.cm;
    const order = this.shuffled(cm.E);
    let chunk = cm.H;
    for (let e = 0; e < cm.E; e++) chunk = Math.min(chunk, this.maxWindow[e]);
    for (let a = 0; a < cm.H; a += chunk) {
      const b = Math.min(cm.H - 1, a + chunk - 1);
      for (const e of order) {
        const saved = this.saveWindow(e, a, b);
        // Spread each employee's minutes pro rata over the period, so that the minimum is not
        // met by working as much as possible in the first chunks.
        const done = this.state.minutes[e] - this.windowMinutes(saved);
        const share = (b + 1) / cm.H;
        const pace = b === cm.H - 1 ? undefined : {
          lo: Math.floor(cm.minMinutes[e] * share) - done,
          hi: Math.ceil(Math.min(cm.maxMinutes[e], cm.H * 1440) * share) - done,
        };
        if (!this.reoptimize(e, a, b, pace) && !(pace && this.reoptimize(e, a, b))) this.restoreWindow(e, a, saved);
      }
    }
    this.record();
  }

  private shuffled(n: number): number[] {
    const a = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  private saveWindow(e: number, a: number, b: number): Int16Array {
    return this.state.x.slice(e * this.cm.H + a, e * this.cm.H + b + 1);
  }

  private restoreWindow(e: number, a: number, saved: Int16Array): void {
    for (let i = 0; i < saved.length; i++) this.state.set(e, a + i, saved[i]);
  }

  private searchIteration(): void {
    const rng = this.rng;
    const t = this.tuning;
    const w = this.weight;
    if (t.guideRaise > 0 && this.iteration % Math.max(1, t.guideEpoch * this.cm.E) === 0) {
      // The last tenth of a known budget polishes the true objective without guidance.
      if (this.budgetFraction() > 0.9) this.state.updateGuide(0, 0);
      else this.state.updateGuide(t.guideRaise, t.guideDecay);
    }
    const beforeShort = this.state.shortfallScore();
    const before = this.state.softScore() + this.state.guideTotal + w * beforeShort;
    const undo: Undo = [];
    const ok =
      beforeShort > 0 && rng.next() < 0.5
        ? repairShortfall(this, undo)
        : rng.next() < t.focusProbability
          ? ejectionChain(this, undo)
          : liftAndReinsert(this, undo);
    if (undo.length === 0) return;
    const afterShort = ok ? this.state.shortfallScore() : Infinity;
    const after = ok ? this.state.softScore() + this.state.guideTotal + w * afterShort : Infinity;
    // Until the first roster that meets every minimum rule the search only repairs: a move must
    // lower the shortfall, or keep it without a worse score. Accepting uphill moves then (the
    // annealing's) drifted Instance22 away from feasibility whenever the search ran faster.
    const strict = w >= this.strictM;
    const accept = strict
      ? afterShort < beforeShort || (afterShort === beforeShort && after <= before)
      : ok && this.acceptSoft(before, after);
    if (!accept) {
      for (let i = undo.length - 1; i >= 0; i--) this.restoreWindow(undo[i].e, undo[i].a, undo[i].saved);
      this.state.refresh();
    } else this.record();
  }

  /**
   * Whether a whole-row repair may run now: the best roster still breaks a minimum rule and its
   * shortfall has not fallen for a while (at most one such repair per stretch of that length).
   */
  wholeRowRepairDue(): boolean {
    if (this.bestShortfall === 0 || this.iteration - this.shortfallFellAt < STUCK_ITERATIONS) return false;
    this.shortfallFellAt = this.iteration;
    return true;
  }

  noiseFor(len: number): WindowNoise | undefined {
    const n = this.tuning.noise;
    if (n <= 0) return undefined;
    // Up to `noise` per window in total: with noise < 1 the sum stays below one score unit.
    return { next: this.rng.next, amplitude: n / len };
  }

  /** Moves the shortfall weight so that about `infeasibleShare` of iterations are infeasible. */
  private adaptWeight(): void {
    const t = this.tuning;
    if (t.shortfallWeight <= 0) return;
    if (this.weight >= this.strictM) {
      // Construction is over: relax the minimum rules once the roster is feasible.
      if (this.state.shortfallScore() > 0) return;
      this.weight = t.shortfallWeight;
      this.dp.bigM = this.weight;
    }
    if (this.state.shortfallScore() > 0) this.infeasibleIterations++;
    const since = this.iteration - this.lastAdapt;
    if (since >= this.epochLength(100)) {
      const share = this.infeasibleIterations / since;
      this.infeasibleIterations = 0;
      this.lastAdapt = this.iteration;
      this.weight *= share > t.infeasibleShare ? 1.3 : 1 / 1.3;
      this.weight = Math.min(Math.max(this.weight, t.shortfallWeight / 16), this.strictM / 2);
      this.dp.bigM = this.weight;
    }
  }

  /**
   * Iterations per adaptation epoch: `base` on fast instances, fewer when a time budget will not
   * allow ~200 epochs of that length (a slow DP on a long horizon makes a few hundred iterations
   * in all; epochs counted in iterations would then never adapt). Runs without a time budget
   * keep `base`, so iteration-budget runs stay reproducible.
   */
  private epochLength(base: number): number {
    const f = this.budgetFraction();
    if (!this.options.timeLimitMs || !this.options.clock || f < 0.01) return base;
    const expected = this.iteration / f;
    return Math.max(5, Math.min(base, Math.round(expected / 200)));
  }

  /** Fraction of the budget used, for annealing; 0 when the run has no known end. */
  private budgetFraction(): number {
    const o = this.options;
    let f = 0;
    if (o.maxIterations) f = Math.max(f, this.iteration / o.maxIterations);
    if (o.timeLimitMs && o.clock) f = Math.max(f, this.elapsed() / o.timeLimitMs);
    return Math.min(1, f);
  }

  private acceptSoft(before: number, after: number): boolean {
    const t = this.tuning;
    if (after <= before) {
      if (t.acceptance === 'late-acceptance') this.lateAcceptanceUpdate(after);
      return true;
    }
    switch (t.acceptance) {
      case 'descent':
        return false;
      case 'annealing': {
        const temp = t.temperature * (1 - this.budgetFraction());
        return temp > 0 && this.rng.next() < Math.exp((before - after) / temp);
      }
      case 'late-acceptance': {
        if (!this.history) this.history = new Float64Array(t.lateAcceptanceLength).fill(before);
        const v = this.iteration % t.lateAcceptanceLength;
        const ok = after <= this.history[v];
        this.lateAcceptanceUpdate(ok ? after : before);
        return ok;
      }
    }
  }

  private lateAcceptanceUpdate(current: number): void {
    const t = this.tuning;
    if (!this.history) this.history = new Float64Array(t.lateAcceptanceLength).fill(current);
    const v = this.iteration % t.lateAcceptanceLength;
    if (current < this.history[v]) this.history[v] = current;
  }

  /**
   * Frees what a run left before it stopped still holds: the exact phase's engine models and its
   * pricing thread (a run that stops does this itself).
   */
  dispose(): void {
    if (this.exactPhase !== 'off') this.closeExact();
  }

  result(): SolveResult {
    this.checkStop();
    this.maybeReport(true);
    const cm = this.cm;
    const evaluation = evaluateRoster(cm, this.bestX);
    const feasible = this.explanations.length === 0 && evaluation.violations.length === 0;
    const explanations = [...this.explanations];
    if (!feasible && explanations.length === 0) {
      for (const v of evaluation.violations) {
        explanations.push({
          employee: v.employee,
          rule: v.rule,
          fromDay: v.fromDay,
          toDay: v.toDay,
          message: `no roster found for ${v.employee} that meets ${v.rule} (best: ${v.measured}, limit ${v.limit})`,
        });
      }
    }
    return {
      status: feasible ? 'feasible' : 'infeasible',
      assignment: feasible ? this.toAssignment(this.bestX) : null,
      score: feasible ? evaluation.score : null,
      explanations,
      violations: feasible ? [] : evaluation.violations,
      uncoverable: this.uncoverable,
      iterations: this.iteration,
      elapsedMs: this.elapsed(),
      stoppedBy: this.stopReason ?? 'cancelled',
    };
  }

  private toAssignment(x: Int16Array): Assignment {
    const cm = this.cm;
    return cm.employeeIds.map((_, e) =>
      Array.from({ length: cm.H }, (_, d) => {
        const v = x[e * cm.H + d];
        return v === OFF ? null : cm.shiftIds[v];
      }),
    );
  }
}

/** Runs the solver to its stop condition; at least one of maxIterations, timeLimitMs+clock or shouldStop is needed. */
export function solveRoster(model: SolverModel, options: SolveOptions): SolveResult {
  if (options.maxIterations === undefined && (options.timeLimitMs === undefined || !options.clock) && !options.shouldStop) {
    throw new Error('solveRoster needs a stop condition: maxIterations, timeLimitMs with clock, or shouldStop');
  }
  const solver = new RosterSolver(model, options);
  while (solver.step(64));
  return solver.result();
}
