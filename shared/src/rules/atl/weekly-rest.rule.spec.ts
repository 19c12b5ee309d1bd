import { check, dates, violationsOf, work } from '../roster.test-support';
import { weeklyRestRule } from './weekly-rest.rule';

/** Mon–Thu day shifts of the week starting `monday`, a Friday shift ending `fridayEnd`, and a shift from `resume`. */
function week(monday: string, fridayEnd: string, resume: string) {
  const [mon, tue, wed, thu, fri] = dates(monday, 5);
  return [
    ...[mon, tue, wed, thu].map((d) => work(`${d}T07:00`, `${d}T15:30`)),
    work(`${fri}T11:30`, `${fri}T${fridayEnd}`),
    work(
      resume,
      `${resume.slice(0, 11)}${String(Number(resume.slice(11, 13)) + 8).padStart(2, '0')}${resume.slice(13)}`,
    ),
  ];
}

describe(weeklyRestRule.id, () => {
  it.each<[string, string, string, string, number | null]>([
    // Friday's 24-h period had 11.5 h of rest before 11:30, so the 36 h start at the end of Friday's shift.
    ['exactly 36 h (Fri 20:00 → Sun 08:00) passes', '2025-03-10', '20:00', '2025-03-16T08:00', null],
    ['35 h 59 min fails', '2025-03-10', '20:00', '2025-03-16T07:59', 35 + 59 / 60],
    [
      'spring change: Fri 20:00 → Sun 09:00 is 37 h on the wall clock but 36 h of real time',
      '2025-03-24',
      '20:00',
      '2025-03-30T09:00',
      null,
    ],
    ['spring change: Fri 20:00 → Sun 08:30 is 35.5 h of real time', '2025-03-24', '20:00', '2025-03-30T08:30', 35.5],
    [
      'autumn change: Fri 20:00 → Sun 07:00 is 35 h on the wall clock but 36 h of real time',
      '2025-10-20',
      '20:00',
      '2025-10-26T07:00',
      null,
    ],
  ])('%s', (_case, monday, fridayEnd, resume, measured) => {
    const sunday = dates(monday, 7)[6];
    const found = violationsOf(
      check({ period: { start: monday, end: sunday }, shifts: week(monday, fridayEnd, resume) }),
      'weekly-rest',
    );
    expect(found.map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
    if (measured !== null) expect(found[0]).toMatchObject({ severity: 'hard', limit: 36, source: 'ATL 14 §, AB § 13' });
  });

  it('uses the fixed week: a rest over the week boundary counts only inside each week (S08)', () => {
    const shifts = dates('2025-03-03', 6).map((d) => work(`${d}T07:00`, `${d}T13:30`));
    const next = work('2025-03-10T07:00', '2025-03-10T13:30');
    expect(
      violationsOf(
        check({ period: { start: '2025-03-03', end: '2025-03-09' }, shifts: [...shifts, next] }),
        'weekly-rest',
      ),
    ).toHaveLength(1);
    // a week starting on Sunday puts the whole Sat → Mon rest inside one week
    const sundayWeeks = check({
      period: { start: '2025-03-03', end: '2025-03-09' },
      parameters: { weekStartDay: 7 },
      shifts: [...shifts, next],
    });
    expect(violationsOf(sundayWeeks, 'weekly-rest').map((v) => v.from)).toEqual(['2025-03-02T00:00:00+01:00']);
  });

  it('counts beredskap as not free (S09)', () => {
    const shifts = [
      ...dates('2025-03-10', 5).map((d) => work(`${d}T07:00`, `${d}T15:30`)),
      { start: '2025-03-15T08:00', end: '2025-03-16T20:00', kind: 'standby' as const },
    ];
    const [v] = violationsOf(check({ period: { start: '2025-03-10', end: '2025-03-16' }, shifts }), 'weekly-rest');
    expect(v.measured).toBeLessThan(36);
    expect(v.shiftIds).toContain('s6');
  });

  it.each<[string, string, number | null]>([
    // S10, dygnsbryt 20:00: Fri's 24-h period (Thu 20:00 → Fri 20:00) gave 11 h before the shift.
    ['skr-nonoverlap', 'skr-nonoverlap', null],
    // strict: Fri 15:30 + 11 h → Sun 07:00 is 28.5 h; the longest is Mon 00:00 → Tue 07:00 (31 h)
    ['strict-47h adds the daily rest first', 'strict-47h', 31],
  ])('%s (S10)', (_case, weeklyRestMode, measured) => {
    const shifts = ['2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-16'].map((d) =>
      work(`${d}T07:00`, `${d}T15:30`),
    );
    const result = check({
      period: { start: '2025-03-10', end: '2025-03-16' },
      employee: { dygnsbryt: '20:00' },
      parameters: { weeklyRestMode },
      shifts,
    });
    expect(violationsOf(result, 'weekly-rest').map((v) => v.measured)).toEqual(measured === null ? [] : [measured]);
  });

  it("skr-nonoverlap needs 47 h when the last shift's 24-h period had no daily rest before it", () => {
    // Fri 07:00 after Thu 15:30: only 7 h of Friday's period (00:00) before the shift.
    const shifts = [
      ...dates('2025-03-10', 5).map((d) => work(`${d}T07:00`, `${d}T15:30`)),
      work('2025-03-16T13:00', '2025-03-16T21:00'),
    ];
    const [v] = violationsOf(check({ period: { start: '2025-03-10', end: '2025-03-16' }, shifts }), 'weekly-rest');
    expect(v.measured).toBe(34.5); // 45.5 h free Fri 15:30 → Sun 13:00, but only Sat 02:30 → Sun 13:00 after the daily rest
  });

  it('a week with no shifts at all is free', () => {
    expect(
      violationsOf(
        check({
          period: { start: '2025-03-10', end: '2025-03-23' },
          shifts: [work('2025-03-18T07:00', '2025-03-18T15:30')],
        }),
        'weekly-rest',
      ),
    ).toEqual([]);
  });
});
