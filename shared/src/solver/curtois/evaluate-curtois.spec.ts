import type { Assignment } from '../model';
import { compileModel } from '../compile-model';
import { evaluateRoster } from '../evaluate';
import { parseCurtoisInstance, type CurtoisInstance } from './curtois-instance';
import { readCurtoisRoster } from './curtois-roster';
import { curtoisToModel } from './curtois-to-model';
import { evaluateCurtois, type CurtoisHardRule } from './evaluate-curtois';
import { loadInstance, readBenchmarkText, readReferenceCsv } from './curtois.test-support';

function toGrid(model: ReturnType<typeof curtoisToModel>, roster: Assignment): Int16Array {
  const cm = compileModel(model);
  const x = new Int16Array(cm.E * cm.H);
  roster.forEach((row, e) => row.forEach((s, d) => (x[e * cm.H + d] = s === null ? -1 : cm.shiftIds.indexOf(s))));
  return x;
}

describe('evaluateCurtois on the reference rosters', () => {
  it.each([
    ['Instance1', 607, { onRequests: 3, offRequests: 3, underCover: 600, overCover: 1 }],
    ['Instance2', 828, { onRequests: 26, offRequests: 2, underCover: 800, overCover: 0 }],
    ['Instance3', 1001, { onRequests: 1, offRequests: 0, underCover: 1000, overCover: 0 }],
  ])('%s gives the published %i with the README breakdown', (name, value, parts) => {
    const inst = loadInstance(name);
    const fromXml = readCurtoisRoster(readBenchmarkText(`solutions/${name}.Solution.${value}.roster`), inst.staff.map((s) => s.id), inst.horizon);
    const fromCsv = readReferenceCsv(`solutions/${name}.Solution.${value}.csv`);
    expect(fromXml).toEqual(fromCsv);
    const result = evaluateCurtois(inst, fromXml);
    expect(result.violations).toEqual([]);
    expect(result.feasible).toBe(true);
    expect(result.penalty).toBe(value);
    expect(result).toMatchObject(parts);

    // The product's model and evaluator, fed through the adapter, agree exactly.
    const model = curtoisToModel(inst);
    const own = evaluateRoster(compileModel(model), toGrid(model, fromXml));
    expect(own.violations).toEqual([]);
    expect(own.score.total).toBe(value);
  });
});

// A tiny instance where each hard rule can be broken on its own: 14 days, one employee works
// Mon–Wed of both weeks (6 × D), legal as it stands.
const TINY = `SECTION_HORIZON
14

SECTION_SHIFTS
D,480,
N,480,D

SECTION_STAFF
A,D=7|N=1,2880,2880,3,2,2,1
B,D=0|N=0,0,0,3,2,2,1

SECTION_DAYS_OFF
A,12

SECTION_SHIFT_ON_REQUESTS
A,0,D,2

SECTION_SHIFT_OFF_REQUESTS
A,1,D,3

SECTION_COVER
0,D,2,100,1
1,D,0,100,1
`;

/** A row as 14 characters ('.' = day off) for employee A; B never works. */
function roster(row: string): Assignment {
  return [row.split('').map((c) => (c === '.' ? null : c)), new Array(14).fill(null)];
}

describe('evaluateCurtois hard rules', () => {
  const inst: CurtoisInstance = parseCurtoisInstance(TINY);
  const rulesOf = (row: string): CurtoisHardRule[] => evaluateCurtois(inst, roster(row)).violations.map((v) => v.rule).sort();

  it('accepts the legal base roster and scores it', () => {
    const result = evaluateCurtois(inst, roster('DDD....DDD....'));
    expect(result.violations).toEqual([]);
    // on-request met (0), off-request D on day 1 broken (3), day 0 one short (100), day 1 one over (1)
    expect(result.penalty).toBe(104);
    expect(result).toMatchObject({ onRequests: 0, offRequests: 3, underCover: 100, overCover: 1 });
  });

  it.each<[string, string, CurtoisHardRule[]]>([
    ['rotation (D the day after N)', 'DND....DDD....', ['rotation']],
    ['max shifts per type', 'DDN....DDN....', ['max-shifts']],
    ['max total minutes', 'DDD..DN..DDD..', ['max-total-minutes']],
    ['min total minutes', 'DDD....DD.....', ['min-total-minutes']],
    ['max consecutive shifts', 'DDDD....DD....', ['max-consecutive-shifts']],
    ['min consecutive shifts (interior block)', 'DDD...D...DD..', ['min-consecutive-shifts']],
    ['min consecutive days off (interior block)', 'DDD.DDD.......', ['min-consecutive-days-off']],
    ['max weekends', '....DDD..DD..D', ['max-weekends']],
    ['a day off', 'DDD.......DDD.', ['day-off']],
    ['a shift type the instance does not have', 'XDD....DDD....', ['min-total-minutes', 'unknown-shift']],
  ])('flags %s', (_what, row, expected) => {
    expect(rulesOf(row)).toEqual([...expected].sort());
  });

  it.each<[string, string, CurtoisHardRule[]]>([
    ['short work blocks touching day 0 and the last day', 'D..DD....DD..D', []],
    ['a short off block touching day 0', '.DDD..DDD.....', []],
    ['a long work block touching day 0 (max still applies)', 'DDDD...DD.....', ['max-consecutive-shifts']],
    ['rotation is not checked across the horizon edges', 'D..DD....DD..N', []],
    ['a weekend with both days worked counts once', '....DDD..DDD..', []],
  ])('edges: %s', (_what, row, expected) => {
    expect(rulesOf(row)).toEqual(expected);
  });

  it('the product model flags the same rules as the benchmark evaluator', () => {
    const model = curtoisToModel(inst);
    const cm = compileModel(model);
    const map: Record<string, CurtoisHardRule> = {
      'forbidden-succession': 'rotation',
      'max-shifts-of-type': 'max-shifts',
      'max-minutes': 'max-total-minutes',
      'min-minutes': 'min-total-minutes',
      'max-consecutive-shifts': 'max-consecutive-shifts',
      'min-consecutive-shifts': 'min-consecutive-shifts',
      'min-consecutive-days-off': 'min-consecutive-days-off',
      'max-weekends': 'max-weekends',
      unavailable: 'day-off',
    };
    for (const row of ['DND....DDD....', 'DDN....DDN....', 'DDD..DN..DDD..', 'DDD....DD.....', 'DDDD....DD....',
      'DDD...D...DD..', 'DDD.DDD.......', '....DDD..DD..D', 'DDD.......DDD.', 'D..DD....DD..N']) {
      const grid = roster(row);
      const own = evaluateRoster(cm, toGrid(model, grid));
      expect(own.violations.map((v) => map[v.rule]).sort()).toEqual(rulesOf(row));
      expect(own.score.total).toBe(evaluateCurtois(inst, grid).penalty);
    }
  });
});
