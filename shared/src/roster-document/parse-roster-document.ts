// Roster document JSON → validated RosterSnapshot (RULES.md A5, docs/roster-format.md). Every
// problem is collected with its JSON path and value; any problem means no snapshot at all.
import { addDays, daysBetween, startOfLocalDay } from '../time/stockholm';
import { DocumentReader } from './document-reader';
import { readEmployees } from './read-employees';
import { readExceptions } from './read-exceptions';
import { readRuleSet } from './read-rule-set';
import { readAbsences, readShifts } from './read-shifts';
import { RosterDocumentError } from './roster-document-error';
import { type EmployeeRoster, type RosterPeriod, type RosterSnapshot, type Shift } from './roster-snapshot';

const DOCUMENT_KEYS = [
  'ruleSet',
  'parameters',
  'period',
  'publishedAt',
  'employees',
  'shifts',
  'absences',
  'exceptions',
] as const;

/** Longest period one document may cover (a year plus a week of context on the grid). */
export const MAX_PERIOD_DAYS = 371;

export function parseRosterDocument(input: unknown): RosterSnapshot {
  const r = new DocumentReader();
  const doc = r.object(input, '', DOCUMENT_KEYS);
  if (!doc) throw new RosterDocumentError(r.issues);

  const period = readPeriod(r, doc.period);
  const ruleSet = readRuleSet(r, doc.ruleSet, doc.parameters, period?.start ?? null);
  const publishedAt = doc.publishedAt === null ? null : r.dateTime(doc.publishedAt, 'publishedAt', { required: false });

  const before = r.issues.length;
  const employees = readEmployees(r, doc.employees, period?.start ?? null);
  const employeesValid = r.issues.length === before;
  const shifts = readShifts(r, doc.shifts, employees, employeesValid);
  const absences = readAbsences(r, doc.absences, employees, employeesValid);
  const inputsValid = r.issues.length === before;
  const exceptions = readExceptions(r, doc.exceptions, employees, shifts, inputsValid);

  if (r.issues.length > 0 || !period || !ruleSet) throw new RosterDocumentError(r.issues);

  const rosters = new Map<
    string,
    {
      shifts: Shift[];
      absences: EmployeeRoster['absences'][number][];
      exceptions: EmployeeRoster['exceptions'][number][];
    }
  >();
  for (const id of employees.keys()) rosters.set(id, { shifts: [], absences: [], exceptions: [] });
  for (const shift of shifts.values()) rosters.get(shift.employeeId)!.shifts.push(shift);
  for (const absence of absences) rosters.get(absence.employeeId)!.absences.push(absence);
  for (const exception of exceptions) rosters.get(exception.employeeId)!.exceptions.push(exception);

  return {
    ruleSet,
    period,
    publishedAt: publishedAt ?? null,
    employees: [...employees.values()].map((employee) => {
      const roster = rosters.get(employee.id)!;
      return {
        employee,
        shifts: roster.shifts.sort(compareShifts),
        absences: roster.absences.sort(
          (a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
        ),
        exceptions: roster.exceptions,
      };
    }),
  };
}

export function compareShifts(a: Shift, b: Shift): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function readPeriod(r: DocumentReader, value: unknown): RosterPeriod | null {
  const o = r.object(value, 'period', ['start', 'end']);
  if (!o) return null;
  const start = r.date(o.start, 'period.start');
  const end = r.date(o.end, 'period.end');
  if (start === null || end === null) return null;
  if (end < start) {
    r.fail('period.end', end, `is before period.start (${JSON.stringify(start)})`);
    return null;
  }
  if (daysBetween(start, end) + 1 > MAX_PERIOD_DAYS) {
    r.fail('period.end', end, `makes the period longer than ${MAX_PERIOD_DAYS} days`);
    return null;
  }
  return { start, end, startInstant: startOfLocalDay(start), endInstant: startOfLocalDay(addDays(end, 1)) };
}
