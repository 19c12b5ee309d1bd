import { type Shift } from '../roster-document/roster-snapshot';
import { HOUR_MS, parseDateTime, toLocalIso } from '../time/stockholm';
import { AB_PAY_AGREEMENT } from './ab-pay-agreement';
import { storhelgWindows, windowInstants } from './holiday-windows';
import { obTime } from './ob-hours';
import { type PayAgreementVersion } from './pay-agreement';
import { segmentsOf, workedMs } from './work-segments';

const AB = AB_PAY_AGREEMENT[0];

function shift(start: string, end: string, extra: Partial<Shift> = {}): Shift {
  return {
    id: 's',
    employeeId: 'e',
    start: parseDateTime(start),
    end: parseDateTime(end),
    breakMinutes: 0,
    breaks: null,
    kind: 'work',
    overtime: false,
    requiredSkill: null,
    changedAt: null,
    ...extra,
  };
}

/** OB hours per category plus `none` (worked time without OB), as the scenarios write them. */
function split(
  start: string,
  end: string,
  version: PayAgreementVersion = AB,
  extra: Partial<Shift> = {},
): Record<string, number> {
  const segments = segmentsOf(shift(start, end, extra));
  const ob = obTime(version, segments);
  const out: Record<string, number> = {};
  let obMs = 0;
  for (const [category, ms] of ob) {
    out[category] = ms / HOUR_MS;
    obMs += ms;
  }
  const none = (workedMs(segments) - obMs) / HOUR_MS;
  if (none > 0) out.none = none;
  return out;
}

