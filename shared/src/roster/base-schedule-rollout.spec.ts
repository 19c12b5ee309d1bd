import { rollOut, rotationWeekOf } from './base-schedule-rollout';

describe('base schedule roll-out', () => {
  it.each([
    ['2026-03-02', 1, 1],
    ['2026-03-08', 1, 1],
    ['2026-03-09', 1, 2],
    ['2026-03-02', 3, 3],
    ['2026-03-16', 3, 5],
    ['2026-03-23', 3, 6],
    ['2026-03-30', 3, 1],
  ])('%s with the period starting in rotation week %i is week %i of 6', (date, startWeek, expected) => {
    expect(rotationWeekOf(date, '2026-03-02', 6, startWeek)).toBe(expected);
  });

  it('repeats a 2-week rotation over a 4-week period, from the chosen week', () => {
    const entries = [
      { employeeId: 'a', week: 1, weekday: 1, shiftTypeId: 'D' },
      { employeeId: 'a', week: 2, weekday: 1, shiftTypeId: 'K' },
      { employeeId: 'b', week: 2, weekday: 7, shiftTypeId: 'N' },
    ];
    const planned = rollOut({ start: '2026-03-02', end: '2026-03-29', weeks: 2, startWeek: 2, entries });
    expect(planned).toEqual([
      { employeeId: 'a', date: '2026-03-02', shiftTypeId: 'K' },
      { employeeId: 'b', date: '2026-03-08', shiftTypeId: 'N' },
      { employeeId: 'a', date: '2026-03-09', shiftTypeId: 'D' },
      { employeeId: 'a', date: '2026-03-16', shiftTypeId: 'K' },
      { employeeId: 'b', date: '2026-03-22', shiftTypeId: 'N' },
      { employeeId: 'a', date: '2026-03-23', shiftTypeId: 'D' },
    ]);
  });

  it('refuses a start week outside the rotation', () => {
    expect(() => rollOut({ start: '2026-03-02', end: '2026-03-08', weeks: 2, startWeek: 3, entries: [] })).toThrow(
      RangeError,
    );
  });
});
