import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

/** A shift (or its future state) as far as the payroll freeze is concerned. */
export interface FreezeCheck {
  shiftId: string | null;
  periodId: string;
  /** Employees whose time the change touches (before and after a reassignment). */
  employeeIds: string[];
}

/**
 * Whether worked time may still change (issue 6): a shift whose hours went to payroll is not
 * edited; an attested employee-period is frozen. Both are changed only through corrections
 * (deviations with a reason). The roster write path asks here before every shift change.
 */
@Injectable()
export class PayrollLockService {
  async assertShiftChangeAllowed(em: EntityManager, check: FreezeCheck): Promise<void> {
    if (check.shiftId) {
      const [exported] = await em.query(`SELECT 1 FROM payroll_exported_shifts WHERE shift_id = $1`, [check.shiftId]);
      if (exported) throw exportedError();
    }
    if (check.employeeIds.length === 0) return;
    const [attested] = await em.query(
      `SELECT 1 FROM attestations WHERE period_id = $1 AND employee_id = ANY($2::uuid[]) LIMIT 1`,
      [check.periodId, check.employeeIds],
    );
    if (attested) throw attestedError();
  }

  /** The attested employee ids among these in the period. */
  async attestedEmployees(em: EntityManager, periodId: string, employeeIds: string[]): Promise<Set<string>> {
    if (employeeIds.length === 0) return new Set();
    const rows: { employee_id: string }[] = await em.query(
      `SELECT employee_id FROM attestations WHERE period_id = $1 AND employee_id = ANY($2::uuid[])`,
      [periodId, employeeIds],
    );
    return new Set(rows.map((r) => r.employee_id));
  }

  /** The exported shift ids among these. */
  async exportedShifts(em: EntityManager, shiftIds: string[]): Promise<Set<string>> {
    if (shiftIds.length === 0) return new Set();
    const rows: { shift_id: string }[] = await em.query(
      `SELECT shift_id FROM payroll_exported_shifts WHERE shift_id = ANY($1::uuid[])`,
      [shiftIds],
    );
    return new Set(rows.map((r) => r.shift_id));
  }
}

export function exportedError(): DomainError {
  return new DomainError('PERIOD_LOCKED', {
    sv: 'Passets timmar har gått till lön; ändringar görs som korrigeringar (avvikelse med orsak)',
    en: "The shift's hours went to payroll; changes are made as corrections (a deviation with a reason)",
  });
}

export function attestedError(): DomainError {
  return new DomainError('ATTESTED', {
    sv: 'Tiden är attesterad; ändringar görs som korrigeringar (avvikelse med orsak)',
    en: 'The time is attested; changes are made as corrections (a deviation with a reason)',
  });
}
