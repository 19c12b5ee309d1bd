import { describe, expect, test } from '@jest/globals';
import type { RosterView, Shift, Violation } from '../../api/client';
import { patchView } from './patch-view';

const shift = (id: string, employeeId: string | null, version = 1) => ({ id, employeeId, version }) as Shift;
const violation = (employeeId: string, ruleId: string) => ({ employeeId, ruleId }) as Violation;

const view = {
  shifts: [shift('a', 'e1'), shift('b', 'e2')],
  violations: [violation('e1', 'daily-rest'), violation('e2', 'contract-hours'), violation('e3', 'weekly-rest')],
} as unknown as RosterView;

describe('patchView', () => {
  test('an updated shift replaces the old one; the affected employees get the answer’s violations', () => {
    const next = patchView(view, {
      shift: shift('a', 'e2', 2),
      affected: ['e1', 'e2'],
      violations: [violation('e2', 'overtime-limit')],
    });
    expect(next.shifts).toEqual([shift('b', 'e2'), shift('a', 'e2', 2)]);
    // e1 has none left; e3 was not affected and keeps hers.
    expect(next.violations.map((v) => `${v.employeeId}:${v.ruleId}`)).toEqual(['e3:weekly-rest', 'e2:overtime-limit']);
    expect(view.shifts).toHaveLength(2);
  });

  test('a deleted shift leaves; a created one arrives', () => {
    expect(patchView(view, { shift: null, removedId: 'b', affected: ['e2'], violations: [] }).shifts).toEqual([
      shift('a', 'e1'),
    ]);
    expect(patchView(view, { shift: shift('c', null), affected: [], violations: [] }).shifts.map((s) => s.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
