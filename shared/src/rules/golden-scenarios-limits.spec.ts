// Golden scenarios S14–S25 of RULES.md Part B §7 (caps, breaks, span, OB edges, notice, crisis,
// nödfall); the profile and the verdict definition are in golden.test-support.ts.
import { type ShiftInput, dates, ruleIdsOf, work } from './roster.test-support';
import { type Scenario, type Verdict, expectOutcome, mealBreak, night, run } from './golden.test-support';

describe('golden scenarios (RULES.md Part B §7), S14–S25', () => {
  const march = { start: '2025-03-10', end: '2025-03-16' };

  describe('S14 overtime yearly cap (195 h used, 8 h ordered in December)', () => {
    const base = {
      period: { start: '2025-12-01', end: '2025-12-07' },
      employee: {
        counters: {
          year: 2025,
          overtimeHoursYtd: 195,
          extraOvertimeHoursYtd: 0,
          mertidHoursYtd: 0,
          overtimeHoursThisMonth: 0,
        },
      },
      shifts: [work('2025-12-05T07:00', '2025-12-05T15:30', { overtime: true })],
    };
    it('BLOCK without a recorded special reason', () => {
      const result = run(base);
      expectOutcome(result, { verdict: 'FAIL', hard: ['overtime-limit'] });
      expect(result.violations[0]).toMatchObject({ measured: 203, limit: 200 });
    });
    it('with a reason: PASS + WARN, 5 h allmän + 3 h extra (ATL 8 a §)', () => {
      const result = run({
        ...base,
        exceptions: [{ ruleId: 'overtime-limit', type: 'extra-overtime', shiftIds: ['s1'], reason: 'vakanser' }],
      });
      expectOutcome(result, { verdict: 'PASS+WARN', exceptions: ['overtime-limit/extra-overtime'] });
      expect(result.employees.nurse.period).toMatchObject({ overtimeHours: 8, extraOvertimeHours: 3 });
    });
  });

  describe('S15 overtime monthly cap (46 h so far in March, 6 h ordered)', () => {
    const base = {
      period: { start: '2025-03-24', end: '2025-03-30' },
      employee: {
        counters: {
          year: 2025,
          overtimeHoursYtd: 46,
          extraOvertimeHoursYtd: 0,
          mertidHoursYtd: 0,
          overtimeHoursThisMonth: 46,
        },
      },
      shifts: [work('2025-03-28T07:00', '2025-03-28T13:30', { overtime: true })],
    };
    it('52 h > 50 h: FAIL', () => {
      const result = run(base);
      expectOutcome(result, { verdict: 'FAIL', hard: ['overtime-limit'] });
      expect(result.violations[0]).toMatchObject({ measured: 52, limit: 50 });
    });
    it('extra övertid cannot lift the monthly cap', () => {
      expectOutcome(
        run({
          ...base,
          exceptions: [{ ruleId: 'overtime-limit', type: 'extra-overtime', shiftIds: ['s1'], reason: 'vakanser' }],
        }),
        { verdict: 'FAIL', hard: ['overtime-limit'] },
      );
    });
  });

  describe('S16 part-time mertid (75 %, 198 h used)', () => {
    const base = {
      period: { start: '2025-11-17', end: '2025-11-23' },
      employee: {
        employmentRate: 75,
        counters: {
          year: 2025,
          overtimeHoursYtd: 0,
          extraOvertimeHoursYtd: 0,
          mertidHoursYtd: 198,
          mertidHoursThisMonth: 10,
          overtimeHoursThisMonth: 0,
        },
      },
      shifts: [
        ...['2025-11-17', '2025-11-18', '2025-11-20'].map((d) => work(`${d}T07:00`, `${d}T15:30`)),
        work('2025-11-19T07:00', '2025-11-19T11:00', { overtime: true }),
      ],
    };
    it('BLOCK without a recorded reason (202 h > 200 h)', () => {
      const result = run(base);
      expectOutcome(result, { verdict: 'FAIL', hard: ['mertid-limit'] });
      expect(result.violations[0]).toMatchObject({ measured: 202, limit: 200 });
    });
    it('with a reason: PASS + WARN, 2 h allmän + 2 h extra mertid', () => {
      const result = run({
        ...base,
        exceptions: [{ ruleId: 'mertid-limit', type: 'extra-mertid', shiftIds: ['s4'], reason: 'vakanser' }],
      });
      expectOutcome(result, { verdict: 'PASS+WARN', exceptions: ['mertid-limit/extra-mertid'] });
      expect(result.employees.nurse.period).toMatchObject({ mertidHours: 4, extraMertidHours: 2, overtimeHours: 0 });
    });
  });

  describe('S17 48-h average over 16 weeks (40 h ordinary + 9 h overtime a week)', () => {
    const parameters = { referencePeriod: 'weeks', referencePeriodWeeks: 16, gridAnchor: '2025-01-06' };
    const period = { start: '2025-01-06', end: '2025-04-27' };
    const weekOf = (monday: string): ShiftInput[] => {
      const [mon, tue, wed, thu, fri] = dates(monday, 5);
      return [
        ...[mon, tue, wed, thu].map((d) => work(`${d}T07:00`, `${d}T17:30`)),
        work(`${fri}T07:00`, `${fri}T16:30`, { overtime: true }),
      ];
    };
    const mondays = dates('2025-01-06', 112).filter((_, i) => i % 7 === 0);
    it('average 49 h > 48 h although the ATL 8 caps hold: FAIL', () => {
      const result = run({ period, parameters, shifts: mondays.flatMap(weekOf) });
      // A1: with shifts over 10 h, 4 working days in a row is the advisory limit.
      expectOutcome(result, { verdict: 'FAIL', hard: ['average-48h'], soft: ['consecutive-days'] });
      expect(result.violations[0]).toMatchObject({ measured: 49, limit: 48 });
    });
    it('variant: one week of annual leave counts as 40 h, average 48.44 h: FAIL', () => {
      const shifts = mondays.filter((m) => m !== '2025-02-10').flatMap(weekOf);
      const result = run({
        period,
        parameters,
        shifts,
        absences: [
          { employeeId: 'nurse', start: '2025-02-10', end: '2025-02-14', type: 'vacation', scheduledHours: 40 },
        ],
      });
      expectOutcome(result, { verdict: 'FAIL', hard: ['average-48h'], soft: ['consecutive-days'] });
      expect(result.violations[0].measured).toBeCloseTo(48.4375, 10);
    });
  });

  describe('S18 break rule', () => {
    it.each<[string, Partial<ShiftInput>, Scenario['exceptions'], Verdict, string[], string[]]>([
      ['no break: 6.5 h continuous, FAIL', { breakMinutes: 0 }, [], 'FAIL', ['break'], []],
      [
        'rast 11:00–11:30: PASS',
        { breakMinutes: 30, breaks: [{ start: '2025-03-11T11:00', end: '2025-03-11T11:30' }] },
        [],
        'PASS',
        [],
        [],
      ],
      [
        'måltidsuppehåll on a recorded basis (ATL 16 §): PASS',
        { breakMinutes: 0 },
        [{ ...mealBreak, shiftIds: ['s1'], reason: 'arbetsförhållandena' }],
        'PASS+WARN',
        [],
        ['break/meal-break'],
      ],
    ])('%s', (_case, extra, exceptions, expected, hard, used) => {
      expectOutcome(
        run({ period: march, shifts: [{ start: '2025-03-11T07:00', end: '2025-03-11T13:30', ...extra }], exceptions }),
        { verdict: expected, hard, exceptions: used },
      );
    });
  });

  describe('S19 shift length', () => {
    const twoRasts = (from: string, to: string): Partial<ShiftInput> => ({
      breakMinutes: 60,
      breaks: [
        { start: '2025-03-12T11:00', end: '2025-03-12T11:30' },
        { start: `2025-03-12T${from}`, end: `2025-03-12T${to}` },
      ],
    });
    it('07:00–20:30 spans 13.5 h: FAIL shift-span (and H-LEN warns)', () => {
      expectOutcome(
        run({ period: march, shifts: [work('2025-03-12T07:00', '2025-03-12T20:30', twoRasts('16:00', '16:30'))] }),
        { verdict: 'FAIL', hard: ['shift-span'], soft: ['shift-length'] },
      );
    });
    it('07:00–19:30 spans 12.5 h: WARN shift-length', () => {
      expectOutcome(
        run({ period: march, shifts: [work('2025-03-12T07:00', '2025-03-12T19:30', twoRasts('15:30', '16:00'))] }),
        { verdict: 'WARN', soft: ['shift-length'] },
      );
    });
    it('work 07–16 + jour 16–03 (20 h) with a mom. 5 exception, then free until 23:00: PASS + WARN', () => {
      const result = run({
        period: march,
        employee: { dygnsbryt: '16:00' },
        shifts: [
          work('2025-03-12T07:00', '2025-03-12T16:00'),
          { start: '2025-03-12T16:00', end: '2025-03-13T03:00', kind: 'on-call' },
          night('2025-03-13T23:00', '2025-03-14T07:00'),
        ],
        exceptions: [
          {
            ruleId: 'shift-span',
            type: 'combined-20h',
            shiftIds: ['s1', 's2'],
            reason: 'liv och hälsa',
            reference: 'MBL-2025-11',
          },
          { ...mealBreak, shiftIds: ['s3'] },
        ],
      });
      expectOutcome(result, { verdict: 'PASS+WARN', exceptions: ['break/meal-break', 'shift-span/combined-20h'] });
    });
  });

  describe('S20–S22 OB edge shifts: no rule breach (the OB split is pay classification)', () => {
    it.each<[string, ShiftInput[], string[]]>([
      [
        'S20 Tue 23/12 14:00–22:00 and the Christmas Eve night',
        [work('2025-12-23T14:00', '2025-12-23T22:00'), night('2025-12-24T21:00', '2025-12-25T07:00')],
        ['shift-length'],
      ],
      ['S21 skärtorsdag 15:00–23:00', [work('2025-04-17T15:00', '2025-04-17T23:00')], []],
      ['S21 Monday after midsommar 06:00–14:00', [work('2025-06-23T06:00', '2025-06-23T14:00')], []],
      ['S22 day before Kristi himmelsfärd 14:00–22:30', [work('2025-05-28T14:00', '2025-05-28T22:30')], []],
      ['S22 ordinary Tuesday 14:00–22:30', [work('2025-05-27T14:00', '2025-05-27T22:30')], []],
    ])('%s', (_case, shifts, soft) => {
      const first = shifts[0].start.slice(0, 10);
      const result = run({
        period: { start: first, end: dates(first, 7)[6] },
        shifts,
        exceptions: [{ ...mealBreak, shiftIds: [] }],
      });
      expect(ruleIdsOf(result, 'hard')).toEqual([]);
      expect(ruleIdsOf(result, 'soft')).toEqual(soft);
    });
  });

  describe('S23 schedule publication and change (A1: schedule-notice is soft)', () => {
    it('schedule for the period from Mon 1/9 published Mon 25/8 (7 days): warned', () => {
      const result = run({
        period: { start: '2025-09-01', end: '2025-09-28' },
        publishedAt: '2025-08-25T09:00',
        shifts: [work('2025-09-02T07:00', '2025-09-02T15:30')],
      });
      expectOutcome(result, { verdict: 'WARN', soft: ['schedule-notice'] });
      expect(result.violations[0]).toMatchObject({ measured: 7, limit: 14, unit: 'days' });
    });
    const moved = (tuesdayStart: string): ShiftInput[] => [
      work('2025-09-14T07:00', '2025-09-14T15:30'),
      work('2025-09-15T13:00', '2025-09-15T21:30', { changedAt: '2025-09-10T10:00' }),
      work(`2025-09-16T${tuesdayStart}`, '2025-09-16T17:30'),
    ];
    const period = { start: '2025-09-01', end: '2025-09-28' };
    it('Mon 15/9 moved on Wed 10/9 (5 days) without a reason: WARN', () => {
      const result = run({ period, publishedAt: '2025-08-01T09:00', shifts: moved('09:00') });
      expectOutcome(result, { verdict: 'WARN', soft: ['backward-rotation', 'schedule-notice'] });
      expect(result.violations.find((v) => v.ruleId === 'schedule-notice')).toMatchObject({
        measured: 5,
        shiftIds: ['s2'],
      });
    });
    it('with a recorded short-notice reason: PASS + WARN', () => {
      const exceptions = [
        { ruleId: 'schedule-notice', type: 'short-notice', shiftIds: ['s2'], reason: 'oförutsedd sjukfrånvaro' },
      ];
      expectOutcome(run({ period, publishedAt: '2025-08-01T09:00', shifts: moved('09:00'), exceptions }), {
        verdict: 'PASS+WARN',
        soft: ['backward-rotation'],
        exceptions: ['schedule-notice/short-notice'],
      });
    });
    it('the re-check catches the Mon → Tue rest when Tuesday starts 07:00 (9.5 h)', () => {
      expectOutcome(run({ period, publishedAt: '2025-08-01T09:00', shifts: moved('07:00') }), {
        verdict: 'FAIL',
        hard: ['daily-rest'],
        soft: ['backward-rotation', 'schedule-notice'],
      });
    });
  });

  describe('S24 Krislägesavtalet (assignment from 1/9)', () => {
    const employee = { crisisAssignment: { start: '2025-09-01', end: null } };
    const shiftsFor = (weeklyHours: number[]): ShiftInput[] => {
      const lengths: Record<number, number[]> = {
        52: [13, 13, 13, 13],
        46: [13, 13, 10, 10],
        48: [12, 12, 12, 12],
        50: [13, 13, 12, 12],
      };
      return weeklyHours.flatMap((hours, week) =>
        lengths[hours].map((h, day) => {
          const date = dates('2025-09-01', 28)[week * 7 + day];
          return { start: `${date}T07:00`, end: `${date}T${String(7 + h).padStart(2, '0')}:00`, breakMinutes: 0 };
        }),
      );
    };
    const base = {
      ruleSet: 'crisis-kla',
      period: { start: '2025-09-01', end: '2025-09-28' },
      employee,
      exceptions: [mealBreak],
    };
    it('52 + 46 + 48 + 46 = 192 h in 4 weeks: PASS', () => {
      expectOutcome(run({ ...base, shifts: shiftsFor([52, 46, 48, 46]) }), {
        verdict: 'PASS+WARN',
        soft: ['shift-length'],
        exceptions: ['break/meal-break'],
      });
    });
    it('52 + 46 + 48 + 50 = 196 h > 192 h: FAIL', () => {
      const result = run({ ...base, shifts: shiftsFor([52, 46, 48, 50]) });
      expectOutcome(result, {
        verdict: 'FAIL',
        hard: ['average-48h'],
        soft: ['shift-length'],
        exceptions: ['break/meal-break'],
      });
      expect(result.violations.find((v) => v.ruleId === 'average-48h')!.measured).toBe(49);
    });
    it('a shift in assignment week 9 without an extension: BLOCK; with one: PASS + WARN', () => {
      const shifts = [work('2025-10-27T07:00', '2025-10-27T15:30')];
      const period = { start: '2025-10-27', end: '2025-11-02' };
      expectOutcome(run({ ruleSet: 'crisis-kla', period, employee, shifts }), {
        verdict: 'FAIL',
        hard: ['kla-assignment-length'],
      });
      const extension = {
        ruleId: 'kla-assignment-length',
        type: 'extension',
        shiftIds: [],
        reason: 'absolut nödvändigt (IVA-kompetens)',
      };
      expectOutcome(run({ ruleSet: 'crisis-kla', period, employee, shifts, exceptions: [extension] }), {
        verdict: 'PASS+WARN',
        exceptions: ['kla-assignment-length/extension'],
      });
    });
    it('35 h between the last KLA shift (ends 28/9 19:00) and the next shift (30/9 06:00): FAIL', () => {
      const result = run({
        ruleSet: 'crisis-kla',
        period: { start: '2025-09-22', end: '2025-10-05' },
        employee: { crisisAssignment: { start: '2025-09-01', end: '2025-09-28' } },
        shifts: [
          work('2025-09-28T07:00', '2025-09-28T19:00', { breakMinutes: 0 }),
          work('2025-09-30T06:00', '2025-09-30T14:30'),
        ],
        exceptions: [mealBreak],
      });
      expectOutcome(result, { verdict: 'FAIL', hard: ['kla-recovery'], exceptions: ['break/meal-break'] });
      expect(result.violations[0]).toMatchObject({ measured: 35, limit: 36 });
    });
  });

  describe('S25 nödfallsövertid (50 h of overtime already in July)', () => {
    const scenario = (unionNotifiedAt: string | null): Scenario => ({
      period: { start: '2025-07-14', end: '2025-07-20' },
      employee: {
        counters: {
          year: 2025,
          overtimeHoursYtd: 120,
          extraOvertimeHoursYtd: 0,
          mertidHoursYtd: 0,
          overtimeHoursThisMonth: 50,
        },
      },
      shifts: [
        work('2025-07-14T07:00', '2025-07-14T15:30'),
        work('2025-07-14T15:30', '2025-07-14T21:30', { overtime: true }),
        work('2025-07-15T07:00', '2025-07-15T15:30'),
      ],
      exceptions: [
        { ruleId: 'overtime-limit', type: 'emergency', shiftIds: ['s2'], reason: 'större olycka', unionNotifiedAt },
        { ruleId: 'daily-rest', type: 'unforeseen', shiftIds: ['s3'], reason: 'större olycka' },
      ],
    });
    it('recorded as nödfallsövertid with the union notified: PASS + WARN', () => {
      const result = run(scenario('2025-07-14T14:10'));
      expectOutcome(result, {
        verdict: 'PASS+WARN',
        soft: ['backward-rotation'],
        exceptions: ['daily-rest/unforeseen', 'overtime-limit/emergency'],
      });
      expect(result.employees.nurse.period).toMatchObject({ overtimeHours: 5.5, emergencyHours: 5.5 });
    });
    it('variant: union not notified (ATL 9 § st 2): the hours count against the cap, FAIL', () => {
      const result = run(scenario(null));
      // The emergency still explains the long shift (shift-span); it no longer lifts the cap.
      expectOutcome(result, {
        verdict: 'FAIL',
        hard: ['overtime-limit'],
        soft: ['backward-rotation'],
        exceptions: ['daily-rest/unforeseen', 'overtime-limit/emergency'],
      });
      expect(result.violations.find((v) => v.ruleId === 'overtime-limit')!.message.sv).toContain('ATL 9 § st 2');
    });
  });
});
