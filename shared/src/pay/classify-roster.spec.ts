import fc from 'fast-check';
import { type RosterDocumentShift, type RosterDocumentAbsence } from '../roster-document/roster-document';
import { parseRosterDocument } from '../roster-document/parse-roster-document';
import { HOUR_MS, MINUTE_MS, toLocalIso } from '../time/stockholm';
import { AB_PAY_AGREEMENT } from './ab-pay-agreement';
import { classifyRoster } from './classify-roster';
import { type PayAgreementVersion } from './pay-agreement';
import { PayClassificationError } from './pay-classification-error';
import { WORKED_TIME_CATEGORIES } from './pay-categories';

type ShiftInput = Omit<RosterDocumentShift, 'id' | 'employeeId'> & { id?: string };

function snapshot(
  shifts: ShiftInput[],
  opts: { rate?: number; absences?: Omit<RosterDocumentAbsence, 'employeeId'>[]; period?: [string, string] } = {},
) {
  return parseRosterDocument({
    ruleSet: 'ab-hok-vardforbundet',
    period: { start: opts.period?.[0] ?? '2025-01-01', end: opts.period?.[1] ?? '2025-12-31' },
    employees: [{ id: 'e1', employmentRate: opts.rate ?? 100, fullTimeHoursPerWeek: 38.25 }],
    shifts: shifts.map((s, i) => ({ employeeId: 'e1', ...s, id: s.id ?? `s${i + 1}` })),
    absences: (opts.absences ?? []).map((a) => ({ employeeId: 'e1', ...a })),
  });
}

function totals(
  shifts: ShiftInput[],
  opts: Parameters<typeof snapshot>[1] = {},
  agreements?: readonly PayAgreementVersion[],
) {
  return classifyRoster(snapshot(shifts, opts), agreements ? { agreements } : {}).totals.e1;
}

