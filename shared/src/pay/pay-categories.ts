// The categories worked time is classified into (issue 6, RULES.md A4, Part B §2.3–§3). Stable
// strings: the CLI output, the pay-code mapping and the exports use exactly these.
import { ABSENCE_TYPES, type AbsenceType } from '../roster-document/roster-snapshot';

/** Time categories: every worked hour falls in exactly one of these (they sum to the worked hours). */
export const WORKED_TIME_CATEGORIES = ['ordinary', 'mertid', 'overtime-simple', 'overtime-qualified'] as const;
/** OB (AB § 21) is a supplement on top of worked hours, not a share of them. */
export const OB_CATEGORIES = ['ob-d', 'ob-c', 'ob-b', 'ob-b-night', 'ob-a', 'ob-a-night'] as const;
/** Jour (at the workplace) and beredskap (reachable elsewhere), AB § 22, without the call-out time. */
export const READINESS_CATEGORIES = ['on-call', 'standby'] as const;
export const ABSENCE_CATEGORIES = ABSENCE_TYPES.map((t) => `absence-${t}` as const);

export type WorkedTimeCategory = (typeof WORKED_TIME_CATEGORIES)[number];
export type ObCategory = (typeof OB_CATEGORIES)[number];
export type ObBaseCategory = 'ob-a' | 'ob-b' | 'ob-c' | 'ob-d';
export type ReadinessCategory = (typeof READINESS_CATEGORIES)[number];
export type AbsenceCategory = `absence-${AbsenceType}`;
export type PayCategory = WorkedTimeCategory | ObCategory | ReadinessCategory | AbsenceCategory;

/** Every category, in the order lines and totals are listed. */
export const PAY_CATEGORIES: readonly PayCategory[] = [
  ...WORKED_TIME_CATEGORIES,
  ...OB_CATEGORIES,
  ...READINESS_CATEGORIES,
  ...ABSENCE_CATEGORIES,
];

const ORDER = new Map<string, number>(PAY_CATEGORIES.map((c, i) => [c, i]));

export function isPayCategory(value: string): value is PayCategory {
  return ORDER.has(value);
}

export function comparePayCategories(a: PayCategory, b: PayCategory): number {
  return ORDER.get(a)! - ORDER.get(b)!;
}

export function absenceCategory(type: AbsenceType): AbsenceCategory {
  return `absence-${type}`;
}
