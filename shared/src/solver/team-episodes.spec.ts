import fc from 'fast-check';
import { compileModel, OFF } from './compile-model';
import { createPrng } from './prng';
import { RosterState } from './roster-state';
import { nextTeamSize, pickTeam, TEAM_LEAST_SIZE, TEAM_WINDOW_DAYS, TeamTimeShare } from './team-episodes';
import { randomModel } from './solver.test-support';

describe('team episodes', () => {
  it('picks distinct employees, as many as asked (or everyone), over a window of four weeks (or the period)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 14 }),
        (seed, employees, days, size) => {
          const cm = compileModel(randomModel(seed, { employees, days, shifts: 2 }));
          const x = new Int16Array(cm.E * cm.H).fill(OFF);
          const team = pickTeam(cm, x, new RosterState(cm, x).reqCount, createPrng(seed), size, 0.5);
          expect(new Set(team.employees).size).toBe(team.employees.length);
          expect(team.employees.length).toBe(Math.min(size, cm.E));
          for (const e of team.employees) expect(e >= 0 && e < cm.E).toBe(true);
          expect(team.b - team.a + 1).toBe(Math.min(cm.H, TEAM_WINDOW_DAYS));
          expect(team.a).toBeGreaterThanOrEqual(0);
          expect(team.b).toBeLessThan(cm.H);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('placed on a requirement under its target, covers its day and takes half the team from those who may work it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const cm = compileModel(randomModel(seed, { employees: 10, days: 60, shifts: 2 }));
        // An empty roster leaves every requirement with a target open; keep one open only.
        const open = Array.from({ length: cm.R }, (_, r) => r).filter((r) => cm.reqTarget[r] > 0);
        if (open.length === 0) return;
        const r = open[seed % open.length];
        const count = Int32Array.from({ length: cm.R }, (_, q) => (q === r ? 0 : Math.max(cm.reqTarget[q], cm.reqMin[q])));
        const x = new Int16Array(cm.E * cm.H).fill(OFF);
        const size = 6;
        const team = pickTeam(cm, x, count, createPrng(seed), size, 1);
        const day = cm.reqDay[r];
        expect(team.a <= day && day <= team.b).toBe(true);
        const able = team.employees.filter((e) => cm.allowed[(e * cm.H + day) * cm.S + cm.reqShift[r]]);
        let ableInAll = 0;
        for (let e = 0; e < cm.E; e++) if (cm.allowed[(e * cm.H + day) * cm.S + cm.reqShift[r]]) ableInAll++;
        expect(able.length).toBeGreaterThanOrEqual(Math.min(ableInAll, size / 2));
      }),
      { numRuns: 200, seed: 4 },
    );
  });

  it('sizes teams by their episodes\' time, between the least size and everyone', () => {
    expect(nextTeamSize(16, 500, 600, 100)).toBe(16);
    expect(nextTeamSize(16, 1300, 600, 100)).toBe(12);
    expect(nextTeamSize(16, 200, 600, 100)).toBe(20);
    expect(nextTeamSize(9, 5000, 600, 100)).toBe(TEAM_LEAST_SIZE);
    expect(nextTeamSize(45, 10, 600, 50)).toBe(50);
    expect(nextTeamSize(3, 5000, 600, 3)).toBe(3);
  });

  it('gives the search less time while episodes gain more per ms, and more while they gain less, within bounds', () => {
    const share = new TeamTimeShare();
    // No search measured yet: the first stretch is as long as the episode.
    expect(share.episode(100, 500)).toBe(500);
    share.searched(10, 1000);
    expect(share.episode(100, 500)).toBe(250);
    for (let i = 0; i < 10; i++) {
      share.searched(0, 1000);
      share.episode(50, 500);
    }
    expect(share.ratio).toBe(1 / 8);
    for (let i = 0; i < 20; i++) {
      share.searched(5000, 1000);
      share.episode(0, 500);
    }
    expect(share.ratio).toBe(8);
    expect(share.episode(0, 400)).toBe(3200);
    // Both stalled: the search keeps its time.
    const stalled = new TeamTimeShare();
    stalled.searched(0, 1000);
    stalled.episode(0, 500);
    expect(stalled.ratio).toBe(2);
  });
});
