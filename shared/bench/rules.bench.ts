// `npm run bench:rules`: full evaluation of a generated region (5,000 employees × 16 weeks, about
// 400,000 shifts) and the median incremental re-check after one edit. Prints figures; targets
// (issue 3): full < 2 s on one core and < 1 GB, incremental < 2 ms median.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseRosterDocument } from '../src/roster-document/parse-roster-document';
import { type RosterDocument } from '../src/roster-document/roster-document';
import { evaluate } from '../src/rules/engine';
import { evaluateIncremental, startIncrementalEvaluation } from '../src/rules/incremental';
import { addDays } from '../src/time/stockholm';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5000);
const WEEKS = 16;
const EDITS = 300;
const PERIOD_START = '2025-01-06';

/** mulberry32: a small seeded generator, so every run measures the same roster. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY: [string, string, number] = ['07:00', '15:30', 30];
const EVENING: [string, string, number] = ['13:30', '21:30', 30];
const NIGHT: [string, string, number] = ['21:30', '06:30', 0];

/**
 * A plausible region: each employee rotates forward week by week (days → evenings → nights),
 * works every other weekend, and about 3 % of shifts are perturbed (moved, overtime, skill), so
 * the rules find a realistic share of problems rather than none or thousands per person.
 */
function region(): RosterDocument {
  const random = seeded(42);
  const doc: RosterDocument = {
    ruleSet: 'ab-hok-vardforbundet',
    period: { start: PERIOD_START, end: addDays(PERIOD_START, WEEKS * 7 - 1) },
    employees: [],
    shifts: [],
    absences: [],
    exceptions: [],
  };
  for (let e = 0; e < EMPLOYEES; e++) {
    const id = `e${e}`;
    const rate = random() < 0.3 ? 75 : 100;
    doc.employees.push({
      id,
      employmentRate: rate,
      fullTimeHoursPerWeek: 38.25,
      skills: random() < 0.5 ? ['IVA'] : [],
    });
    doc.exceptions!.push({
      employeeId: id,
      ruleId: 'break',
      type: 'meal-break',
      reason: 'nattpass med måltidsuppehåll',
    });
    const offset = e % 3;

    for (let week = 0; week < WEEKS; week++) {
      const kind = (week + offset) % 3;
      const weekendOn = (week + e) % 2 === 0;
      // [weekday (0 = Monday), pattern]
      const plan: [number, [string, string, number]][] =
        kind === 0
          ? [0, 1, 2, 3, 4].map((d) => [d, DAY])
          : kind === 1
            ? (weekendOn ? [0, 1, 2, 5, 6] : [0, 1, 2, 3, 4]).map((d) => [d, EVENING])
            : [
                [0, NIGHT],
                [1, NIGHT],
                [2, NIGHT],
                [5, DAY],
                [6, DAY],
              ];
      for (const [weekday, pattern] of plan) {
        const day = week * 7 + weekday;
        const date = addDays(PERIOD_START, day);
        let [from, to] = pattern;
        const perturb = random();
        if (perturb < 0.01) [from, to] = ['06:00', '14:30'];
        const endDate = to < from ? addDays(date, 1) : date;
        doc.shifts.push({
          id: `${id}-${day}`,
          employeeId: id,
          start: `${date}T${from}`,
          end: `${endDate}T${to}`,
          breakMinutes: pattern[2],
          overtime: perturb > 0.98,
          requiredSkill: perturb > 0.97 && perturb <= 0.98 ? 'IVA' : null,
        });
      }
    }
    if (random() < 0.1) {
      const first = addDays(PERIOD_START, 7 * Math.floor(random() * WEEKS));
      doc.absences!.push({
        employeeId: id,
        start: first,
        end: addDays(first, 6),
        type: 'vacation',
        scheduledHours: 38.25,
      });
    }
  }
  return doc;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function main(): void {
  let doc: RosterDocument | null = region();
  const t0 = performance.now();
  const snapshot = parseRosterDocument(doc);
  const parseMs = performance.now() - t0;
  doc = null;
  gc();
  const heapSnapshot = process.memoryUsage().heapUsed;

  const runs: { wall: number; cpu: number }[] = [];
  let result = evaluate(snapshot);
  for (let i = 0; i < 3; i++) {
    gc();
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    result = evaluate(snapshot);
    const wall = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    runs.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
  }
  gc();
  const heapResult = process.memoryUsage().heapUsed;

  const random = seeded(7);
  let state = startIncrementalEvaluation(snapshot);
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const roster = state.snapshot.employees[Math.floor(random() * state.snapshot.employees.length)];
    if (roster.shifts.length === 0) continue;
    const shift = roster.shifts[Math.floor(random() * roster.shifts.length)];
    const delta = (random() < 0.5 ? -1 : 1) * 3_600_000;
    const t = performance.now();
    state = evaluateIncremental(state, {
      upsertShifts: [{ ...shift, start: shift.start + delta, end: shift.end + delta }],
    });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const t1 = performance.now();
  const combined = state.result;
  const combineMs = performance.now() - t1;
  runs.sort((a, b) => a.wall - b.wall);

  const shifts = snapshot.employees.reduce((n, r) => n + r.shifts.length, 0);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    `bench:rules — ${EMPLOYEES} employees × ${WEEKS} weeks, ${shifts} shifts; os.cpus().length = ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
  );
  console.log(`  parse + validate document:  ${parseMs.toFixed(0)} ms`);
  console.log(
    `  full evaluation:            ${runs[0].wall.toFixed(0)} ms wall, ${runs[0].cpu.toFixed(0)} ms CPU (best of ${runs.length}; walls ${runs.map((r) => r.wall.toFixed(0)).join(', ')} ms) → ${result.violations.length} violations`,
  );
  console.log(
    `  memory:                     heap ${mb(heapSnapshot)} with the snapshot, ${mb(heapResult)} with snapshot + result; peak RSS of the whole run ${mb(maxRss)}`,
  );
  console.log(
    `  incremental re-check:       median ${times[Math.floor(times.length / 2)].toFixed(3)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(3)} ms over ${times.length} one-shift edits`,
  );
  console.log(
    `  assembling the whole result after the edits: ${combineMs.toFixed(1)} ms (${combined.violations.length} violations; done on demand)`,
  );
  console.log(`  targets: full < 2000 ms on one core, < 1 GB; incremental median < 2 ms`);
}

// BENCH_DUMP=file writes the generated document instead (to inspect it or feed rules:check).
if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(region()));
else main();
