import { describe, expect, test } from '@jest/globals';
import type { Shift } from '../../api/client';
import { type UndoEntry, inverseOrder, pushUndo, remapShiftId, snapshotOf } from './undo-stack';

const snapshot = (id: string) => ({
  id,
  employeeId: 'e1',
  shiftTypeId: 't1',
  startLocal: '2026-09-08T07:00:00+02:00',
  endLocal: '2026-09-08T15:30:00+02:00',
  breakMinutes: 30,
  kind: 'work' as const,
  note: null,
});

describe('pushUndo', () => {
  test('adds on top and drops the oldest past the limit', () => {
    let stack: UndoEntry[] = [];
    for (let i = 0; i < 5; i++)
      stack = pushUndo(stack, { label: `a${i}`, ops: [{ kind: 'created', shiftId: `s${i}` }] }, 3);
    expect(stack.map((e) => e.label)).toEqual(['a2', 'a3', 'a4']);
  });

  test('an action that changed nothing is not remembered', () => {
    expect(pushUndo([], { label: 'nothing', ops: [] })).toEqual([]);
  });
});

describe('remapShiftId', () => {
  test('follows a shift that undo created again under a new id, in every kind of step', () => {
    const stack: UndoEntry[] = [
      { label: 'created', ops: [{ kind: 'created', shiftId: 'old' }] },
      {
        label: 'moved',
        ops: [
          { kind: 'updated', before: snapshot('old') },
          { kind: 'updated', before: snapshot('other') },
        ],
      },
      { label: 'deleted', ops: [{ kind: 'deleted', before: snapshot('old') }] },
    ];
    const remapped = remapShiftId(stack, 'old', 'new');
    expect(remapped[0].ops).toEqual([{ kind: 'created', shiftId: 'new' }]);
    expect(remapped[1].ops.map((op) => (op.kind === 'created' ? op.shiftId : op.before.id))).toEqual(['new', 'other']);
    expect(remapped[2].ops).toEqual([{ kind: 'deleted', before: snapshot('new') }]);
    // The original stack is untouched.
    expect(stack[0].ops).toEqual([{ kind: 'created', shiftId: 'old' }]);
  });
});

describe('inverseOrder', () => {
  test('undoes the last change of an action first', () => {
    const entry: UndoEntry = {
      label: 'moved 2',
      ops: [
        { kind: 'updated', before: snapshot('a') },
        { kind: 'updated', before: snapshot('b') },
      ],
    };
    expect(inverseOrder(entry).map((op) => (op.kind === 'created' ? op.shiftId : op.before.id))).toEqual(['b', 'a']);
  });
});

describe('snapshotOf', () => {
  test('keeps what it takes to write the shift back, nothing of the server’s bookkeeping', () => {
    const shift = { ...snapshot('x'), version: 7, periodId: 'p', source: 'manual' } as unknown as Shift;
    expect(snapshotOf(shift)).toEqual(snapshot('x'));
  });
});
