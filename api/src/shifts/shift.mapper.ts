import { MINUTE_MS, type ShiftKind, localDate, toLocalIso } from '@bemanna/shared';
import type { ShiftView } from './shift.dto';
import type { ShiftEntity } from './shift.entity';

export function toShiftView(s: ShiftEntity): ShiftView {
  const start = s.startAt.getTime();
  const end = s.endAt.getTime();
  return {
    id: s.id,
    periodId: s.periodId,
    departmentId: s.departmentId,
    employeeId: s.employeeId,
    shiftTypeId: s.shiftTypeId,
    start: s.startAt.toISOString(),
    end: s.endAt.toISOString(),
    startLocal: toLocalIso(start),
    endLocal: toLocalIso(end),
    date: localDate(start),
    breakMinutes: s.breakMinutes,
    paidMinutes: Math.round((end - start) / MINUTE_MS) - s.breakMinutes,
    kind: s.kind as ShiftKind,
    note: s.note,
    source: s.source,
    overrideReason: s.overrideReason,
    overriddenRules: s.overriddenRules,
    version: s.version,
  };
}
