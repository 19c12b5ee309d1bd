import { check, dates, violationsOf, work } from '../roster.test-support';
import { average48hRule } from './average-48h.rule';

const oneWeek = {
  referencePeriod: 'weeks',
  referencePeriodWeeks: 1,
  gridAnchor: '2025-03-10',
  disabledRules: ['consecutive-days', 'shift-length'],
};
const period = { start: '2025-03-10', end: '2025-03-16' };
/** Six shifts of `hours` worked each, Mon–Sat (24-h rest each day keeps other rules quiet). */
const sixDays = (hours: number, extra = {}) =>
  dates('2025-03-10', 6).map((d) => ({
    start: `${d}T06:00`,
    end: `${d}T${String(6 + hours).padStart(2, '0')}:00`,
    breakMinutes: 0,
    ...extra,
  }));

describe(average48hRule.id, () => {
  it.each<[string, object[], number | null]>([
    ['48 h in the week passes', sixDays(8), null],
    ['48.5 h fails', [...sixDays(8), work('2025-03-16T06:00', '2025-03-16T06:30')], 48.5],
    ['jour counts', [...sixDays(8), { start: '2025-03-16T06:00', end: '2025-03-16T10:00', kind: 'on-call' }], 52],
    [
      'beredskap does not',
      [...sixDays(8), { start: '2025-03-16T06:00', end: '2025-03-16T20:00', kind: 'standby' }],
      null,
    ],
    ['rast is not working time', sixDays(9, { breakMinutes: 60 }), null],
  ])('%s', (_case, shifts, measured) => {
    const found = violationsOf(
      check({
        period,
        parameters: oneWeek,
        shifts: shifts as never,
        exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
      }),
      'average-48h',
    );
    expect(found.map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
  });

  it('leave on scheduled days and earlier hours of the reference period count (ATL 10 b §)', () => {
    const shifts = sixDays(8);
    const withLeave = check({
      period,
      parameters: oneWeek,
      shifts: shifts.slice(0, 5) as never,
      absences: [{ employeeId: 'anna', start: '2025-03-15', end: '2025-03-15', type: 'sick', scheduledHours: 9 }],
    });
    expect(violationsOf(withLeave, 'average-48h').map((v) => v.measured)).toEqual([49]);
    const counted = check({
      period,
      parameters: oneWeek,
      shifts: shifts.slice(0, 5) as never,
      employee: { counters: { workedHoursThisReferencePeriod: 8.5 } },
    });
    expect(violationsOf(counted, 'average-48h').map((v) => v.measured)).toEqual([48.5]);
  });

  it('averages over the default fixed 4-month block (Jan–Apr: 120 days, 822 h 51 min)', () => {
    const result = check({
      period: { start: '2025-01-01', end: '2025-04-30' },
      parameters: {
        disabledRules: [
          'consecutive-days',
          'weekly-rest',
          'shift-length',
          'contract-hours',
          'days-off',
          'weekend-frequency',
        ],
      },
      shifts: dates('2025-01-01', 120).map((d) => ({ start: `${d}T08:00`, end: `${d}T14:55`, breakMinutes: 0 })),
      exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
    });
    // 120 × 6 h 55 min = 830 h → 48.42 h per week
    const [v] = violationsOf(result, 'average-48h');
    expect(v).toMatchObject({ from: '2025-01-01T00:00:00+01:00', to: '2025-05-01T00:00:00+02:00', limit: 48 });
    expect(v.measured).toBeCloseTo(830 / (120 / 7), 10);
  });
});
