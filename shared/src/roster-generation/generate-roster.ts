// Automatic roster generation end to end, as a generator so that any caller can drive it: the
// API's worker yields to its event loop between steps (progress, cancel), a benchmark runs it
// straight through. Steps: build the model, solve (anytime, seeded), then check the roster with
// the rules engine itself. Weekly rest is a model rule for the period's whole weeks; where the
// engine still finds it missing (a week cut by the period, shifts elsewhere, a clock change) two
// days off are pinned in that week and the search runs again from the roster it had; any other
// hard finding on a proposed shift removes that shift. The last check is final: a proposed shift
// that is part of any hard violation is never offered.
import type { LinearSolver } from '../solver/linear-solver';
import type { PricingThreadStarter } from '../solver/row-pricer';
import { RosterSolver } from '../solver/solve';
import type { SolveProgress } from '../solver/solve-options';
import type { Assignment } from '../solver/model';
import type { SolverInfeasibility } from '../solver';
import { type Violation } from '../rules/rule';
import { daysBetween } from '../time/stockholm';
import { buildGenerationModel, type GenerationModel } from './build-model';
import type { GenerationInput } from './generation-input';
import { buildProposal, type RosterProposal } from './proposal';
import { rosterShifts, toCheck } from './roster-shifts';

export interface GenerationOptions {
  seed?: number;
  timeLimitMs: number;
  /** Monotonic milliseconds. */
  clock: () => number;
  shouldStop?: () => boolean;
  /** Solver iterations per generator step (the caller's time slice). */
  stepIterations?: number;
  /** LP/MIP engine for the solver's exact phase (SolveOptions.linearSolver); optional. */
  linearSolver?: LinearSolver;
  /** Longest single engine call in ms (it blocks the caller's thread). */
  maxBlockingMs?: number;
  /** A second thread for the exact phase's pricing (SolveOptions.pricingThread); optional. */
  pricingThread?: PricingThreadStarter;
}

export type GenerationPhase = 'solving' | 'checking' | 'proposal';

export interface GenerationProgress {
  phase: GenerationPhase;
  round: number;
  elapsedMs: number;
  iteration: number;
  currentScore: number | null;
  bestScore: number | null;
}

export interface GenerationExplanation {
  employeeId: string | null;
  rule: string;
  dates: string[];
  message: { sv: string; en: string };
}

export type GenerationResult =
  | { status: 'proposal'; proposal: RosterProposal; stoppedBy: string; elapsedMs: number; iterations: number }
  | { status: 'infeasible'; explanations: GenerationExplanation[]; elapsedMs: number }
  | { status: 'cancelled'; elapsedMs: number };

const MAX_PIN_ROUNDS = 3;
const FIRST_SEARCH_SHARE = 0.8;

