// The life of a shift swap (passbyte). An offer goes to a named colleague (exchange of shifts) or to
// anyone eligible (give-away). On acceptance the server checks both rosters: a hard rule refuses
// it, otherwise it is applied at once or waits for the scheduler (department setting).

export const SWAP_KINDS = ['exchange', 'give-away'] as const;
export type SwapKind = (typeof SWAP_KINDS)[number];

export const SWAP_STATUSES = ['offered', 'awaiting-approval', 'approved', 'declined', 'refused', 'withdrawn'] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];

export const SWAP_APPROVAL_MODES = ['scheduler', 'automatic'] as const;
/** scheduler: every accepted swap waits for approval; automatic: applied at once when nothing is broken. */
export type SwapApprovalMode = (typeof SWAP_APPROVAL_MODES)[number];

export const OPEN_SHIFT_ASSIGNMENT_MODES = ['scheduler', 'first-eligible'] as const;
/** scheduler: the scheduler picks among the applicants; first-eligible: the first eligible applicant gets it. */
export type OpenShiftAssignmentMode = (typeof OPEN_SHIFT_ASSIGNMENT_MODES)[number];

/** Whether the swap is still waiting for someone (the colleague, or the scheduler). */
export function isSwapPending(status: SwapStatus): boolean {
  return status === 'offered' || status === 'awaiting-approval';
}

/** What happens once the colleague accepts, given what the check found. */
export function outcomeOfAcceptance(
  mode: SwapApprovalMode,
  found: { hard: number; soft: number },
): 'refused' | 'approved' | 'awaiting-approval' {
  if (found.hard > 0) return 'refused';
  if (mode === 'automatic' && found.soft === 0) return 'approved';
  return 'awaiting-approval';
}
