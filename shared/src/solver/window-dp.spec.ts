import fc from 'fast-check';
import { compileModel, countsFor, OFF, type CompiledModel } from './compile-model';
import { scanEmployee, type HardViolation } from './evaluate';
import { RosterState } from './roster-state';
import { createPrng } from './prng';
import { solveRoster } from './solve';
import { randomModel } from './solver.test-support';
import { FREE_CELL, WindowOptimizer } from './window-dp';
import type { SolverModel } from './model';

const MIN_RULES = new Set(['min-minutes', 'min-consecutive-shifts', 'min-consecutive-days-off', 'weekly-rest']);

/** A random small model with a roster that meets every hard rule (the frame windows fit into), or null. */
function modelWithLegalRoster(seed: number, days: number, variant: Variant): { cm: CompiledModel; x: Int16Array } | null {
  const model = randomModel(seed, { employees: 3, days, shifts: 2 }, variant);
  const cm = compileModel(model);
  const solved = solveRoster(model, { seed: 1, maxIterations: 30 });
  if (solved.status !== 'feasible') return null;
  const x = new Int16Array(cm.E * cm.H);
  solved.assignment!.forEach((row, e) => row.forEach((s, d) => (x[e * cm.H + d] = s === null ? OFF : cm.shiftIds.indexOf(s))));
  return { cm, x };
}

/** The least `value()` over every value of every day a..b of employee e's row in `state`. */
function bruteForceWindow(state: RosterState, e: number, a: number, b: number, value: () => number): number {
  const V = state.cm.S + 1;
  let best = Infinity;
  for (let code = 0; code < V ** (b - a + 1); code++) {
    let c = code;
    for (let d = a; d <= b; d++) {
      state.set(e, d, (c % V) - 1);
      c = Math.floor(c / V);
    }
    best = Math.min(best, value());
  }
  return best;
}

interface Variant {
  weeklyRest?: boolean;
  shares?: boolean;
  gaps?: boolean;
  runs?: boolean;
  unmet?: boolean;
  weekends?: boolean;
}

