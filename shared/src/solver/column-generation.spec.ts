import fc from 'fast-check';
import { ColumnGeneration, hasTailedOff } from './column-generation';
import { compileModel, coverPenalty, OFF, type CompiledModel } from './compile-model';
import { evaluateRoster, scanEmployee } from './evaluate';
import { RosterState } from './roster-state';
import { loadHighsLinearSolver } from './highs-linear-solver';
import type { LinearSolver } from './linear-solver';
import type { RowPricer } from './row-pricer';
import { solveRoster } from './solve';
import { bruteForceOptimalRoster, randomModel } from './solver.test-support';
import { WindowOptimizer } from './window-dp';
import type { SolverModel } from './model';
import { curtoisToModel } from './curtois/curtois-to-model';
import { loadInstance } from './curtois/curtois.test-support';

/** Per minute short of a minimum rule in pricing: above any soft gain of these small models. */
const BIG_M = 1e6;

let highs: LinearSolver;
beforeAll(async () => {
  highs = await loadHighsLinearSolver();
});

const SMALL = { employees: 2, days: 5, shifts: 2 };

/** Column generation over a random small model that has a legal roster, seeded with an optimal one. */
function withOptimum(
  seed: number,
  run: (cg: ColumnGeneration, cm: CompiledModel, optimum: { score: number; x: Int16Array }) => void,
): void {
  const model = randomModel(seed, SMALL);
  const optimum = bruteForceOptimalRoster(model);
  if (!optimum) return;
  const cm = compileModel(model);
  const cg = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
  try {
    cg.addRoster(optimum.x);
    run(cg, cm, optimum);
  } finally {
    cg.dispose();
  }
}

/** Prices until a round at the LP's own duals finds nothing (the LP is optimal), or `rounds` run out. */
function converge(cg: ColumnGeneration, rounds: number): void {
  for (let round = 0; round < rounds && !cg.converged; round++) cg.priceRound();
}