describe('OB classification (AB § 21, RULES.md Part B §3)', () => {
  describe('golden scenarios', () => {
    it.each([
      // S06: autumn night, 11 h of real time; the night toward Sunday is raised.
      ['S06', '2025-10-25T21:15+02:00', '2025-10-26T07:15+01:00', { 'ob-b': 2.0, 'ob-b-night': 9.0 }],
      // S07: spring night, 9 h of real time.
      ['S07', '2025-03-29T21:15+01:00', '2025-03-30T07:15+02:00', { 'ob-b': 2.0, 'ob-b-night': 7.0 }],
      [
        'S20 a: A from 18:00 the day before julafton, D overridden',
        '2025-12-23T14:00',
        '2025-12-23T22:00',
        { none: 4, 'ob-a': 4 },
      ],
      ['S20 b: julafton night', '2025-12-24T21:00', '2025-12-25T07:00', { 'ob-a': 2, 'ob-a-night': 8 }],
      ['S21 a: skärtorsdag', '2025-04-17T15:00', '2025-04-17T23:00', { none: 3, 'ob-a': 4, 'ob-a-night': 1 }],
      [
        'S21 b: A lasts until 07:00 Monday after midsommar',
        '2025-06-23T06:00',
        '2025-06-23T14:00',
        { 'ob-a': 1, none: 7 },
      ],
      [
        'S22 a: day before Kristi himmelsfärd',
        '2025-05-28T14:00',
        '2025-05-28T22:30',
        { none: 2, 'ob-b': 6, 'ob-b-night': 0.5 },
      ],
      ['S22 b: normal Tuesday', '2025-05-27T14:00', '2025-05-27T22:30', { none: 5, 'ob-d': 3, 'ob-c': 0.5 }],
    ])('%s', (_name, start, end, expected) => {
      expect(split(start, end)).toEqual(expected);
    });
  });

  describe('window edges', () => {
    it.each([
      [
        'B starts 16:00 on the day before a B holiday (Kristi himmelsfärd)',
        '2025-05-28T15:00',
        '2025-05-28T17:00',
        { none: 1, 'ob-b': 1 },
      ],
      [
        'B starts 16:00 on trettondagsafton (Tuesday 2027-01-05)',
        '2027-01-05T15:00',
        '2027-01-05T17:00',
        { none: 1, 'ob-b': 1 },
      ],
      ['no 16:00 start before a normal weekday', '2025-05-27T15:00', '2025-05-27T17:00', { none: 2 }],
      ['A starts 18:00 the day before julafton', '2025-12-23T17:00', '2025-12-23T19:00', { none: 1, 'ob-a': 1 }],
      ['A starts 18:00 on skärtorsdag', '2026-04-02T17:00', '2026-04-02T19:00', { none: 1, 'ob-a': 1 }],
      ['A starts 18:00 the day before midsommarafton', '2025-06-19T17:00', '2025-06-19T19:00', { none: 1, 'ob-a': 1 }],
      [
        'jul 2025: Saturday 27 Dec is still A (not a weekday ending the block)',
        '2025-12-27T06:00',
        '2025-12-27T08:00',
        { 'ob-a': 2 },
      ],
      [
        'jul 2025: A ends 07:00 on Monday 29 Dec, the first weekday that is not a Saturday',
        '2025-12-29T06:00',
        '2025-12-29T08:00',
        { 'ob-a': 1, none: 1 },
      ],
      ['nyår 2025/26: A ends 07:00 Friday 2 Jan', '2026-01-02T06:00', '2026-01-02T08:00', { 'ob-a': 1, none: 1 }],
      [
        'påsk 2025: A ends 07:00 Tuesday after annandag påsk',
        '2025-04-22T06:00',
        '2025-04-22T08:00',
        { 'ob-a': 1, none: 1 },
      ],
      ['B ends 07:00 on the weekday after a B holiday', '2025-05-30T06:00', '2025-05-30T08:00', { 'ob-b': 1, none: 1 }],
      ['B starts Friday 19:00 (b_friday_start)', '2025-03-14T18:00', '2025-03-14T20:00', { none: 1, 'ob-b': 1 }],
      ['Thursday 19:00 is D', '2025-03-13T18:00', '2025-03-13T20:00', { none: 1, 'ob-d': 1 }],
      ['B ends Monday 07:00', '2025-03-17T06:00', '2025-03-17T08:00', { 'ob-b': 1, none: 1 }],
      ['night toward Saturday is raised', '2025-03-14T21:00', '2025-03-15T07:00', { 'ob-b': 2, 'ob-b-night': 8 }],
      ['night toward Sunday is raised', '2025-03-15T21:00', '2025-03-16T07:00', { 'ob-b': 2, 'ob-b-night': 8 }],
      ['night Sunday → Monday is not raised', '2025-03-16T21:00', '2025-03-17T07:00', { 'ob-b': 10 }],
      [
        'night toward a public holiday (Kristi himmelsfärd) is raised',
        '2025-05-28T21:00',
        '2025-05-29T07:00',
        { 'ob-b': 2, 'ob-b-night': 8 },
      ],
      ['night toward nyårsafton is raised A', '2025-12-30T21:00', '2025-12-31T07:00', { 'ob-a': 2, 'ob-a-night': 8 }],
      [
        'night after midsommar toward Monday is A but not raised',
        '2025-06-22T21:00',
        '2025-06-23T07:00',
        { 'ob-a': 10 },
      ],
      [
        'weekday night: D, C until 06:00, then nothing',
        '2025-03-11T21:00',
        '2025-03-12T07:00',
        { 'ob-d': 1, 'ob-c': 8, none: 1 },
      ],
      ['Thursday night is C up to Friday 06:00', '2025-03-13T22:00', '2025-03-14T06:00', { 'ob-c': 8 }],
      [
        'pingst is not storhelg by default: the Monday after pingst is weekend B until 07:00',
        '2025-06-09T06:00',
        '2025-06-09T08:00',
        { 'ob-b': 1, none: 1 },
      ],
    ])('%s', (_name, start, end, expected) => {
      expect(split(start, end)).toEqual(expected);
    });
  });

  it('counts an unplaced rast pro rata and an exact rast where it lies', () => {
    expect(split('2025-05-27T18:00', '2025-05-27T22:00', AB, { breakMinutes: 60 })).toEqual({
      none: 0.75,
      'ob-d': 2.25,
    });
    const breaks = [{ start: parseDateTime('2025-05-27T19:00'), end: parseDateTime('2025-05-27T20:00') }];
    expect(split('2025-05-27T18:00', '2025-05-27T22:00', AB, { breakMinutes: 60, breaks })).toEqual({
      none: 1,
      'ob-d': 2,
    });
  });

  it('takes the parameters from the version: b_friday_start 17:00 and pingst as storhelg', () => {
    const v: PayAgreementVersion = {
      ...AB,
      validFrom: '2025-04-01',
      ob: { ...AB.ob, b: { ...AB.ob.b, fridayStart: '17:00' }, a: { ...AB.ob.a, pingstIsStorhelg: true } },
    };
    expect(split('2025-03-14T16:00', '2025-03-14T18:00', v)).toEqual({ none: 1, 'ob-b': 1 });
    // pingst 2025: pingstafton Sat 7 June → A from Friday 6 June (nationaldagen, B) 18:00 until Monday 9 June 07:00.
    expect(split('2025-06-06T17:00', '2025-06-06T20:00', v)).toEqual({ 'ob-b': 1, 'ob-a': 2 });
    expect(split('2025-06-09T06:00', '2025-06-09T08:00', v)).toEqual({ 'ob-a': 1, none: 1 });
  });

  it('gives the storhelg windows of RULES.md §3.2 for 2025/2026', () => {
    const show = (year: number) =>
      storhelgWindows(year, AB).map((w) => {
        const i = windowInstants(w);
        return [w.name, toLocalIso(i.start), toLocalIso(i.end)];
      });
    expect(show(2025)).toEqual([
      ['pask', '2025-04-17T18:00:00+02:00', '2025-04-22T07:00:00+02:00'],
      ['midsommar', '2025-06-19T18:00:00+02:00', '2025-06-23T07:00:00+02:00'],
      ['jul', '2025-12-23T18:00:00+01:00', '2025-12-29T07:00:00+01:00'],
      ['nyar', '2025-12-30T18:00:00+01:00', '2026-01-02T07:00:00+01:00'],
    ]);
    expect(show(2026).slice(0, 2)).toEqual([
      ['pask', '2026-04-02T18:00:00+02:00', '2026-04-07T07:00:00+02:00'],
      ['midsommar', '2026-06-18T18:00:00+02:00', '2026-06-22T07:00:00+02:00'],
    ]);
    // hsaab 2023 check of §3.2: 23/12 18:00 → 27/12 07:00 and 30/12 18:00 → 2/1 07:00.
    expect(show(2023).slice(2)).toEqual([
      ['jul', '2023-12-23T18:00:00+01:00', '2023-12-27T07:00:00+01:00'],
      ['nyar', '2023-12-30T18:00:00+01:00', '2024-01-02T07:00:00+01:00'],
    ]);
  });
});
