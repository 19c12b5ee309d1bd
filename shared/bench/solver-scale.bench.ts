// npm run bench:solver-scale -- [--employees 200] [--weeks 8] [--departments 6] [--time-limit 60] [--seed 1]
//   [--weight name=value ...] (a department weight of generation-weights.ts, e.g. --weight weekendsPiled=0)
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
import { addDays, instantAtLocalTime, weekdayOf } from '../src/time/stockholm';
import { DEFAULT_GENERATION_WEIGHTS, generationWeightProblems, type GenerationWeights } from '../src/roster-generation/generation-weights';

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

/** The defaults with every `--weight name=value` over them; a name or value the product refuses stops the bench. */
function weights(): GenerationWeights {
  const out: Record<string, number> = { ...DEFAULT_GENERATION_WEIGHTS };
  process.argv.forEach((a, i) => {
    if (a !== '--weight') return;
    const [name, value] = (process.argv[i + 1] ?? '').split('=');
    if (!(name in out)) throw new Error(`--weight ${name}: no such weight (${Object.keys(out).join(', ')})`);
    out[name] = Number(value);
  });
  const problems = generationWeightProblems(out);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message.en).join('; '));
  return out as unknown as GenerationWeights;
}

async function main(): Promise<void> {
  const input = { ...syntheticRegion({ departments, employees, weeks, start, seed }), weights: weights() };
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

  // Weekends worked per person who works (the engine's weekend: Friday 22:00 → Monday 00:00, a
  // night starting on the Sunday aside): how many people work 1, 2 … of the period's weekends.
  const weekendWindows: Array<[number, number, number]> = [];
  for (let d = 0; d < weeks * 7; d++) {
    const date = addDays(start, d);
    if (weekdayOf(date) !== 6) continue;
    const sunday = addDays(date, 1);
    weekendWindows.push([instantAtLocalTime(addDays(date, -1), 22 * 60), instantAtLocalTime(sunday, 0), instantAtLocalTime(sunday, 24 * 60)]);
  }
  const weekendsOf = new Map<string, Set<number>>();
  for (const c of created) {
    const set = weekendsOf.get(c.employeeId) ?? new Set<number>();
    weekendWindows.forEach(([from, sunday, to], k) => {
      const sundayNight = c.start >= sunday && c.end > to;
      if (c.start < to && c.end > from && !sundayNight) set.add(k);
    });
    weekendsOf.set(c.employeeId, set);
  }
  const weekendsPerPerson: Record<number, number> = {};
  for (const set of weekendsOf.values()) weekendsPerPerson[set.size] = (weekendsPerPerson[set.size] ?? 0) + 1;

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
      weekendsPerPerson,
      hardViolationsAfterAccept: hard,
      softFindingsByRule: softByRule,
      replacementMsMedian: Math.round(timings[timings.length >> 1]),
      replacementMsMax: Math.round(timings[timings.length - 1]),
    }),
  );
  if (hard > 0) process.exit(2);
}

void main();