export function* generateRoster(
  input: GenerationInput,
  options: GenerationOptions,
): Generator<GenerationProgress, GenerationResult, void> {
  const start = options.clock();
  const elapsed = () => options.clock() - start;
  const stopped = () => options.shouldStop?.() ?? false;
  const gm = buildGenerationModel(input);
  const names = new Map(gm.employees.map((e) => [e.id, e.name]));

  const fixedProblems = fixedShiftProblems(input, gm);
  if (fixedProblems.length > 0) return { status: 'infeasible', explanations: fixedProblems, elapsedMs: elapsed() };

  let assignment: Assignment = gm.initial;
  let iterations = 0;
  let stoppedBy = 'time-limit';
  let round = 0;
  for (; ; round++) {
    // Most of the time goes to the first search (weekly rest is in the model, so re-searches after
    // pinning are the exception); the rest to those, keeping a tenth for the final check and the
    // proposal.
    const remaining = options.timeLimitMs * 0.9 - elapsed();
    const budget = round === 0 ? options.timeLimitMs * FIRST_SEARCH_SHARE : Math.max(200, remaining / (MAX_PIN_ROUNDS - round + 1));
    const solver: RosterSolver = new RosterSolver(gm.model, {
      seed: (options.seed ?? 1) + round,
      clock: options.clock,
      timeLimitMs: budget,
      // A roster that scores 0 cannot be improved: stop early (an empty need grid, say).
      shouldStop: (): boolean => stopped() || solver.progress().bestScore === 0,
      initial: assignment,
      progressIntervalMs: 250,
      // The exact phase pays off over the long first search, not the short re-searches.
      linearSolver: round === 0 ? options.linearSolver : undefined,
      pricingThread: round === 0 ? options.pricingThread : undefined,
      maxBlockingMs: options.maxBlockingMs,
    });
    let last: SolveProgress | null = null;
    try {
      while (solver.step(options.stepIterations ?? 4)) {
        last = solver.progress();
        yield toProgress('solving', round, elapsed(), last);
      }
    } finally {
      // Also when the caller leaves the generator mid-run (`return()`).
      solver.dispose();
    }
    const result = solver.result();
    iterations += result.iterations;
    if (result.stoppedBy === 'cancelled' && stopped()) return { status: 'cancelled', elapsedMs: elapsed() };
    if (result.status === 'infeasible') {
      return {
        status: 'infeasible',
        explanations: result.explanations.map((x) => explainSolver(x, gm, names)),
        elapsedMs: elapsed(),
      };
    }
    stoppedBy = result.stoppedBy;
    assignment = result.assignment!;
    yield {
      phase: 'checking',
      round,
      elapsedMs: elapsed(),
      iteration: iterations,
      currentScore: null,
      bestScore: result.score?.total ?? null,
    };
    const findings = proposalFindings(input, gm, assignment);
    if (findings.length === 0) break;
    const pinsLeft = round < MAX_PIN_ROUNDS && elapsed() < options.timeLimitMs * 0.85;
    const pinned = pinsLeft ? pinWeeklyRest(gm, assignment, findings) : 0;
    if (pinned === 0) {
      assignment = removeOffending(input, gm, assignment);
      break;
    }
  }
  yield { phase: 'proposal', round, elapsedMs: elapsed(), iteration: iterations, currentScore: null, bestScore: null };
  const proposal = buildProposal(input, gm, assignment);
  return { status: 'proposal', proposal, stoppedBy, elapsedMs: elapsed(), iterations };
}

function toProgress(phase: GenerationPhase, round: number, elapsedMs: number, p: SolveProgress): GenerationProgress {
  return { phase, round, elapsedMs, iteration: p.iteration, currentScore: p.currentScore, bestScore: p.bestScore };
}

/** Hard violations that involve a proposed shift. */
function proposalFindings(input: GenerationInput, gm: GenerationModel, assignment: Assignment): Violation[] {
  const { shifts, proposed } = rosterShifts(input, gm, assignment);
  const employees = [...new Set(shifts.filter((s) => proposed.has(s.id)).map((s) => s.employeeId))];
  return gm.check
    .check(employees, shifts)
    .violations.filter((v) => v.severity === 'hard' && v.shiftIds.some((id) => proposed.has(id)));
}

/**
 * For each week without weekly rest, fixes two consecutive days off for that employee in that
 * week (the pair with the fewest proposed shifts, never a day fixed to a shift). Returns how
 * many pairs it pinned; other findings are left to the final removal.
 */
