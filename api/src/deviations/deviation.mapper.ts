import { HOUR_MS, toLocalIso } from '@bemanna/shared';
import type { DeviationView } from './deviation.dto';
import type { DeviationEntity } from './deviation.entity';

export function toDeviationView(d: DeviationEntity, reportedByEmployee: boolean): DeviationView {
  return {
    id: d.id,
    periodId: d.periodId,
    employeeId: d.employeeId,
    shiftId: d.shiftId,
    kind: d.kind,
    absenceType: d.absenceType,
    startLocal: toLocalIso(d.startAt.getTime()),
    endLocal: toLocalIso(d.endAt.getTime()),
    hours: Math.round(((d.endAt.getTime() - d.startAt.getTime()) / HOUR_MS) * 100) / 100,
    orderedBy: d.orderedBy,
    comment: d.comment,
    status: d.status,
    reportedByEmployee,
    decisionReason: d.decisionReason,
    correctionReason: d.correctionReason,
    withdrawnReason: d.withdrawnReason,
    exported: d.exportedAt !== null,
    version: d.version,
  };
}
