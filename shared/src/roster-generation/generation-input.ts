// What automatic roster generation reads: a snapshot of the departments' staff, shift types,
// needs, leave, wishes and shifts, loaded by the API (or made by a benchmark). Pure data with
// Stockholm instants, so the whole pipeline (model, search, rule check, proposal) runs anywhere.
import { type CoverageNeed } from '../roster/coverage';
import { type Wish } from '../roster/wish-fulfilment';
import { type Profession, type ShiftKind } from '../staff/staff-vocabulary';
import { type CivilDate, type Instant } from '../time/stockholm';
import { type GenerationWeights } from './generation-weights';

export type GenerationMode = 'generate' | 'fill-gaps';

export interface GenerationShiftType {
  id: string;
  departmentId: string;
  code: string;
  /** Local wall-clock minutes; an end not after the start is on the next day. */
  startMinute: number;
  endMinute: number;
  breakMinutes: number;
  kind: ShiftKind;
  requiredSkillId: string | null;
  /** The skill's code, as the rules engine names skills. */
  requiredSkillCode: string | null;
}

export interface GenerationEmployee {
  id: string;
  name: string;
  profession: Profession;
  skillIds: readonly string[];
  skillCodes: readonly string[];
  /** Departments the employee may be placed in (home and others). */
  departmentIds: readonly string[];
  employmentRate: number;
  fullTimeHoursPerWeek: number;
  nightWorker: boolean;
  nightWorkBasis: boolean;
  dygnsbryt: string;
  /** Rule set id (RULES.md A3). */
  agreement: string;
  isAgency: boolean;
  /** Home department is a staffing pool. */
  isPool: boolean;
}

/** A shift the generation sees: one of the roster being generated (`inScope`) or context. */
export interface GenerationShift {
  id: string;
  employeeId: string | null;
  shiftTypeId: string | null;
  departmentId: string;
  start: Instant;
  end: Instant;
  breakMinutes: number;
  kind: ShiftKind;
  requiredSkillCode: string | null;
  /** In scope: placed by hand (or swapped), so the generation must keep it. */
  fixed: boolean;
  version: number;
  /** Hard rules a scheduler overrode with a reason for this shift. */
  overriddenRules?: readonly string[];
  /** Part of the departments and period being generated (else: other departments, other periods). */
  inScope: boolean;
}

export interface GenerationAbsence {
  employeeId: string;
  type: string;
  startDate: CivilDate;
  /** Inclusive. */
  endDate: CivilDate;
}

/** Limits a scheduler may set per employee for one run; all hard in the search. */
export interface EmployeeLimits {
  employeeId: string;
  minHours?: number;
  maxHours?: number;
  maxConsecutiveDays?: number;
  minConsecutiveDaysOff?: number;
  maxWeekends?: number;
  /** Most shifts of each shift type (by id) in the period. */
  maxShiftsByType?: Record<string, number>;
}

export interface GenerationInput {
  period: { start: CivilDate; end: CivilDate };
  mode: GenerationMode;
  /** Keep the generated and rolled-out shifts already there (true) or let the search replace them. */
  keepExisting: boolean;
  shiftTypes: readonly GenerationShiftType[];
  needs: readonly CoverageNeed[];
  employees: readonly GenerationEmployee[];
  absences: readonly GenerationAbsence[];
  wishes: readonly Wish[];
  shifts: readonly GenerationShift[];
  limits?: readonly EmployeeLimits[];
  /** The department's weights of the soft terms (defaults when absent). */
  weights?: GenerationWeights;
  publishedAt?: Instant | null;
}
