import {
  HOUR_MS,
  addDays,
  daysBetween,
  instantFromLocal,
  isoWeekOf,
  localDate,
  localParts,
  mondayOf,
  parseCivilDate,
  parseDateTime,
  toLocalIso,
  weekdayOf,
} from './stockholm';

describe('stockholm time', () => {
  it.each([
    // night shift Saturday 22:00 → Sunday 07:00 across each clock change (ARCHITECTURE.md §6)
    ['2025-03-29T22:00', '2025-03-30T07:00', 8],
    ['2025-10-25T22:00', '2025-10-26T07:00', 10],
    ['2026-03-28T22:00', '2026-03-29T07:00', 8],
    ['2026-10-24T22:00', '2026-10-25T07:00', 10],
    ['2025-06-14T22:00', '2025-06-15T07:00', 9],
  ])('%s → %s lasts %d h of real time', (start, end, hours) => {
    expect((parseDateTime(end) - parseDateTime(start)) / HOUR_MS).toBe(hours);
  });

  it('rejects a wall-clock time skipped by the spring change', () => {
    expect(() => parseDateTime('2025-03-30T02:30')).toThrow(/does not exist/);
    expect(() => parseDateTime('2025-03-30T02:00')).toThrow(/does not exist/);
    expect(parseDateTime('2025-03-30T03:00')).toBe(Date.parse('2025-03-30T01:00:00Z'));
    expect(parseDateTime('2025-03-30T01:59')).toBe(Date.parse('2025-03-30T00:59:00Z'));
  });

  it('requires an offset for a wall-clock time that happens twice in autumn', () => {
    expect(() => parseDateTime('2025-10-26T02:30')).toThrow(/happens twice/);
    expect(parseDateTime('2025-10-26T02:30+02:00')).toBe(Date.parse('2025-10-26T00:30:00Z'));
    expect(parseDateTime('2025-10-26T02:30+01:00')).toBe(Date.parse('2025-10-26T01:30:00Z'));
    expect(parseDateTime('2025-10-26T03:00')).toBe(Date.parse('2025-10-26T02:00:00Z'));
  });

  it('rejects malformed input', () => {
    expect(() => parseDateTime('2025-02-30T10:00')).toThrow(/not a calendar date/);
    expect(() => parseDateTime('10/3 13:30')).toThrow(/YYYY-MM-DDTHH:mm/);
    expect(() => parseDateTime('2025-03-10T24:00')).toThrow();
    expect(() => parseCivilDate('2025-13-01')).toThrow();
  });

  it('reads local fields and dates in Stockholm whatever the process zone is', () => {
    const t = Date.parse('2025-03-09T23:30:00Z'); // 00:30 on Monday 10 March in Stockholm
    expect(localDate(t)).toBe('2025-03-10');
    expect(localParts(t)).toMatchObject({ hour: 0, minute: 30, weekday: 1, minuteOfDay: 30 });
    expect(toLocalIso(Date.parse('2025-07-01T10:00:00Z'))).toBe('2025-07-01T12:00:00+02:00');
    expect(instantFromLocal('2025-01-15', 7, 0)).toBe(Date.parse('2025-01-15T06:00:00Z'));
  });

  it('does calendar arithmetic on civil dates', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(daysBetween('2025-03-03', '2025-03-31')).toBe(28);
    expect(weekdayOf('2025-03-10')).toBe(1);
    expect(weekdayOf('2025-03-16')).toBe(7);
    expect(mondayOf('2025-03-16')).toBe('2025-03-10');
    expect(isoWeekOf('2025-03-10')).toEqual({ year: 2025, week: 11 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
  });
});
