import { type CoverageNeed, type CoverageShift, computeCoverage, coverageStatus, dayKindOf } from './coverage';

describe('staffing coverage', () => {
  it.each([
    ['2026-03-02', 'mon'],
    ['2026-03-08', 'sun'],
    ['2026-04-03', 'holiday'], // långfredagen
    ['2026-04-04', 'holiday-eve'], // påskafton
    ['2026-06-19', 'holiday-eve'], // midsommarafton
    ['2026-06-20', 'holiday'], // midsommardagen
    ['2026-12-24', 'holiday-eve'],
    ['2026-12-25', 'holiday'],
    ['2027-01-06', 'holiday'], // trettondedag jul
  ])('%s is a %s', (date, kind) => {
    expect(dayKindOf(date)).toBe(kind);
  });

  it.each([
    [1, 2, 3, 'under-min'],
    [2, 2, 3, 'below-target'],
    [3, 2, 3, 'met'],
    [4, 2, 3, 'over-target'],
    [0, 0, 0, 'met'],
  ] as const)('%i planned against min %i / target %i is %s', (planned, min, target, status) => {
    expect(coverageStatus(planned, min, target)).toBe(status);
  });

  const night = 'N';
  const needs: CoverageNeed[] = [
    { dayKind: 'mon', shiftTypeId: night, profession: 'sjukskoterska', skillId: null, min: 2, target: 2 },
    { dayKind: 'mon', shiftTypeId: night, profession: 'sjukskoterska', skillId: 'IVA', min: 1, target: 1 },
    { dayKind: 'mon', shiftTypeId: night, profession: 'underskoterska', skillId: null, min: 3, target: 4 },
    { dayKind: 'holiday', shiftTypeId: night, profession: 'underskoterska', skillId: null, min: 1, target: 2 },
  ];
  const nurse = (skills: string[] = []) => ({ profession: 'sjukskoterska' as const, skillIds: skills });

  it('counts people per requirement; a specialist nurse counts as a nurse; open shifts are shown apart', () => {
    const shifts: CoverageShift[] = [
      { shiftTypeId: night, date: '2026-03-02', employee: nurse(['IVA']) },
      { shiftTypeId: night, date: '2026-03-02', employee: { profession: 'specialistsjukskoterska', skillIds: [] } },
      { shiftTypeId: night, date: '2026-03-02', employee: { profession: 'underskoterska', skillIds: [] } },
      { shiftTypeId: night, date: '2026-03-02', employee: null },
      { shiftTypeId: 'D', date: '2026-03-02', employee: nurse() },
    ];
    const cells = computeCoverage({ start: '2026-03-02', end: '2026-03-02', needs, shifts });
    expect(cells.map((c) => [c.profession, c.skillId, c.planned, c.missing, c.open, c.status])).toEqual([
      ['sjukskoterska', null, 2, 0, 1, 'met'],
      ['sjukskoterska', 'IVA', 1, 0, 1, 'met'],
      ['underskoterska', null, 1, 2, 1, 'under-min'],
    ]);
  });

  it('uses holiday needs on holidays, and the weekday needs when a department has none for that kind', () => {
    // Annandag påsk 2026-04-06 is a Monday and a holiday: the holiday need applies.
    const holiday = computeCoverage({ start: '2026-04-06', end: '2026-04-06', needs, shifts: [] });
    expect(holiday.map((c) => [c.dayKind, c.profession, c.min])).toEqual([['holiday', 'underskoterska', 1]]);
    // Without holiday needs, a holiday Monday falls back to the Monday needs.
    const weekdayOnly = computeCoverage({
      start: '2026-04-06',
      end: '2026-04-06',
      needs: needs.slice(0, 3),
      shifts: [],
    });
    expect(weekdayOnly.map((c) => c.dayKind)).toEqual(['mon', 'mon', 'mon']);
  });

  it('covers every date of the range, in order', () => {
    const cells = computeCoverage({ start: '2026-03-01', end: '2026-03-10', needs, shifts: [] });
    expect([...new Set(cells.map((c) => c.date))]).toEqual(['2026-03-02', '2026-03-09']);
  });
});
