import { contractedHours } from './contracted-hours';

describe('contractedHours', () => {
  it.each([
    // full-time measure, rate %, weeks, hours
    [38.25, 100, 4, 153],
    [38.25, 75, 4, 114.75],
    [34.33, 80, 1, 27.46],
    [40, 50, 16, 320],
    [38.25, 100, 0, 0],
  ])('%s h/week at %s %% for %s weeks is %s h', (fullTimeHoursPerWeek, employmentRate, weeks, expected) => {
    expect(contractedHours({ fullTimeHoursPerWeek, employmentRate }, weeks)).toBe(expected);
  });
});
