import { describe, expect, test } from '@jest/globals';
import { movedShiftTimes, shiftTypeTimes, timeRange, wallClock } from './shift-times';

describe('wallClock', () => {
  test('reads the Stockholm date and time from the API’s local ISO string, ignoring the offset', () => {
    expect(wallClock('2026-09-08T13:30:00+02:00')).toEqual({ date: '2026-09-08', time: '13:30' });
    expect(wallClock('2026-12-31T23:45:00+01:00')).toEqual({ date: '2026-12-31', time: '23:45' });
  });
});

describe('movedShiftTimes', () => {
  test.each([
    [
      'a day shift one day later',
      '2026-09-08T07:00:00+02:00',
      '2026-09-08T15:30:00+02:00',
      1,
      '2026-09-09T07:00',
      '2026-09-09T15:30',
    ],
    [
      'a night over midnight back two days',
      '2026-09-10T21:15:00+02:00',
      '2026-09-11T07:15:00+02:00',
      -2,
      '2026-09-08T21:15',
      '2026-09-09T07:15',
    ],
    [
      'across a month end',
      '2027-01-31T13:30:00+01:00',
      '2027-01-31T21:30:00+01:00',
      1,
      '2027-02-01T13:30',
      '2027-02-01T21:30',
    ],
    // Onto the night the clocks go forward: still 21:15–07:15 on the wall (the night is an hour shorter).
    [
      'onto the March clock change',
      '2025-03-28T21:15:00+01:00',
      '2025-03-29T07:15:00+01:00',
      1,
      '2025-03-29T21:15',
      '2025-03-30T07:15',
    ],
    // Onto the night the clocks go back: still 21:15–07:15 (an hour longer).
    [
      'onto the October clock change',
      '2025-10-24T21:15:00+02:00',
      '2025-10-25T07:15:00+02:00',
      1,
      '2025-10-25T21:15',
      '2025-10-26T07:15',
    ],
    ['not at all', '2026-09-08T07:00:00+02:00', '2026-09-08T15:30:00+02:00', 0, '2026-09-08T07:00', '2026-09-08T15:30'],
  ])('%s', (_name, startLocal, endLocal, days, start, end) => {
    expect(movedShiftTimes({ startLocal, endLocal }, days)).toEqual({ start, end });
  });
});

describe('shiftTypeTimes', () => {
  test('a day shift ends the same day', () => {
    expect(shiftTypeTimes({ startTime: '07:00', endTime: '15:30' }, '2026-09-08')).toEqual({
      start: '2026-09-08T07:00',
      end: '2026-09-08T15:30',
    });
  });

  test('a shift that ends earlier than it starts ends the next day', () => {
    expect(shiftTypeTimes({ startTime: '21:15', endTime: '07:15' }, '2026-12-31')).toEqual({
      start: '2026-12-31T21:15',
      end: '2027-01-01T07:15',
    });
  });
});

describe('timeRange', () => {
  test('shows wall-clock times whatever the machine’s zone', () => {
    expect(timeRange({ startLocal: '2026-09-08T13:30:00+02:00', endLocal: '2026-09-08T21:30:00+02:00' })).toBe(
      '13:30–21:30',
    );
  });
});
