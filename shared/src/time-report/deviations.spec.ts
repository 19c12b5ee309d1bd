import { parseDateTime } from '../time/stockholm';
import { deviationProblems, type DeviationInterval, type PublishedShift } from './deviations';

const t = parseDateTime;
const day: PublishedShift = {
  id: 'd1',
  employeeId: 'anna',
  start: t('2025-10-27T07:00'),
  end: t('2025-10-27T15:30'),
  breakMinutes: 30,
  kind: 'work',
};
const standby: PublishedShift = {
  id: 'b1',
  employeeId: 'anna',
  start: t('2025-10-28T16:00'),
  end: t('2025-10-29T08:00'),
  breakMinutes: 0,
  kind: 'standby',
};
const shifts = [day, standby];

function dev(over: Partial<DeviationInterval>): DeviationInterval {
  return {
    id: null,
    employeeId: 'anna',
    shiftId: 'd1',
    kind: 'absence',
    absenceType: 'sick',
    start: t('2025-10-27T12:00'),
    end: t('2025-10-27T15:30'),
    ...over,
  };
}

function problems(d: DeviationInterval, others: DeviationInterval[] = []) {
  const shift = shifts.find((s) => s.id === d.shiftId) ?? null;
  return deviationProblems(d, { shift, employeeShifts: shifts, otherDeviations: others }).map((p) => ({
    field: p.field,
    overlap: p.overlap,
    en: p.message.en,
  }));
}

describe('deviationProblems', () => {
  it.each<[string, Partial<DeviationInterval>]>([
    ['sick from 12:00 to the end of the shift', {}],
    ['sick the whole shift', { start: day.start }],
    ['VAB part of the shift', { absenceType: 'care-of-child', end: t('2025-10-27T14:00') }],
    ['left early at 14:00', { kind: 'left-early', absenceType: null, start: t('2025-10-27T14:00') }],
    ['stayed 45 minutes longer', { kind: 'extra-time', absenceType: null, start: day.end, end: t('2025-10-27T16:15') }],
    ['came an hour early', { kind: 'extra-time', absenceType: null, start: t('2025-10-27T06:00'), end: day.start }],
    [
      'called in on a free evening',
      { kind: 'called-in', absenceType: null, shiftId: null, start: t('2025-10-30T17:00'), end: t('2025-10-30T21:00') },
    ],
    [
      'a call-out during beredskap',
      { kind: 'call-out', absenceType: null, shiftId: 'b1', start: t('2025-10-28T23:00'), end: t('2025-10-29T01:30') },
    ],
  ])('accepts %s', (_label, over) => {
    expect(problems(dev(over))).toEqual([]);
  });

  it.each<[string, Partial<DeviationInterval>, string, RegExp]>([
    ['an end before the start', { end: t('2025-10-27T11:00') }, 'end', /after the start/],
    ['an absence without a type', { absenceType: null }, 'absenceType', /type of absence/],
    [
      'a type on extra time',
      { kind: 'extra-time', start: day.end, end: t('2025-10-27T16:00') },
      'absenceType',
      /Only an absence/,
    ],
    ['an absence outside the shift', { end: t('2025-10-27T16:00') }, 'start', /within the shift/],
    [
      'left early not ending with the shift',
      { kind: 'left-early', absenceType: null, end: t('2025-10-27T15:00') },
      'start',
      /within the shift/,
    ],
    [
      'extra time not next to the shift',
      { kind: 'extra-time', absenceType: null, start: t('2025-10-27T16:00'), end: t('2025-10-27T17:00') },
      'start',
      /right before or after/,
    ],
    ['a deviation without a shift', { shiftId: null }, 'shiftId', /Give the shift/],
    [
      'called-in time tied to a shift',
      { kind: 'called-in', absenceType: null, start: day.end, end: t('2025-10-27T17:00') },
      'shiftId',
      /does not belong/,
    ],
    ['a call-out on a work shift', { kind: 'call-out', absenceType: null }, 'shiftId', /on-call or standby/],
    [
      'more than 24 hours',
      { kind: 'called-in', absenceType: null, shiftId: null, start: t('2025-11-01T00:00'), end: t('2025-11-02T01:00') },
      'end',
      /At most 24/,
    ],
  ])('refuses %s', (_label, over, field, message) => {
    const found = problems(dev(over));
    expect(found).toContainEqual(
      expect.objectContaining({ field, overlap: false, en: expect.stringMatching(message) }),
    );
  });

  it('refuses a shift of another employee', () => {
    expect(problems(dev({ employeeId: 'bo' }))[0]).toMatchObject({
      field: 'shiftId',
      en: "The shift is another employee's",
    });
  });

  it('refuses overlapping deviations, naming the other one', () => {
    const sick = dev({ id: 'x1' });
    const found = problems(dev({ kind: 'left-early', absenceType: null, start: t('2025-10-27T14:00') }), [sick]);
    expect(found).toEqual([
      {
        field: 'start',
        overlap: true,
        en: 'The deviation overlaps another deviation (absence 2025-10-27 12:00–15:30); the same time can be recorded only once',
      },
    ]);
    // Touching is not overlapping (half-open intervals), and a deviation never collides with itself.
    expect(problems(dev({ start: t('2025-10-27T10:00'), end: t('2025-10-27T12:00') }), [sick])).toEqual([]);
    expect(problems(sick, [sick])).toEqual([]);
  });

  it('refuses called-in time on a scheduled shift and a call-out on a work shift inside the standby', () => {
    expect(
      problems(
        dev({
          kind: 'called-in',
          absenceType: null,
          shiftId: null,
          start: t('2025-10-27T15:00'),
          end: t('2025-10-27T18:00'),
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        field: 'start',
        overlap: true,
        en: expect.stringMatching(/overlaps the shift 2025-10-27 07:00–15:30/),
      }),
    ]);
    expect(
      problems(
        dev({
          kind: 'called-in',
          absenceType: null,
          shiftId: null,
          start: t('2025-10-28T20:00'),
          end: t('2025-10-28T21:00'),
        }),
      ),
    ).toEqual([expect.objectContaining({ overlap: true })]);
  });
});
