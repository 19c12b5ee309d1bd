import { agencyFlag } from './agency';

const DEADLINE = Date.parse('2026-03-10T12:00:00Z');

describe('agencyFlag', () => {
  it.each([
    ['before the deadline', true, DEADLINE - 1, 0, false, null],
    ['at the deadline without applicants', true, DEADLINE, 0, true, 8800],
    ['after the deadline with an applicant', true, DEADLINE + 1, 1, false, null],
    ['a filled shift', false, DEADLINE + 1, 0, false, null],
  ] as const)('%s', (_label, open, now, applicants, flagged, cost) => {
    // 8 paid hours at 1 100 kr/h.
    expect(agencyFlag({ open, deadline: DEADLINE, now, applicants, paidMinutes: 480, hourlyRate: 1100 })).toEqual({
      flagged,
      estimatedCost: cost,
    });
  });
});
