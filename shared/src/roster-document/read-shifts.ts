// shifts[] and absences[] of a roster document. Intervals are half-open [start, end); durations
// are real elapsed time (RULES.md Part B §0).
import { MINUTE_MS, addDays, isCivilDate, startOfLocalDay, type Instant } from '../time/stockholm';
import { type DocumentReader, join } from './document-reader';
import {
  ABSENCE_TYPES,
  SHIFT_KINDS,
  type Absence,
  type AbsenceType,
  type BreakInterval,
  type Employee,
  type Shift,
  type ShiftKind,
} from './roster-snapshot';

const SHIFT_KEYS = [
  'id',
  'employeeId',
  'start',
  'end',
  'breakMinutes',
  'breaks',
  'kind',
  'overtime',
  'requiredSkill',
  'changedAt',
] as const;
const ABSENCE_KEYS = ['employeeId', 'start', 'end', 'type', 'scheduledHours'] as const;

export function readShifts(
  r: DocumentReader,
  value: unknown,
  employees: ReadonlyMap<string, Employee>,
  employeesValid: boolean,
): Map<string, Shift> {
  const shifts = new Map<string, Shift>();
  r.array(value, 'shifts', true).forEach((item, i) => {
    const path = join('shifts', i);
    const o = r.object(item, path, SHIFT_KEYS);
    if (!o) return;
    const id = r.string(o.id, join(path, 'id'), { required: true, nonEmpty: true });
    const employeeId = readEmployeeRef(r, o.employeeId, join(path, 'employeeId'), employees, employeesValid);
    const start = r.dateTime(o.start, join(path, 'start'), { required: true });
    const end = r.dateTime(o.end, join(path, 'end'), { required: true });
    if (start !== null && end !== null && end <= start) {
      r.fail(
        join(path, 'end'),
        o.end,
        `is ${end < start ? 'before' : 'the same as'} start (${JSON.stringify(o.start)})`,
      );
    }
    const kind = readEnum<ShiftKind>(r, o.kind, join(path, 'kind'), SHIFT_KINDS, 'work');
    const overtime = r.boolean(o.overtime, join(path, 'overtime'), false);
    if (overtime && kind !== null && kind !== 'work') {
      r.fail(join(path, 'overtime'), true, `applies to work shifts only (kind is "${kind}")`);
    }
    const requiredSkill =
      o.requiredSkill === null
        ? null
        : r.string(o.requiredSkill, join(path, 'requiredSkill'), { required: false, nonEmpty: true });
    const changedAt =
      o.changedAt === null ? null : r.dateTime(o.changedAt, join(path, 'changedAt'), { required: false });
    const duration = start !== null && end !== null && end > start ? end - start : null;
    const breakMinutes = r.number(o.breakMinutes, join(path, 'breakMinutes'), { default: 0, min: 0, max: 24 * 60 });
    if (breakMinutes !== null && duration !== null && breakMinutes * MINUTE_MS >= duration) {
      r.fail(join(path, 'breakMinutes'), breakMinutes, `must be shorter than the shift (${duration / MINUTE_MS} min)`);
    }
    const breaks = readBreaks(r, o.breaks, join(path, 'breaks'), start, end, breakMinutes);
    if (id !== null && shifts.has(id)) {
      r.fail(join(path, 'id'), id, 'is used by more than one shift');
      return;
    }
    if (
      id === null ||
      employeeId === null ||
      start === null ||
      end === null ||
      end <= start ||
      kind === null ||
      breakMinutes === null ||
      breaks === undefined
    )
      return;
    if (o.requiredSkill !== undefined && o.requiredSkill !== null && requiredSkill === null) return;
    if (o.changedAt !== undefined && o.changedAt !== null && changedAt === null) return;
    shifts.set(id, { id, employeeId, start, end, breakMinutes, breaks, kind, overtime, requiredSkill, changedAt });
  });
  return shifts;
}

/** undefined = invalid. */
function readBreaks(
  r: DocumentReader,
  value: unknown,
  path: string,
  start: Instant | null,
  end: Instant | null,
  breakMinutes: number | null,
): BreakInterval[] | null | undefined {
  if (value === undefined || value === null) return null;
  const items = r.array(value, path, true);
  const breaks: BreakInterval[] = [];
  let ok = Array.isArray(value);
  items.forEach((item, i) => {
    const o = r.object(item, join(path, i), ['start', 'end']);
    if (!o) return void (ok = false);
    const bs = r.dateTime(o.start, join(join(path, i), 'start'), { required: true });
    const be = r.dateTime(o.end, join(join(path, i), 'end'), { required: true });
    if (bs === null || be === null) return void (ok = false);
    if (be <= bs) {
      r.fail(join(join(path, i), 'end'), o.end, 'must be after the break start');
      return void (ok = false);
    }
    if (start !== null && end !== null && (bs < start || be > end)) {
      r.fail(join(path, i), item, 'must lie inside the shift');
      return void (ok = false);
    }
    const previous = breaks[breaks.length - 1];
    if (previous && bs < previous.end) {
      r.fail(join(path, i), item, 'must start after the previous break ends (list breaks in order)');
      return void (ok = false);
    }
    breaks.push({ start: bs, end: be });
  });
  if (!ok) return undefined;
  const total = breaks.reduce((sum, b) => sum + (b.end - b.start), 0);
  if (breakMinutes !== null && total !== breakMinutes * MINUTE_MS) {
    r.fail(path, value, `add up to ${total / MINUTE_MS} min but breakMinutes is ${breakMinutes}`);
    return undefined;
  }
  return breaks;
}

