import fc from 'fast-check';
import { parseRosterDocument } from '../roster-document/parse-roster-document';
import { RosterDocumentError } from '../roster-document/roster-document-error';
import { type Shift } from '../roster-document/roster-snapshot';
import { evaluate } from './engine';
import { type RosterEdit, evaluateIncremental, startIncrementalEvaluation } from './incremental';
import { documentOf, rosterSeed } from './roster-arbitrary.test-support';
import { rosterDoc, work } from './roster.test-support';

const HOUR = 3_600_000;

const editSeed = fc.record({
  op: fc.constantFrom('move', 'remove', 'add', 'reassign', 'absence'),
  pick: fc.nat(),
  hours: fc.integer({ min: -30, max: 30 }),
  length: fc.integer({ min: 1, max: 13 }),
});

describe('incremental evaluation', () => {
  it('gives exactly the result of a full evaluation after any sequence of edits (property)', () => {
    fc.assert(
      fc.property(rosterSeed, fc.array(editSeed, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        const snapshot = parseRosterDocument(documentOf(seed));
        let state = startIncrementalEvaluation(snapshot);
        expect(state.result).toEqual(evaluate(snapshot));
        let added = 0;
        for (const e of edits) {
          const employees = state.snapshot.employees;
          const all: Shift[] = employees.flatMap((r) => [...r.shifts]);
          const employee = employees[e.pick % employees.length].employee.id;
          let edit: RosterEdit;
          if (e.op === 'add' || all.length === 0) {
            const start = snapshot.period.startInstant + (e.pick % (28 * 24)) * HOUR;
            edit = {
              upsertShifts: [
                {
                  id: `new-${added++}`,
                  employeeId: employee,
                  start,
                  end: start + e.length * HOUR,
                  breakMinutes: 0,
                  breaks: null,
                  kind: 'work',
                  overtime: false,
                  requiredSkill: null,
                  changedAt: null,
                },
              ],
            };
          } else {
            const shift = all[e.pick % all.length];
            if (e.op === 'remove') edit = { removeShiftIds: [shift.id] };
            else if (e.op === 'reassign') edit = { upsertShifts: [{ ...shift, employeeId: employee }] };
            else if (e.op === 'absence')
              edit = {
                absences: [
                  {
                    employeeId: employee,
                    absences: [
                      {
                        employeeId: employee,
                        start: shift.start,
                        end: shift.start + e.length * HOUR,
                        type: 'sick',
                        scheduledHours: e.length,
                      },
                    ],
                  },
                ],
              };
            else
              edit = {
                upsertShifts: [{ ...shift, start: shift.start + e.hours * HOUR, end: shift.end + e.hours * HOUR }],
              };
          }
          state = evaluateIncremental(state, edit);
          expect(state.result).toEqual(evaluate(state.snapshot));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('re-evaluates only the employees the edit touches', () => {
    const doc = rosterDoc({
      period: { start: '2025-03-10', end: '2025-03-16' },
      employees: [
        { id: 'a', employmentRate: 100, fullTimeHoursPerWeek: 38.25 },
        { id: 'b', employmentRate: 100, fullTimeHoursPerWeek: 38.25 },
        { id: 'c', employmentRate: 100, fullTimeHoursPerWeek: 38.25 },
      ],
      shifts: [
        work('2025-03-10T13:30', '2025-03-10T21:30', { id: 'a1', employeeId: 'a' }),
        work('2025-03-11T07:00', '2025-03-11T15:30', { id: 'b1', employeeId: 'b' }),
      ],
    });
    const state = startIncrementalEvaluation(parseRosterDocument(doc));
    const b1 = state.snapshot.employees[1].shifts[0];
    const next = evaluateIncremental(state, { upsertShifts: [{ ...b1, employeeId: 'a' }] });
    expect(next.reevaluated).toEqual(['a', 'b']);
    expect(next.evaluations[2]).toBe(state.evaluations[2]);
    expect(next.result.violations.map((v) => `${v.employeeId} ${v.ruleId}`)).toContain('a daily-rest');
    // the earlier state is unchanged
    expect(state.result.violations.some((v) => v.ruleId === 'daily-rest')).toBe(false);
  });

  it('rejects an edit that names an unknown shift or employee, applying nothing', () => {
    const state = startIncrementalEvaluation(
      parseRosterDocument(
        rosterDoc({
          period: { start: '2025-03-10', end: '2025-03-16' },
          shifts: [work('2025-03-10T07:00', '2025-03-10T15:30')],
        }),
      ),
    );
    const shift = state.snapshot.employees[0].shifts[0];
    expect(() => evaluateIncremental(state, { removeShiftIds: ['nope'] })).toThrow(RosterDocumentError);
    expect(() => evaluateIncremental(state, { upsertShifts: [{ ...shift, employeeId: 'bertil' }] })).toThrow(
      /upsertShifts\[0\]\.employeeId: "bertil" is not the id of an employee/,
    );
    expect(() => evaluateIncremental(state, { upsertShifts: [{ ...shift, end: shift.start }] })).toThrow(
      /must be after start/,
    );
  });

  it('refuses to remove a shift that an exception still names', () => {
    const doc = rosterDoc({
      period: { start: '2025-03-10', end: '2025-03-16' },
      shifts: [work('2025-03-10T07:00', '2025-03-10T15:30')],
      exceptions: [
        { employeeId: 'anna', ruleId: 'schedule-notice', type: 'short-notice', shiftIds: ['s1'], reason: 'x' },
      ],
    });
    const state = startIncrementalEvaluation(parseRosterDocument(doc));
    expect(() => evaluateIncremental(state, { removeShiftIds: ['s1'] })).toThrow(
      /exceptions\[0\]\.shiftIds: "s1" names a shift that employee "anna" no longer has/,
    );
    expect(() =>
      evaluateIncremental(state, { removeShiftIds: ['s1'], exceptions: [{ employeeId: 'anna', exceptions: [] }] }),
    ).not.toThrow();
  });
});
