// The solver's options, tuning and result shapes (kept apart from the search loop).
import type { Infeasibility, UncoverableNeed } from './check-feasibility';
import type { HardViolation, ScoreBreakdown } from './evaluate';
import type { LinearSolver } from './linear-solver';
import type { Assignment } from './model';
import type { PricingThreadStarter } from './row-pricer';

export interface SolveProgress {
  iteration: number;
  elapsedMs: number;
  /** Soft score of the current roster (lower is better). */
  currentScore: number;
  /** Soft score of the best feasible roster, or null before one is found. */
  bestScore: number | null;
  /** Shortfall of the minimum rules in the current roster (0 = feasible). */
  currentShortfall: number;
}

export interface SolveOptions {
  seed?: number;
  /** Stop after this many search iterations (deterministic budget). */
  maxIterations?: number;
  /** Stop when `clock() - start` exceeds this; needs `clock`. */
  timeLimitMs?: number;
  /** Milliseconds, monotonic; injected so the solver never reads the wall clock itself. */
  clock?: () => number;
  /** Cooperative cancellation, checked between iterations (e.g. an AbortSignal's `aborted`). */
  shouldStop?: () => boolean;
  onProgress?: (progress: SolveProgress) => void;
  /** Progress is reported at most this often (by clock), or every 1000 iterations without a clock. */
  progressIntervalMs?: number;
  /** A starting roster (e.g. the current one to keep); cells that break a rule are dropped. */
  initial?: Assignment;
  /** Upper bound on DP cells per neighbourhood (sizes the windows); default 4e6. */
  dpBudget?: number;
  /** Search tuning (defaults are the measured ones of docs/solver.md). */
  tuning?: Partial<SearchTuning>;
  /**
   * An LP/MIP engine (e.g. `await loadHighsLinearSolver()`): enables the exact phase (column
   * generation, column-generation.ts) on periods where whole-period pricing fits the budget.
   * It needs `timeLimitMs` and `clock`; without it the run is pure neighbourhood search.
   */
  linearSolver?: LinearSolver;
  /** Longest single call into the engine, in ms (a MIP solve blocks its thread); default 10 s. */
  maxBlockingMs?: number;
  /**
   * Shares the exact phase's pricing rounds with a second thread (`startPricingThread`, Node
   * only): about half the time a round on two cores, the same rows. Started with the exact
   * phase's first episode and ended with it.
   */
  pricingThread?: PricingThreadStarter;
}

export interface SearchTuning {
  acceptance: 'descent' | 'late-acceptance' | 'annealing';
  lateAcceptanceLength: number;
  /** Start temperature of annealing, in score units. */
  temperature: number;
  /** Probability that a neighbourhood lifts more than one employee. */
  multiProbability: number;
  maxEmployees: number;
  /** Probability that a neighbourhood starts by forcing someone onto an under-covered cell. */
  focusProbability: number;
  /** Best-response rounds over the lifted employees inside one neighbourhood. */
  rounds: number;
  /**
   * Random cost noise per cell in the DP, in score units. Below 1/window the noise only breaks
   * ties between equally good responses (the response stays exact); above, it diversifies.
   */
  noise: number;
  /**
   * Strategic oscillation: during the search a minute short of a minimum rule costs this many
   * score units at first (a shift of 480 min ≈ one missing person at weight 100), adapted so the
   * search spends about `infeasibleShare` of its iterations on rosters that break a minimum
   * rule. 0 keeps the minimum rules strict throughout. Only feasible rosters become the best.
   */
  shortfallWeight: number;
  infeasibleShare: number;
  /** Guide weight added per epoch to each uncovered need (0 = off), and decay of the others. */
  guideRaise: number;
  guideDecay: number;
  /** Iterations per guide epoch, per employee. */
  guideEpoch: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  acceptance: 'annealing',
  lateAcceptanceLength: 200,
  temperature: 5,
  multiProbability: 0.5,
  maxEmployees: 4,
  focusProbability: 0.5,
  rounds: 2,
  noise: 0.5,
  shortfallWeight: 0.2,
  infeasibleShare: 0.3,
  guideRaise: 5,
  guideDecay: 0.97,
  guideEpoch: 5,
};

/** 'optimal': the exact phase proved that no roster scores less than the best one found. */
export type StopReason = 'time-limit' | 'iteration-limit' | 'cancelled' | 'infeasible-input' | 'optimal';

export interface SolveResult {
  status: 'feasible' | 'infeasible';
  /** [employee][day] shift type id or null; only for a feasible roster. */
  assignment: Assignment | null;
  score: ScoreBreakdown | null;
  /** Why no feasible roster was returned: contradictions found up front or rules left broken. */
  explanations: Infeasibility[];
  /** The hard violations of the least-broken roster found, when infeasible. */
  violations: HardViolation[];
  uncoverable: UncoverableNeed[];
  iterations: number;
  elapsedMs: number;
  stoppedBy: StopReason;
}
