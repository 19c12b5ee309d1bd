import {
  DEFAULT_GENERATION_WEIGHTS,
  GENERATION_WEIGHT_FIELDS,
  generationWeightProblems,
  toModelWeights,
  withDefaultWeights,
} from './generation-weights';

describe('generation weights', () => {
  it('are the solver weights of before for the defaults (scale 1), nights below a share as those beyond', () => {
    expect(toModelWeights(DEFAULT_GENERATION_WEIGHTS)).toEqual({
      belowMin: 1000,
      belowTarget: 60,
      overTarget: 25,
      contractPerMinute: 1,
      agencyPerMinute: 1,
      nightBeyondShare: 20,
      nightBelowShare: 20,
      wishShift: 40,
      wishFree: 40,
      wishCanWork: 5,
      unmetWishesPiled: 40,
      weekendsPiled: 10,
      backwardRotation: 30,
      restAfterNights: 40,
      nightsInARow: 40,
    });
  });

  it.each([
    [45, 60, 4],
    [30, 90, 2],
    [7, 0, 60],
    [0, 0, 1],
    [120, 600, 1],
  ])('keep hourly weights %i and %i whole per minute by scaling everything by %i', (contract, agency, scale) => {
    const w = { ...DEFAULT_GENERATION_WEIGHTS, contractPerHour: contract, agencyPerHour: agency };
    const m = toModelWeights(w);
    expect(m.contractPerMinute * 60).toBe(contract * scale);
    expect(m.agencyPerMinute * 60).toBe(agency * scale);
    expect(Number.isInteger(m.contractPerMinute) && Number.isInteger(m.agencyPerMinute)).toBe(true);
    expect(m.belowMin).toBe(w.belowMin * scale);
    expect(m.wishCanWork).toBe(w.wishCanWork * scale);
  });

  it('refuse what is not a whole number in range, field by field, in Swedish and English', () => {
    const problems = generationWeightProblems({
      ...DEFAULT_GENERATION_WEIGHTS,
      belowMin: 0,
      overTarget: 2.5,
      wishFree: -1,
      wishShift: 10_001,
      agencyPerHour: '60' as unknown as number,
      backwardRotation: undefined,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'belowMin',
      'overTarget',
      'agencyPerHour',
      'wishShift',
      'wishFree',
      'backwardRotation',
    ]);
    expect(problems[0].message).toEqual({
      sv: 'Under lägsta bemanning: ange ett heltal från 1 till 10\u00a0000',
      en: 'Below a minimum need: give a whole number from 1 to 10,000',
    });
    expect(generationWeightProblems(DEFAULT_GENERATION_WEIGHTS)).toEqual([]);
    expect(generationWeightProblems({ ...DEFAULT_GENERATION_WEIGHTS, belowTarget: 0, belowMin: 10_000 })).toEqual([]);
  });

  it('fill what was stored before a weight existed with its default', () => {
    const { backwardRotation: _added, ...older } = { ...DEFAULT_GENERATION_WEIGHTS, belowTarget: 200 };
    expect(withDefaultWeights(older)).toEqual({ ...DEFAULT_GENERATION_WEIGHTS, belowTarget: 200 });
    expect(withDefaultWeights(undefined)).toEqual(DEFAULT_GENERATION_WEIGHTS);
    expect(GENERATION_WEIGHT_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULT_GENERATION_WEIGHTS).sort());
  });
});
