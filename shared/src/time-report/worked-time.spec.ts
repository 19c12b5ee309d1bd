import fc from 'fast-check';
import { classifyRoster } from '../pay/classify-roster';
import { WORKED_TIME_CATEGORIES } from '../pay/pay-categories';
import { parseRosterDocument } from '../roster-document/parse-roster-document';
import { HOUR_MS, MINUTE_MS, parseDateTime } from '../time/stockholm';
import { type DeviationInterval, type PublishedShift } from './deviations';
import { workedTimeDocument } from './worked-time';

const t = parseDateTime;

function classify(shifts: PublishedShift[], deviations: DeviationInterval[], employmentRate = 100) {
  const document = workedTimeDocument({
    ruleSet: 'ab-hok-vardforbundet',
    period: { start: '2025-10-27', end: '2025-11-02' },
    employees: [{ id: 'anna', employmentRate, fullTimeHoursPerWeek: 38.25 }],
    shifts,
    deviations,
  });
  return classifyRoster(parseRosterDocument(document)).totals.anna ?? {};
}

const day: PublishedShift = {
  id: 'd1',
  employeeId: 'anna',
  start: t('2025-10-27T07:00'),
  end: t('2025-10-27T15:30'),
  breakMinutes: 30,
  kind: 'work',
};

function dev(over: Partial<DeviationInterval>): DeviationInterval {
  return {
    id: 'x',
    employeeId: 'anna',
    shiftId: 'd1',
    kind: 'absence',
    absenceType: 'sick',
    start: t('2025-10-27T11:15'),
    end: t('2025-10-27T15:30'),
    ...over,
  };
}

describe('workedTimeDocument', () => {
  it('is the published shift when nothing deviates', () => {
    expect(classify([day], [])).toEqual({ ordinary: 8 });
  });

  it('pays sickness from 11:15 as sick hours on the worked time it took, with the rast shared', () => {
    // Half the shift's length each side: 4 h worked, 4 h sick (the 30 min rast split 15/15).
    expect(classify([day], [dev({})])).toEqual({ ordinary: 4, 'absence-sick': 4 });
  });

  it('pays a whole day of VAB as VAB and nothing as worked', () => {
    expect(classify([day], [dev({ absenceType: 'care-of-child', start: day.start })])).toEqual({
      'absence-care-of-child': 8,
    });
  });

  it('pays published shifts that approved leave took off the employee as that absence', () => {
    // Semester over two published shifts (the shifts became open): their paid hours are vacation,
    // the night across the October change counting its real length (10 h + 1 h − 45 min rast).
    const document = workedTimeDocument({
      ruleSet: 'ab-hok-vardforbundet',
      period: { start: '2025-10-20', end: '2025-11-02' },
      employees: [{ id: 'anna', employmentRate: 100, fullTimeHoursPerWeek: 38.25 }],
      shifts: [],
      deviations: [],
      replacedByAbsence: [
        { employeeId: 'anna', type: 'vacation', start: day.start, end: day.end, paidMinutes: 480 },
        {
          employeeId: 'anna',
          type: 'vacation',
          start: t('2025-10-25T21:15'),
          end: t('2025-10-26T07:15'),
          paidMinutes: 11 * 60 - 45,
        },
      ],
    });
    const { lines, totals } = classifyRoster(parseRosterDocument(document));
    expect(totals.anna).toEqual({ 'absence-vacation': 18.25 });
    expect(lines.map((l) => [l.date, l.category, l.hours])).toEqual([
      ['2025-10-25', 'absence-vacation', 10.25],
      ['2025-10-27', 'absence-vacation', 8],
    ]);
  });

  it('does not pay the rest of a shift someone left early', () => {
    expect(classify([day], [dev({ kind: 'left-early', absenceType: null })])).toEqual({ ordinary: 4 });
  });

  it('makes 45 minutes of extra time enkel övertid for a full-timer and mertid for a part-timer', () => {
    const extra = dev({ kind: 'extra-time', absenceType: null, start: day.end, end: t('2025-10-27T16:15') });
    expect(classify([day], [extra])).toEqual({ ordinary: 8, 'overtime-simple': 0.75 });
    expect(classify([day], [extra], 75)).toEqual({ ordinary: 8, mertid: 0.75 });
  });

  it('makes called-in time far from any shift kvalificerad övertid, with OB left to the agreement', () => {
    const called = dev({
      kind: 'called-in',
      absenceType: null,
      shiftId: null,
      start: t('2025-10-29T09:00'),
      end: t('2025-10-29T13:00'),
    });
    expect(classify([day], [called])).toEqual({ ordinary: 8, 'overtime-qualified': 4 });
  });

  it('pays a call-out during beredskap as work and takes it out of the standby hours', () => {
    const standby: PublishedShift = {
      id: 'b1',
      employeeId: 'anna',
      start: t('2025-10-28T16:00'),
      end: t('2025-10-29T08:00'),
      breakMinutes: 0,
      kind: 'standby',
    };
    const callOut = dev({
      kind: 'call-out',
      absenceType: null,
      shiftId: 'b1',
      start: t('2025-10-28T23:00'),
      end: t('2025-10-29T01:00'),
    });
    const totals = classify([standby], [callOut]);
    expect(totals.standby).toBe(14);
    expect(totals['overtime-qualified']).toBe(2);
  });

  it('keeps the worked hours of a shift: what is worked plus the absence it became (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (hours, rast, a, b) => {
          const start = t('2025-10-27T06:00');
          const end = start + hours * HOUR_MS;
          const shift: PublishedShift = { ...day, start, end, breakMinutes: rast };
          // A cut between two minutes of the shift, given as thousandths of its length.
          const at = (x: number) => start + Math.round((hours * 60 * x) / 1000) * MINUTE_MS;
          const cut = dev({ start: at(Math.min(a, b)), end: at(Math.max(a, b)) });
          if (cut.end <= cut.start) return;
          const totals = classify([shift], [cut]);
          const worked = WORKED_TIME_CATEGORIES.reduce((s, c) => s + (totals[c] ?? 0), 0);
          const expected = (hours * 60 - rast) / 60;
          expect(worked + (totals['absence-sick'] ?? 0)).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
