import { employeeLimitProblems, mergeEmployeeLimits, toEmployeeLimits } from './employee-limits';

describe('employeeLimitProblems', () => {
  const types = new Set(['day', 'night']);

  it.each([
    ['no limits', {}, []],
    ['min equal to max', { minHours: 40, maxHours: 40 }, []],
    ['only a minimum', { minHours: 60 }, []],
    ['min above max', { minHours: 60.5, maxHours: 38.25 }, ['minHours']],
    ['a cap of the department', { maxShiftsByType: [{ shiftTypeId: 'night', max: 0 }] }, []],
    [
      'a foreign shift type',
      { maxShiftsByType: [{ shiftTypeId: 'other', max: 2 }] },
      ['maxShiftsByType.0.shiftTypeId'],
    ],
    [
      'a shift type twice',
      {
        maxShiftsByType: [
          { shiftTypeId: 'night', max: 1 },
          { shiftTypeId: 'night', max: 2 },
        ],
      },
      ['maxShiftsByType.1.shiftTypeId'],
    ],
  ])('%s', (_, limits, fields) => {
    expect(employeeLimitProblems(limits, types).map((p) => p.field)).toEqual(fields);
  });

  it('says both numbers, with a decimal comma in Swedish', () => {
    const [problem] = employeeLimitProblems({ minHours: 60.5, maxHours: 38.25 }, types);
    expect(problem.message.sv).toBe('Lägsta arbetstid (60,5 h) är högre än högsta (38,25 h)');
    expect(problem.message.en).toContain('(60.5 h)');
  });
});

describe('toEmployeeLimits', () => {
  it('leaves out absent and null fields and turns the caps into a map', () => {
    expect(
      toEmployeeLimits('e1', {
        minHours: null,
        maxHours: 30,
        maxWeekends: 0,
        maxShiftsByType: [{ shiftTypeId: 'night', max: 0 }],
      }),
    ).toEqual({ employeeId: 'e1', maxHours: 30, maxWeekends: 0, maxShiftsByType: { night: 0 } });
    expect(toEmployeeLimits('e1', { maxShiftsByType: [] })).toEqual({ employeeId: 'e1' });
  });
});

describe('mergeEmployeeLimits', () => {
  const stored = [
    { employeeId: 'a', maxHours: 30, maxWeekends: 1, maxShiftsByType: { night: 0, evening: 2 } },
    { employeeId: 'b', minConsecutiveDaysOff: 2 },
  ];

  it('keeps stored limits when the run gives none', () => {
    expect(mergeEmployeeLimits(stored, [])).toEqual(stored);
  });

  it("lets the run's fields replace the stored ones one by one, shift-type caps per type", () => {
    const merged = mergeEmployeeLimits(stored, [
      { employeeId: 'a', maxHours: 40, maxShiftsByType: { night: 3 } },
      { employeeId: 'c', maxConsecutiveDays: 4 },
    ]);
    expect(merged).toEqual([
      { employeeId: 'a', maxHours: 40, maxWeekends: 1, maxShiftsByType: { night: 3, evening: 2 } },
      { employeeId: 'b', minConsecutiveDaysOff: 2 },
      { employeeId: 'c', maxConsecutiveDays: 4 },
    ]);
  });

  it('does not let an absent or null field of the run lift a stored limit', () => {
    const given = [{ employeeId: 'a', maxHours: null, maxShiftsByType: {} }] as unknown as Parameters<
      typeof mergeEmployeeLimits
    >[1];
    expect(mergeEmployeeLimits(stored, given)[0]).toEqual(stored[0]);
  });
});
