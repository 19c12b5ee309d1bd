// Builders for rule tests: every test goes through the roster-document JSON format, as the CLI
// and the API do, and reads the result by rule id.
import {
  type RosterDocument,
  type RosterDocumentEmployee,
  type RosterDocumentShift,
} from '../roster-document/roster-document';
import { type CheckResult, checkRosterDocument } from './check-roster-document';
import { type RuleId } from './rule-ids';
import { type Violation } from './rule';

export type ShiftInput = Omit<RosterDocumentShift, 'id' | 'employeeId'> & { id?: string; employeeId?: string };

export interface DocInput extends Partial<Omit<RosterDocument, 'shifts' | 'employees'>> {
  period: { start: string; end: string };
  employee?: Partial<RosterDocumentEmployee>;
  employees?: RosterDocumentEmployee[];
  shifts: ShiftInput[];
}

export const ANNA: RosterDocumentEmployee = { id: 'anna', employmentRate: 100, fullTimeHoursPerWeek: 38.25 };

/** A roster document for one employee ("anna", full time 38.25 h unless overridden). */
export function rosterDoc(input: DocInput): RosterDocument {
  const { employee, employees, shifts, ...rest } = input;
  const people = employees ?? [{ ...ANNA, ...employee }];
  return {
    ruleSet: 'ab-hok-vardforbundet',
    ...rest,
    employees: people,
    shifts: shifts.map((s, i) => ({ id: s.id ?? `s${i + 1}`, employeeId: s.employeeId ?? people[0].id, ...s })),
  } as RosterDocument;
}

/** A work shift from two local date-times, with a 30-min rast when longer than 5 h. */
export function work(start: string, end: string, extra: Partial<ShiftInput> = {}): ShiftInput {
  const hours = (Date.parse(`${end.slice(0, 16)}Z`) - Date.parse(`${start.slice(0, 16)}Z`)) / 3_600_000;
  return { start, end, breakMinutes: hours > 5 ? 30 : 0, ...extra };
}

export function check(input: DocInput): CheckResult {
  return checkRosterDocument(rosterDoc(input));
}

export function violationsOf(result: CheckResult, ruleId: RuleId): Violation[] {
  return result.violations.filter((v) => v.ruleId === ruleId);
}

/** Sorted distinct rule ids of the violations (optionally of one severity). */
export function ruleIdsOf(result: CheckResult, severity?: 'hard' | 'soft'): RuleId[] {
  return [
    ...new Set(result.violations.filter((v) => !severity || v.severity === severity).map((v) => v.ruleId)),
  ].sort();
}

/** Consecutive dates as 'YYYY-MM-DD' starting at `first`. */
export function dates(first: string, count: number): string[] {
  const [y, m, d] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}
