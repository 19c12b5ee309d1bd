import { describe, expect, test } from '@jest/globals';
import { hoursText, shiftDay, shiftTimes, upcomingRange, wallClockInput } from './shift-text';

describe('shift text', () => {
  test('reads the day and times off the API’s Stockholm strings, whatever the browser’s zone', () => {
    expect(shiftDay('2026-03-10', 'sv')).toBe('tis 10 mars');
    expect(shiftDay('2026-03-10', 'en')).toBe('Tue 10 Mar');
    expect(shiftTimes({ startLocal: '2026-10-24T21:15:00+02:00', endLocal: '2026-10-25T07:15:00+01:00' })).toBe(
      '21:15–07:15',
    );
  });

  test.each([
    [2.8, '2 h 48 min'],
    [8, '8 h'],
    [0.5, '30 min'],
  ])('%f hours → %s', (hours, text) => {
    expect(hoursText(hours)).toBe(text);
  });

  test('gives a datetime-local value in Stockholm time on both sides of a clock change', () => {
    expect(wallClockInput(Date.parse('2026-03-28T11:00:00Z'))).toBe('2026-03-28T12:00');
    expect(wallClockInput(Date.parse('2026-03-29T11:00:00Z'))).toBe('2026-03-29T13:00');
  });

  test('offers shifts from today and 16 weeks ahead', () => {
    expect(upcomingRange('2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-06-21' });
  });
});
