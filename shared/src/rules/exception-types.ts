// Recorded exceptions (RULES.md A1, Part B 2.1, 5.2): which legal basis may be recorded against
// which rule. The engine changes a verdict only for these pairs.
import { type RuleId } from './rule-ids';

export const EXCEPTION_TYPES = {
  /** AB § 13 mom. 8 a: planned dygnsvila ≥ 9 h, next rest lengthened by the shortfall. */
  'planned-9h': 'daily-rest',
  /** AB § 13 mom. 8 b / ATL 13 § st 1: unforeseen event, compensatory rest at the next rest or within 14 days. */
  unforeseen: 'daily-rest',
  /** AB § 13 mom. 5: work + jour in two 24-h periods combined up to 20 h, followed by equally long rest. */
  'combined-20h': 'shift-span',
  /** ATL 13 § st 2: basis for work between 00 and 05 (direct exemption, CA, dispensation). */
  'night-work-basis': 'night-window',
  /** ATL 16 §: måltidsuppehåll instead of rast. */
  'meal-break': 'break',
  /** ATL 8 a §: extra övertid with särskilda skäl. */
  'extra-overtime': 'overtime-limit',
  /** ATL 10 a §: extra mertid with särskilda skäl. */
  'extra-mertid': 'mertid-limit',
  /** ATL 9 §: nödfallsövertid / nödfallsmertid, uncapped, local union to be notified. */
  emergency: ['overtime-limit', 'mertid-limit'],
  /** ATL 12 § / AB § 13: change with shorter notice for a recorded reason. */
  'short-notice': 'schedule-notice',
  /** Krislägesavtalet: extension of an assignment beyond 8 weeks when absolutely necessary. */
  extension: 'kla-assignment-length',
} as const satisfies Record<string, RuleId | readonly RuleId[]>;

export type ExceptionType = keyof typeof EXCEPTION_TYPES;

export const EXCEPTION_TYPE_IDS = Object.keys(EXCEPTION_TYPES) as ExceptionType[];

/** Types that are a standing basis for the employee and may omit shiftIds (then cover every shift). */
export const EMPLOYEE_WIDE_EXCEPTION_TYPES: ReadonlySet<ExceptionType> = new Set([
  'night-work-basis',
  'meal-break',
  'extension',
]);

/** Types that must state a reason (särskilda skäl, MBL reference, why the notice was short). */
export const EXCEPTION_TYPES_REQUIRING_REASON: ReadonlySet<ExceptionType> = new Set([
  'planned-9h',
  'unforeseen',
  'combined-20h',
  'extra-overtime',
  'extra-mertid',
  'emergency',
  'short-notice',
  'extension',
]);

export function exceptionTypesForRule(ruleId: RuleId): ExceptionType[] {
  return EXCEPTION_TYPE_IDS.filter((type) => {
    const target: RuleId | readonly RuleId[] = EXCEPTION_TYPES[type];
    return typeof target === 'string' ? target === ruleId : target.includes(ruleId);
  });
}
