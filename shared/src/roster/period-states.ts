// The life of a schedule period (schemaperiod). Staff see a period only once it is published;
// `locked` means its hours went to payroll, after which only corrections change them.

export const PERIOD_STATES = ['draft', 'wishes-open', 'review', 'published', 'locked'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

const TRANSITIONS: Record<PeriodState, readonly PeriodState[]> = {
  draft: ['wishes-open', 'review'],
  'wishes-open': ['draft', 'review'],
  review: ['draft', 'wishes-open', 'published'],
  // A published roster is changed shift by shift (with a change log), never unpublished.
  published: ['locked'],
  locked: [],
};

export const PERIOD_STATE_LABELS: Record<PeriodState, { sv: string; en: string }> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  'wishes-open': { sv: 'Öppen för önskemål', en: 'Open for wishes' },
  review: { sv: 'Granskning', en: 'Review' },
  published: { sv: 'Publicerad', en: 'Published' },
  locked: { sv: 'Låst (skickad till lön)', en: 'Locked (sent to payroll)' },
};

export function allowedTransitions(from: PeriodState): readonly PeriodState[] {
  return TRANSITIONS[from];
}

export function canTransition(from: PeriodState, to: PeriodState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Whether employees see that the period exists: from when they may enter wishes. */
export function isPeriodListedForStaff(state: PeriodState): boolean {
  return state === 'wishes-open' || isVisibleToStaff(state);
}

/** Whether the period's shifts are visible to the employees who work them. */
export function isVisibleToStaff(state: PeriodState): boolean {
  return state === 'published' || state === 'locked';
}

/** Whether schedulers may still change shifts in the period. */
export function acceptsShiftChanges(state: PeriodState): boolean {
  return state !== 'locked';
}

export const MIN_PERIOD_WEEKS = 1;
export const MAX_PERIOD_WEEKS = 16;
