import { describe, expect, it } from '@jest/globals';
import { lastOfMonth, monthWeeks, shiftMonth } from './month-grid';

describe('month grid', () => {
  it('starts on the Monday on or before the first and ends with the week of the last day', () => {
    // May 2026 starts on a Friday and ends on a Sunday.
    const weeks = monthWeeks('2026-05');
    expect(weeks[0][0]).toBe('2026-04-27');
    expect(weeks.at(-1)).toEqual([
      '2026-05-25',
      '2026-05-26',
      '2026-05-27',
      '2026-05-28',
      '2026-05-29',
      '2026-05-30',
      '2026-05-31',
    ]);
    expect(weeks).toHaveLength(5);
  });

  it('has six rows when the month needs them and counts days across the March clock change', () => {
    // March 2026 starts on a Sunday: six weeks; 29 March is the change to summer time.
    const weeks = monthWeeks('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(weeks[4]).toContain('2026-03-29');
    expect(weeks[5][0]).toBe('2026-03-30');
  });

  it('steps months across years and knows their lengths', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(lastOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastOfMonth('2026-02')).toBe('2026-02-28');
  });
});