describe('classifyRoster', () => {
  it('S06: the autumn night is 11 h: 10 h ordinary, the extra hour enkel overtime, OB on all 11 h', () => {
    const result = classifyRoster(snapshot([{ start: '2025-10-25T21:15+02:00', end: '2025-10-26T07:15+01:00' }]));
    expect(result.lines).toEqual([
      { employeeId: 'e1', date: '2025-10-25', category: 'ordinary', hours: 10 },
      { employeeId: 'e1', date: '2025-10-25', category: 'overtime-simple', hours: 1 },
      { employeeId: 'e1', date: '2025-10-25', category: 'ob-b', hours: 2 },
      { employeeId: 'e1', date: '2025-10-25', category: 'ob-b-night', hours: 9 },
    ]);
    expect(result.totals).toEqual({ e1: { ordinary: 10, 'overtime-simple': 1, 'ob-b': 2, 'ob-b-night': 9 } });
  });

  it('S07: the spring night is 9 h of ordinary time with no overtime and no deduction', () => {
    expect(totals([{ start: '2025-03-29T21:15+01:00', end: '2025-03-30T07:15+02:00' }])).toEqual({
      ordinary: 9,
      'ob-b': 2,
      'ob-b-night': 7,
    });
  });

  it('S20–S22 through the whole classification', () => {
    expect(totals([{ start: '2025-12-23T14:00', end: '2025-12-23T22:00' }])).toEqual({ ordinary: 8, 'ob-a': 4 });
    expect(totals([{ start: '2025-12-24T21:00', end: '2025-12-25T07:00' }])).toEqual({
      ordinary: 10,
      'ob-a': 2,
      'ob-a-night': 8,
    });
    expect(totals([{ start: '2025-04-17T15:00', end: '2025-04-17T23:00' }])).toEqual({
      ordinary: 8,
      'ob-a': 4,
      'ob-a-night': 1,
    });
    expect(totals([{ start: '2025-06-23T06:00', end: '2025-06-23T14:00' }])).toEqual({ ordinary: 8, 'ob-a': 1 });
    expect(totals([{ start: '2025-05-28T14:00', end: '2025-05-28T22:30' }])).toEqual({
      ordinary: 8.5,
      'ob-b': 6,
      'ob-b-night': 0.5,
    });
    expect(totals([{ start: '2025-05-27T14:00', end: '2025-05-27T22:30' }])).toEqual({
      ordinary: 8.5,
      'ob-d': 3,
      'ob-c': 0.5,
    });
  });

  describe('overtime around a shift (AB § 20, 2-hour rule)', () => {
    const day = { start: '2025-03-11T07:00', end: '2025-03-11T15:30', breakMinutes: 30 };
    it.each([
      [
        '3 h straight after: 2 h enkel, 1 h kvalificerad',
        [{ start: '2025-03-11T15:30', end: '2025-03-11T18:30', overtime: true }],
        { 'overtime-simple': 2, 'overtime-qualified': 1 },
      ],
      [
        '1 h before and 1.5 h after: 2 h enkel in all, 0.5 h kvalificerad',
        [
          { start: '2025-03-11T06:00', end: '2025-03-11T07:00', overtime: true },
          { start: '2025-03-11T15:30', end: '2025-03-11T17:00', overtime: true },
        ],
        { 'overtime-simple': 2, 'overtime-qualified': 0.5 },
      ],
      [
        '1.5 h before: all enkel',
        [{ start: '2025-03-11T05:30', end: '2025-03-11T07:00', overtime: true }],
        { 'overtime-simple': 1.5 },
      ],
      [
        'starting 1 h after the shift: the hour inside the 2-hour window is enkel',
        [{ start: '2025-03-11T16:30', end: '2025-03-11T18:30', overtime: true }],
        { 'overtime-simple': 1, 'overtime-qualified': 1 },
      ],
      [
        'more than 2 h after the shift: kvalificerad',
        [{ start: '2025-03-11T18:00', end: '2025-03-11T20:00', overtime: true }],
        { 'overtime-qualified': 2 },
      ],
      [
        'a free day: kvalificerad',
        [{ start: '2025-03-12T10:00', end: '2025-03-12T14:00', overtime: true }],
        { 'overtime-qualified': 4 },
      ],
    ])('%s', (_name, extra, expected) => {
      const got = totals([day, ...extra]);
      const { ordinary, ...rest } = got;
      expect(ordinary).toBe(8);
      expect(rest).toEqual(Object.fromEntries(Object.entries(expected).filter(([, v]) => v > 0)));
    });

    it('pays no OB on overtime by default but does when the version says so', () => {
      const evening = [day, { start: '2025-03-11T18:00', end: '2025-03-11T20:00', overtime: true }];
      expect(totals(evening)['ob-d']).toBeUndefined();
      const withOb = [{ ...AB_PAY_AGREEMENT[0], ob: { ...AB_PAY_AGREEMENT[0].ob, onOvertime: true } }];
      expect(totals(evening, {}, withOb)['ob-d']).toBe(1);
    });
  });

  describe('part-time: mertid up to the full-time measure of the week, then overtime', () => {
    // 75 %: Mon–Thu 07:00–15:30 with 30 min rast = 32 h scheduled; full time is 38.25 h.
    const week = ['10', '11', '12', '13'].map((d) => ({
      start: `2025-03-${d}T07:00`,
      end: `2025-03-${d}T15:30`,
      breakMinutes: 30,
    }));
    it('ordered time on a free Friday: 6.25 h mertid, the rest overtime', () => {
      expect(
        totals([...week, { start: '2025-03-14T07:00', end: '2025-03-14T15:00', overtime: true }], { rate: 75 }),
      ).toEqual({ ordinary: 32, mertid: 6.25, 'overtime-qualified': 1.75 });
    });
    it('a full-timer gets the same hours as overtime', () => {
      expect(
        totals([...week, { start: '2025-03-14T07:00', end: '2025-03-14T15:00', overtime: true }], { rate: 100 }),
      ).toEqual({ ordinary: 32, 'overtime-qualified': 8 });
    });
    it('ordered time after a shift: mertid first, then overtime by the 2-hour rule', () => {
      const extra = { start: '2025-03-13T15:30', end: '2025-03-13T23:30', overtime: true };
      // 6.25 h mertid 15:30–21:45, then overtime 21:45–23:30, all more than 2 h after the shift.
      // OB is paid on the mertid part (D 19:00–21:45), not on the overtime part (C 22:00–23:30).
      expect(totals([...week, extra], { rate: 75 })).toEqual({
        ordinary: 32,
        mertid: 6.25,
        'overtime-qualified': 1.75,
        'ob-d': 2.75,
      });
    });
    it('counts leave on scheduled time toward the week', () => {
      const result = totals(
        [...week.slice(0, 3), { start: '2025-03-14T07:00', end: '2025-03-14T15:00', overtime: true }],
        { rate: 75, absences: [{ start: '2025-03-13', end: '2025-03-13', type: 'sick', scheduledHours: 8 }] },
      );
      expect(result).toEqual({ ordinary: 24, mertid: 6.25, 'overtime-qualified': 1.75, 'absence-sick': 8 });
    });
  });

  it('pays jour and beredskap without the call-out time, which is work', () => {
    const result = totals([
      { start: '2025-03-15T08:00', end: '2025-03-16T20:00', kind: 'standby' },
      { start: '2025-03-15T10:00', end: '2025-03-15T12:00', overtime: true },
      { start: '2025-03-20T16:00', end: '2025-03-20T22:00', kind: 'on-call' },
    ]);
    expect(result).toEqual({ 'overtime-qualified': 2, 'on-call': 6, standby: 34 });
  });

  it('dates every line by the local date the shift starts', () => {
    const result = classifyRoster(snapshot([{ start: '2025-03-13T21:00', end: '2025-03-14T07:00' }]));
    expect(new Set(result.lines.map((l) => l.date))).toEqual(new Set(['2025-03-13']));
  });

  it('takes the agreement version in force on the shift date', () => {
    const versions: PayAgreementVersion[] = [
      AB_PAY_AGREEMENT[0],
      {
        ...AB_PAY_AGREEMENT[0],
        validFrom: '2025-04-01',
        ob: { ...AB_PAY_AGREEMENT[0].ob, b: { ...AB_PAY_AGREEMENT[0].ob.b, fridayStart: '17:00' } },
      },
    ];
    expect(totals([{ start: '2025-03-28T16:00', end: '2025-03-28T20:00' }], {}, versions)['ob-b']).toBe(1);
    expect(totals([{ start: '2025-04-04T16:00', end: '2025-04-04T20:00' }], {}, versions)['ob-b']).toBe(3);
  });

  it('refuses overlapping work and work during an absence, naming both', () => {
    expect(() =>
      classifyRoster(
        snapshot([
          { start: '2025-03-11T07:00', end: '2025-03-11T15:30' },
          { id: 'late', start: '2025-03-11T15:00', end: '2025-03-11T18:00', overtime: true },
        ]),
      ),
    ).toThrow(/shift "late".*overlaps shift "s1"/);
    const bad = snapshot([{ start: '2025-03-11T07:00', end: '2025-03-11T15:30' }], {
      absences: [{ start: '2025-03-11', end: '2025-03-11', type: 'sick', scheduledHours: 8 }],
    });
    expect(() => classifyRoster(bad)).toThrow(PayClassificationError);
    expect(() => classifyRoster(bad)).toThrow(/shift "s1".*overlaps a sick absence/);
  });

  it('property: ordinary + mertid + overtime of any shift sum to its worked hours', () => {
    const start = Date.parse('2025-01-02T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 363 * 96 }),
        fc.integer({ min: 4, max: 16 * 4 }),
        fc.integer({ min: 0, max: 90 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(50, 75, 100),
        fc.constantFrom(0, 1, 2),
        (quarter, quarters, breakMinutes, overtime, withOrdinaryBefore, rate, dstNight) => {
          // Every 15 min of 2025, plus the two DST nights explicitly.
          const from =
            dstNight === 1
              ? Date.parse('2025-10-25T21:15:00+02:00')
              : dstNight === 2
                ? Date.parse('2025-03-29T21:15:00+01:00')
                : start + quarter * 15 * MINUTE_MS;
          const to = from + quarters * 15 * MINUTE_MS;
          const brk = Math.min(breakMinutes, quarters * 15 - 1);
          const shifts: ShiftInput[] = [{ start: toLocalIso(from), end: toLocalIso(to), breakMinutes: brk, overtime }];
          if (withOrdinaryBefore)
            shifts.unshift({ start: toLocalIso(from - 9 * HOUR_MS), end: toLocalIso(from - HOUR_MS) });
          const result = classifyRoster(snapshot(shifts, { rate }));
          const worked = result.lines
            .filter((l) => (WORKED_TIME_CATEGORIES as readonly string[]).includes(l.category))
            .reduce((s, l) => s + l.hours, 0);
          const expected = (to - from - brk * MINUTE_MS) / HOUR_MS + (withOrdinaryBefore ? 8 : 0);
          expect(worked).toBeCloseTo(expected, 9);
          const ob = result.lines.filter((l) => l.category.startsWith('ob-')).reduce((s, l) => s + l.hours, 0);
          expect(ob).toBeLessThanOrEqual(expected + 1e-9);
        },
      ),
      { numRuns: 300, seed: 6 },
    );
  });
});
