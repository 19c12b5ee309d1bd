// Per-employee generation limits: those a department stores and those a scheduler gives with one
// run. A run's limit replaces the stored one for that field only, so a run can tighten or loosen
// one number without restating the rest.
import { type EmployeeLimits } from './generation-input';

export interface ShiftTypeCap {
  shiftTypeId: string;
  max: number;
}

/** The limits as a form or a request states them: any field may be absent (no limit). */
export interface EmployeeLimitFields {
  minHours?: number | null;
  maxHours?: number | null;
  maxConsecutiveDays?: number | null;
  minConsecutiveDaysOff?: number | null;
  maxWeekends?: number | null;
  maxShiftsByType?: readonly ShiftTypeCap[] | null;
}

export interface LimitProblem {
  field: string;
  message: { sv: string; en: string };
}

const SCALAR_FIELDS = ['minHours', 'maxHours', 'maxConsecutiveDays', 'minConsecutiveDaysOff', 'maxWeekends'] as const;

/**
 * What is wrong with one employee's limits beyond each number's own range: a lowest above the
 * highest hours, a shift type that is not the department's, a shift type named twice.
 */
export function employeeLimitProblems(
  limits: EmployeeLimitFields,
  departmentShiftTypeIds: ReadonlySet<string>,
): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const { minHours, maxHours } = limits;
  if (isGiven(minHours) && isGiven(maxHours) && minHours > maxHours) {
    problems.push({
      field: 'minHours',
      message: {
        sv: `Lägsta arbetstid (${hours(minHours, 'sv')} h) är högre än högsta (${hours(maxHours, 'sv')} h)`,
        en: `The least hours (${hours(minHours, 'en')} h) are more than the most (${hours(maxHours, 'en')} h)`,
      },
    });
  }
  const seen = new Set<string>();
  (limits.maxShiftsByType ?? []).forEach((cap, i) => {
    const field = `maxShiftsByType.${i}.shiftTypeId`;
    if (!departmentShiftTypeIds.has(cap.shiftTypeId)) {
      problems.push({
        field,
        message: { sv: 'Passtypen hör inte till enheten', en: 'The shift type is not one of the department' },
      });
    } else if (seen.has(cap.shiftTypeId)) {
      problems.push({
        field,
        message: { sv: 'Passtypen finns redan i listan', en: 'The shift type is already in the list' },
      });
    }
    seen.add(cap.shiftTypeId);
  });
  return problems;
}

/** The model's form of one employee's limits; absent and null fields are left out. */
export function toEmployeeLimits(employeeId: string, fields: EmployeeLimitFields): EmployeeLimits {
  const out: EmployeeLimits = { employeeId };
  for (const key of SCALAR_FIELDS) {
    const value = fields[key];
    if (isGiven(value)) out[key] = value;
  }
  if (fields.maxShiftsByType && fields.maxShiftsByType.length > 0) {
    out.maxShiftsByType = Object.fromEntries(fields.maxShiftsByType.map((c) => [c.shiftTypeId, c.max]));
  }
  return out;
}

/**
 * The limits a run applies: the department's stored limits, with each field the run gives
 * replacing the stored one (per shift type for the shift-type caps). Employees with limits in
 * only one of the lists keep them as they are.
 */
export function mergeEmployeeLimits(
  stored: readonly EmployeeLimits[],
  given: readonly EmployeeLimits[],
): EmployeeLimits[] {
  const merged = new Map<string, EmployeeLimits>();
  for (const limits of [...stored, ...given]) {
    const before = merged.get(limits.employeeId) ?? { employeeId: limits.employeeId };
    const after: EmployeeLimits = { ...before };
    for (const key of SCALAR_FIELDS) {
      const value = limits[key];
      if (isGiven(value)) after[key] = value;
    }
    if (limits.maxShiftsByType && Object.keys(limits.maxShiftsByType).length > 0) {
      after.maxShiftsByType = { ...before.maxShiftsByType, ...limits.maxShiftsByType };
    }
    merged.set(limits.employeeId, after);
  }
  return [...merged.values()];
}

function isGiven<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

function hours(value: number, language: 'sv' | 'en'): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'sv' ? text.replace('.', ',') : text;
}
