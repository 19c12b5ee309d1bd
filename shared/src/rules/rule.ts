// Types of the rules engine (ARCHITECTURE.md "Rules as code"): a rule is an id, titles, a legal
// source, a severity, the parameters it reads and a pure evaluate(context).
import { type ParameterName } from './parameters';
import { type RuleId } from './rule-ids';
import { type ExceptionType } from './exception-types';
import { type EmployeeContext } from './employee-context';

export type Severity = 'hard' | 'soft';
export type ViolationUnit = 'hours' | 'days' | 'nights' | 'weekends' | 'weeks' | 'shifts';

export interface LocalizedText {
  sv: string;
  en: string;
}

export interface Violation {
  ruleId: RuleId;
  severity: Severity;
  employeeId: string;
  /** Shifts concerned, in time order. */
  shiftIds: string[];
  /** The window concerned, ISO 8601 instants with Stockholm's offset. */
  from: string;
  to: string;
  measured: number;
  limit: number;
  unit: ViolationUnit;
  source: string;
  message: LocalizedText;
}

export interface ExceptionUse {
  employeeId: string;
  ruleId: RuleId;
  type: ExceptionType;
  /** Position of the exception in the document's exceptions array. */
  exceptionIndex: number;
  /** Shift ids as recorded (empty = all shifts of the employee). */
  shiftIds: string[];
  /** Shifts where the exception changed the verdict or the counting, in time order. */
  appliedTo: string[];
  reason: string | null;
  reference: string | null;
  /** What the exception allowed, e.g. "dygnsvila 9 h 30 min (minst 9 h); nästa vila minst 12 h 30 min". */
  note: LocalizedText;
}

export interface RuleDefinition {
  id: RuleId;
  severity: Severity;
  title: LocalizedText;
  source: string;
  parameters: readonly ParameterName[];
  evaluate(context: EmployeeContext): void;
}
