// The linear-programming engine the solver's column generation talks to. The solver stays pure
// code: a caller that has an LP/MIP engine (the HiGHS adapter in highs-linear-solver.ts) passes
// it in through SolveOptions.linearSolver; without one the search runs without the exact phase.

/** A sparse column: its coefficient in each listed row. */
export interface MasterColumn {
  cost: number;
  lower: number;
  upper: number;
  rows: Int32Array;
  values: Float64Array;
}

export interface RelaxationResult {
  optimal: boolean;
  objective: number;
  /** Column values, in the order the columns were added. */
  primal: Float64Array;
  /** Row duals with reduced cost = cost − Σ row dual × coefficient. */
  rowDual: Float64Array;
}

export interface IntegerResult {
  /** Column values of the best integer solution found, or null when none was found in time. */
  primal: Float64Array | null;
  objective: number;
}

/** A minimisation LP with fixed rows that grows by columns (a column-generation master). */
export interface MasterProblem {
  addColumns(columns: MasterColumn[]): void;
  /** Changes the bounds of the listed columns (fixing a column: lower = upper = 1). */
  setBounds(columns: Int32Array, lower: Float64Array, upper: Float64Array): void;
  /**
   * Solves the LP relaxation (all columns continuous), warm-started from the last basis; not
   * optimal when `timeLimitMs` ran out first.
   */
  solveRelaxation(timeLimitMs?: number): RelaxationResult;
  /**
   * Solves with the columns in `integer` restricted to integers, within `timeLimitMs`, from an
   * optional feasible start (one value per column).
   */
  solveInteger(integer: Int32Array, options: { timeLimitMs: number; start?: Float64Array }): IntegerResult;
  dispose(): void;
}

export interface LinearSolver {
  /** A master with the given rows (lower ≤ activity ≤ upper, ±Infinity for none) and no columns. */
  createMaster(rowLower: Float64Array, rowUpper: Float64Array): MasterProblem;
}
