// Helpers of the golden scenarios (RULES.md Part B §7), run through the roster-document JSON format as
// the CLI and the API receive it. Verdicts: FAIL/BLOCK = a hard violation; PASS+WARN = no hard
// violation and a recorded exception used; WARN = soft violations only; PASS = neither. Where a
// scenario is about OB pay (S06, S07, S20–S22) only its rules part is checked here.
//
// Shared profile (§7): AB + HÖK Vårdförbundet, full-time nurse 38 h 15 min, dygnsbryt 00:00, ISO
// weeks, overtime per calendar month, healthcare night-work basis, weekly rest skr-nonoverlap,
// a 30-min rast in shifts over 5 h, måltidsuppehåll on night shifts. A scenario is a fragment of a
// schedule, so the period-level advisories that need a whole schedule (contract-hours, days-off,
// weekend-frequency) are switched off; A1's other soft rules stay on and are asserted too.
import { type RosterDocument, type RosterDocumentException } from '../roster-document/roster-document';
import { type CheckResult, checkRosterDocument } from './check-roster-document';
import { type ShiftInput, ruleIdsOf } from './roster.test-support';

export type Verdict = 'PASS' | 'PASS+WARN' | 'WARN' | 'FAIL';

export interface Scenario {
  period: { start: string; end: string };
  shifts: ShiftInput[];
  ruleSet?: string;
  parameters?: Record<string, unknown>;
  employee?: Record<string, unknown>;
  exceptions?: Omit<RosterDocumentException, 'employeeId'>[];
  absences?: RosterDocument['absences'];
  publishedAt?: string;
}

const PROFILE_PARAMETERS = {
  weeklyRestMode: 'skr-nonoverlap',
  overtimeMethod: 'calendar-month',
  disabledRules: ['contract-hours', 'days-off', 'weekend-frequency'],
};

/** Builds the JSON document exactly as a client would send it (then round-trips it through JSON). */
function documentOf(s: Scenario): unknown {
  const doc = {
    ruleSet: s.ruleSet ?? 'ab-hok-vardforbundet',
    parameters: { ...PROFILE_PARAMETERS, ...s.parameters },
    period: s.period,
    ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
    employees: [
      {
        id: 'nurse',
        employmentRate: 100,
        fullTimeHoursPerWeek: 38.25,
        nightWorker: false,
        nightWorkBasis: true,
        skills: [],
        dygnsbryt: '00:00',
        ...s.employee,
      },
    ],
    shifts: s.shifts.map((shift, i) => ({
      id: `s${i + 1}`,
      employeeId: 'nurse',
      kind: 'work',
      overtime: false,
      requiredSkill: null,
      ...shift,
    })),
    absences: s.absences ?? [],
    exceptions: (s.exceptions ?? []).map((e) => ({ employeeId: 'nurse', ...e })),
  };
  return JSON.parse(JSON.stringify(doc));
}

export function run(s: Scenario): CheckResult {
  return checkRosterDocument(documentOf(s));
}

function verdict(result: CheckResult): Verdict {
  if (result.violations.some((v) => v.severity === 'hard')) return 'FAIL';
  if (result.exceptionsUsed.length > 0) return 'PASS+WARN';
  return result.violations.length > 0 ? 'WARN' : 'PASS';
}

export function expectOutcome(
  result: CheckResult,
  expected: { verdict: Verdict; hard?: string[]; soft?: string[]; exceptions?: string[] },
): void {
  expect({
    verdict: verdict(result),
    hard: ruleIdsOf(result, 'hard'),
    soft: ruleIdsOf(result, 'soft'),
    exceptions: result.exceptionsUsed.map((e) => `${e.ruleId}/${e.type}`).sort(),
  }).toEqual({
    verdict: expected.verdict,
    hard: expected.hard ?? [],
    soft: expected.soft ?? [],
    exceptions: expected.exceptions ?? [],
  });
}

export const mealBreak = {
  ruleId: 'break',
  type: 'meal-break',
  shiftIds: [] as string[],
  reason: 'nattpass med måltidsuppehåll',
};
export const night = (start: string, end: string): ShiftInput => ({ start, end, breakMinutes: 0 });
