// The solver's LP/MIP engine: HiGHS (University of Edinburgh, MIT) compiled to WebAssembly by the
// `highs` npm package. Loaded on demand (a few MB of wasm), so code that never generates rosters
// never loads it.
import type { Highs } from 'highs';
import type { IntegerResult, LinearSolver, MasterColumn, MasterProblem, RelaxationResult } from './linear-solver';

type HighsModel = ReturnType<Highs['createModel']>;

type HighsLoader = () => Promise<Highs>;

let loading: Promise<LinearSolver> | null = null;

/**
 * CommonJS `require` where there is one (the API, the tests: Jest's sandbox refuses a real
 * `import()`), else `import()`. The package exports the loader itself to `require` and as the
 * default export to `import`.
 */
function loadHighsModule(): HighsLoader | { default: HighsLoader } | Promise<{ default: HighsLoader }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  if (typeof require === 'function') return require('highs') as HighsLoader;
  return import('highs') as unknown as Promise<{ default: HighsLoader }>;
}

/** The HiGHS engine, loaded once per process (or worker thread). */
export function loadHighsLinearSolver(): Promise<LinearSolver> {
  loading ??= Promise.resolve()
    .then(loadHighsModule)
    .then((mod) => (typeof mod === 'function' ? mod : mod.default)())
    .then((highs): LinearSolver => ({ createMaster: (lower, upper) => new HighsMaster(highs, lower, upper) }));
  return loading;
}

function finite(highs: Highs, v: number): number {
  if (v === Infinity) return highs.infinity;
  if (v === -Infinity) return -highs.infinity;
  return v;
}

/** HiGHS's simplex_strategy values. */
const DUAL_SIMPLEX = 1;
const PRIMAL_SIMPLEX = 4;

class HighsMaster implements MasterProblem {
  private readonly model: HighsModel;
  private readonly rows: number;
  /**
   * Whether bounds changed since the last solve. New columns leave the last basis primal feasible
   * (primal simplex goes on from it), changed bounds leave it dual feasible (dual simplex does).
   */
  private boundsChanged = false;

  constructor(private readonly highs: Highs, rowLower: Float64Array, rowUpper: Float64Array) {
    this.rows = rowLower.length;
    this.model = highs.createModel();
    this.model.options.set({ output_flag: false, random_seed: 1 });
    this.model.passModel({
      numCols: 0,
      numRows: this.rows,
      colCost: [],
      colLower: [],
      colUpper: [],
      rowLower: Float64Array.from(rowLower, (v) => finite(highs, v)),
      rowUpper: Float64Array.from(rowUpper, (v) => finite(highs, v)),
      matrix: { format: 'csc', numRows: this.rows, numCols: 0, starts: [0], indices: [], values: [] },
    });
  }

  addColumns(columns: MasterColumn[]): void {
    if (columns.length === 0) return;
    let nnz = 0;
    for (const c of columns) nnz += c.rows.length;
    const starts = new Int32Array(columns.length + 1);
    const indices = new Int32Array(nnz);
    const values = new Float64Array(nnz);
    let k = 0;
    columns.forEach((c, j) => {
      starts[j] = k;
      indices.set(c.rows, k);
      values.set(c.values, k);
      k += c.rows.length;
    });
    starts[columns.length] = k;
    this.model.addCols({
      cost: Float64Array.from(columns, (c) => c.cost),
      lower: Float64Array.from(columns, (c) => finite(this.highs, c.lower)),
      upper: Float64Array.from(columns, (c) => finite(this.highs, c.upper)),
      matrix: { format: 'csc', numRows: this.rows, numCols: columns.length, starts, indices, values },
    });
  }

  setBounds(columns: Int32Array, lower: Float64Array, upper: Float64Array): void {
    if (columns.length === 0) return;
    this.model.changeColsBounds({ kind: 'set', indices: columns }, lower, upper);
    this.boundsChanged = true;
  }

  solveRelaxation(timeLimitMs?: number): RelaxationResult {
    const strategy = this.boundsChanged ? DUAL_SIMPLEX : PRIMAL_SIMPLEX;
    this.model.options.set({ time_limit: timeLimitMs === undefined ? 1e9 : Math.max(0.01, timeLimitMs / 1000), simplex_strategy: strategy });
    this.model.zeroAllClocks();
    this.boundsChanged = false;
    const status = this.model.run().modelStatus;
    const solution = this.model.getSolution();
    return {
      optimal: status === this.highs.constants.modelStatus.optimal,
      objective: this.model.getObjectiveValue(),
      primal: solution.colValue,
      rowDual: solution.rowDual,
    };
  }

  solveInteger(integer: Int32Array, options: { timeLimitMs: number; start?: Float64Array }): IntegerResult {
    const m = this.model;
    m.changeColsIntegrality({ kind: 'set', indices: integer }, new Int32Array(integer.length).fill(1));
    try {
      m.options.set({ time_limit: Math.max(0.05, options.timeLimitMs / 1000), mip_rel_gap: 0, simplex_strategy: DUAL_SIMPLEX });
      m.zeroAllClocks();
      if (options.start) m.setSolution({ colValue: options.start });
      m.run();
      const hasPrimal = m.info.get('primal_solution_status') === 2;
      return {
        primal: hasPrimal ? m.getSolution().colValue : null,
        objective: hasPrimal ? m.getObjectiveValue() : Infinity,
      };
    } finally {
      m.clearIntegrality();
      m.clearSolver();
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}
