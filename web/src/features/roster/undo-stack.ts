import type { Shift } from '../../api/client';

// The roster builder's undo: each entry remembers enough to write the inverse through the API
// (with the shift's version at the time of undoing), never a local rollback.

/** What it takes to put a shift back as it was. */
export type ShiftSnapshot = Pick<
  Shift,
  'id' | 'employeeId' | 'shiftTypeId' | 'startLocal' | 'endLocal' | 'breakMinutes' | 'kind' | 'note'
>;

export type UndoOp =
  | { kind: 'created'; shiftId: string }
  | { kind: 'updated'; before: ShiftSnapshot }
  | { kind: 'deleted'; before: ShiftSnapshot };

export interface UndoEntry {
  /** What the user did, e.g. "Flyttade 2 pass". */
  label: string;
  ops: UndoOp[];
}

export const UNDO_LIMIT = 30;

export function snapshotOf(shift: Shift): ShiftSnapshot {
  const { id, employeeId, shiftTypeId, startLocal, endLocal, breakMinutes, kind, note } = shift;
  return { id, employeeId, shiftTypeId, startLocal, endLocal, breakMinutes, kind, note };
}

/** The stack with a new entry on top; the oldest entries fall off past the limit. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry, limit = UNDO_LIMIT): UndoEntry[] {
  if (entry.ops.length === 0) return [...stack];
  return [...stack, entry].slice(-limit);
}

/** Undoing a delete creates the shift again under a new id: older entries must follow it. */
export function remapShiftId(stack: readonly UndoEntry[], from: string, to: string): UndoEntry[] {
  const remap = (op: UndoOp): UndoOp => {
    switch (op.kind) {
      case 'created':
        return op.shiftId === from ? { kind: 'created', shiftId: to } : op;
      case 'updated':
      case 'deleted':
        return op.before.id === from ? { kind: op.kind, before: { ...op.before, id: to } } : op;
    }
  };
  return stack.map((entry) => ({ label: entry.label, ops: entry.ops.map(remap) }));
}

/** The inverse operations of an entry, last change first. */
export function inverseOrder(entry: UndoEntry): UndoOp[] {
  return [...entry.ops].reverse();
}