function pinWeeklyRest(gm: GenerationModel, assignment: Assignment, findings: Violation[]): number {
  let pinned = 0;
  const index = new Map(gm.employees.map((e, i) => [e.id, i]));
  for (const v of findings) {
    if (v.ruleId !== 'weekly-rest') continue;
    const e = index.get(v.employeeId);
    if (e === undefined) continue;
    const spec = gm.model.employees[e];
    const fixedAt = new Map((spec.fixed ?? []).map((f) => [f.day, f.shiftType]));
    const first = Math.max(0, daysBetween(gm.dates[0], v.from.slice(0, 10)));
    const last = Math.min(gm.dates.length - 1, daysBetween(gm.dates[0], v.to.slice(0, 10)) - 1);
    let best = -1;
    let bestCost = Infinity;
    for (let d = first; d < last; d++) {
      if (fixedAt.get(d) || fixedAt.get(d + 1)) continue;
      const cost = (assignment[e][d] ? 1 : 0) + (assignment[e][d + 1] ? 1 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = d;
      }
    }
    if (best < 0) continue;
    spec.fixed = [...(spec.fixed ?? []), { day: best, shiftType: null }, { day: best + 1, shiftType: null }].filter(
      (f, i, all) => all.findIndex((g) => g.day === f.day) === i,
    );
    pinned++;
  }
  return pinned;
}

/** Removes proposed shifts until none is part of a hard violation (greedy, per employee). */
function removeOffending(input: GenerationInput, gm: GenerationModel, assignment: Assignment): Assignment {
  const x = assignment.map((row) => [...row]);
  for (let guard = 0; guard < 10_000; guard++) {
    const { shifts, proposed, cellOf } = rosterShifts(input, gm, x);
    const employees = [...new Set(shifts.filter((s) => proposed.has(s.id)).map((s) => s.employeeId))];
    const bad = gm.check
      .check(employees, shifts)
      .violations.filter((v) => v.severity === 'hard' && v.shiftIds.some((id) => proposed.has(id)));
    if (bad.length === 0) return x;
    // Per violation, drop the proposed shift whose removal leaves the employee fewest hard findings.
    const v = bad[0];
    const options = v.shiftIds.filter((id) => proposed.has(id));
    let choice = options[options.length - 1];
    let fewest = Infinity;
    for (const id of options) {
      const rest = shifts.filter((s) => s.employeeId === v.employeeId && s.id !== id);
      const n = gm.check
        .check([v.employeeId], rest)
        .violations.filter((w) => w.severity === 'hard' && w.shiftIds.some((sid) => proposed.has(sid))).length;
      if (n < fewest) {
        fewest = n;
        choice = id;
      }
    }
    const cell = cellOf.get(choice)!;
    x[cell.e][cell.d] = null;
  }
  throw new Error('removeOffending did not converge');
}

/** Hard violations among the shifts the generation must keep, unless overridden with a reason. */
function fixedShiftProblems(input: GenerationInput, gm: GenerationModel): GenerationExplanation[] {
  const replaceableIds = new Set([...gm.replaceable.values()].map((s) => s.id));
  const kept = input.shifts.filter((s) => s.employeeId && !replaceableIds.has(s.id));
  const inScope = new Set(kept.filter((s) => s.inScope).map((s) => s.id));
  const employees = [...new Set(kept.filter((s) => s.inScope).map((s) => s.employeeId!))];
  if (employees.length === 0) return [];
  const overrides = new Map(kept.map((s) => [s.id, new Set(s.overriddenRules ?? [])]));
  const names = new Map(gm.employees.map((e) => [e.id, e.name]));
  return gm.check
    .check(employees, kept.map(toCheck))
    .violations.filter(
      (v) =>
        v.severity === 'hard' &&
        v.shiftIds.some((id) => inScope.has(id)) &&
        !v.shiftIds.every((id) => overrides.get(id)?.has(v.ruleId)),
    )
    .map((v) => ({
      employeeId: v.employeeId,
      rule: v.ruleId,
      dates: [v.from.slice(0, 10)],
      message: {
        sv: `Fasta pass för ${names.get(v.employeeId) ?? v.employeeId} bryter en regel: ${v.message.sv}`,
        en: `Fixed shifts of ${names.get(v.employeeId) ?? v.employeeId} break a rule: ${v.message.en}`,
      },
    }));
}

