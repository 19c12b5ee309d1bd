import { isSwapPending, outcomeOfAcceptance } from './swap-states';

describe('swap states', () => {
  it.each([
    ['scheduler', 0, 0, 'awaiting-approval'],
    ['scheduler', 0, 2, 'awaiting-approval'],
    ['scheduler', 1, 0, 'refused'],
    ['automatic', 0, 0, 'approved'],
    ['automatic', 0, 1, 'awaiting-approval'],
    ['automatic', 1, 0, 'refused'],
  ] as const)('%s approval, %i hard and %i soft findings → %s', (mode, hard, soft, outcome) => {
    expect(outcomeOfAcceptance(mode, { hard, soft })).toBe(outcome);
  });

  it('is pending while someone still has to answer', () => {
    expect(isSwapPending('offered')).toBe(true);
    expect(isSwapPending('awaiting-approval')).toBe(true);
    expect(isSwapPending('approved')).toBe(false);
    expect(isSwapPending('refused')).toBe(false);
  });
});
