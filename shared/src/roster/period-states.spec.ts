import {
  PERIOD_STATES,
  type PeriodState,
  acceptsShiftChanges,
  canTransition,
  isPeriodListedForStaff,
  isVisibleToStaff,
} from './period-states';

describe('schedule period states', () => {
  const allowed: [PeriodState, PeriodState][] = [
    ['draft', 'wishes-open'],
    ['draft', 'review'],
    ['wishes-open', 'draft'],
    ['wishes-open', 'review'],
    ['review', 'draft'],
    ['review', 'wishes-open'],
    ['review', 'published'],
    ['published', 'locked'],
  ];

  it.each(PERIOD_STATES.flatMap((from) => PERIOD_STATES.map((to) => [from, to] as const)))(
    '%s → %s is allowed only when listed',
    (from, to) => {
      const expected = allowed.some(([f, t]) => f === from && t === to);
      expect(canTransition(from, to)).toBe(expected);
    },
  );

  it('shows staff only published and locked periods, and freezes only locked ones', () => {
    expect(PERIOD_STATES.filter(isVisibleToStaff)).toEqual(['published', 'locked']);
    expect(PERIOD_STATES.filter(isPeriodListedForStaff)).toEqual(['wishes-open', 'published', 'locked']);
    expect(PERIOD_STATES.filter((s) => !acceptsShiftChanges(s))).toEqual(['locked']);
  });
});
