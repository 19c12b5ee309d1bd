// The kinds of leave an employee can ask for (sickness is registered by the scheduler instead).
export const LEAVE_TYPES = ['vacation', 'comp-leave', 'leave', 'parental-leave', 'care-of-child', 'other'] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];
