import { check, dates, violationsOf, work } from '../roster.test-support';
import { dailyRestRule } from './daily-rest.rule';

const period = { start: '2025-03-03', end: '2025-11-30' };

describe(dailyRestRule.id, () => {
  describe('between shifts (AB § 13 mom. 4)', () => {
    it.each<[string, string, string, string, string, number | null]>([
      // [case, first start, first end, second start, second end, measured rest in h when violated]
      ['exactly 11 h passes', '2025-03-10T14:00', '2025-03-10T22:00', '2025-03-11T09:00', '2025-03-11T17:30', null],
      [
        '10 h 59 min fails',
        '2025-03-10T14:00',
        '2025-03-10T22:00',
        '2025-03-11T08:59',
        '2025-03-11T17:30',
        10 + 59 / 60,
      ],
      [
        'evening → day across midnight (S01) fails',
        '2025-03-10T13:30',
        '2025-03-10T21:30',
        '2025-03-11T07:00',
        '2025-03-11T15:30',
        9.5,
      ],
      [
        'rest across a week boundary (Sun → Mon)',
        '2025-03-09T13:30',
        '2025-03-09T21:30',
        '2025-03-10T07:00',
        '2025-03-10T15:30',
        9.5,
      ],
      [
        'rest across a month boundary',
        '2025-03-31T14:00',
        '2025-03-31T22:00',
        '2025-04-01T08:00',
        '2025-04-01T16:30',
        10,
      ],
      [
        'autumn change: 10 h on the wall clock is 11 h of real rest (S04)',
        '2025-10-25T14:00',
        '2025-10-25T22:00',
        '2025-10-26T08:00',
        '2025-10-26T16:30',
        null,
      ],
      [
        'spring change: 11 h on the wall clock is 10 h of real rest (S05)',
        '2025-03-29T13:00',
        '2025-03-29T21:00',
        '2025-03-30T08:00',
        '2025-03-30T16:30',
        10,
      ],
    ])('%s', (_case, s1, e1, s2, e2, measured) => {
      const found = violationsOf(check({ period, shifts: [work(s1, e1), work(s2, e2)] }), 'daily-rest');
      if (measured === null) expect(found).toEqual([]);
      else {
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({
          severity: 'hard',
          shiftIds: ['s1', 's2'],
          limit: 11,
          unit: 'hours',
          source: 'AB § 13 mom. 4 (2023-10-01), ATL 13 §',
        });
        expect(found[0].measured).toBeCloseTo(measured, 10);
      }
    });

    it('names the shifts and the limit in Swedish and English', () => {
      const [v] = violationsOf(
        check({
          period,
          shifts: [work('2025-03-10T13:30', '2025-03-10T21:30'), work('2025-03-11T07:00', '2025-03-11T15:30')],
        }),
        'daily-rest',
      );
      expect(v.message.sv).toBe('Dygnsvila 9 h 30 min mellan kvällspass 10/3 och dagpass 11/3; minst 11 h krävs');
      expect(v.message.en).toBe(
        'Daily rest of 9 h 30 min between evening shift 10/3 and day shift 11/3; at least 11 h is required',
      );
      expect(v).toMatchObject({ from: '2025-03-10T21:30:00+01:00', to: '2025-03-11T07:00:00+01:00' });
    });

    it('treats touching work and jour as one shift and beredskap as rest', () => {
      const result = check({
        period,
        shifts: [
          work('2025-03-10T07:00', '2025-03-10T12:00'),
          work('2025-03-10T12:00', '2025-03-10T16:00', { kind: 'on-call' }),
          work('2025-03-10T16:00', '2025-03-11T07:00', { kind: 'standby', breakMinutes: 0 }),
          work('2025-03-11T07:00', '2025-03-11T15:30'),
        ],
      });
      expect(violationsOf(result, 'daily-rest')).toEqual([]);
    });

    it('reports a short rest before the first shift of the period, not one wholly before it', () => {
      const shifts = [
        work('2025-03-01T13:30', '2025-03-01T21:30'),
        work('2025-03-02T07:00', '2025-03-02T15:30'),
        work('2025-03-02T22:00', '2025-03-03T06:00', { breakMinutes: 0 }),
      ];
      const found = violationsOf(check({ period, shifts }), 'daily-rest');
      expect(found.map((v) => v.shiftIds)).toEqual([['s2', 's3']]);
    });
  });

  describe('recorded exceptions', () => {
    const shortRest = [work('2025-03-10T13:30', '2025-03-10T21:30'), work('2025-03-11T07:00', '2025-03-11T15:30')];
    it.each<[string, string, string, string | null, number | null]>([
      // [case, type, next shift start, failing rule detail, measured]
      ['planned 9.5 h with 15.5 h next rest passes (S02)', 'planned-9h', '2025-03-12T07:00', null, null],
      [
        'planned: next rest 12 h < 11 + 1.5 h fails (S02 variant)',
        'planned-9h',
        '2025-03-12T03:30',
        'Kompensationsvila saknas',
        12,
      ],
      ['planned: next rest exactly 12.5 h passes', 'planned-9h', '2025-03-12T04:00', null, null],
      ['unforeseen with compensation at the next rest passes', 'unforeseen', '2025-03-12T07:00', null, null],
    ])('%s', (_case, type, nextStart, failure, measured) => {
      const result = check({
        period,
        shifts: [...shortRest, work(nextStart, `${nextStart.slice(0, 11)}12:00`)],
        exceptions: [
          {
            employeeId: 'anna',
            ruleId: 'daily-rest',
            type,
            shiftIds: ['s2'],
            reason: 'särskilda skäl',
            reference: 'MBL-2025-07',
          },
        ],
      });
      const found = violationsOf(result, 'daily-rest');
      if (failure === null) {
        expect(found).toEqual([]);
        expect(result.exceptionsUsed).toEqual([
          expect.objectContaining({
            ruleId: 'daily-rest',
            type,
            exceptionIndex: 0,
            appliedTo: ['s1', 's2'],
            reference: 'MBL-2025-07',
          }),
        ]);
      } else {
        expect(found).toHaveLength(1);
        expect(found[0].message.sv).toContain(failure);
        expect(found[0].measured).toBeCloseTo(measured!, 10);
        expect(found[0].limit).toBe(12.5);
        expect(result.exceptionsUsed).toEqual([]);
      }
    });

    it('a planned exception does not allow less than 9 h', () => {
      const result = check({
        period,
        shifts: [work('2025-03-10T14:00', '2025-03-10T22:00'), work('2025-03-11T06:30', '2025-03-11T15:00')],
        exceptions: [
          { employeeId: 'anna', ruleId: 'daily-rest', type: 'planned-9h', shiftIds: ['s2'], reason: 'särskilda skäl' },
        ],
      });
      expect(violationsOf(result, 'daily-rest')).toEqual([expect.objectContaining({ measured: 8.5, limit: 9 })]);
    });

    it('an unforeseen deviation may be compensated by a later rest within 14 days', () => {
      const shifts = [
        work('2025-03-10T13:30', '2025-03-10T21:30'),
        work('2025-03-11T07:00', '2025-03-11T15:30'),
        work('2025-03-12T02:30', '2025-03-12T07:00'), // next rest 11 h: not enough
        work('2025-03-12T20:00', '2025-03-12T23:00'), // rest before it 13 h ≥ 12.5 h
      ];
      const exceptions = [
        { employeeId: 'anna', ruleId: 'daily-rest', type: 'unforeseen', shiftIds: ['s2'], reason: 'sjukfrånvaro' },
      ];
      expect(violationsOf(check({ period, shifts, exceptions }), 'daily-rest')).toEqual([]);
      // 12 h rests every day for more than 14 days: no compensatory rest in time
      const daily = dates('2025-03-12', 16).map((d) => work(`${d}T03:30`, `${d}T15:30`));
      const without = check({ period, shifts: [...shifts.slice(0, 2), ...daily], exceptions });
      expect(violationsOf(without, 'daily-rest').map((v) => [v.measured, v.limit])).toEqual([[12, 12.5]]);
      expect(violationsOf(without, 'daily-rest')[0].message.sv).toContain('eller inom 14 dagar');
    });
  });

  describe('per fixed 24-hour period from the dygnsbryt (ATL 13 §)', () => {
    it.each<[string, string, string, string, number | null]>([
      // [case, dygnsbryt, start, end, longest rest when violated]
      ['day shift with dygnsbryt 18:00 passes', '18:00', '2025-03-11T07:00', '2025-03-11T16:00', null],
      [
        'day shift with dygnsbryt 00:00 splits the rest at midnight and fails',
        '00:00',
        '2025-03-11T07:00',
        '2025-03-11T16:00',
        8,
      ],
      [
        'spring change: 18:00 → 06:00 is exactly 11 h of real time',
        '18:00',
        '2025-03-30T06:00',
        '2025-03-30T14:00',
        null,
      ],
      ['spring change: 18:00 → 05:30 is 10.5 h of real time', '18:00', '2025-03-30T05:30', '2025-03-30T14:00', 10.5],
      ['autumn change: 18:00 → 04:30 is 11.5 h of real time', '18:00', '2025-10-26T04:30', '2025-10-26T12:00', null],
    ])('%s', (_case, dygnsbryt, start, end, measured) => {
      const result = check({ ruleSet: 'atl', period, employee: { dygnsbryt }, shifts: [work(start, end)] });
      const found = violationsOf(result, 'daily-rest');
      if (measured === null) expect(found).toEqual([]);
      else expect(found.map((v) => [v.measured, v.limit])).toEqual([[measured, 11]]);
    });

    it('two shifts in one 24-hour period leave too little continuous rest', () => {
      const result = check({
        ruleSet: 'atl',
        period,
        employee: { dygnsbryt: '00:00' },
        shifts: [work('2025-03-11T06:00', '2025-03-11T11:00'), work('2025-03-11T16:00', '2025-03-11T23:00')],
      });
      const [v] = violationsOf(result, 'daily-rest');
      expect(v).toMatchObject({
        measured: 6,
        limit: 11,
        shiftIds: ['s1', 's2'],
        from: '2025-03-11T00:00:00+01:00',
        to: '2025-03-12T00:00:00+01:00',
      });
      expect(v.message.sv).toContain('Längsta sammanhängande vila under dygnet 11/3 00:00–12/3 00:00 är 6 h');
    });
  });
});