describe.each<[string, Variant]>([
  ['', {}],
  [' with weekly rest and fair shares', { weeklyRest: true, shares: true }],
  [
    ' with gap and run penalties (rest after nights, nights in a row), weekly rest and fair shares',
    { weeklyRest: true, shares: true, gaps: true, runs: true },
  ],
  [' with fair shares and unmet requests spread over people', { shares: true, unmet: true }],
  [' with unmet requests and weekends spread, weekly rest and gap penalties', { unmet: true, weekends: true, weeklyRest: true, gaps: true }],
  [' with weekends spread over people', { weekends: true }],
  [' with a run penalty', { runs: true }],
])('WindowOptimizer%s', (_, variant) => {
  it('returns the exact best response of one employee over an interior window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, start, length, who) => {
          const frame = modelWithLegalRoster(seed, 10, variant);
          if (!frame) return;
          const { cm, x } = frame;
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
          const best = bruteForceWindow(state, e, a, b, () => (legal() ? objective() : Infinity));
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

  it('prices exactly: the cheapest legal row at the given rewards (column generation), edges and totals included, agreeing with cells a dive fixed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, start, length, e, fixings) => {
          const frame = modelWithLegalRoster(seed, 8, variant);
          if (!frame) return;
          const { cm, x } = frame;
          const a = length >= cm.H ? 0 : start;
          const b = Math.min(cm.H - 1, a + length - 1);
          const rng = createPrng(seed);
          const reward = Float64Array.from({ length: cm.R }, () => rng.int(200) - 50);
          // Cells a dive fixed: a day off or a shift on up to two days of the window.
          const fixed = new Int16Array(b - a + 1).fill(FREE_CELL);
          for (let k = 0; k < fixings; k++) fixed[rng.int(fixed.length)] = rng.int(cm.S + 1) - 1;
          const state = new RosterState(cm, x);
          for (let d = a; d <= b; d++) state.set(e, d, OFF);
          // The reduced cost of employee e's current row, or Infinity when it breaks a hard rule.
          const value = (): number => {
            const out: HardViolation[] = [];
            const scan = scanEmployee(cm, state.x, e, out);
            if (out.length > 0) return Infinity;
            for (let d = a; d <= b; d++) {
              if (fixed[d - a] !== FREE_CELL && fixed[d - a] !== state.x[e * cm.H + d]) return Infinity;
            }
            let v = scan.soft;
            for (let d = a; d <= b; d++) {
              const s = state.x[e * cm.H + d];
              if (s === OFF) continue;
              const c = d * cm.S + s;
              for (let j = cm.cellReqStart[c]; j < cm.cellReqStart[c + 1]; j++) {
                if (countsFor(cm, e, cm.cellReqIdx[j])) v -= reward[cm.cellReqIdx[j]];
              }
            }
            return v;
          };
          const best = bruteForceWindow(state, e, a, b, value);
          for (let d = a; d <= b; d++) state.set(e, d, OFF);
          // As sized for speed; with completion bounds on every call, from the relaxation's best
          // row alone and with the row the employee had as a known row (column generation's hint).
          const had = x.slice(e * cm.H + a, e * cm.H + b + 1);
          for (const [bounds, hint] of [
            [false, undefined],
            [true, undefined],
            [true, had],
          ] as const) {
            const dp = new WindowOptimizer(cm, 1e7);
            if (bounds) dp.minLayerToBound = 0;
            const priced = dp.priceColumn(state, e, reward, a, b, fixings > 0 ? fixed : undefined, hint);
            expect(dp.repeatedPasses).toBe(0);
            if (!dp.lastExact) continue; // a cap the DP had to price: not claimed exact
            if (best === Infinity) {
              if (priced) {
                for (let d = a; d <= b; d++) state.set(e, d, priced[d - a]);
                expect(value()).toBe(Infinity);
              }
            } else {
              expect(priced).not.toBeNull();
              for (let d = a; d <= b; d++) state.set(e, d, priced![d - a]);
              expect(value()).toBeCloseTo(best, 9);
            }
            for (let d = a; d <= b; d++) state.set(e, d, OFF);
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('WindowOptimizer and the week after a window', () => {
  // Days 2–8 are a week of fixed nights, so its only rest is the one it starts with (days 2–3
  // off until the night of day 3). A night on day 1 ends on day 2; with the daily rest owed
  // first, the weekly rest then starts too late in the week.
  const model = (restAfterNight: number): SolverModel => ({
    days: 9,
    shiftTypes: [{ id: 'N', minutes: 600, startMinute: 1260, spanMinutes: 600 }],
    employees: [
      {
        id: 'e',
        weeklyRest: { minutes: 2160, firstWeekDay: 2, restStartByType: { N: restAfterNight } },
        fixed: [{ day: 2, shiftType: null }, ...[3, 4, 5, 6, 7, 8].map((day) => ({ day, shiftType: 'N' }))],
      },
    ],
    cover: [{ day: 1, shiftType: 'N', target: 1, underWeight: 100, overWeight: 0 }],
  });
  const nightOnDay1 = (restAfterNight: number): boolean => {
    const cm = compileModel(model(restAfterNight));
    const x = new Int16Array(cm.H).fill(OFF);
    for (let d = 3; d <= 8; d++) x[d] = 0;
    const state = new RosterState(cm, x);
    const row = new WindowOptimizer(cm, 1e7).optimize(state, 0, 0, 1)!;
    for (let d = 0; d <= 1; d++) state.set(0, d, row[d]);
    const broken: HardViolation[] = [];
    scanEmployee(cm, state.x, 0, broken);
    expect(broken).toEqual([]);
    return row[1] === 0;
  };

  it('leaves the night out when its rest would start after the week it needs', () => {
    expect(nightOnDay1(1860 + 660)).toBe(false);
  });

  it('takes the night when its rest starts at its end', () => {
    expect(nightOnDay1(1860)).toBe(true);
  });
});

describe('WindowOptimizer and a fair share with a floor', () => {
  // One employee, five days in the window, nights only: a night needed (target 1) saves 30, any
  // other costs 25 over target.
  const nights = (limit: { share: number; weightPerShift: number; floor: number; weightPerMissing: number }, neededNights: number, outside = 0): number => {
    const cm = compileModel({
      days: 5 + outside,
      shiftTypes: [{ id: 'N', minutes: 600 }],
      employees: [{ id: 'e', shareLimits: [{ shiftTypes: ['N'], ...limit }] }],
      cover: Array.from({ length: 5 }, (_, i) => ({ day: outside + i, shiftType: 'N', target: i < neededNights ? 1 : 0, underWeight: 30, overWeight: 25 })),
    });
    const x = new Int16Array(cm.H).fill(OFF);
    for (let d = 0; d < outside; d++) x[d] = 0;
    const row = new WindowOptimizer(cm, 1e7).optimize(new RosterState(cm, x), 0, outside, cm.H - 1)!;
    return row.filter((v) => v !== OFF).length;
  };

  it('works the nights short of the floor where none is needed, when they cost less than missing them', () => {
    expect(nights({ share: 3, weightPerShift: 5, floor: 2, weightPerMissing: 100 }, 0)).toBe(2);
    expect(nights({ share: 3, weightPerShift: 5, floor: 2, weightPerMissing: 20 }, 0)).toBe(0);
  });

  it('counts the nights worked outside the window towards the floor', () => {
    expect(nights({ share: 3, weightPerShift: 5, floor: 2, weightPerMissing: 100 }, 0, 1)).toBe(1);
  });

  it('charges nothing beyond the floor while the share is not reached', () => {
    expect(nights({ share: 5, weightPerShift: 50, floor: 1, weightPerMissing: 100 }, 5)).toBe(5);
    expect(nights({ share: 4, weightPerShift: 50, floor: 1, weightPerMissing: 100 }, 5)).toBe(4);
  });
});

describe('WindowOptimizer.repairRow', () => {
  it('finds the best whole row that meets the period minimum (sparse back pointers, no caps counted)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2 }), (seed, e) => {
        const frame = modelWithLegalRoster(seed, 7, seed % 2 === 1 ? { gaps: true, runs: true } : {});
        if (!frame) return;
        const { cm, x } = frame;
        // Caps are priced in a repair, not counted: only rows no cap binds are claimed best.
        for (let s = 0; s < cm.S; s++) if (cm.maxByType[e * cm.S + s] < cm.H) return;
        const M = 1e7;
        const state = new RosterState(cm, x);
        const objective = (): number => state.shortfallScore() * M + state.softScore();
        const acceptable = (): boolean => {
          const out: HardViolation[] = [];
          scanEmployee(cm, state.x, e, out);
          return out.every((v) => v.rule !== 'min-minutes' && MIN_RULES.has(v.rule));
        };
        const best = bruteForceWindow(state, e, 0, cm.H - 1, () => (acceptable() ? objective() : Infinity));
        for (let d = 0; d < cm.H; d++) state.set(e, d, OFF);
        const row = new WindowOptimizer(cm, M).repairRow(state, e);
        if (best === Infinity) {
          expect(row).toBeNull();
          return;
        }
        expect(row).not.toBeNull();
        for (let d = 0; d < cm.H; d++) state.set(e, d, row![d]);
        expect(acceptable()).toBe(true);
        expect(objective()).toBe(best);
        checked++;
      }),
      { numRuns: 300, seed: 17 },
    );
    expect(checked).toBeGreaterThan(30);
  });
});

/**
 * One employee over six days with per-type caps (`caps`, by shift type), random rewards, an empty
 * row, and the reduced cost of the row the state holds (Infinity when it breaks a hard rule).
 */
function cappedPricing(seed: number, shifts: number, caps: (i: number) => number) {
  const model = randomModel(seed, { employees: 1, days: 6, shifts });
  model.employees[0].maxShiftsByType = Object.fromEntries(model.shiftTypes.map((s, i) => [s.id, caps(i)]));
  model.employees[0].fixed = undefined;
  const cm = compileModel(model);
  const state = new RosterState(cm, new Int16Array(cm.H).fill(OFF));
  const rng = createPrng(seed);
  const reward = Float64Array.from({ length: cm.R }, () => rng.int(400) - 100);
  const value = (): number => {
    const out: HardViolation[] = [];
    const scan = scanEmployee(cm, state.x, 0, out);
    if (out.length > 0) return Infinity;
    let v = scan.soft;
    for (let d = 0; d < cm.H; d++) {
      const s = state.x[d];
      if (s === OFF) continue;
      const c = d * cm.S + s;
      for (let j = cm.cellReqStart[c]; j < cm.cellReqStart[c + 1]; j++) if (countsFor(cm, 0, cm.cellReqIdx[j])) v -= reward[cm.cellReqIdx[j]];
    }
    return v;
  };
  return { model, cm, state, reward, value };
}

/** `priced` is a cheapest legal row at `value`, or, when no row is legal, none or an illegal one. */
function expectCheapestRow(state: RosterState, priced: Int16Array | null, value: () => number): void {
  const H = state.cm.H;
  const best = bruteForceWindow(state, 0, 0, H - 1, value);
  if (best === Infinity) {
    // No legal row: pricing returns none, or one that breaks a minimum rule (penalised).
    if (priced) {
      for (let d = 0; d < H; d++) state.set(0, d, priced[d]);
      expect(value()).toBe(Infinity);
    }
    return;
  }
  expect(priced).not.toBeNull();
  for (let d = 0; d < H; d++) state.set(0, d, priced![d]);
  expect(value()).toBeCloseTo(best, 9);
}

describe('WindowOptimizer pricing with caps it counts', () => {
  it('returns the cheapest legal row, whether or not the row without caps keeps them', () => {
    let kept = 0;
    let broken = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        // Two binding caps, 2·3 = 6 counter states: counted. The DP first tries without them.
        const { model, cm, state, reward, value } = cappedPricing(seed, 3, (i) => [1, 2, 6][i]);
        // Without the caps (the relaxation the DP tries first).
        const loose = compileModel({ ...model, employees: [{ ...model.employees[0], maxShiftsByType: undefined }] });
        const looseState = new RosterState(loose, new Int16Array(cm.H).fill(OFF));
        const unconstrained = new WindowOptimizer(loose, 1e7).priceColumn(looseState, 0, reward);
        const used = (row: Int16Array | null, s: number) => (row ? row.filter((v) => v === s).length : 0);
        if (used(unconstrained, 0) > 1 || used(unconstrained, 1) > 2) broken++;
        else kept++;

        const dp = new WindowOptimizer(cm, 1e7);
        const priced = dp.priceColumn(state, 0, reward);
        expect(dp.lastExact).toBe(true);
        expectCheapestRow(state, priced, value);
      }),
      { numRuns: 200, seed: 29 },
    );
    // Both branches ran: rows the caps did not bind, and rows that had to count them.
    expect(kept).toBeGreaterThan(20);
    expect(broken).toBeGreaterThan(20);
  });
});

