import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/api-error';
import { type RosterView, type Schemas, type Shift, type Violation, api } from '../../api/client';
import { patchView } from './patch-view';
import { rosterKey } from './roster.queries';
import { movedShiftTimes } from './shift-times';
import {
  type ShiftSnapshot,
  type UndoEntry,
  type UndoOp,
  inverseOrder,
  pushUndo,
  remapShiftId,
  snapshotOf,
} from './undo-stack';

type Override = { reason: string };
type CreateBody = Omit<Schemas['CreateShiftDto'], 'periodId' | 'override' | 'changeReason'>;
type UpdateBody = Omit<Schemas['UpdateShiftDto'], 'version' | 'override' | 'changeReason'>;
/** One write of an action; a refused step can be retried with an override. */
type Step = (override?: Override) => Promise<UndoOp>;

/** A write the API refused for a hard rule, waiting for the scheduler's reason (or a cancel). */
export interface PendingOverride {
  violations: Violation[];
  confirm: (reason: string) => Promise<boolean>;
  cancel: () => void;
}

export interface RosterEditing {
  createShift(body: CreateBody): Promise<boolean>;
  moveShifts(ids: readonly string[], days: number, employeeId: string | null | undefined): Promise<boolean>;
  copyShifts(ids: readonly string[], days: number, employeeId: string | null | undefined): Promise<boolean>;
  updateShift(id: string, changes: UpdateBody): Promise<boolean>;
  deleteShifts(ids: readonly string[]): Promise<boolean>;
  undo(): Promise<void>;
  undoLabel: string | null;
  busy: boolean;
  error: unknown;
  status: string | null;
  pendingOverride: PendingOverride | null;
  clearMessages(): void;
}

/**
 * Every change of the roster goes through here: one API write per shift with the version the
 * client holds, the answer patched into the cached view at once, a refetch for hours and
 * coverage, refused writes explained (and offered an override when the user may give one), and
 * an undo stack that writes the inverse changes.
 */
