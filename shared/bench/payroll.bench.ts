// `npm run bench:payroll`: classification and PAXml export of one month for 5,000 employees
// (about 100,000 shifts: days, evenings, nights over the October clock change, weekends, ordered
// extra time, beredskap, sick leave). The export streams to a byte counter, as it would to a file.
// Prints figures; targets (issue 6): under 10 s and under 300 MB.
import os from 'node:os';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { exportPayroll } from '../src/payroll/export-payroll';
import { parseRosterDocument } from '../src/roster-document/parse-roster-document';
import { type RosterDocument } from '../src/roster-document/roster-document';
import { addDays, weekdayOf } from '../src/time/stockholm';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5000);
const MONTH_START = '2025-10-01';
const DAYS = 31;

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

const PATTERNS: [string, string, number, number][] = [
  ['07:00', '15:30', 30, 0], // day
  ['13:30', '21:30', 30, 0], // evening
  ['21:15', '07:15', 0, 1], // night, ends the next day
];

function region(): RosterDocument {
  const random = seeded(6);
  const doc: RosterDocument = {
    ruleSet: 'ab-hok-vardforbundet',
    period: { start: MONTH_START, end: addDays(MONTH_START, DAYS - 1) },
    employees: [],
    shifts: [],
    absences: [],
  };
  for (let e = 0; e < EMPLOYEES; e++) {
    const id = `e${e}`;
    const rate = random() < 0.3 ? 75 : 100;
    doc.employees.push({ id, employmentRate: rate, fullTimeHoursPerWeek: 38.25 });
    const sickDay = random() < 0.1 ? Math.floor(random() * DAYS) : -1;
    let n = 0;
    let lastEnd = '';
    for (let d = 0; d < DAYS; d++) {
      const date = addDays(MONTH_START, d);
      const weekend = weekdayOf(date) >= 6;
      const works = weekend ? (e + Math.floor(d / 7)) % 2 === 0 : random() < (rate === 100 ? 0.72 : 0.55);
      if (d === sickDay && lastEnd <= `${date}T00:00`) {
        doc.absences!.push({ employeeId: id, start: date, end: date, type: 'sick', scheduledHours: 8 });
        continue;
      }
      if (!works) {
        if (weekend && random() < 0.05)
          doc.shifts.push({
            id: `${id}-${n++}`,
            employeeId: id,
            start: `${date}T08:00`,
            end: `${date}T20:00`,
            kind: 'standby',
          });
        continue;
      }
      const [start, end, breakMinutes, nextDay] = PATTERNS[(e + Math.floor(d / 7)) % 3];
      const startAt = `${date}T${start}`;
      if (startAt < lastEnd) continue;
      const endDate = addDays(date, nextDay);
      const endAt = date === '2025-10-25' && nextDay ? '2025-10-26T07:15+01:00' : `${endDate}T${end}`;
      doc.shifts.push({
        id: `${id}-${n++}`,
        employeeId: id,
        start: date === '2025-10-25' && nextDay ? '2025-10-25T21:15+02:00' : startAt,
        end: endAt,
        breakMinutes,
      });
      lastEnd = `${endDate}T${end}`;
      if (!nextDay && random() < 0.06) {
        // Stayed late: ordered time straight after the shift.
        doc.shifts.push({
          id: `${id}-${n++}`,
          employeeId: id,
          start: `${date}T${end}`,
          end: `${date}T${end === '21:30' ? '23:00' : '18:00'}`,
          overtime: true,
        });
        lastEnd = `${date}T23:00`;
      }
    }
  }
  return doc;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

const doc = region();
const t0 = performance.now();
const snapshot = parseRosterDocument(doc);
const t1 = performance.now();
const shifts = snapshot.employees.reduce((n, e) => n + e.shifts.length, 0);

const hash = createHash('sha256');
let bytes = 0;
let chunks = 0;
const t2 = performance.now();
for (const chunk of exportPayroll(snapshot, { format: 'paxml', schedule: true }).chunks) {
  bytes += chunk.length;
  chunks++;
  hash.update(chunk);
}
const t3 = performance.now();

console.log(
  `payroll benchmark: ${EMPLOYEES} employees, ${shifts} shifts, ${snapshot.period.start}..${snapshot.period.end}`,
);
console.log(`  parse roster document:               ${((t1 - t0) / 1000).toFixed(2)} s (not part of the target)`);
console.log(`  classification + PAXml export:       ${((t3 - t2) / 1000).toFixed(2)} s   (target < 10 s)`);
console.log(
  `  PAXml written:                       ${mb(bytes)} MB in ${chunks} chunks, sha256 ${hash.digest('hex').slice(0, 16)}…`,
);
console.log(
  `  peak RSS (whole process):            ${mb(process.resourceUsage().maxRSS * 1024)} MB   (target < 300 MB)`,
);
console.log(`  cores: ${os.availableParallelism()} available, 1 used; node ${process.version}`);
