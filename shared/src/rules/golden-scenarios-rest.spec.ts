// Golden scenarios S01–S13 of RULES.md Part B §7 (rest, DST, night work); the profile and the
// verdict definition are in golden.test-support.ts.
import { dates, ruleIdsOf, work } from './roster.test-support';
import { type Verdict, expectOutcome, mealBreak, night, run } from './golden.test-support';

describe('golden scenarios (RULES.md Part B §7), S01–S13', () => {
  const march = { start: '2025-03-10', end: '2025-03-16' };

  it('S01 quick return: FAIL daily-rest (9.5 h), backward rotation warned', () => {
    expectOutcome(
      run({
        period: march,
        shifts: [work('2025-03-10T13:30', '2025-03-10T21:30'), work('2025-03-11T07:00', '2025-03-11T15:30')],
      }),
      {
        verdict: 'FAIL',
        hard: ['daily-rest'],
        soft: ['backward-rotation'],
      },
    );
  });

  describe('S02 planned exception 9 h (AB § 13 mom. 8 a)', () => {
    const exception = {
      ruleId: 'daily-rest',
      type: 'planned-9h',
      shiftIds: ['s2'],
      reason: 'särskilda skäl',
      reference: 'MBL-2025-07',
    };
    it('PASS + WARN: 9.5 h ≥ 9 h and the next rest 15.5 h ≥ 12.5 h', () => {
      const result = run({
        period: march,
        shifts: [
          work('2025-03-10T13:30', '2025-03-10T21:30'),
          work('2025-03-11T07:00', '2025-03-11T15:30'),
          work('2025-03-12T07:00', '2025-03-12T15:30'),
        ],
        exceptions: [exception],
      });
      expectOutcome(result, {
        verdict: 'PASS+WARN',
        soft: ['backward-rotation'],
        exceptions: ['daily-rest/planned-9h'],
      });
      expect(result.exceptionsUsed[0]).toMatchObject({
        reason: 'särskilda skäl',
        reference: 'MBL-2025-07',
        appliedTo: ['s1', 's2'],
      });
    });
    it('variant: Wednesday 03:30 leaves 12 h < 12.5 h, FAIL (compensation missing)', () => {
      const result = run({
        period: march,
        shifts: [
          work('2025-03-10T13:30', '2025-03-10T21:30'),
          work('2025-03-11T07:00', '2025-03-11T15:30'),
          work('2025-03-12T03:30', '2025-03-12T12:00'),
        ],
        exceptions: [exception],
      });
      expectOutcome(result, { verdict: 'FAIL', hard: ['daily-rest'], soft: ['backward-rotation', 'early-start'] });
      expect(result.violations.find((v) => v.ruleId === 'daily-rest')).toMatchObject({ measured: 12, limit: 12.5 });
    });
  });

  describe('S03 exact 11 h boundary', () => {
    it.each<[string, Verdict, string[]]>([
      ['09:00', 'WARN', []],
      ['08:59', 'FAIL', ['daily-rest']],
    ])('second shift at %s: %s', (start, expected, hard) => {
      // PASS in §7 is about the rest; A1's backward-rotation also warns for 14:00 → 09:00.
      expectOutcome(
        run({
          period: march,
          shifts: [work('2025-03-10T14:00', '2025-03-10T22:00'), work(`2025-03-11T${start}`, '2025-03-11T17:30')],
        }),
        {
          verdict: expected,
          hard,
          soft: ['backward-rotation'],
        },
      );
    });
  });

  it('S04 autumn change: 10 h on the wall clock is 11 h of rest, no daily-rest violation', () => {
    const result = run({
      period: { start: '2025-10-20', end: '2025-10-26' },
      shifts: [work('2025-10-25T14:00', '2025-10-25T22:00'), work('2025-10-26T08:00', '2025-10-26T16:30')],
    });
    expectOutcome(result, { verdict: 'WARN', soft: ['backward-rotation'] });
    expect(result.employees.nurse.period.shortestDailyRest).toEqual({
      from: '2025-10-25T22:00:00+02:00',
      to: '2025-10-26T08:00:00+01:00',
      hours: 11,
    });
  });

  it('S05 spring change: 11 h on the wall clock is 10 h of rest, FAIL', () => {
    const result = run({
      period: { start: '2025-03-24', end: '2025-03-30' },
      shifts: [work('2025-03-29T13:00', '2025-03-29T21:00'), work('2025-03-30T08:00', '2025-03-30T16:30')],
    });
    expectOutcome(result, { verdict: 'FAIL', hard: ['daily-rest'], soft: ['backward-rotation'] });
    expect(result.violations.find((v) => v.ruleId === 'daily-rest')!.measured).toBe(10);
  });

  it('S06 autumn night shift: 11 h worked (rules part; the OB split is pay classification)', () => {
    const result = run({
      period: { start: '2025-10-20', end: '2025-10-26' },
      shifts: [night('2025-10-25T21:15+02:00', '2025-10-26T07:15+01:00')],
      exceptions: [mealBreak],
    });
    // No hard violation; H-NIGHT-LEN (≤ 9 h) warns about the 11-h night.
    expectOutcome(result, { verdict: 'PASS+WARN', soft: ['shift-length'], exceptions: ['break/meal-break'] });
    expect(result.employees.nurse.period).toMatchObject({ workedHours: 11, nightHours: 9 });
  });

  it('S07 spring night shift: 9 h worked', () => {
    const result = run({
      period: { start: '2025-03-24', end: '2025-03-30' },
      shifts: [night('2025-03-29T21:15+01:00', '2025-03-30T07:15+02:00')],
      exceptions: [mealBreak],
    });
    expectOutcome(result, { verdict: 'PASS+WARN', exceptions: ['break/meal-break'] });
    expect(result.employees.nurse.period).toMatchObject({ workedHours: 9, nightHours: 7 });
  });

  it('S08 weekly rest straddling the week boundary: FAIL on the fixed week', () => {
    const rast = (d: string) => ({ breakMinutes: 30, breaks: [{ start: `${d}T11:00`, end: `${d}T11:30` }] });
    const week = dates('2025-03-03', 6).map((d) => work(`${d}T07:00`, `${d}T13:30`, rast(d)));
    const result = run({
      period: { start: '2025-03-03', end: '2025-03-09' },
      shifts: [...week, work('2025-03-10T07:00', '2025-03-10T13:30', rast('2025-03-10'))],
    });
    expectOutcome(result, { verdict: 'FAIL', hard: ['weekly-rest'], soft: ['consecutive-days'] });
    const weekly = result.violations.find((v) => v.ruleId === 'weekly-rest')!;
    expect(weekly).toMatchObject({ from: '2025-03-03T00:00:00+01:00', to: '2025-03-10T00:00:00+01:00', limit: 36 });
    // Free Sat 13:30 → Mon 07:00 is 41.5 h, but the week ends Sunday 24:00, and the daily rest comes first.
    expect(weekly.measured).toBeLessThan(36);
  });

  it('S09 beredskap is not weekly rest: FAIL', () => {
    const week = dates('2025-03-10', 5).map((d) => work(`${d}T07:00`, `${d}T15:30`));
    const result = run({
      period: march,
      shifts: [
        ...week,
        { start: '2025-03-15T08:00', end: '2025-03-16T20:00', kind: 'standby' },
        work('2025-03-17T07:00', '2025-03-17T15:30'),
      ],
    });
    expectOutcome(result, { verdict: 'FAIL', hard: ['weekly-rest'] });
  });

  describe('S10 daily plus weekly rest (C-477/21), dygnsbryt 20:00', () => {
    const shifts = ['2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-16'].map((d) =>
      work(`${d}T07:00`, `${d}T15:30`),
    );
    it.each<[string, Verdict, string[]]>([
      ['skr-nonoverlap', 'PASS', []],
      ['strict-47h', 'FAIL', ['weekly-rest']],
    ])('%s: %s', (mode, expected, hard) => {
      expectOutcome(
        run({ period: march, shifts, employee: { dygnsbryt: '20:00' }, parameters: { weeklyRestMode: mode } }),
        { verdict: expected, hard },
      );
    });
  });

  describe('S11 shift spanning 00–05', () => {
    it.each<[string, boolean, Verdict, string[]]>([
      ['nurse with the healthcare direct exemption', true, 'PASS+WARN', []],
      ['office admin without a basis', false, 'FAIL', ['night-window']],
    ])('%s', (_who, basis, expected, hard) => {
      const result = run({
        period: march,
        shifts: [night('2025-03-12T21:15', '2025-03-13T07:15')],
        employee: { nightWorkBasis: basis },
        exceptions: [mealBreak],
      });
      expectOutcome(result, { verdict: expected, hard, soft: ['shift-length'], exceptions: ['break/meal-break'] });
    });
  });

  describe('S12 night-worker classification inputs (the flag itself is an input of the document)', () => {
    it.each<[string, string, string, number, boolean]>([
      ['15:00–01:00 has 3 h of night: a night shift', '2025-03-10T15:00', '2025-03-11T01:00', 3, true],
      ['14:00–22:30 has 0.5 h of night: not one', '2025-03-10T14:00', '2025-03-10T22:30', 0.5, false],
    ])('%s', (_case, start, end, nightHours, isNight) => {
      // four in a row: consecutive-nights (> 3) only fires for night shifts
      const shifts = [0, 1, 2, 3].map((k) =>
        night(
          start.replace('-10T', `-1${k}T`),
          end.replace(/-1([01])T/, (_m, d: string) => `-1${Number(d) + k}T`),
        ),
      );
      const result = run({ period: march, shifts, exceptions: [mealBreak] });
      expect(result.employees.nurse.weeks[0].nightHours).toBeCloseTo(4 * nightHours, 10);
      expect(ruleIdsOf(result, 'soft').includes('consecutive-nights')).toBe(isNight);
    });
    it('4 day shifts + 1 night of 8 h inside 22–06: night share 8/42 ≈ 0.19 < 1/3', () => {
      const days = dates('2025-03-10', 4).map((d) => work(`${d}T07:00`, `${d}T15:30`));
      const result = run({
        period: march,
        shifts: [...days, night('2025-03-14T21:15', '2025-03-15T07:15')],
        exceptions: [mealBreak],
      });
      const week = result.employees.nurse.weeks[0];
      expect([week.nightHours, week.workedHours]).toEqual([8, 42]);
      expect(week.nightHours / week.workedHours).toBeLessThan(1 / 3);
    });
  });

  describe('S13 night-worker averaging over 28 days (max 8 × (28 − 4) = 192 h)', () => {
    const base = {
      period: { start: '2025-02-03', end: '2025-03-02' },
      employee: { nightWorker: true, fullTimeHoursPerWeek: 34 + 20 / 60 },
      parameters: { referencePeriod: 'weeks', referencePeriodWeeks: 4, gridAnchor: '2025-02-03' },
      exceptions: [mealBreak],
    };
    const nightOn = (d: string) => night(`${d}T21:00`, `${dates(d, 2)[1]}T07:00`);
    it('14 nights of 10 h = 140 h: no hard violation', () => {
      // 3 on, 2 off, keeping ≥ 48 h after each block
      const all = dates('2025-02-03', 28);
      const nights = [0, 1, 2, 5, 6, 7, 10, 11, 12, 15, 16, 17, 20, 21].map((i) => nightOn(all[i]));
      const result = run({ ...base, shifts: nights });
      expectOutcome(result, { verdict: 'PASS+WARN', soft: ['shift-length'], exceptions: ['break/meal-break'] });
      expect(result.employees.nurse.period.workedHours).toBe(140);
    });
    it('20 nights Mon–Fri = 200 h: FAIL night-worker-average (and 50 h/week > 48 h on the same 28 days)', () => {
      const nights = dates('2025-02-03', 28)
        .filter((_, i) => i % 7 < 5)
        .map(nightOn);
      const result = run({ ...base, shifts: nights });
      expectOutcome(result, {
        verdict: 'FAIL',
        hard: ['average-48h', 'night-worker-average'],
        soft: ['consecutive-nights', 'shift-length'],
        exceptions: ['break/meal-break'],
      });
      expect(result.violations.find((v) => v.ruleId === 'night-worker-average')).toMatchObject({
        measured: 200,
        limit: 192,
      });
    });
  });
});