export function readAbsences(
  r: DocumentReader,
  value: unknown,
  employees: ReadonlyMap<string, Employee>,
  employeesValid: boolean,
): Absence[] {
  const absences: { absence: Absence; index: number }[] = [];
  r.array(value, 'absences', false).forEach((item, i) => {
    const path = join('absences', i);
    const o = r.object(item, path, ABSENCE_KEYS);
    if (!o) return;
    const employeeId = readEmployeeRef(r, o.employeeId, join(path, 'employeeId'), employees, employeesValid);
    const type = readEnum<AbsenceType>(r, o.type, join(path, 'type'), ABSENCE_TYPES, null);
    const scheduledHours = r.number(o.scheduledHours, join(path, 'scheduledHours'), { default: 0, min: 0, max: 8784 });
    const interval = readAbsenceInterval(r, o.start, o.end, path);
    if (employeeId === null || type === null || scheduledHours === null || interval === null) return;
    absences.push({ absence: { employeeId, type, scheduledHours, ...interval }, index: i });
  });
  // Two absences of one kind over the same time would be counted twice.
  const sorted = [...absences].sort((a, b) => a.absence.start - b.absence.start || a.index - b.index);
  const lastOfKind = new Map<string, { absence: Absence; index: number }>();
  for (const entry of sorted) {
    const key = `${entry.absence.employeeId}\u0000${entry.absence.type}`;
    const previous = lastOfKind.get(key);
    if (previous && entry.absence.start < previous.absence.end) {
      r.fail(
        join('absences', entry.index),
        `${entry.absence.type}`,
        `overlaps absences[${previous.index}] of the same type for employee "${entry.absence.employeeId}"`,
      );
    }
    if (!previous || entry.absence.end > previous.absence.end) lastOfKind.set(key, entry);
  }
  return absences.map((a) => a.absence);
}

/** Whole days 'YYYY-MM-DD' (end inclusive) or exact date-times (end exclusive); both ends alike. */
function readAbsenceInterval(
  r: DocumentReader,
  startValue: unknown,
  endValue: unknown,
  path: string,
): { start: Instant; end: Instant } | null {
  const startIsDate = typeof startValue === 'string' && isCivilDate(startValue);
  const endIsDate = typeof endValue === 'string' && isCivilDate(endValue);
  if (startIsDate !== endIsDate && typeof startValue === 'string' && typeof endValue === 'string') {
    r.fail(join(path, 'end'), endValue, 'must be of the same form as start (both dates or both date-times)');
    return null;
  }
  if (startIsDate && endIsDate) {
    const first = startValue as string;
    const last = endValue as string;
    if (last < first) {
      r.fail(join(path, 'end'), last, `is before start (${JSON.stringify(first)})`);
      return null;
    }
    return { start: startOfLocalDay(first), end: startOfLocalDay(addDays(last, 1)) };
  }
  const start = r.dateTime(startValue, join(path, 'start'), { required: true });
  const end = r.dateTime(endValue, join(path, 'end'), { required: true });
  if (start === null || end === null) return null;
  if (end <= start) {
    r.fail(
      join(path, 'end'),
      endValue,
      `is ${end < start ? 'before' : 'the same as'} start (${JSON.stringify(startValue)})`,
    );
    return null;
  }
  return { start, end };
}

export function readEmployeeRef(
  r: DocumentReader,
  value: unknown,
  path: string,
  employees: ReadonlyMap<string, Employee>,
  employeesValid: boolean,
): string | null {
  const id = r.string(value, path, { required: true, nonEmpty: true });
  if (id === null) return null;
  if (!employees.has(id)) {
    // When employees[] itself is broken, the missing id is most likely a consequence of that.
    if (employeesValid) r.fail(path, id, 'is not the id of an employee in employees[]');
    return null;
  }
  return id;
}

function readEnum<T extends string>(
  r: DocumentReader,
  value: unknown,
  path: string,
  values: readonly T[],
  fallback: T | null,
): T | null {
  if (value === undefined && fallback !== null) return fallback;
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    r.fail(
      path,
      value,
      value === undefined ? `is missing (one of ${values.join(', ')})` : `must be one of ${values.join(', ')}`,
    );
    return null;
  }
  return value as T;
}
