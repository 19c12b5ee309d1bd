import { addDays, instantAtLocalTime, MINUTE_MS } from '../time/stockholm';
import { deriveBackwardRotations, deriveForbiddenSuccessions } from './derive-successions';
import type { ShiftTypeSpec } from './model';

const SHIFTS: ShiftTypeSpec[] = [
  { id: 'D', minutes: 480, startMinute: 7 * 60 },
  { id: 'E', minutes: 480, startMinute: 13 * 60 + 30, spanMinutes: 510 },
  { id: 'N', minutes: 600, startMinute: 21 * 60 + 15 },
];

/** Real minutes since local midnight of `first`, through the Stockholm time module. */
function stockholmClock(first: string) {
  const origin = instantAtLocalTime(first, 0);
  return (day: number, minute: number) => {
    const date = addDays(first, day + Math.floor(minute / 1440));
    return (instantAtLocalTime(date, minute % 1440) - origin) / MINUTE_MS;
  };
}

describe('deriveForbiddenSuccessions', () => {
  it('forbids every pair whose rest is below the minimum on ordinary days', () => {
    // E ends 22:00 → D 07:00 is 9 h; N ends 07:15 → D 07:00 overlaps, E 13:30 is 6 h 15.
    const pairs = deriveForbiddenSuccessions(SHIFTS, { days: 7, minRestMinutes: 11 * 60 });
    expect(pairs).toEqual([
      { from: 'E', to: 'D' },
      { from: 'N', to: 'D' },
      { from: 'N', to: 'E' },
    ]);
  });

  it('allows E → D with a 9 h minimum (a planned short rest)', () => {
    const pairs = deriveForbiddenSuccessions(SHIFTS, { days: 3, minRestMinutes: 9 * 60 });
    expect(pairs).toEqual([
      { from: 'N', to: 'D' },
      { from: 'N', to: 'E' },
    ]);
  });

  it.each([
    // Spring: the night 29→30 March 2025 is an hour short, so E (ends 22:00) → D (07:00) gives
    // 8 h of real rest instead of 9 h and breaks a 8 h 30 min minimum on that night only.
    ['2025-03-24', 5, true],
    // Autumn: the night 25→26 October 2025 is an hour long; E → D gives 10 h and meets a 9 h 30
    // minimum on that night only.
    ['2025-10-20', 5, false],
  ])('measures the clock-change night after %s + %i days in real time', (first, changeDay, spring) => {
    const elapsedMinutes = stockholmClock(first);
    const min = spring ? 8 * 60 + 30 : 9 * 60 + 30;
    const pairs = deriveForbiddenSuccessions(SHIFTS, { days: 7, minRestMinutes: min, elapsedMinutes });
    const ed = pairs.filter((p) => p.from === 'E' && p.to === 'D');
    const ordinary = [0, 1, 2, 3, 4, 5].filter((d) => d !== changeDay);
    // Spring: only the short night breaks the minimum; autumn: every night but the long one.
    expect(ed).toEqual((spring ? [changeDay] : ordinary).map((d) => ({ from: 'E', to: 'D', day: d })));
  });
});

describe('deriveBackwardRotations', () => {
  it('penalises every shift that starts earlier in the day than the one the day before', () => {
    expect(deriveBackwardRotations(SHIFTS, { days: 7, weight: 30 })).toEqual([
      { from: 'E', to: 'D', weight: 30 },
      { from: 'N', to: 'D', weight: 30 },
      { from: 'N', to: 'E', weight: 30 },
    ]);
    expect(deriveBackwardRotations(SHIFTS, { days: 7, weight: 0 })).toEqual([]);
  });

  it('leaves out the autumn night on which the starts are 24 h apart or more', () => {
    // A late day (07:30) then an early day (07:00): 23 h 30 min between the starts, 24 h 30 min
    // across the night the clock goes back (25 → 26 October 2025, day 5 from the 20th).
    const days: ShiftTypeSpec[] = [
      { id: 'early', minutes: 480, startMinute: 7 * 60 },
      { id: 'late', minutes: 480, startMinute: 7 * 60 + 30 },
    ];
    const pairs = deriveBackwardRotations(days, { days: 8, weight: 5, elapsedMinutes: stockholmClock('2025-10-20') });
    expect(pairs).toEqual([0, 1, 2, 3, 4, 6].map((day) => ({ from: 'late', to: 'early', day, weight: 5 })));
  });
});
