// npm run bench:solver-scale -- [--employees 200] [--weeks 8] [--departments 6] [--time-limit 60] [--seed 1]
// The product's roster generation at pool size: a region of departments with day/evening/night
// shifts, needs for nurses and assistant nurses, Swedish rule sets (AB/HÖK Vårdförbundet and
// Kommunal), part-time contracts, night workers, a pool working everywhere, leave and wishes.
// Runs the whole pipeline (model, search, rules-engine check with weekly rest, proposal), then
// checks the accepted roster again from scratch, and times "suggest replacement" for open shifts.
// Prints one JSON line: seconds, peak RSS, coverage before/after, hard violations (must be 0).
// Like the API's generation worker, it passes the LP/MIP engine (BENCH_NO_EXACT=1: without) and
// the pricing thread.
import { performance } from 'node:perf_hooks';
import { loadHighsLinearSolver } from '../src/solver/highs-linear-solver';
import { startPricingThread } from '../src/solver/threaded-pricer';
import { generateRoster } from '../src/roster-generation/generate-roster';
import { GenerationRuleCheck } from '../src/roster-generation/generation-rule-check';
import { rankReplacements } from '../src/roster-generation/replacement-candidates';
import { shiftInterval } from '../src/roster-generation/build-model';
import { createdShifts, syntheticRegion } from '../src/roster-generation/synthetic-region.test-support';
import { addDays } from '../src/time/stockholm';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const employees = arg('employees', 200);
const weeks = arg('weeks', 8);
const departments = arg('departments', 6);
const timeLimit = arg('time-limit', 60);
const seed = arg('seed', 1);
const start = '2026-03-02';

async function main(): Promise<void> {
  const input = syntheticRegion({ departments, employees, weeks, start, seed });
  const linearSolver = process.env.BENCH_NO_EXACT ? undefined : await loadHighsLinearSolver();
  const t0 = performance.now();
  const generation = generateRoster(input, {
    seed,
    timeLimitMs: timeLimit * 1000,
    clock: () => performance.now(),
    linearSolver,
    // As the API worker (BENCH_NO_THREAD=1: pricing on this thread alone).
    pricingThread: process.env.BENCH_NO_THREAD ? undefined : startPricingThread,
    // As the API worker: no single engine call blocks longer than this.
    maxBlockingMs: 500,
  });
  let step = generation.next();
  while (!step.done) step = generation.next();
  const seconds = (performance.now() - t0) / 1000;
  const result = step.value;
  if (result.status !== 'proposal') {
    console.log(JSON.stringify({ status: result.status, seconds, result }));
    process.exit(1);
  }
  const proposal = result.proposal;

  // The accepted roster, checked from scratch by a fresh rules-engine run over every employee.
  const created = createdShifts(proposal);
  const check = new GenerationRuleCheck(input);
  const verdict = check.check(
    input.employees.map((e) => e.id),
    created,
  );
  const hard = verdict.violations.filter((v) => v.severity === 'hard').length;
  const softByRule: Record<string, number> = {};
  for (const v of verdict.violations) if (v.severity === 'soft') softByRule[v.ruleId] = (softByRule[v.ruleId] ?? 0) + 1;

  // Suggest replacement: an open evening shift on each of 20 days, ranked against the new roster.
  const timings: number[] = [];
  for (let i = 0; i < 20; i++) {
    const date = addDays(start, (i * 3) % (weeks * 7));
    const type = input.shiftTypes[(i % departments) * 3 + 1];
    const iv = shiftInterval(date, type);
    const t = performance.now();
    rankReplacements(
      input,
      {
        shiftTypeId: type.id,
        departmentId: type.departmentId,
        date,
        start: iv.start,
        end: iv.end,
        breakMinutes: type.breakMinutes,
        kind: type.kind,
        requiredSkillId: null,
        requiredSkillCode: null,
      },
      created,
      { check },
    );
    timings.push(performance.now() - t);
  }
  timings.sort((a, b) => a - b);

  console.log(
    JSON.stringify({
      employees,
      weeks,
      departments,
      timeLimitSeconds: timeLimit,
      exactPhase: Boolean(linearSolver),
      status: result.status,
      seconds: Math.round(seconds * 10) / 10,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      iterations: result.iterations,
      changes: proposal.changes.length,
      score: proposal.score.solver,
      belowMinBefore: proposal.score.underCover.belowMinBefore,
      belowMin: proposal.score.underCover.belowMin,
      belowTargetBefore: proposal.score.underCover.belowTargetBefore,
      belowTarget: proposal.score.underCover.belowTarget,
      uncoveredReasons: proposal.uncovered.reduce<Record<string, number>>(
        (m, u) => ({ ...m, [u.reason]: (m[u.reason] ?? 0) + u.missing }),
        {},
      ),
      wishesMet: `${proposal.score.wishes.met}/${proposal.score.wishes.wishes}`,
      hours: proposal.score.hours,
      fairness: proposal.score.fairness,
      hardViolationsAfterAccept: hard,
      softFindingsByRule: softByRule,
      replacementMsMedian: Math.round(timings[timings.length >> 1]),
      replacementMsMax: Math.round(timings[timings.length - 1]),
    }),
  );
  if (hard > 0) process.exit(2);
}

void main();
