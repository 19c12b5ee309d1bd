import fc from 'fast-check';
import { compileModel, OFF } from './compile-model';
import { scanEmployee, type HardViolation } from './evaluate';
import { RosterState } from './roster-state';
import { solveRoster } from './solve';
import { randomModel } from './solver.test-support';
import { WindowOptimizer } from './window-dp';

const MIN_RULES = new Set(['min-minutes', 'min-consecutive-shifts', 'min-consecutive-days-off']);

describe('WindowOptimizer', () => {
  it('returns the exact best response of one employee over an interior window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, start, length, who) => {
          const model = randomModel(seed, { employees: 3, days: 10, shifts: 2 });
          const cm = compileModel(model);
          const solved = solveRoster(model, { seed: 1, maxIterations: 30 });
          if (solved.status !== 'feasible') return;
          const x = new Int16Array(cm.E * cm.H);
          solved.assignment!.forEach((row, e) => row.forEach((s, d) => (x[e * cm.H + d] = s === null ? OFF : cm.shiftIds.indexOf(s))));
          const M = 1e7;
          const state = new RosterState(cm, x);
          const e = who;
          const a = start;
          const b = Math.min(cm.H - 1, a + length - 1);
          const objective = (): number => state.shortfallScore() * M + state.softScore();
          const legal = (): boolean => {
            const out: HardViolation[] = [];
            scanEmployee(cm, state.x, e, out);
            return out.every((v) => MIN_RULES.has(v.rule));
          };
          // Brute force over every value of every window day.
          let best = Infinity;
          const L = b - a + 1;
          for (let code = 0; code < (cm.S + 1) ** L; code++) {
            let c = code;
            for (let d = a; d <= b; d++) {
              state.set(e, d, (c % (cm.S + 1)) - 1);
              c = Math.floor(c / (cm.S + 1));
            }
            if (legal()) best = Math.min(best, objective());
          }
          for (let d = a; d <= b; d++) state.set(e, d, OFF);
          const vals = new WindowOptimizer(cm, M).optimize(state, e, a, b);
          if (best === Infinity) {
            expect(vals).toBeNull();
            return;
          }
          expect(vals).not.toBeNull();
          for (let d = a; d <= b; d++) state.set(e, d, vals![d - a]);
          expect(legal()).toBe(true);
          expect(objective()).toBe(best);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });
});
