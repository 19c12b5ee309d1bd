import { compileModel, OFF, type CompiledModel } from './compile-model';
import { scanEmployee } from './evaluate';
import type { SolverModel } from './model';

/** One employee's row written as shift ids by day, '-' for a day off. */
function rowOf(cm: CompiledModel, row: string): Int16Array {
  return Int16Array.from([...row], (c) => (c === '-' ? OFF : cm.shiftIds.indexOf(c)));
}

describe('scanEmployee and gap penalties', () => {
  // N then one day off then D costs 7, N then two days off then anything costs 3.
  const model: SolverModel = {
    days: 7,
    shiftTypes: [
      { id: 'D', minutes: 480 },
      { id: 'N', minutes: 600 },
    ],
    employees: [{ id: 'e' }],
    cover: [],
    gapPenalties: [
      { from: 'N', to: 'D', daysOff: 1, weight: 7 },
      { from: 'N', to: 'D', daysOff: 2, weight: 3 },
      { from: 'N', to: 'N', daysOff: 2, weight: 3 },
    ],
  };
  const cm = compileModel(model);
  const successions = (row: string): number => {
    const x = rowOf(cm, row);
    return scanEmployee(cm, x, 0).successions;
  };

  it.each([
    ['N-D----', 7],
    ['N--D---', 3],
    ['N--N-D-', 3 + 7],
    ['N---D--', 0],
    ['NN-D---', 7],
    ['N-N----', 0],
    ['D-D----', 0],
    ['----N-D', 7],
    ['-D-----', 0],
    ['-----N-', 0],
  ])('charges %s %i', (row, cost) => {
    expect(successions(row)).toBe(cost);
  });

  it('refuses a gap of no days off or longer than the DP tracks', () => {
    for (const daysOff of [0, 4, 1.5]) {
      expect(() => compileModel({ ...model, gapPenalties: [{ from: 'N', to: 'D', daysOff, weight: 1 }] })).toThrow(
        /daysOff must be an integer in 1..3/,
      );
    }
  });
});

describe('scanEmployee and a run penalty', () => {
  const cm = compileModel({
    days: 8,
    shiftTypes: [
      { id: 'D', minutes: 480 },
      { id: 'N', minutes: 600 },
    ],
    employees: [{ id: 'e' }],
    cover: [],
    runPenalty: { shiftTypes: ['N'], max: 2, weight: 5 },
  });
  it.each([
    ['NN-NN---', 0],
    ['NNN-----', 5],
    ['NNNNN---', 15],
    ['NNDNN---', 0],
    ['-----NNN', 5],
    ['DDDDD---', 0],
  ])('charges %s %i', (row, cost) => {
    const x = rowOf(cm, row);
    expect(scanEmployee(cm, x, 0).successions).toBe(cost);
  });
});

describe('scanEmployee and a fair share with a floor', () => {
  // Nights N beyond 3 cost 5 each, nights short of 2 cost 11 each; day shifts D do not count.
  const model: SolverModel = {
    days: 7,
    shiftTypes: [
      { id: 'D', minutes: 480 },
      { id: 'N', minutes: 600 },
    ],
    employees: [{ id: 'e', shareLimits: [{ shiftTypes: ['N'], share: 3, weightPerShift: 5, floor: 2, weightPerMissing: 11 }] }],
    cover: [],
  };
  const cm = compileModel(model);
  const fairness = (row: string): number => {
    const x = rowOf(cm, row);
    return scanEmployee(cm, x, 0).fairness;
  };

  it.each([
    ['-------', 2 * 11],
    ['DDDDD--', 2 * 11],
    ['N-D----', 11],
    ['N-N----', 0],
    ['NNN----', 0],
    ['NNNN---', 5],
    ['NNNNNN-', 3 * 5],
  ])('charges %s %i', (row, cost) => {
    expect(fairness(row)).toBe(cost);
  });

  it('refuses a floor above the share', () => {
    const limit = { shiftTypes: ['N'], share: 1, weightPerShift: 5, floor: 2, weightPerMissing: 11 };
    expect(() => compileModel({ ...model, employees: [{ id: 'e', shareLimits: [limit] }] })).toThrow('floor 2 is above the share 1');
  });
});

describe('scanEmployee and unmet requests spread over people', () => {
  // Counted: off on day 0, night on day 1, any shift on day 2 (on both shift types), off from N
  // on day 3. Not counted: off on day 4. Each counted request unmet costs 4 per one unmet before it.
  const model: SolverModel = {
    days: 6,
    shiftTypes: [
      { id: 'D', minutes: 480 },
      { id: 'N', minutes: 600 },
    ],
    employees: [
      {
        id: 'e',
        unmetRequestStep: 4,
        shiftOffRequests: [
          { day: 0, weight: 10, spread: true },
          { day: 3, shiftType: 'N', weight: 10, spread: true },
          { day: 4, weight: 10 },
        ],
        shiftOnRequests: [
          { day: 1, shiftType: 'N', weight: 10, spread: true },
          { day: 2, weight: 10, spread: true },
        ],
      },
    ],
    cover: [],
  };
  const cm = compileModel(model);
  const scan = (row: string, m: SolverModel = model): { fairness: number; requests: number } => {
    const c = m === model ? cm : compileModel(m);
    const x = rowOf(c, row);
    return scanEmployee(c, x, 0);
  };

  it.each([
    ['-ND-D-', 0, 10],
    ['DNDN--', 4 * 1, 20],
    ['D-----', 4 * 3, 30],
    ['DD-N--', 4 * 6, 40],
    ['-ND---', 0, 0],
    ['DD-NN-', 4 * 6, 50],
  ])('charges %s %i on top of the requests (%i)', (row, fairness, requests) => {
    expect(scan(row)).toMatchObject({ fairness, requests });
  });

  it('charges nothing without a step', () => {
    const employees = [{ ...model.employees[0], unmetRequestStep: 0 }];
    expect(scan('DD-N--', { ...model, employees })).toMatchObject({ fairness: 0, requests: 40 });
  });
});

describe('scanEmployee and weekends spread over people', () => {
  // Weekends: days 1–2, days 4–5 (day 4 only for N, like a Friday night), day 7. Each costs 5 per one before it.
  const cm = compileModel({
    days: 8,
    shiftTypes: [
      { id: 'D', minutes: 480 },
      { id: 'N', minutes: 600 },
    ],
    employees: [{ id: 'e', weekendStep: 5 }],
    cover: [],
    weekends: [{ parts: [{ day: 1 }, { day: 2 }] }, { parts: [{ day: 4, shiftType: 'N' }, { day: 5 }] }, { parts: [{ day: 7 }] }],
  });
  it.each([
    ['D--D----', 0],
    ['DDD-----', 0],
    ['-D--D---', 0],
    ['-D--N---', 5],
    ['-DD-ND-D', 5 + 10],
    ['---DDD-D', 5],
  ])('charges %s %i', (row, cost) => {
    const x = rowOf(cm, row);
    expect(scanEmployee(cm, x, 0).fairness).toBe(cost);
  });
});
