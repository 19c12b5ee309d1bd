import { check, violationsOf, work } from '../rules/roster.test-support';
import { explainViolation, explainViolationBriefly, notAllowedInDepartment, professionMismatch } from './explain';

describe('explainViolation', () => {
  it("names the person and reuses the engine's finding with its legal source", () => {
    const result = check({
      period: { start: '2026-03-09', end: '2026-03-15' },
      shifts: [work('2026-03-10T13:30', '2026-03-10T21:30'), work('2026-03-11T07:00', '2026-03-11T15:30')],
    });
    const [rest] = violationsOf(result, 'daily-rest');
    expect(explainViolation(rest, 'Anna Lindqvist')).toEqual({
      sv: 'Med ändringen skulle Anna Lindqvist få: Dygnsvila 9 h 30 min mellan kvällspass 10/3 och dagpass 11/3; minst 11 h krävs (AB § 13 mom. 4 (2023-10-01), ATL 13 §)',
      en: 'With the change, Anna Lindqvist would have: Daily rest of 9 h 30 min between evening shift 10/3 and day shift 11/3; at least 11 h is required (AB § 13 mom. 4 (2023-10-01), ATL 13 §)',
    });
  });

  it('leaves out a source the catalog does not have', () => {
    const result = check({
      period: { start: '2026-03-09', end: '2026-03-15' },
      shifts: [work('2026-03-10T07:00', '2026-03-10T15:30'), work('2026-03-10T13:30', '2026-03-10T21:30')],
    });
    const [overlap] = violationsOf(result, 'overlap');
    expect(explainViolation(overlap, 'Anna').sv).not.toContain('(—)');
  });

  it('says which profession the shift needs and where someone may not work', () => {
    expect(
      professionMismatch(
        'Sara Nyström',
        { sv: 'Undersköterska', en: 'Assistant nurse' },
        { sv: 'Sjuksköterska', en: 'Nurse' },
      ),
    ).toEqual({
      sv: 'Sara Nyström är undersköterska; passet kräver sjuksköterska',
      en: 'Sara Nyström is an assistant nurse; the shift needs a nurse',
    });
    expect(notAllowedInDepartment('Elin', 'Medicin 1').sv).toBe('Elin får inte arbeta på Medicin 1');
  });
});

describe('explainViolationBriefly', () => {
  it('names the person and the rule without the details', () => {
    const result = check({
      period: { start: '2026-03-09', end: '2026-03-15' },
      shifts: [work('2026-03-10T13:30', '2026-03-10T21:30'), work('2026-03-11T07:00', '2026-03-11T15:30')],
    });
    const [rest] = violationsOf(result, 'daily-rest');
    expect(explainViolationBriefly(rest, 'Johan Berg').sv).toBe(
      'Med ändringen skulle Johan Berg bryta mot regeln om dygnsvila (AB § 13 mom. 4 (2023-10-01), ATL 13 §)',
    );
  });

  it('never names the kind of absence', () => {
    const result = check({
      period: { start: '2026-03-09', end: '2026-03-15' },
      shifts: [work('2026-03-10T07:00', '2026-03-10T15:30')],
      absences: [{ employeeId: 'anna', start: '2026-03-10', end: '2026-03-11', type: 'sick' }],
    });
    const [absent] = violationsOf(result, 'unavailable');
    expect(absent.message.sv).toContain('sjukfrånvaro');
    const brief = explainViolationBriefly(absent, 'Anna');
    expect(brief).toEqual({ sv: 'Anna är inte tillgänglig då', en: 'Anna is not available then' });
  });
});
