// fast-check generators of random roster documents for the property tests: one to three
// employees, up to 24 shifts each in a 4-week period away from the clock changes.
import fc from 'fast-check';
import { type RosterDocument, type RosterDocumentShift } from '../roster-document/roster-document';

export const BASE_MONDAY = '2025-05-05';

function dateTime(dayOffset: number, minuteOfDay: number, weeks = 0): string {
  const [y, m, d] = BASE_MONDAY.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + dayOffset + weeks * 7, 0, minuteOfDay));
  return t.toISOString().slice(0, 16);
}

export interface ShiftSeed {
  day: number;
  /** Start in quarter hours after midnight. */
  quarter: number;
  /** Length in quarter hours (1–56, i.e. up to 14 h). */
  quarters: number;
  kind: 'work' | 'on-call' | 'standby';
  overtime: boolean;
  rast: boolean;
}

const shiftSeed = fc.record({
  day: fc.integer({ min: -3, max: 30 }),
  quarter: fc.integer({ min: 0, max: 95 }),
  quarters: fc.integer({ min: 1, max: 56 }),
  kind: fc.constantFrom<'work' | 'on-call' | 'standby'>('work', 'work', 'work', 'work', 'on-call', 'standby'),
  overtime: fc.boolean(),
  rast: fc.boolean(),
});

export interface RosterSeed {
  employees: { rate: number; nightWorker: boolean; nightWorkBasis: boolean; dygnsbryt: string; shifts: ShiftSeed[] }[];
  ruleSet: 'atl' | 'ab-hok-vardforbundet' | 'ab-hok-kommunal' | 'crisis-kla';
  weeklyRestMode: 'skr-nonoverlap' | 'strict-47h';
}

export const rosterSeed: fc.Arbitrary<RosterSeed> = fc.record({
  employees: fc.array(
    fc.record({
      rate: fc.constantFrom(50, 75, 100),
      nightWorker: fc.boolean(),
      nightWorkBasis: fc.boolean(),
      dygnsbryt: fc.constantFrom('00:00', '06:00', '20:00'),
      shifts: fc.array(shiftSeed, { maxLength: 24 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  ruleSet: fc.constantFrom('atl', 'ab-hok-vardforbundet', 'ab-hok-kommunal', 'crisis-kla'),
  weeklyRestMode: fc.constantFrom('skr-nonoverlap', 'strict-47h'),
});

/**
 * The document of a seed, moved by whole weeks. With `separate`, each employee's shifts are cut so
 * they neither overlap nor touch (every shift is its own duty block). Overtime and jour are kept to
 * the first three shifts so no monthly cap is reached (caps sit on month edges, which whole-week
 * moves do not preserve).
 */
export function documentOf(seed: RosterSeed, opts: { weeks?: number; separate?: boolean } = {}): RosterDocument {
  const weeks = opts.weeks ?? 0;
  const shifts: RosterDocumentShift[] = [];
  seed.employees.forEach((e, ei) => {
    let sorted = e.shifts.map((s) => ({ ...s, from: s.day * 96 + s.quarter, to: s.day * 96 + s.quarter + s.quarters }));
    if (opts.separate) {
      sorted = [...sorted].sort((a, b) => a.from - b.from || a.to - b.to);
      const kept: typeof sorted = [];
      for (const s of sorted) {
        const last = kept[kept.length - 1];
        if (last && s.from <= last.to) continue;
        kept.push(s);
      }
      sorted = kept;
    }
    sorted.forEach((s, si) => {
      const hours = (s.to - s.from) / 4;
      shifts.push({
        id: `e${ei}-s${si}`,
        employeeId: `e${ei}`,
        start: dateTime(0, s.from * 15, weeks),
        end: dateTime(0, s.to * 15, weeks),
        breakMinutes: s.rast && hours > 1 && s.kind !== 'standby' ? 30 : 0,
        kind: s.kind === 'on-call' && si >= 3 ? 'work' : s.kind,
        overtime: s.kind === 'work' && s.overtime && si < 3,
      });
    });
  });
  return {
    ruleSet: seed.ruleSet,
    parameters: { weeklyRestMode: seed.weeklyRestMode },
    period: { start: dateTime(0, 0, weeks).slice(0, 10), end: dateTime(27, 0, weeks).slice(0, 10) },
    employees: seed.employees.map((e, ei) => ({
      id: `e${ei}`,
      employmentRate: e.rate,
      fullTimeHoursPerWeek: 38.25,
      nightWorker: e.nightWorker,
      nightWorkBasis: e.nightWorkBasis,
      dygnsbryt: e.dygnsbryt,
    })),
    shifts,
    absences: [],
    exceptions: [],
  };
}
