import {
  dateOfDayNumber,
  dayNumberOfDate,
  firstDayOfMonthIndex,
  forEachLocalDay,
  formatLocalIso,
  intervalsOverlap,
  localDayNumber,
  localMidnight,
  localMinuteOfDay,
  localTimeOnDay,
  monthIndexOfDay,
  offsetAt,
  overlapMs,
  weekStartDayNumber,
  weekdayOfDayNumber,
} from './intervals';
import { HOUR_MS, offsetMinutesAt, parseDateTime, toLocalIso } from './stockholm';

describe('intervals', () => {
  it.each([
    [0, 10, 10, 20, 0, false],
    [0, 10, 5, 20, 5, true],
    [5, 6, 0, 20, 1, true],
  ])('[%d, %d) and [%d, %d) overlap by %d', (a0, a1, b0, b1, ms, overlaps) => {
    expect(overlapMs(a0, a1, b0, b1)).toBe(ms);
    expect(intervalsOverlap(a0, a1, b0, b1)).toBe(overlaps);
  });

  it.each([
    ['2025-03-30T01:59', '2025-03-30', 119],
    ['2025-03-30T03:00', '2025-03-30', 180],
    ['2025-10-26T02:30+02:00', '2025-10-26', 150],
    ['2025-10-26T02:30+01:00', '2025-10-26', 150],
    ['2025-12-31T23:59', '2025-12-31', 1439],
    ['2026-01-01T00:00', '2026-01-01', 0],
  ])('%s is local day %s, minute %d', (text, date, minute) => {
    const instant = parseDateTime(text);
    expect(dateOfDayNumber(localDayNumber(instant))).toBe(date);
    expect(localMinuteOfDay(instant)).toBe(minute);
  });

  it('offsetAt agrees with stockholm.offsetMinutesAt every hour around both clock changes of 2025', () => {
    for (const start of ['2025-03-28T00:00Z', '2025-10-24T00:00Z']) {
      for (let h = 0; h < 96; h++) {
        const instant = Date.parse(start) + h * HOUR_MS + 59 * 60_000;
        expect(offsetAt(instant)).toBe(offsetMinutesAt(instant));
      }
    }
  });

  it.each<[string, number, string]>([
    ['2025-03-30', 0, '2025-03-30T00:00:00+01:00'],
    ['2025-03-30', 22 * 60, '2025-03-30T22:00:00+02:00'],
    // a grid boundary inside the skipped hour moves to the same instant an hour later in summer time
    ['2025-03-30', 2 * 60 + 30, '2025-03-30T03:30:00+02:00'],
    // … and one inside the repeated hour takes its first occurrence
    ['2025-10-26', 2 * 60 + 30, '2025-10-26T02:30:00+02:00'],
    ['2025-10-26', 24 * 60 + 60, '2025-10-27T01:00:00+01:00'],
  ])('localTimeOnDay(%s, %d) = %s', (date, minute, iso) => {
    expect(formatLocalIso(localTimeOnDay(dayNumberOfDate(date), minute))).toBe(iso);
  });

  it('local days are 23 h and 25 h long on the clock-change dates', () => {
    const spring = dayNumberOfDate('2025-03-30');
    const autumn = dayNumberOfDate('2025-10-26');
    expect((localMidnight(spring + 1) - localMidnight(spring)) / HOUR_MS).toBe(23);
    expect((localMidnight(autumn + 1) - localMidnight(autumn)) / HOUR_MS).toBe(25);
  });

  it('splits an interval at local midnights', () => {
    const pieces: [string, number][] = [];
    forEachLocalDay(parseDateTime('2025-10-25T21:15'), parseDateTime('2025-10-27T07:15'), (day, from, to) =>
      pieces.push([dateOfDayNumber(day), (to - from) / HOUR_MS]),
    );
    expect(pieces).toEqual([
      ['2025-10-25', 2.75],
      ['2025-10-26', 25],
      ['2025-10-27', 7.25],
    ]);
  });

  it.each([
    ['2025-03-10', 1],
    ['2025-03-16', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('weekday of %s is %d', (date, weekday) => {
    expect(weekdayOfDayNumber(dayNumberOfDate(date))).toBe(weekday);
  });

  it('finds the first day of the week for any week start', () => {
    const sunday = dayNumberOfDate('2025-03-16');
    expect(dateOfDayNumber(weekStartDayNumber(sunday, 1))).toBe('2025-03-10');
    expect(dateOfDayNumber(weekStartDayNumber(sunday, 7))).toBe('2025-03-16');
    expect(dateOfDayNumber(weekStartDayNumber(sunday, 3))).toBe('2025-03-12');
  });

  it('month index and first day of a month agree with the calendar (leap years included)', () => {
    for (let day = dayNumberOfDate('1999-12-01'); day < dayNumberOfDate('2101-01-01'); day += 13) {
      const [y, m] = dateOfDayNumber(day).split('-').map(Number);
      expect(monthIndexOfDay(day)).toBe(y * 12 + m - 1);
    }
    expect(dateOfDayNumber(firstDayOfMonthIndex(2024 * 12 + 1))).toBe('2024-02-01');
    expect(dateOfDayNumber(firstDayOfMonthIndex(2024 * 12 + 2) - 1)).toBe('2024-02-29');
  });

  it('formats like stockholm.toLocalIso', () => {
    for (const text of [
      '2025-03-30T01:59',
      '2025-03-30T03:00',
      '2025-10-26T02:30+02:00',
      '2025-10-26T02:30+01:00',
      '2025-07-01T12:34',
    ]) {
      expect(formatLocalIso(parseDateTime(text))).toBe(toLocalIso(parseDateTime(text)));
    }
  });
});
