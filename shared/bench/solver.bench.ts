// npm run bench:solver -- --instances <dir> --time-limit <seconds> [--out <dir>] [--seed <n>]
//                         [--workers <n>] [--only Instance1,Instance2] [--pricing-thread]
// Solves every *.txt Curtois-format instance in <dir> with the product's solver (through the
// Curtois adapter, no benchmark-only solver), prints one JSON line per instance and, with
// --out, writes <name>.roster. The solver itself is single-threaded pure code; the bench runs
// `--workers` independent seeds in worker threads (default 2, one per core, as a 2-worker
// CP-SAT would) and keeps the best roster, checked by the independent benchmark evaluator.
// --pricing-thread gives each seed a second thread for the exact phase's pricing, as the API's
// generation worker does (with --workers 1: one seed on two cores, the product's setting).
// BENCH_NO_EXACT=1 runs without the LP/MIP engine (neighbourhood search only), for comparison.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseCurtoisInstance } from '../src/solver/curtois/curtois-instance';
import { curtoisToModel } from '../src/solver/curtois/curtois-to-model';
import { evaluateCurtois } from '../src/solver/curtois/evaluate-curtois';
import { writeCurtoisRoster } from '../src/solver/curtois/curtois-roster';
import type { Assignment } from '../src/solver/model';
import { loadHighsLinearSolver } from '../src/solver/highs-linear-solver';
import { RosterSolver, type SearchTuning } from '../src/solver/solve';
import { startPricingThread } from '../src/solver/threaded-pricer';

interface Args {
  instances: string;
  timeLimit: number;
  out?: string;
  seed: number;
  workers: number;
  only?: string[];
  pricingThread: boolean;
}

interface Job {
  text: string;
  name: string;
  seed: number;
  timeLimitMs: number;
  tuning?: Partial<SearchTuning>;
  verbose: boolean;
  exact: boolean;
  pricingThread: boolean;
}

interface JobResult {
  assignment: Assignment | null;
  explanations: string[];
  iterations: number;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const instances = get('instances');
  if (!instances) throw new Error('--instances <dir> is required');
  return {
    instances,
    timeLimit: Number(get('time-limit') ?? '60'),
    out: get('out'),
    seed: Number(get('seed') ?? '1'),
    workers: Math.max(1, Number(get('workers') ?? '2')),
    only: get('only')?.split(','),
    pricingThread: argv.includes('--pricing-thread'),
  };
}

function readBestKnown(dir: string): Map<string, number> {
  const file = join(dir, 'BEST_KNOWN.md');
  const map = new Map<string, number>();
  if (!existsSync(file)) return map;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 6 && /^\d+$/.test(cells[5] ?? '')) map.set(cells[1], Number(cells[5]));
  }
  return map;
}

async function runJob(job: Job): Promise<JobResult> {
  const model = curtoisToModel(parseCurtoisInstance(job.text));
  const solver = new RosterSolver(model, {
    linearSolver: job.exact ? await loadHighsLinearSolver() : undefined,
    pricingThread: job.pricingThread ? startPricingThread : undefined,
    seed: job.seed,
    clock: () => performance.now(),
    timeLimitMs: job.timeLimitMs,
    tuning: job.tuning,
    progressIntervalMs: 5000,
    onProgress: job.verbose
      ? (p) => process.stderr.write(`${job.name}#${job.seed} it=${p.iteration} t=${(p.elapsedMs / 1000).toFixed(0)}s current=${p.currentScore} best=${p.bestScore}\n`)
      : undefined,
  });
  while (solver.step(16));
  const result = solver.result();
  return { assignment: result.assignment, explanations: result.explanations.slice(0, 5).map((x) => x.message), iterations: result.iterations };
}

function runInWorker(job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    // Compiled (npm run bench:solver), a worker loads this file; run from source with tsx, workers
    // do not inherit its loader, so they register its CommonJS hook first.
    const load = `require(${JSON.stringify(__filename)});`;
    const boot = __filename.endsWith('.ts') ? `require('tsx/cjs'); ${load}` : load;
    const worker = new Worker(boot, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bestKnown = readBestKnown(args.instances);
  const files = readdirSync(args.instances)
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !args.only || args.only.includes(basename(f, '.txt')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (args.out) mkdirSync(args.out, { recursive: true });
  const tuning = process.env.BENCH_TUNING ? (JSON.parse(process.env.BENCH_TUNING) as Partial<SearchTuning>) : undefined;
  for (const file of files) {
    const name = basename(file, '.txt');
    const text = readFileSync(join(args.instances, file), 'utf8');
    const inst = parseCurtoisInstance(text);
    const t0 = performance.now();
    const jobs = Array.from({ length: args.workers }, (_, i) => ({
      text,
      name,
      seed: args.seed + i,
      timeLimitMs: args.timeLimit * 1000 - 500,
      tuning,
      verbose: Boolean(process.env.BENCH_VERBOSE),
      exact: !process.env.BENCH_NO_EXACT,
      pricingThread: args.pricingThread,
    }));
    const results = args.workers === 1 ? [await runJob(jobs[0])] : await Promise.all(jobs.map(runInWorker));
    const seconds = (performance.now() - t0) / 1000;
    let best: { assignment: Assignment; penalty: number } | null = null;
    for (const r of results) {
      if (!r.assignment) continue;
      const check = evaluateCurtois(inst, r.assignment);
      if (!check.feasible) throw new Error(`${name}: the solver returned a roster with hard violations: ${JSON.stringify(check.violations.slice(0, 3))}`);
      if (!best || check.penalty < best.penalty) best = { assignment: r.assignment, penalty: check.penalty };
    }
    const line: Record<string, unknown> = { instance: name, feasible: best !== null, objective: best?.penalty ?? null };
    const bk = bestKnown.get(name);
    if (bk !== undefined) {
      line.bestKnown = bk;
      line.gapPercent = best ? Math.round(((best.penalty - bk) / bk) * 10000) / 100 : null;
    }
    line.seconds = Math.round(seconds * 10) / 10;
    if (!best) line.explanations = results[0].explanations;
    console.log(JSON.stringify(line));
    if (args.out && best) {
      const xml = writeCurtoisRoster(inst.staff.map((s) => s.id), best.assignment, {
        instanceName: name,
        penalty: best.penalty,
        foundBy: 'Bemanna solver (shared/src/solver)',
        algorithm: `construction + LNS with exact per-employee window DP + column generation (HiGHS); ${args.workers} seeds from ${args.seed}`,
        cpuSeconds: Math.round(seconds * args.workers * 10) / 10,
      });
      writeFileSync(join(args.out, `${name}.roster`), xml);
    }
  }
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  void runJob(workerData as Job).then((result) => parentPort!.postMessage(result));
}
