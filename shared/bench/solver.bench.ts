// npm run bench:solver -- --instances <dir> --time-limit <seconds> [--out <dir>] [--seed <n>]
// Solves every *.txt Curtois-format instance in <dir> with the product's solver through the
// Curtois adapter, prints one JSON line per instance and optionally writes <name>.roster files.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCurtoisInstance } from '../src/solver/curtois/curtois-instance';
import { curtoisToModel } from '../src/solver/curtois/curtois-to-model';
import { evaluateCurtois } from '../src/solver/curtois/evaluate-curtois';
import { writeCurtoisRoster } from '../src/solver/curtois/curtois-roster';
import { RosterSolver } from '../src/solver/solve';

interface Args {
  instances: string;
  timeLimit: number;
  out?: string;
  seed: number;
  only?: string;
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
    only: get('only'),
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

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const bestKnown = readBestKnown(args.instances);
  const files = readdirSync(args.instances)
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !args.only || args.only.split(',').includes(basename(f, '.txt')))
    .sort(naturalOrder);
  if (args.out) mkdirSync(args.out, { recursive: true });
  for (const file of files) {
    const name = basename(file, '.txt');
    const inst = parseCurtoisInstance(readFileSync(join(args.instances, file), 'utf8'));
    const model = curtoisToModel(inst);
    const t0 = performance.now();
    const solver = new RosterSolver(model, {
      seed: args.seed,
      clock: () => performance.now(),
      timeLimitMs: args.timeLimit * 1000,
      onProgress: process.env.BENCH_VERBOSE
        ? (p) => process.stderr.write(`${name} it=${p.iteration} t=${(p.elapsedMs / 1000).toFixed(1)} cur=${p.currentScore} best=${p.bestScore} short=${p.currentShortfall}\n`)
        : undefined,
      progressIntervalMs: 5000,
      tuning: process.env.BENCH_TUNING ? JSON.parse(process.env.BENCH_TUNING) : undefined,
    });
    while (solver.step(16));
    const result = solver.result();
    const seconds = (performance.now() - t0) / 1000;
    const line: Record<string, unknown> = { instance: name, feasible: false, objective: null };
    if (result.assignment) {
      const check = evaluateCurtois(inst, result.assignment);
      line.feasible = check.feasible;
      line.objective = check.feasible ? check.penalty : null;
      if (!check.feasible) line.violations = check.violations.slice(0, 5);
      if (args.out) {
        const xml = writeCurtoisRoster(model.employees.map((e) => e.id), result.assignment, {
          instanceName: name,
          penalty: check.penalty,
          foundBy: 'Bemanna solver',
          algorithm: `construction + LNS with exact per-employee window DP, seed ${args.seed}`,
          cpuSeconds: Math.round(seconds * 10) / 10,
        });
        writeFileSync(join(args.out, `${name}.roster`), xml);
      }
    } else {
      line.explanations = result.explanations.slice(0, 5).map((x) => x.message);
    }
    const bk = bestKnown.get(name);
    if (bk !== undefined) {
      line.bestKnown = bk;
      line.gapPercent = typeof line.objective === 'number' ? Math.round(((line.objective - bk) / bk) * 10000) / 100 : null;
    }
    line.seconds = Math.round(seconds * 10) / 10;
    line.iterations = result.iterations;
    console.log(JSON.stringify(line));
  }
}

main();
