// The typed, validated form of a roster document (RULES.md A5): what the rules engine and the pay
// classification read. Instants are epoch ms; every array is in a stable, documented order.
import { type CivilDate, type Instant } from '../time/stockholm';
import { type ExceptionType } from '../rules/exception-types';
import { type RuleParameters } from '../rules/parameters';
import { type RuleId } from '../rules/rule-ids';
import { type RuleSetId } from '../rules/rule-sets/rule-set';
import { SHIFT_KINDS, type ShiftKind } from '../staff/staff-vocabulary';

/** `work`; `on-call` = jour (at the workplace, working time); `standby` = beredskap (off site). */
export { SHIFT_KINDS, type ShiftKind };

export const ABSENCE_TYPES = [
  'vacation',
  'sick',
  'leave',
  'parental-leave',
  'care-of-child',
  'comp-leave',
  'other',
] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];

export interface EmployeeCounters {
  /** Calendar year the year-to-date counters belong to (the year period.start falls in). */
  year: number;
  overtimeHoursYtd: number;
  extraOvertimeHoursYtd: number;
  mertidHoursYtd: number;
  extraMertidHoursYtd: number;
  /** Allmän + extra overtime earlier in the calendar month of period.start. */
  overtimeHoursThisMonth: number;
  mertidHoursThisMonth: number;
  onCallHoursThisMonth: number;
  /** Same, earlier in the 4-week block that contains period.start (for the `four-weeks` methods). */
  overtimeHoursThisFourWeeks: number;
  mertidHoursThisFourWeeks: number;
  onCallHoursThisFourWeeks: number;
  /** Working time (incl. jour and leave on scheduled time) earlier in the reference period of period.start. */
  workedHoursThisReferencePeriod: number;
}

export interface CrisisAssignment {
  start: CivilDate;
  /** Last day of the assignment (inclusive), or null while it is open. */
  end: CivilDate | null;
}

export interface Employee {
  id: string;
  /** Percent of full time, 1–100. */
  employmentRate: number;
  fullTimeHoursPerWeek: number;
  nightWorker: boolean;
  nightWorkBasis: boolean;
  skills: readonly string[];
  /** 'HH:mm' and as minutes after midnight. */
  dygnsbryt: string;
  dygnsbrytMinutes: number;
  counters: EmployeeCounters;
  crisisAssignment: CrisisAssignment | null;
}

export interface BreakInterval {
  start: Instant;
  end: Instant;
}

export interface Shift {
  id: string;
  employeeId: string;
  start: Instant;
  end: Instant;
  /** Rast (unpaid, not working time). A måltidsuppehåll is working time and is not a break here. */
  breakMinutes: number;
  /** Exact break placement when the document gives it, otherwise null. */
  breaks: readonly BreakInterval[] | null;
  kind: ShiftKind;
  overtime: boolean;
  requiredSkill: string | null;
  /** When a published shift was last changed (for the notice rule), or null. */
  changedAt: Instant | null;
}

export interface Absence {
  employeeId: string;
  /** Half-open [start, end). A whole-day absence runs from local midnight to local midnight after its last day. */
  start: Instant;
  end: Instant;
  type: AbsenceType;
  /** Scheduled working hours the absence falls on; they count as worked (ATL 7 § st 2, 10 b §, 13 a §). */
  scheduledHours: number;
}

export interface RecordedException {
  employeeId: string;
  ruleId: RuleId;
  type: ExceptionType;
  /** Empty = every shift of the employee (only for standing bases such as night-work-basis). */
  shiftIds: readonly string[];
  reason: string | null;
  reference: string | null;
  /** For `emergency` (ATL 9 § st 2): when the local union was notified, or null. */
  unionNotifiedAt: Instant | null;
  /** Position in the document's exceptions array. */
  index: number;
}

export interface EmployeeRoster {
  employee: Employee;
  /** Sorted by start, then end, then id. */
  shifts: readonly Shift[];
  /** Sorted by start, then type. */
  absences: readonly Absence[];
  /** In document order. */
  exceptions: readonly RecordedException[];
}

export interface ResolvedRuleSet {
  id: RuleSetId;
  validFrom: CivilDate;
  /** Rules of the version minus parameters.disabledRules, in catalog order. */
  rules: readonly RuleId[];
  parameters: RuleParameters;
}

export interface RosterPeriod {
  start: CivilDate;
  /** Inclusive last day. */
  end: CivilDate;
  /** Local midnight at the start of `start`. */
  startInstant: Instant;
  /** Local midnight after `end` (exclusive). */
  endInstant: Instant;
}

export interface RosterSnapshot {
  ruleSet: ResolvedRuleSet;
  period: RosterPeriod;
  /** When the schedule for the period was published, or null if not (yet) published. */
  publishedAt: Instant | null;
  /** In document order. */
  employees: readonly EmployeeRoster[];
}
