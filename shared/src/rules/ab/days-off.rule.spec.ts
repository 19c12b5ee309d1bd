import { check, dates, violationsOf, work } from '../roster.test-support';
import { daysOffRule } from './days-off.rule';

const period = { start: '2025-03-03', end: '2025-03-30' };
const days = dates('2025-03-03', 28);

describe(daysOffRule.id, () => {
  it.each<[string, number[], string, number | null]>([
    // [case, indices of working days, shift times, days off when violated]
    [
      '19 working days with weekends: 9 days off passes',
      [...Array(28).keys()].filter((i) => ![0, 1, 9, 10, 11, 18, 19, 26, 27].includes(i)),
      '07:00-15:30',
      null,
    ],
    [
      '20 working days with weekends: 8 days off warns',
      [...Array(28).keys()].filter((i) => ![0, 1, 9, 10, 18, 19, 26, 27].includes(i)),
      '07:00-15:30',
      8,
    ],
    [
      'Mon–Fri day work has 8 days off but no evenings or weekends: not applied',
      [...Array(28).keys()].filter((i) => i % 7 < 5),
      '07:00-15:30',
      null,
    ],
    ['Mon–Fri evenings: applied', [...Array(28).keys()].filter((i) => i % 7 < 5), '13:30-21:30', 8],
  ])('%s', (_case, working, times, off) => {
    const [from, to] = times.split('-');
    const found = violationsOf(
      check({
        period,
        parameters: { disabledRules: ['consecutive-days'] },
        shifts: working.map((i) => work(`${days[i]}T${from}`, `${days[i]}T${to}`)),
      }),
      'days-off',
    );
    expect(found.map((v) => v.measured)).toEqual(off === null ? [] : [off]);
  });

  it('a night shift takes both dates it touches', () => {
    // 7 nights Sat→Sun … spread so that 10 calendar days are touched; 18 untouched
    const nights = [0, 3, 6, 9, 12, 15, 18, 21, 24].map((i) => ({
      start: `${days[i]}T21:00`,
      end: `${dates(days[i], 2)[1]}T07:00`,
      breakMinutes: 0,
    }));
    const found = violationsOf(
      check({
        period,
        shifts: nights,
        exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
      }),
      'days-off',
    );
    expect(found).toEqual([]);
    const dense = [...Array(20).keys()].map((i) => ({
      start: `${days[i]}T21:00`,
      end: `${days[i + 1]}T07:00`,
      breakMinutes: 0,
    }));
    expect(
      violationsOf(
        check({
          period,
          shifts: dense,
          exceptions: [{ employeeId: 'anna', ruleId: 'break', type: 'meal-break', reason: 'x' }],
        }),
        'days-off',
      ).map((v) => v.measured),
    ).toEqual([7]);
  });

  it('only whole 4-week blocks inside the period are counted', () => {
    expect(
      violationsOf(
        check({
          period: { start: '2025-03-03', end: '2025-03-23' },
          shifts: days.slice(0, 21).map((d) => work(`${d}T13:30`, `${d}T21:30`)),
        }),
        'days-off',
      ),
    ).toEqual([]);
  });
});
