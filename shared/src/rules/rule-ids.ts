// Canonical rule ids of RULES.md A1 (stable: the engine, API, UI and tests use exactly these),
// plus the two Krislägesavtalet limits of A3 that A1 has no row for.

export const RULE_IDS = [
  'overlap',
  'daily-rest',
  'shift-span',
  'night-window',
  'weekly-rest',
  'break',
  'average-48h',
  'overtime-limit',
  'mertid-limit',
  'on-call-limit',
  'night-worker-average',
  'unavailable',
  'qualification',
  'schedule-notice',
  'contract-hours',
  'shift-length',
  'consecutive-nights',
  'rest-after-nights',
  'consecutive-days',
  'backward-rotation',
  'early-start',
  'weekend-frequency',
  'days-off',
  'kla-assignment-length',
  'kla-recovery',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && RULE_ID_SET.has(value);
}

/** Position in the catalog; violations of one employee and window are ordered by it. */
export const RULE_ORDER: Readonly<Record<RuleId, number>> = Object.fromEntries(
  RULE_IDS.map((id, index) => [id, index]),
) as Record<RuleId, number>;