const RULE_TEXT: Record<string, { sv: string; en: string }> = {
  unavailable: { sv: 'frånvaro', en: 'absence' },
  qualification: { sv: 'behörighet', en: 'qualification' },
  'forbidden-succession': { sv: 'dygnsvila', en: 'daily rest' },
  'max-consecutive-shifts': { sv: 'arbetsdagar i följd', en: 'consecutive working days' },
  'min-consecutive-shifts': { sv: 'arbetsdagar i följd', en: 'consecutive working days' },
  'min-consecutive-days-off': { sv: 'lediga dagar i följd', en: 'consecutive days off' },
  'max-shifts-of-type': { sv: 'antal pass av en typ', en: 'shifts of one type' },
  'max-minutes': { sv: 'högsta arbetstid', en: 'maximum hours' },
  'min-minutes': { sv: 'lägsta arbetstid', en: 'minimum hours' },
  'max-weekends': { sv: 'arbetshelger', en: 'weekends worked' },
  'weekly-rest': { sv: 'veckovila', en: 'weekly rest' },
  fixed: { sv: 'fasta pass', en: 'fixed shifts' },
};

function explainSolver(x: SolverInfeasibility, gm: GenerationModel, names: Map<string, string>): GenerationExplanation {
  const name = names.get(x.employee) ?? x.employee;
  const dates = [x.fromDay, x.toDay].filter((d): d is number => d !== undefined).map((d) => gm.dates[d]);
  const when = dates.length > 0 ? ` (${[...new Set(dates)].join(' – ')})` : '';
  const rule = RULE_TEXT[x.rule] ?? { sv: x.rule, en: x.rule };
  const hours = (m: RegExpMatchArray | null, i: number) => (m ? Math.round((Number(m[i]) / 60) * 10) / 10 : 0);
  const sv = (n: number) => String(n).replace('.', ',');
  let detail: { sv: string; en: string };
  if (x.rule === 'min-minutes' && /higher than possible/.test(x.message)) {
    const m = x.message.match(/minimum (\d+) minutes is higher than possible: at most (\d+) minutes/);
    detail = {
      sv: `lägsta arbetstid ${sv(hours(m, 1))} h är mer än vad som går att arbeta: högst ${sv(hours(m, 2))} h med ledighet, behörighet och regler`,
      en: `minimum ${hours(m, 1)} h is more than can be worked: at most ${hours(m, 2)} h given leave, qualifications and rules`,
    };
  } else if (x.rule === 'min-minutes' && /above the maximum/.test(x.message)) {
    const m = x.message.match(/minimum (\d+) minutes is above the maximum (\d+)/);
    detail = {
      sv: `lägsta arbetstid ${sv(hours(m, 1))} h är högre än högsta arbetstid ${sv(hours(m, 2))} h`,
      en: `minimum ${hours(m, 1)} h is above the maximum ${hours(m, 2)} h`,
    };
  } else if (x.rule === 'unavailable') {
    detail = { sv: 'har ett fast pass under beviljad ledighet', en: 'has a fixed shift during approved leave' };
  } else if (x.rule === 'forbidden-succession') {
    detail = { sv: 'har fasta pass utan dygnsvila mellan dem', en: 'has fixed shifts without daily rest between them' };
  } else if (x.rule === 'qualification') {
    detail = { sv: 'har ett fast pass som hen inte får arbeta', en: 'has a fixed shift they may not work' };
  } else if (/no roster found/.test(x.message)) {
    detail = {
      sv: `inget schema hittades som uppfyller ${rule.sv} inom tidsgränsen`,
      en: `no roster was found that meets ${rule.en} within the time limit`,
    };
  } else {
    detail = { sv: `går inte att uppfylla (${rule.sv})`, en: `cannot be met (${rule.en})` };
  }
  return {
    employeeId: x.employee,
    rule: x.rule,
    dates,
    message: { sv: `${name}: ${detail.sv}${when}`, en: `${name}: ${detail.en}${when}` },
  };
}
