/**
 * Hours an employee is contracted for over a number of weeks: the agreement's full-time measure
 * (e.g. 38 h 15 min a week for rotating day/evening/night under HÖK) times the employment rate.
 * Rounded to hundredths of an hour, as hours are shown and exported.
 */
export function contractedHours(
  employee: { fullTimeHoursPerWeek: number; employmentRate: number },
  weeks: number,
): number {
  return Math.round(employee.fullTimeHoursPerWeek * employee.employmentRate * weeks) / 100;
}