describe('column generation (the exact phase)', () => {
  it('prices cover exactly: a MIP over columns that include an optimal roster returns an optimal roster', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) =>
        withOptimum(seed, (cg, cm, optimum) => {
          converge(cg, 100);
          const best = cg.bestRoster(5000, optimum.x);
          expect(best).not.toBeNull();
          const evaluation = evaluateRoster(cm, best!.x);
          expect(evaluation.violations).toEqual([]);
          expect(evaluation.score.total).toBe(optimum.score);
          expect(best!.objective).toBeCloseTo(optimum.score, 6);
        }),
      ),
      { numRuns: 60, seed: 5 },
    );
  });

  it('converges to an LP value no higher than the optimum, and every dive (rows or cells) ends in a legal roster and releases its fixings', () => {
    fc.assert(
      // Any legal roster starts the master; the optimum's is at hand.
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) =>
        withOptimum(seed, (cg, cm, optimum) => {
          converge(cg, 100);
          expect(cg.converged).toBe(true);
          expect(cg.relaxation).toBeLessThanOrEqual(optimum.score + 1e-6);
          // At convergence the Lagrangian bound is the LP's value (strong duality), from below.
          expect(cg.bound).toBeCloseTo(cg.relaxation, 6);
          const root = cg.relaxation;
          const dives: ((cg: ColumnGeneration) => Int16Array | null)[] = [
            (cg) => cg.diveStep(),
            (cg) => cg.diveCellsStep(1),
            (cg) => cg.diveCellsStep(3),
            (cg) => cg.diveCellsStep(3, { roundsPerFix: 1 }),
            (cg) => cg.diveCellsStep(3, { roundsPerFix: 1, fixDaysOff: true }),
            // The solver switches from rows to cells when the rows' rounds would not fit.
            (cg) => (cg.freeEmployees() % 2 === 0 ? cg.diveStep() : cg.diveCellsStep(1)),
          ];
          for (const dive of dives) {
            let x: Int16Array | null = null;
            for (let step = 0; step < 500 && !x; step++) x = dive(cg);
            expect(x).not.toBeNull();
            const evaluation = evaluateRoster(cm, x!);
            expect(evaluation.violations).toEqual([]);
            expect(evaluation.score.total).toBeGreaterThanOrEqual(optimum.score);
            // The dive's fixings are released: the LP over every row is the root's again, and
            // the optimum's rows are back in reach of the MIP.
            converge(cg, 100);
            expect(cg.relaxation).toBeCloseTo(root, 6);
            expect(cg.bestRoster(5000, optimum.x)!.objective).toBeCloseTo(optimum.score, 6);
          }
        }),
      ),
      { numRuns: 30, seed: 9 },
    );
  });

  it('lets the solver reach the brute-force optimum with the engine, and never return a broken roster', () => {
    let proved = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const model = randomModel(seed, { employees: 3, days: 5, shifts: 2 });
        const optimum = bruteForceOptimalRoster(model);
        let now = 0;
        const result = solveRoster(model, { seed: 3, linearSolver: highs, clock: () => (now += 1), timeLimitMs: 3000 });
        if (!optimum) {
          expect(result.status).toBe('infeasible');
          return;
        }
        expect(result.status).toBe('feasible');
        expect(result.score!.total).toBe(optimum.score);
        if (result.stoppedBy === 'optimal') proved++;
      }),
      { numRuns: 25, seed: 13 },
    );
    // The bound ends most of these runs early (an 'optimal' stop with a worse roster fails above).
    expect(proved).toBeGreaterThan(5);
  });

  it('spreads unmet requests over people when each one unmet costs more than the one before', () => {
    // Moving one unmet wish from a to b means changing both rows at once: the exact phase's job
    // (one employee reinserted after another gives the first one every open day).
    const unmet = (step: number): { rows: number[]; total: number } => {
      const model: SolverModel = {
        days: 8,
        shiftTypes: [{ id: 'D', minutes: 480 }],
        // Both want the first four days off, which cover rules out; a's wishes weigh less.
        employees: [
          { id: 'a', weight: 10 },
          { id: 'b', weight: 11 },
        ].map(({ id, weight }) => ({
          id,
          unmetRequestStep: step,
          shiftOffRequests: Array.from({ length: 4 }, (_, day) => ({ day, weight, spread: true })),
        })),
        cover: Array.from({ length: 8 }, (_, day) => ({ day, shiftType: 'D', target: 1, underWeight: 1000, overWeight: 1000 })),
      };
      let now = 0;
      const result = solveRoster(model, { seed: 1, linearSolver: highs, clock: () => (now += 1), timeLimitMs: 3000 });
      expect(result.status).toBe('feasible');
      return { rows: result.assignment!.map((row) => row.slice(0, 4).filter((v) => v === 'D').length), total: result.score!.total };
    };
    expect(unmet(0)).toEqual({ rows: [4, 0], total: 40 });
    // a: 10·2 + 4, b: 11·2 + 4 — against 10·4 + 4·6 all on a, or 10·3 + 4·3 + 11.
    expect(unmet(4)).toEqual({ rows: [2, 2], total: 50 });
  });

  it('releases a dive\'s fixings: a dive straight after it ends too, and the LP over the rows found is the root\'s again', () => {
    // A benchmark instance whose root LP is fractional, so that the dives must leave it.
    const model = curtoisToModel(loadInstance('Instance5'));
    const start = solveRoster(model, { seed: 1, maxIterations: 300 });
    const cm = compileModel(model);
    const cg = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
    try {
      const x = new Int16Array(cm.E * cm.H);
      start.assignment!.forEach((row, e) => row.forEach((s, d) => (x[e * cm.H + d] = s === null ? OFF : cm.shiftIds.indexOf(s))));
      cg.addRoster(x);
      converge(cg, 200);
      const root = cg.relaxation;
      let step = 0;
      const dives = [
        (c: ColumnGeneration) => c.diveCellsStep(3),
        (c: ColumnGeneration) => c.diveStep(),
        (c: ColumnGeneration) => c.diveCellsStep(5, { roundsPerFix: 1, fixDaysOff: true }),
        (c: ColumnGeneration) => (++step % 5 === 0 ? c.diveStep() : c.diveCellsStep(2)),
      ];
      const diveToEnd = (dive: (c: ColumnGeneration) => Int16Array | null) => {
        let y: Int16Array | null = null;
        for (let step = 0; step < 2000 && !y; step++) y = dive(cg);
        expect(y).not.toBeNull();
        expect(evaluateRoster(cm, y!).violations).toEqual([]);
        expect(evaluateRoster(cm, y!).score.total).toBeGreaterThan(root + 1e-6);
      };
      for (const dive of dives) {
        diveToEnd(dive);
        // The solver's kept master dives again straight away (a later episode): that dive must
        // not read the last one's LP, whose fixings are gone.
        diveToEnd(dive);
        // The first round after the dive solves the LP over the rows found, before pricing.
        cg.priceRound();
        expect(cg.relaxation).toBeCloseTo(root, 6);
      }
    } finally {
      cg.dispose();
    }
  });

  describe('dives that start again (on a benchmark instance with a fractional root)', () => {
    let cm: CompiledModel;
    let cg: ColumnGeneration;
    let root: number;
    beforeEach(() => {
      const model = curtoisToModel(loadInstance('Instance5'));
      const start = solveRoster(model, { seed: 1, maxIterations: 300 });
      cm = compileModel(model);
      cg = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
      const x = new Int16Array(cm.E * cm.H);
      start.assignment!.forEach((row, e) => row.forEach((s, d) => (x[e * cm.H + d] = s === null ? OFF : cm.shiftIds.indexOf(s))));
      cg.addRoster(x);
      converge(cg, 200);
      root = cg.relaxation;
    });
    afterEach(() => cg.dispose());

    const diveToEnd = (dive: () => Int16Array | null) => {
      let x: Int16Array | null = null;
      for (let step = 0; step < 2000 && !x; step++) x = dive();
      expect(x).not.toBeNull();
      expect(evaluateRoster(cm, x!).violations).toEqual([]);
      return x!;
    };

    it('fixes nothing, without a tail-off, before the root LP is optimal', () => {
      const fresh = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
      try {
        fresh.addRoster(diveToEnd(() => cg.diveStep()));
        let step = 0;
        for (; step < 500 && !fresh.diving(); step++) fresh.diveStep();
        expect(fresh.diving()).toBe(true);
        // The LP the first fixing was made on is the root's optimum.
        expect(fresh.relaxation).toBeCloseTo(root, 6);
      } finally {
        fresh.dispose();
      }
    });

    it.each([
      ['rows', () => cg.diveStep()],
      ['cells', () => cg.diveCellsStep(5)],
    ])('dives on %s one after another on the same master each start with another choice', (_kind, dive) => {
      for (let k = 1; k <= 4; k++) {
        diveToEnd(dive);
        expect(cg.firstChoices.size).toBe(k);
      }
    });

    it.each([
      ['rows', (cutoff: number) => cg.diveStep({ cutoff })],
      ['cells', (cutoff: number) => cg.diveCellsStep(5, { cutoff })],
    ])('a dive on %s that settles above its cutoff starts again from the root instead of ending', (_kind, dive) => {
      // No roster scores below the root LP, so every dive settles above this cutoff.
      for (let step = 0; step < 300; step++) expect(dive(root - 1)).toBeNull();
      expect(cg.restarts).toBeGreaterThan(1);
      // Without a cutoff the same master still dives to a roster.
      diveToEnd(() => dive(Infinity));
    });
  });

  it('asks pricing for next-best rows while it outweighs the LP, and converges to the same LP', () => {
    let moreThanOne = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const model = randomModel(seed, SMALL);
        const optimum = bruteForceOptimalRoster(model);
        if (!optimum) return;
        const cm = compileModel(model);
        // A clock on which pricing takes 10 ms an employee and the LP no time.
        let now = 0;
        const dp = new WindowOptimizer(cm, BIG_M);
        const slowPricer: RowPricer = {
          priceRows: (frame, jobs, reward, a, b, stop) => {
            now += 10 * jobs.length;
            return dp.priceRows(frame, jobs, reward, a, b, stop);
          },
        };
        const heavy = new ColumnGeneration(cm, highs, slowPricer, undefined, { clock: () => now });
        const plain = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
        try {
          for (const cg of [heavy, plain]) cg.addRoster(optimum.x);
          for (let round = 0; round < 100 && !heavy.converged; round++) {
            if (heavy.priceRound() > cm.E) moreThanOne++;
          }
          converge(plain, 100);
          expect(heavy.converged).toBe(true);
          expect(heavy.relaxation).toBeCloseTo(plain.relaxation, 6);
        } finally {
          heavy.dispose();
          plain.dispose();
        }
      }),
      { numRuns: 40, seed: 37 },
    );
    // Rounds after the first add next-best rows (one row an employee at most without them).
    expect(moreThanOne).toBeGreaterThan(2);
  });

  describe('a team master (a few employees over a window, everyone else held)', () => {
    /** Whatever a team master leaves outside itself: the others' own terms and the cover outside the window. */
    function outsideTeam(cm: CompiledModel, x: Int16Array, team: number[], a: number, b: number): number {
      let outside = 0;
      for (let e = 0; e < cm.E; e++) if (!team.includes(e)) outside += scanEmployee(cm, x, e).soft;
      const count = new RosterState(cm, x).reqCount;
      for (let r = 0; r < cm.R; r++) if (cm.reqDay[r] < a || cm.reqDay[r] > b) outside += coverPenalty(cm, r, count[r]);
      return outside;
    }

    function expectHeldOutside(cm: CompiledModel, x: Int16Array, base: Int16Array, team: number[], a: number, b: number): void {
      for (let e = 0; e < cm.E; e++) {
        for (let d = 0; d < cm.H; d++) if (!team.includes(e) || d < a || d > b) expect(x[e * cm.H + d]).toBe(base[e * cm.H + d]);
      }
    }

    it('moves only the team in the window; its objective is the roster\'s score less what lies outside, and from the optimum it returns an optimal roster', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: 0, max: SMALL.employees - 1 }),
          fc.integer({ min: 0, max: SMALL.days - 1 }),
          fc.integer({ min: 0, max: SMALL.days - 1 }),
          (seed, member, d1, d2) => {
            const model = randomModel(seed, SMALL);
            const optimum = bruteForceOptimalRoster(model);
            if (!optimum) return;
            const cm = compileModel(model);
            const [a, b] = [Math.min(d1, d2), Math.max(d1, d2)];
            const team = [member];
            const cg = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M), { a, b, base: optimum.x, employees: team });
            try {
              cg.addRoster(optimum.x);
              converge(cg, 100);
              expect(cg.converged).toBe(true);
              const best = cg.bestRoster(5000, optimum.x)!;
              expect(best).not.toBeNull();
              expectHeldOutside(cm, best.x, optimum.x, team, a, b);
              const evaluation = evaluateRoster(cm, best.x);
              expect(evaluation.violations).toEqual([]);
              expect(evaluation.score.total).toBe(optimum.score);
              expect(best.objective).toBeCloseTo(evaluation.score.total - outsideTeam(cm, best.x, team, a, b), 6);
              expect(cg.relaxation).toBeLessThanOrEqual(best.objective + 1e-6);
              let dived: Int16Array | null = null;
              for (let step = 0; step < 200 && !dived; step++) dived = cg.diveCellsStep(1);
              expect(dived).not.toBeNull();
              expectHeldOutside(cm, dived!, optimum.x, team, a, b);
              expect(evaluateRoster(cm, dived!).violations).toEqual([]);
            } finally {
              cg.dispose();
            }
          },
        ),
        { numRuns: 60, seed: 11 },
      );
    });

    it('over everyone and the whole period it is the plain master', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
          const model = randomModel(seed, SMALL);
          const optimum = bruteForceOptimalRoster(model);
          if (!optimum) return;
          const cm = compileModel(model);
          const everyone = Array.from({ length: cm.E }, (_, e) => e);
          const plain = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M));
          const team = new ColumnGeneration(cm, highs, new WindowOptimizer(cm, BIG_M), { a: 0, b: cm.H - 1, base: optimum.x, employees: everyone });
          try {
            for (const cg of [plain, team]) {
              cg.addRoster(optimum.x);
              converge(cg, 100);
              expect(cg.converged).toBe(true);
            }
            expect(team.relaxation).toBeCloseTo(plain.relaxation, 6);
          } finally {
            plain.dispose();
            team.dispose();
          }
        }),
        { numRuns: 30, seed: 12 },
      );
    });
  });

  it('calls a root tailed off on its gain over three rounds, never without a share', () => {
    // Gains of 0.01 %, 0 and 0.01 % of 1000 per round: below 0.05 % a round on average.
    expect(hasTailedOff([1000.3, 1000.2, 1000.2, 1000.1], 5e-4)).toBe(true);
    // One flat round after real gains is not a tail-off.
    expect(hasTailedOff([1030, 1010, 1000, 1000], 5e-4)).toBe(false);
    expect(hasTailedOff([1000, 1000], 5e-4)).toBe(false);
    // With no share the root converges: an LP that rose by the engine's rounding is no reason.
    expect(hasTailedOff([7116, 7116, 7116, 7116 + 5e-12], 0)).toBe(false);
  });

  it('polishes a kept master again only while its MIP finds better rosters', () => {
    // The engine's MIP never finds a roster: after the first dive's polish, later dives on the
    // same master go without one (with a polish after every dive this run makes six).
    const integerSolves: number[] = [];
    const engine: LinearSolver = {
      createMaster: (lower, upper) => {
        const master = highs.createMaster(lower, upper);
        const index = integerSolves.push(0) - 1;
        return {
          addColumns: (columns) => master.addColumns(columns),
          setBounds: (columns, low, up) => master.setBounds(columns, low, up),
          solveRelaxation: (timeLimitMs) => master.solveRelaxation(timeLimitMs),
          solveInteger: () => {
            integerSolves[index]++;
            return { primal: null, objective: Infinity };
          },
          dispose: () => master.dispose(),
        };
      },
    };
    let now = 0;
    const result = solveRoster(curtoisToModel(loadInstance('Instance5')), { seed: 1, linearSolver: engine, clock: () => (now += 1), timeLimitMs: 20_000 });
    expect(result.status).toBe('feasible');
    expect(integerSolves.length).toBeGreaterThan(0);
    for (const n of integerSolves) expect(n).toBeLessThanOrEqual(1);
  });

  it('hands episodes to teams when whole-period rounds are too slow, and still returns a legal roster', () => {
    const model = curtoisToModel(loadInstance('Instance8'));
    const E = compileModel(model).E;
    const masters: ('everyone' | 'team')[] = [];
    const spy: LinearSolver = {
      createMaster: (lower, upper) => {
        // A team master's convexity rows are 1 for its employees and 0 = 0 for everyone else.
        masters.push(lower.subarray(0, E).every((v) => v === 1) ? 'everyone' : 'team');
        return highs.createMaster(lower, upper);
      },
    };
    // Every clock reading takes 5 ms: a whole-period round over 30 employees outlasts its 2 % share.
    let now = 0;
    const result = solveRoster(model, { seed: 1, linearSolver: spy, clock: () => (now += 5), timeLimitMs: 4000 });
    expect(result.status).toBe('feasible');
    expect(masters[0]).toBe('everyone');
    expect(masters).toContain('team');
  });

  it('carries on with the neighbourhood search when the engine fails', () => {
    const failing: LinearSolver = {
      createMaster: () => {
        throw new Error('engine unavailable');
      },
    };
    const model = randomModel(4, { employees: 3, days: 5, shifts: 2 });
    const optimum = bruteForceOptimalRoster(model);
    let now = 0;
    const result = solveRoster(model, { seed: 3, linearSolver: failing, clock: () => (now += 1), timeLimitMs: 3000 });
    expect(result.status).toBe(optimum ? 'feasible' : 'infeasible');
    if (optimum) expect(result.score!.total).toBe(optimum.score);
  });
});
