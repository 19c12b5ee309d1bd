// employees[] of a roster document. Counters are hours outside the document's shifts (RULES.md A5).
import { parseCivilDate, type CivilDate } from '../time/stockholm';
import { type DocumentReader, join } from './document-reader';
import { type CrisisAssignment, type Employee, type EmployeeCounters } from './roster-snapshot';

const EMPLOYEE_KEYS = [
  'id',
  'employmentRate',
  'fullTimeHoursPerWeek',
  'nightWorker',
  'nightWorkBasis',
  'skills',
  'dygnsbryt',
  'counters',
  'crisisAssignment',
] as const;

const HOUR_COUNTERS = [
  'overtimeHoursYtd',
  'extraOvertimeHoursYtd',
  'mertidHoursYtd',
  'extraMertidHoursYtd',
  'overtimeHoursThisMonth',
  'mertidHoursThisMonth',
  'onCallHoursThisMonth',
  'overtimeHoursThisFourWeeks',
  'mertidHoursThisFourWeeks',
  'onCallHoursThisFourWeeks',
  'workedHoursThisReferencePeriod',
] as const;

export function readEmployees(r: DocumentReader, value: unknown, periodStart: CivilDate | null): Map<string, Employee> {
  const employees = new Map<string, Employee>();
  const periodYear = periodStart === null ? null : parseCivilDate(periodStart).year;
  r.array(value, 'employees', true).forEach((item, i) => {
    const path = join('employees', i);
    const o = r.object(item, path, EMPLOYEE_KEYS);
    if (!o) return;
    const id = r.string(o.id, join(path, 'id'), { required: true, nonEmpty: true });
    const employmentRate = r.number(o.employmentRate, join(path, 'employmentRate'), { min: 1, max: 100 });
    const fullTimeHoursPerWeek = r.number(o.fullTimeHoursPerWeek, join(path, 'fullTimeHoursPerWeek'), {
      min: 1,
      max: 80,
    });
    const nightWorker = r.boolean(o.nightWorker, join(path, 'nightWorker'), false);
    // Healthcare has a direct exemption from the 00–05 rule (RULES.md A1 night-window).
    const nightWorkBasis = r.boolean(o.nightWorkBasis, join(path, 'nightWorkBasis'), true);
    const skills = readSkills(r, o.skills, join(path, 'skills'));
    const dygnsbryt = r.clock(o.dygnsbryt, join(path, 'dygnsbryt'), '00:00');
    const counters = readCounters(r, o.counters, join(path, 'counters'), periodYear);
    const crisisAssignment = readCrisisAssignment(r, o.crisisAssignment, join(path, 'crisisAssignment'));
    if (id !== null && employees.has(id)) {
      r.fail(join(path, 'id'), id, 'is used by more than one employee');
      return;
    }
    if (
      id === null ||
      employmentRate === null ||
      fullTimeHoursPerWeek === null ||
      !skills ||
      !dygnsbryt ||
      !counters ||
      crisisAssignment === undefined
    )
      return;
    employees.set(id, {
      id,
      employmentRate,
      fullTimeHoursPerWeek,
      nightWorker,
      nightWorkBasis,
      skills,
      dygnsbryt: dygnsbryt.text,
      dygnsbrytMinutes: dygnsbryt.minutes,
      counters,
      crisisAssignment,
    });
  });
  return employees;
}

function readSkills(r: DocumentReader, value: unknown, path: string): string[] | null {
  const items = r.array(value, path, false);
  const skills: string[] = [];
  let ok = true;
  items.forEach((item, i) => {
    const skill = r.string(item, join(path, i), { required: true, nonEmpty: true });
    if (skill === null) ok = false;
    else skills.push(skill);
  });
  return ok ? skills : null;
}

function readCounters(
  r: DocumentReader,
  value: unknown,
  path: string,
  periodYear: number | null,
): EmployeeCounters | null {
  const zero = Object.fromEntries(HOUR_COUNTERS.map((k) => [k, 0])) as Omit<EmployeeCounters, 'year'>;
  if (value === undefined) return periodYear === null ? null : { year: periodYear, ...zero };
  const o = r.object(value, path, ['year', ...HOUR_COUNTERS]);
  if (!o) return null;
  let ok = true;
  const counters: Record<string, number> = {};
  for (const key of HOUR_COUNTERS) {
    const n = r.number(o[key], join(path, key), { default: 0, min: 0, max: 8784 });
    if (n === null) ok = false;
    else counters[key] = n;
  }
  let year = periodYear;
  if (o.year !== undefined) {
    year = r.number(o.year, join(path, 'year'), { min: 1900, max: 2200, integer: true });
    if (year !== null && periodYear !== null && year !== periodYear) {
      r.fail(join(path, 'year'), year, `must be the year in which period.start falls (${periodYear})`);
      ok = false;
    }
  }
  if (!ok || year === null) return null;
  return { year, ...(counters as Omit<EmployeeCounters, 'year'>) };
}

/** undefined = invalid, null = none. */
function readCrisisAssignment(r: DocumentReader, value: unknown, path: string): CrisisAssignment | null | undefined {
  if (value === undefined || value === null) return null;
  const o = r.object(value, path, ['start', 'end']);
  if (!o) return undefined;
  const start = r.date(o.start, join(path, 'start'));
  const end = o.end === undefined || o.end === null ? null : r.date(o.end, join(path, 'end'));
  if (start === null || (end === null && o.end !== undefined && o.end !== null)) return undefined;
  if (end !== null && end < start) {
    r.fail(join(path, 'end'), end, `is before start (${JSON.stringify(start)})`);
    return undefined;
  }
  return { start, end };
}
