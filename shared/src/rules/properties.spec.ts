// Properties of issue 3: moving all shifts by whole weeks (away from the clock changes) keeps the
// violations' rule ids; removing a shift never creates a daily-rest or weekly-rest violation;
// evaluation is deterministic and independent of the document's order.
import fc from 'fast-check';
import { type Violation } from './rule';
import { checkRosterDocument } from './check-roster-document';
import { documentOf, rosterSeed } from './roster-arbitrary.test-support';

const RUNS = { numRuns: 150 };

function ruleIdsByEmployee(violations: Violation[]): string[] {
  return violations.map((v) => `${v.employeeId} ${v.ruleId}`).sort();
}

/** Windows of one rule, as [from, to] instants. */
function windows(violations: Violation[], ruleId: string): [number, number][] {
  return violations.filter((v) => v.ruleId === ruleId).map((v) => [Date.parse(v.from), Date.parse(v.to)]);
}

describe('rules engine properties', () => {
  it('moving every shift (and the period) by whole weeks does not change the rule ids', () => {
    fc.assert(
      fc.property(rosterSeed, fc.integer({ min: -4, max: 12 }), (seed, weeks) => {
        const here = checkRosterDocument(documentOf(seed));
        const moved = checkRosterDocument(documentOf(seed, { weeks }));
        expect(ruleIdsByEmployee(moved.violations)).toEqual(ruleIdsByEmployee(here.violations));
      }),
      RUNS,
    );
  });

  it('removing a shift never creates a daily-rest or weekly-rest violation', () => {
    fc.assert(
      fc.property(rosterSeed, fc.nat(), (seed, pick) => {
        const doc = documentOf(seed, { separate: true });
        fc.pre(doc.shifts.length > 0);
        const removed = doc.shifts[pick % doc.shifts.length].id;
        const before = checkRosterDocument(doc).violations;
        const after = checkRosterDocument({ ...doc, shifts: doc.shifts.filter((s) => s.id !== removed) }).violations;
        for (const ruleId of ['daily-rest', 'weekly-rest']) {
          const was = windows(before, ruleId);
          const now = windows(after, ruleId);
          expect(now.length).toBeLessThanOrEqual(was.length);
          // each remaining finding is about time that was already found wanting
          for (const [from, to] of now) expect(was.some(([f, t]) => f < to && from < t)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of the order of the document', () => {
    fc.assert(
      fc.property(rosterSeed, fc.integer(), (seed, salt) => {
        const doc = documentOf(seed);
        const first = checkRosterDocument(doc);
        expect(checkRosterDocument(doc)).toEqual(first);
        const shuffled = [...doc.shifts].sort((a, b) => ((hash(a.id) ^ salt) >>> 0) - ((hash(b.id) ^ salt) >>> 0));
        expect(checkRosterDocument({ ...doc, shifts: shuffled })).toEqual(first);
      }),
      RUNS,
    );
  });
});

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
