import { ColumnGeneration } from './column-generation';
import { compileModel, OFF, type CompiledModel } from './compile-model';
import { loadHighsLinearSolver } from './highs-linear-solver';
import type { SolverModel } from './model';
import { createPrng } from './prng';
import { RosterState } from './roster-state';
import { solveRoster } from './solve';
import type { PricedJob, PricingJob } from './row-pricer';
import { startPricingThread, type ThreadedPricer } from './threaded-pricer';
import { FREE_CELL, WindowOptimizer } from './window-dp';
import { curtoisToModel } from './curtois/curtois-to-model';
import { loadInstance } from './curtois/curtois.test-support';

const BIG_M = 1e6;

async function untilReady(pricer: ThreadedPricer): Promise<void> {
  for (let waited = 0; !pricer.ready; waited += 20) {
    if (waited > 30_000) throw new Error('the pricing thread did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Rewards of a plausible master: a few requirements worth covering, most not. */
function randomReward(cm: CompiledModel, seed: number): Float64Array {
  const rng = createPrng(seed);
  return Float64Array.from({ length: cm.R }, () => (rng.next() < 0.3 ? rng.int(200) : -rng.int(20)));
}

/**
 * Every employee, some with a few cells fixed as a dive would (a shift they may work, or off),
 * some asking for next-best rows.
 */
function jobsWithFixings(cm: CompiledModel, seed: number): PricingJob[] {
  const rng = createPrng(seed);
  return Array.from({ length: cm.E }, (_, e) => {
    if (rng.next() < 0.3) return { e, alternatives: 2 };
    if (rng.next() < 0.3) return { e };
    const fixed = new Int16Array(cm.H).fill(FREE_CELL);
    const d = rng.int(cm.H);
    const allowed = Array.from({ length: cm.S }, (_, s) => s).filter((s) => cm.allowed[(e * cm.H + d) * cm.S + s]);
    fixed[d] = allowed.length > 0 && rng.next() < 0.7 ? allowed[rng.int(allowed.length)] : OFF;
    return { e, fixed };
  });
}

function sameRows(threaded: (PricedJob | undefined)[], alone: (PricedJob | undefined)[]): void {
  expect(threaded.length).toBe(alone.length);
  threaded.forEach((job, k) => {
    expect(job).toBeDefined();
    expect(job!.exact).toBe(alone[k]!.exact);
    expect(job!.row === null ? null : Array.from(job!.row)).toEqual(alone[k]!.row === null ? null : Array.from(alone[k]!.row));
    expect((job!.alternatives ?? []).map((row) => Array.from(row))).toEqual((alone[k]!.alternatives ?? []).map((row) => Array.from(row)));
  });
}

describe('threaded pricer', () => {
  let model: SolverModel;
  let cm: CompiledModel;
  let pricer: ThreadedPricer;
  let local: WindowOptimizer;

  beforeAll(async () => {
    model = curtoisToModel(loadInstance('Instance5'));
    cm = compileModel(model);
    local = new WindowOptimizer(cm, BIG_M);
    const started = startPricingThread(model, local);
    if (!started) throw new Error('no pricing thread');
    pricer = started;
    await untilReady(pricer);
  }, 60_000);

  afterAll(() => pricer?.dispose());

  it('prices every job as the window DP alone does, with the worker taking its share', () => {
    const alone = new WindowOptimizer(cm, BIG_M);
    const frame = new RosterState(cm, new Int16Array(cm.E * cm.H).fill(OFF));
    const before = pricer.workerJobs;
    for (let round = 1; round <= 4; round++) {
      const reward = randomReward(cm, round);
      const jobs = jobsWithFixings(cm, 100 + round);
      sameRows(pricer.priceRows(frame, jobs, reward, 0, cm.H - 1), alone.priceRows(frame, jobs, reward, 0, cm.H - 1));
    }
    expect(pricer.workerJobs).toBeGreaterThan(before);
  });

  it('prices a window of days of a roster the frame holds', () => {
    const alone = new WindowOptimizer(cm, BIG_M);
    // A frame with work outside days 7..13 (the rows' edges and period totals count it).
    const rng = createPrng(7);
    const x = new Int16Array(cm.E * cm.H).fill(OFF);
    for (let e = 0; e < cm.E; e++) {
      for (let d = 0; d < cm.H; d++) {
        if (d >= 7 && d <= 13) continue;
        const allowed = Array.from({ length: cm.S }, (_, s) => s).filter((s) => cm.allowed[(e * cm.H + d) * cm.S + s]);
        if (allowed.length > 0 && rng.next() < 0.2) x[e * cm.H + d] = allowed[rng.int(allowed.length)];
      }
    }
    const frame = new RosterState(cm, x);
    const jobs = Array.from({ length: cm.E }, (_, e) => ({ e }));
    const reward = randomReward(cm, 9);
    sameRows(pricer.priceRows(frame, jobs, reward, 7, 13), alone.priceRows(frame, jobs, reward, 7, 13));
  });

  it('leaves the jobs after a stop unpriced and prices the others as alone', () => {
    const alone = new WindowOptimizer(cm, BIG_M);
    const frame = new RosterState(cm, new Int16Array(cm.E * cm.H).fill(OFF));
    const jobs = Array.from({ length: cm.E }, (_, e) => ({ e }));
    const reward = randomReward(cm, 11);
    const expected = alone.priceRows(frame, jobs, reward, 0, cm.H - 1);
    const rowsOf = (priced: (PricedJob | undefined)[], done: number[]) => done.map((k) => priced[k]!.row && Array.from(priced[k]!.row!));
    // Asked before the round and before each job this thread takes: stopped at the fifth ask,
    // this thread has priced three jobs; the worker may have priced all the others meanwhile.
    let asked = 0;
    const late = pricer.priceRows(frame, jobs, reward, 0, cm.H - 1, () => ++asked > 4);
    const lateDone = late.flatMap((job, k) => (job ? [k] : []));
    expect(lateDone.length).toBeGreaterThanOrEqual(3);
    expect(rowsOf(late, lateDone)).toEqual(rowsOf(expected, lateDone));
    // Stopped before the first job: nothing is priced, in either thread.
    const before = pricer.workerJobs;
    expect(pricer.priceRows(frame, jobs, reward, 0, cm.H - 1, () => true).every((job) => job === undefined)).toBe(true);
    expect(pricer.workerJobs).toBe(before);
  });

  it('gives column generation the same rounds as the window DP alone', async () => {
    const highs = await loadHighsLinearSolver();
    const start = solveRoster(model, { seed: 1, maxIterations: 300 });
    expect(start.status).toBe('feasible');
    const shiftIndex = new Map(cm.shiftIds.map((id, s) => [id, s]));
    const x = Int16Array.from(start.assignment!.flat(), (id) => (id === null ? OFF : shiftIndex.get(id)!));
    const withThread = new ColumnGeneration(cm, highs, pricer);
    const alone = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
    withThread.addRoster(x);
    alone.addRoster(x);
    try {
      let found = 0;
      for (let round = 0; round < 8; round++) {
        const n = withThread.priceRound();
        found += n;
        expect(n).toBe(alone.priceRound());
        expect(withThread.relaxation).toBe(alone.relaxation);
        expect(withThread.bound).toBe(alone.bound);
      }
      expect(found).toBeGreaterThan(0);
    } finally {
      withThread.dispose();
      alone.dispose();
    }
  }, 60_000);
});
