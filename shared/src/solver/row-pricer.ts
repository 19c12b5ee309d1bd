// The pricing step of column generation behind one interface: each free employee's best row at
// the master's duals. The window DP prices them one after another (WindowOptimizer.priceRows);
// the threaded pricer (threaded-pricer.ts) shares every round with a second thread.
import type { SolverModel } from './model';
import type { RosterState } from './roster-state';

/**
 * One employee to price, with the cells a dive fixed (one per window day), if any, and how many
 * next-best rows to return beside the best.
 */
export interface PricingJob {
  e: number;
  fixed?: Int16Array;
  alternatives?: number;
  /**
   * A known row of the employee (e.g. its cheapest column at these duals): the best row costs no
   * more, so the DP may drop states that cannot beat it. The priced row's cost never depends on
   * it (a tie may fall to another row of the same cost).
   */
  hint?: Int16Array;
}

export interface PricedJob {
  /** The employee's best row over the window, or null when no legal row exists. */
  row: Int16Array | null;
  /** Whether the row is a best one (false when a binding cap was priced instead of counted). */
  exact: boolean;
  /** Next-best rows, when the job asked for some (unchecked: they may break a cap). */
  alternatives?: Int16Array[];
}

export interface RowPricer {
  /**
   * Prices every job when each requirement r earns `reward[r]` over days a..b of `frame` (the
   * jobs' window cells are OFF in it). `stop` is asked between jobs: the jobs it leaves are
   * undefined in the result, the others are as if priced alone, in whatever order.
   */
  priceRows(
    frame: RosterState,
    jobs: readonly PricingJob[],
    reward: Float64Array,
    a: number,
    b: number,
    stop?: () => boolean,
  ): (PricedJob | undefined)[];
}

/** A pricer that shares its rounds with another thread, ended by `dispose`. */
export interface PricingThread extends RowPricer {
  /** Whether the other thread takes jobs yet (until then this one prices alone). */
  readonly ready: boolean;
  dispose(): void;
}

/** This thread's pricer, as a pricing thread mirrors it (its penalty per minute short). */
export interface LocalRowPricer extends RowPricer {
  readonly bigM: number;
}

/**
 * Starts a pricer that shares each round between `local` and another thread working on its own
 * copy of `model` (threaded-pricer.ts, Node only); null when none can start.
 */
export type PricingThreadStarter = (model: SolverModel, local: LocalRowPricer) => PricingThread | null;