export function useRosterEditing(
  periodId: string,
  options: { canOverride: boolean; changeReason: string },
): RosterEditing {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [busyCount, setBusyCount] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pendingOverride, setPendingOverride] = useState<PendingOverride | null>(null);
  const refetchTimer = useRef<number | undefined>(undefined);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => () => window.clearTimeout(refetchTimer.current), []);
  // Another period has its own history.
  useEffect(() => {
    setUndoStack([]);
    setError(null);
    setStatus(null);
    setPendingOverride(null);
  }, [periodId]);

  const key = rosterKey(periodId);
  const currentShift = useCallback(
    (id: string): Shift => {
      const shift = queryClient.getQueryData<RosterView>(key)?.shifts.find((s) => s.id === id);
      if (!shift) {
        throw new ApiError(409, {
          code: 'VERSION_CONFLICT',
          message: 'The shift no longer exists',
          messageSv: 'Passet finns inte längre',
        });
      }
      return shift;
    },
    [queryClient, periodId],
  );

  const apply = useCallback(
    async (outcome: Parameters<typeof patchView>[1]) => {
      // A refetch under way may have read the roster before this write; its answer would hide
      // the write (and select stale shifts) until the next refetch, so it is dropped.
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<RosterView>(key, (view) => (view ? patchView(view, outcome) : view));
      // Hours and coverage come with the full view; one refetch after a burst of writes.
      window.clearTimeout(refetchTimer.current);
      refetchTimer.current = window.setTimeout(() => void queryClient.invalidateQueries({ queryKey: key }), 300);
    },
    [queryClient, periodId],
  );

  const reason = () => optionsRef.current.changeReason.trim() || undefined;

  const post = useCallback(
    async (body: CreateBody, override?: Override): Promise<Shift> => {
      const result = await call(
        api.POST('/api/shifts', { body: { ...body, periodId, override, changeReason: reason() } }),
      );
      const shift = result.shift!;
      await apply({ shift, affected: shift.employeeId ? [shift.employeeId] : [], violations: result.violations });
      return shift;
    },
    [apply, periodId],
  );

  const patch = useCallback(
    async (id: string, changes: UpdateBody, override?: Override): Promise<{ before: Shift; after: Shift }> => {
      const before = currentShift(id);
      const result = await call(
        api.PATCH('/api/shifts/{id}', {
          params: { path: { id } },
          body: { ...changes, version: before.version, override, changeReason: reason() },
        }),
      );
      const after = result.shift!;
      const affected = [before.employeeId, after.employeeId].filter((e): e is string => Boolean(e));
      await apply({ shift: after, affected, violations: result.violations });
      return { before, after };
    },
    [apply, currentShift],
  );

  const remove = useCallback(
    async (id: string): Promise<Shift> => {
      const before = currentShift(id);
      const result = await call(
        api.DELETE('/api/shifts/{id}', {
          params: { path: { id }, query: { version: before.version, changeReason: reason() } },
        }),
      );
      await apply({
        shift: null,
        removedId: id,
        affected: before.employeeId ? [before.employeeId] : [],
        violations: result.violations,
      });
      return before;
    },
    [apply, currentShift],
  );

  const fail = useCallback(
    (e: unknown) => {
      setError(e);
      // A stale version: show the fresh state at once.
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') void queryClient.invalidateQueries({ queryKey: key });
    },
    [queryClient, periodId],
  );

  /** Runs the steps in order; what succeeded before a refusal stays done and undoable. */
  const run = useCallback(
    async (label: string, steps: Step[], firstOverride?: Override): Promise<boolean> => {
      setError(null);
      setStatus(null);
      setPendingOverride(null);
      setBusyCount((n) => n + 1);
      const done: UndoOp[] = [];
      try {
        for (let i = 0; i < steps.length; i++) {
          try {
            done.push(await steps[i](i === 0 ? firstOverride : undefined));
          } catch (e) {
            const rest = steps.slice(i);
            if (
              e instanceof ApiError &&
              e.code === 'RULE_VIOLATION' &&
              optionsRef.current.canOverride &&
              !firstOverride
            ) {
              setPendingOverride({
                violations: e.violations,
                confirm: (text) => run(label, rest, { reason: text }),
                cancel: () => setPendingOverride(null),
              });
            } else {
              fail(e);
            }
            return false;
          }
        }
        setStatus(t('roster.edit.saved', { action: label }));
        return true;
      } finally {
        if (done.length > 0) setUndoStack((stack) => pushUndo(stack, { label, ops: done }));
        setBusyCount((n) => n - 1);
      }
    },
    [fail, t],
  );

  const createShift = useCallback(
    (body: CreateBody) =>
      run(t('roster.edit.created'), [
        async (override) => ({ kind: 'created', shiftId: (await post(body, override)).id }),
      ]),
    [run, post, t],
  );

  const moveShifts = useCallback(
    (ids: readonly string[], days: number, employeeId: string | null | undefined) =>
      run(
        t('roster.edit.moved', { count: ids.length }),
        ids.map((id) => async (override) => {
          const shift = currentShift(id);
          const times = days === 0 ? {} : movedShiftTimes(shift, days);
          const { before } = await patch(
            id,
            { ...times, ...(employeeId === undefined ? {} : { employeeId }) },
            override,
          );
          return { kind: 'updated', before: snapshotOf(before) };
        }),
      ),
    [run, patch, currentShift, t],
  );

  const copyShifts = useCallback(
    (ids: readonly string[], days: number, employeeId: string | null | undefined) =>
      run(
        t('roster.edit.copied', { count: ids.length }),
        ids.map((id) => async (override) => {
          const shift = currentShift(id);
          const created = await post(
            {
              ...movedShiftTimes(shift, days),
              employeeId: employeeId === undefined ? shift.employeeId : employeeId,
              shiftTypeId: shift.shiftTypeId,
              breakMinutes: shift.breakMinutes,
              kind: shift.kind,
              note: shift.note,
            },
            override,
          );
          return { kind: 'created', shiftId: created.id };
        }),
      ),
    [run, post, currentShift, t],
  );

  const updateShift = useCallback(
    (id: string, changes: UpdateBody) =>
      run(t('roster.edit.changed'), [
        async (override) => ({ kind: 'updated', before: snapshotOf((await patch(id, changes, override)).before) }),
      ]),
    [run, patch, t],
  );

  const deleteShifts = useCallback(
    (ids: readonly string[]) =>
      run(
        t('roster.edit.deleted', { count: ids.length }),
        ids.map((id) => async () => ({ kind: 'deleted', before: snapshotOf(await remove(id)) })),
      ),
    [run, remove, t],
  );

  const undo = useCallback(async () => {
    const entry = undoStack.at(-1);
    if (!entry) return;
    setUndoStack((stack) => stack.slice(0, -1));
    setError(null);
    setStatus(null);
    setBusyCount((n) => n + 1);
    try {
      for (const op of inverseOrder(entry)) {
        switch (op.kind) {
          case 'created':
            await remove(op.shiftId);
            break;
          case 'updated':
            await patch(op.before.id, restoreBody(op.before));
            break;
          case 'deleted': {
            const again = await post({ ...restoreBody(op.before), kind: op.before.kind });
            setUndoStack((stack) => remapShiftId(stack, op.before.id, again.id));
            break;
          }
        }
      }
      setStatus(t('roster.edit.undone', { action: entry.label }));
    } catch (e) {
      fail(e);
    } finally {
      setBusyCount((n) => n - 1);
    }
  }, [undoStack, remove, patch, post, fail, t]);

  return {
    createShift,
    moveShifts,
    copyShifts,
    updateShift,
    deleteShifts,
    undo,
    undoLabel: undoStack.at(-1)?.label ?? null,
    busy: busyCount > 0,
    error,
    status,
    pendingOverride,
    clearMessages: () => {
      setError(null);
      setStatus(null);
    },
  };
}

/** The fields that put a shift back; exact instants with offsets, so a clock-change hour is unambiguous. */
function restoreBody(before: ShiftSnapshot) {
  return {
    employeeId: before.employeeId,
    shiftTypeId: before.shiftTypeId,
    start: before.startLocal,
    end: before.endLocal,
    breakMinutes: before.breakMinutes,
    note: before.note,
  };
}
