import { parseDateTime } from '../time/stockholm';
import { parseRosterDocument } from './parse-roster-document';
import { issueExample } from './issue-example.test-support';
import { RosterDocumentError } from './roster-document-error';

function issuesOf(doc: unknown): string[] {
  try {
    parseRosterDocument(doc);
  } catch (error) {
    if (error instanceof RosterDocumentError) return error.details.map((d) => d.message);
    throw error;
  }
  throw new Error('expected the document to be rejected');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate the JSON freely
type Json = any;

function withChange(change: (doc: Json) => void): Record<string, unknown> {
  const doc = issueExample();
  change(doc);
  return doc;
}

describe('parseRosterDocument', () => {
  it('reads the example of issue 3 into a typed snapshot', () => {
    const snapshot = parseRosterDocument(issueExample());
    expect(snapshot.ruleSet).toMatchObject({ id: 'ab-hok-vardforbundet', validFrom: '2023-10-01' });
    expect(snapshot.ruleSet.parameters.weeklyRestMode).toBe('skr-nonoverlap');
    expect(snapshot.period.startInstant).toBe(Date.parse('2025-03-02T23:00:00Z'));
    expect(snapshot.period.endInstant).toBe(Date.parse('2025-03-30T22:00:00Z'));
    const [anna] = snapshot.employees;
    expect(anna.employee).toMatchObject({
      id: 'anna',
      dygnsbrytMinutes: 0,
      counters: { year: 2025, mertidHoursThisMonth: 0 },
    });
    expect(anna.shifts.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(anna.shifts[0].start).toBe(Date.parse('2025-03-10T12:30:00Z'));
    expect(anna.absences[0]).toMatchObject({
      start: Date.parse('2025-03-11T23:00:00Z'),
      end: Date.parse('2025-03-14T23:00:00Z'),
      scheduledHours: 0,
    });
    expect(anna.exceptions[0]).toMatchObject({ ruleId: 'daily-rest', type: 'planned-9h', shiftIds: ['s2'], index: 0 });
  });

  it('applies defaults for optional fields', () => {
    const snapshot = parseRosterDocument({
      ruleSet: 'atl',
      period: { start: '2025-03-03', end: '2025-03-09' },
      employees: [{ id: 'e', employmentRate: 75, fullTimeHoursPerWeek: 40 }],
      shifts: [{ id: 'x', employeeId: 'e', start: '2025-03-03T08:00+01:00', end: '2025-03-03T12:00+01:00' }],
    });
    const [e] = snapshot.employees;
    expect(e.employee).toMatchObject({
      nightWorker: false,
      nightWorkBasis: true,
      skills: [],
      dygnsbryt: '00:00',
      crisisAssignment: null,
    });
    expect(e.shifts[0]).toMatchObject({
      kind: 'work',
      overtime: false,
      breakMinutes: 0,
      breaks: null,
      requiredSkill: null,
      changedAt: null,
    });
    expect(snapshot.ruleSet.parameters.dailyRestMode).toBe('per-24h-period');
  });

  it("sorts each employee's shifts by start, whatever the document order", () => {
    const doc = withChange((d) => d.shifts.reverse());
    expect(parseRosterDocument(doc).employees[0].shifts.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('reads exact instants with an offset across the autumn change', () => {
    const doc = withChange((d) => {
      d.shifts = [{ id: 'n', employeeId: 'anna', start: '2025-10-25T21:15+02:00', end: '2025-10-26T07:15+01:00' }];
      d.period = { start: '2025-10-20', end: '2025-10-26' };
      d.exceptions = [];
    });
    const [shift] = parseRosterDocument(doc).employees[0].shifts;
    expect(shift.end - shift.start).toBe(11 * 3_600_000);
    expect(shift.start).toBe(parseDateTime('2025-10-25T21:15'));
  });

  it.each<[string, (d: Json) => void, RegExp]>([
    ['unknown rule set', (d) => (d.ruleSet = 'hok-lakare'), /^ruleSet: "hok-lakare" is not a known rule set/],
    [
      'unknown rule id in an exception',
      (d) => (d.exceptions[0].ruleId = 'daily-rests'),
      /^exceptions\[0\]\.ruleId: "daily-rests" is not a known rule id/,
    ],
    [
      'unknown rule id in parameters',
      (d) => (d.parameters.disabledRules = ['weekend-frequency', 'weekends']),
      /^parameters\.disabledRules: .* unknown rule id "weekends"/,
    ],
    ['unknown parameter', (d) => (d.parameters.dailyRest = 11), /^parameters\.dailyRest: 11 unknown parameter/],
    [
      'negative rest',
      (d) => (d.parameters.dailyRestHours = -1),
      /^parameters\.dailyRestHours: -1 must be between 1 and 24 hours/,
    ],
    [
      'nonsensical combination of parameters',
      (d) => (d.parameters.plannedShortRestMinHours = 12),
      /^parameters\.plannedShortRestMinHours: 12 must not exceed dailyRestHours \(11\)/,
    ],
    [
      'shift ending before start',
      (d) => (d.shifts[1].end = '2025-03-11T06:00'),
      /^shifts\[1\]\.end: "2025-03-11T06:00" is before start \("2025-03-11T07:00"\)/,
    ],
    [
      'zero-length shift',
      (d) => (d.shifts[1].end = '2025-03-11T07:00'),
      /^shifts\[1\]\.end: "2025-03-11T07:00" is the same as start/,
    ],
    [
      'unknown employee id',
      (d) => (d.shifts[0].employeeId = 'bertil'),
      /^shifts\[0\]\.employeeId: "bertil" is not the id of an employee/,
    ],
    [
      'non-existent local time',
      (d) => (d.shifts[0].start = '2025-03-30T02:30'),
      /^shifts\[0\]\.start: "2025-03-30T02:30" does not exist in Europe\/Stockholm/,
    ],
    [
      'ambiguous local time',
      (d) => (d.shifts[0].end = '2025-10-26T02:30'),
      /^shifts\[0\]\.end: "2025-10-26T02:30" happens twice in Europe\/Stockholm \(end of summer time\); add an offset/,
    ],
    [
      'employment rate above 100',
      (d) => (d.employees[0].employmentRate = 120),
      /^employees\[0\]\.employmentRate: 120 must be between 1 and 100/,
    ],
    [
      'employment rate below 1',
      (d) => (d.employees[0].employmentRate = 0),
      /^employees\[0\]\.employmentRate: 0 must be between 1 and 100/,
    ],
    [
      'overlapping absences of one type',
      (d) => d.absences.push({ employeeId: 'anna', start: '2025-03-14', end: '2025-03-20', type: 'leave' }),
      /^absences\[1\]: "leave" overlaps absences\[0\] of the same type/,
    ],
    ['type error', (d) => (d.shifts[0].breakMinutes = '30'), /^shifts\[0\]\.breakMinutes: "30" must be a number/],
    ['missing field', (d) => delete d.shifts[0].start, /^shifts\[0\]\.start: is missing \(required\)/],
    ['misspelt field', (d) => (d.shifts[0].breakMinute = 30), /^shifts\[0\]\.breakMinute: 30 is not a known field/],
    ['impossible date', (d) => (d.period.end = '2025-02-30'), /^period\.end: "2025-02-30" is not a calendar date/],
    [
      'period ending before it starts',
      (d) => (d.period.end = '2025-03-01'),
      /^period\.end: "2025-03-01" is before period\.start/,
    ],
    ['duplicate shift id', (d) => (d.shifts[1].id = 's1'), /^shifts\[1\]\.id: "s1" is used by more than one shift/],
    [
      'duplicate employee id',
      (d) => d.employees.push({ ...d.employees[0] }),
      /^employees\[1\]\.id: "anna" is used by more than one employee/,
    ],
    [
      'exception type of another rule',
      (d) => (d.exceptions[0].type = 'combined-20h'),
      /^exceptions\[0\]\.type: "combined-20h" does not apply to rule "daily-rest"/,
    ],
    [
      'exception naming an unknown shift',
      (d) => (d.exceptions[0].shiftIds = ['s9']),
      /^exceptions\[0\]\.shiftIds\[0\]: "s9" is not the id of a shift/,
    ],
    [
      'exception without a reason',
      (d) => delete d.exceptions[0].reason,
      /^exceptions\[0\]\.reason: is required for an exception of type "planned-9h"/,
    ],
    [
      'exception without shifts',
      (d) => (d.exceptions[0].shiftIds = []),
      /^exceptions\[0\]\.shiftIds: \[\] must name at least one shift/,
    ],
    [
      'counters of another year',
      (d) => (d.employees[0].counters.year = 2024),
      /^employees\[0\]\.counters\.year: 2024 must be the year in which period\.start falls \(2025\)/,
    ],
    [
      'overtime on standby',
      (d) => Object.assign(d.shifts[0], { kind: 'standby', overtime: true }),
      /^shifts\[0\]\.overtime: true applies to work shifts only/,
    ],
    [
      'break as long as the shift',
      (d) => (d.shifts[0].breakMinutes = 480),
      /^shifts\[0\]\.breakMinutes: 480 must be shorter than the shift/,
    ],
    [
      'breaks not adding up',
      (d) => (d.shifts[0].breaks = [{ start: '2025-03-10T17:00', end: '2025-03-10T17:20' }]),
      /^shifts\[0\]\.breaks: .* add up to 20 min but breakMinutes is 30/,
    ],
    [
      'break outside the shift',
      (d) => (d.shifts[0].breaks = [{ start: '2025-03-10T22:00', end: '2025-03-10T22:30' }]),
      /^shifts\[0\]\.breaks\[0\]: .* must lie inside the shift/,
    ],
    [
      'rule set not yet in force',
      (d) => (d.period = { start: '2023-09-01', end: '2023-09-30' }),
      /^period\.start: "2023-09-01" is before the first version of rule set "ab-hok-vardforbundet"/,
    ],
    [
      'document that is not an object',
      (d) => Object.keys(d).forEach((k) => delete d[k]),
      /^period: is missing \(required\)/,
    ],
  ])('rejects %s, naming the field and the value', (_case, change, expected) => {
    const issues = issuesOf(withChange(change));
    expect(issues.some((message) => expected.test(message))).toBe(true);
  });

  it('reports every problem at once and never a partial result', () => {
    const doc = withChange((d) => {
      d.shifts[0].end = '2025-03-10T06:00';
      d.employees[0].employmentRate = 150;
      d.ruleSet = 'nope';
    });
    const error = (() => {
      try {
        parseRosterDocument(doc);
      } catch (e) {
        return e as RosterDocumentError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RosterDocumentError);
    expect(error!.issues.map((i) => i.path)).toEqual(['ruleSet', 'employees[0].employmentRate', 'shifts[0].end']);
    expect(error!.message).toContain('shifts[0].end: "2025-03-10T06:00" is before start ("2025-03-10T13:30")');
  });

  it('rejects input that is not an object', () => {
    expect(issuesOf([])).toEqual(['(document): [] must be an object']);
    expect(issuesOf(null)).toEqual(['(document): null must be an object']);
  });

  it('accepts absences given as exact date-times (half-open)', () => {
    const doc = withChange(
      (d) =>
        (d.absences = [
          { employeeId: 'anna', start: '2025-03-12T08:00', end: '2025-03-12T12:00', type: 'sick', scheduledHours: 4 },
        ]),
    );
    expect(parseRosterDocument(doc).employees[0].absences[0]).toMatchObject({
      end: parseDateTime('2025-03-12T12:00'),
      scheduledHours: 4,
    });
  });
});