describe('WindowOptimizer pricing with caps it cannot count', () => {
  it('claims a row the cheapest legal one only when it is', () => {
    let claimed = 0;
    let notClaimed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        // Four binding caps, 2·3·3·3 counter states; counting at most 4 of them, a row that breaks
        // two caps after another has them priced.
        const { cm, state, reward, value } = cappedPricing(seed, 4, (i) => (i === 0 ? 1 : 2));
        const dp = new WindowOptimizer(cm, 1e7);
        dp.maxCapStates = 4;
        const priced = dp.priceColumn(state, 0, reward);
        if (!dp.lastExact) {
          notClaimed++;
          return;
        }
        claimed++;
        expectCheapestRow(state, priced, value);
      }),
      { numRuns: 300, seed: 23 },
    );
    // Both happen: rows the caps did not bind (claimed), rows the prices had to push (not).
    expect(claimed).toBeGreaterThan(30);
    expect(notClaimed).toBeGreaterThan(10);
  });
});

describe('WindowOptimizer pricing with next-best rows', () => {
  it('keeps its best row and adds other rows, the legal ones no cheaper than it and in order of value', () => {
    let withAlternatives = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        // Caps of a shift per day never bind: the DP's costs are the rows' values.
        const { cm, state, reward, value } = cappedPricing(seed, 3, () => 6);
        const alone = new WindowOptimizer(cm, 1e7).priceColumn(state, 0, reward);
        const dp = new WindowOptimizer(cm, 1e7);
        dp.alternatives = 3;
        const best = dp.priceColumn(state, 0, reward);
        expect(best).toEqual(alone);
        if (!best) {
          expect(dp.lastAlternatives).toEqual([]);
          return;
        }
        const rows = [best, ...dp.lastAlternatives];
        expect(dp.lastAlternatives.length).toBeLessThanOrEqual(3);
        expect(new Set(rows.map((row) => row.join(','))).size).toBe(rows.length);
        const values = rows.map((row) => {
          for (let d = 0; d < cm.H; d++) state.set(0, d, row[d]);
          const v = value();
          for (let d = 0; d < cm.H; d++) state.set(0, d, OFF);
          return v;
        });
        const legal = values.filter((v) => v < Infinity);
        for (let i = 1; i < legal.length; i++) expect(legal[i]).toBeGreaterThanOrEqual(legal[i - 1] - 1e-9);
        if (legal.length > 1) withAlternatives++;
      }),
      { numRuns: 200, seed: 31 },
    );
    expect(withAlternatives).toBeGreaterThan(50);
  });
});
