// An open shift nobody applied for by its deadline is flagged for agency staffing (hyrpersonal),
// with a cost estimate so the scheduler sees what the gap costs: paid hours × the department's
// agency hourly rate (the price in the agency contract, all surcharges included).

export interface AgencyInput {
  open: boolean;
  /** Epoch ms. */
  deadline: number;
  now: number;
  applicants: number;
  paidMinutes: number;
  hourlyRate: number;
}

export interface AgencyFlag {
  flagged: boolean;
  estimatedCost: number | null;
}

export function agencyFlag(input: AgencyInput): AgencyFlag {
  const flagged = input.open && input.now >= input.deadline && input.applicants === 0;
  return {
    flagged,
    estimatedCost: flagged ? Math.round((input.paidMinutes / 60) * input.hourlyRate) : null,
  };
}
