import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RuleShift } from '../roster-check/roster-document.builder';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftChangeEntity } from './shift-change.entity';
import { ShiftEntity } from './shift.entity';

@Injectable()
export class ShiftsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByPeriod(periodId: string, manager: EntityManager = this.dataSource.manager): Promise<ShiftEntity[]> {
    return manager.find(ShiftEntity, { where: { periodId }, order: { startAt: 'ASC', id: 'ASC' } });
  }

  findForUpdate(manager: EntityManager, organisationId: string, id: string): Promise<ShiftEntity | null> {
    return manager.findOne(ShiftEntity, { where: { organisationId, id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The rules engine's view of these employees' shifts intersecting [from, to), with required skill codes. */
  async findRuleShifts(manager: EntityManager, employeeIds: string[], from: Date, to: Date): Promise<RuleShift[]> {
    if (employeeIds.length === 0) return [];
    const rows: {
      id: string;
      employee_id: string;
      start_at: Date;
      end_at: Date;
      break_minutes: number;
      kind: string;
      skill: string | null;
    }[] = await manager.query(
      `SELECT s.id, s.employee_id, s.start_at, s.end_at, s.break_minutes, s.kind, sk.code AS skill
           FROM shifts s
           LEFT JOIN shift_types st ON st.id = s.shift_type_id
           LEFT JOIN skills sk ON sk.id = st.required_skill_id
          WHERE s.employee_id = ANY($1::uuid[]) AND s.start_at < $3 AND s.end_at > $2
          ORDER BY s.start_at, s.id`,
      [employeeIds, from, to],
    );
    return rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      startAt: r.start_at,
      endAt: r.end_at,
      breakMinutes: r.break_minutes,
      kind: r.kind,
      requiredSkillCode: r.skill,
    }));
  }

  /** The rules engine's view of particular shifts (whoever holds them), with required skill codes. */
  async findRuleShiftsByIds(
    manager: EntityManager,
    ids: string[],
  ): Promise<(Omit<RuleShift, 'employeeId'> & { employeeId: string | null })[]> {
    if (ids.length === 0) return [];
    const rows: {
      id: string;
      employee_id: string | null;
      start_at: Date;
      end_at: Date;
      break_minutes: number;
      kind: string;
      skill: string | null;
    }[] = await manager.query(
      `SELECT s.id, s.employee_id, s.start_at, s.end_at, s.break_minutes, s.kind, sk.code AS skill
           FROM shifts s
           LEFT JOIN shift_types st ON st.id = s.shift_type_id
           LEFT JOIN skills sk ON sk.id = st.required_skill_id
          WHERE s.id = ANY($1::uuid[])
          ORDER BY s.start_at, s.id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      startAt: r.start_at,
      endAt: r.end_at,
      breakMinutes: r.break_minutes,
      kind: r.kind,
      requiredSkillCode: r.skill,
    }));
  }

  /** Shifts locked for a change, in id order (so concurrent multi-shift changes lock alike). */
  findManyForUpdate(manager: EntityManager, organisationId: string, ids: string[]): Promise<ShiftEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(ShiftEntity, 's')
      .where('s.organisation_id = :organisationId', { organisationId })
      .andWhere('s.id = ANY(:ids)', { ids })
      .orderBy('s.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  findManyWithPeriods(manager: EntityManager, organisationId: string, ids: string[]): Promise<ShiftEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(ShiftEntity, 's')
      .innerJoinAndSelect('s.period', 'p')
      .where('s.organisation_id = :organisationId', { organisationId })
      .andWhere('s.id = ANY(:ids)', { ids })
      .orderBy('s.id', 'ASC')
      .getMany();
  }

  /** An employee's shifts starting on the Stockholm dates [from, to], with their periods, locked. */
  async findEmployeeShiftsStarting(
    manager: EntityManager,
    employeeId: string,
    from: string,
    to: string,
  ): Promise<{ shift: ShiftEntity; period: RosterPeriodEntity; periodState: string }[]> {
    const shifts = await manager
      .createQueryBuilder(ShiftEntity, 's')
      .innerJoinAndSelect('s.period', 'p')
      .where('s.employee_id = :employeeId', { employeeId })
      .andWhere(`(s.start_at AT TIME ZONE 'Europe/Stockholm')::date BETWEEN :from AND :to`, { from, to })
      .orderBy('s.start_at', 'ASC')
      .setLock('pessimistic_write', undefined, ['s'])
      .getMany();
    return shifts.map((shift) => ({ shift, period: shift.period!, periodState: shift.period!.state }));
  }

  /** These employees' shifts in other departments intersecting [from, to). */
  findForEmployeesElsewhere(
    manager: EntityManager,
    employeeIds: string[],
    departmentId: string,
    from: Date,
    to: Date,
  ): Promise<ShiftEntity[]> {
    if (employeeIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(ShiftEntity, 's')
      .where('s.employee_id = ANY(:employeeIds)', { employeeIds })
      .andWhere('s.department_id <> :departmentId', { departmentId })
      .andWhere('s.start_at < :to AND s.end_at > :from', { from, to })
      .orderBy('s.start_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /**
   * Records which hard rules the shift's override covers. Part of the same write, so it does not
   * count as a new version (a calendar app would otherwise see two changes).
   */
  async setOverride(manager: EntityManager, shift: ShiftEntity, reason: string | null, rules: string[]): Promise<void> {
    await manager.query(`UPDATE shifts SET override_reason = $2, overridden_rules = $3 WHERE id = $1`, [
      shift.id,
      reason,
      rules,
    ]);
    shift.overrideReason = reason;
    shift.overriddenRules = rules;
  }

  /**
   * Serialises writes that touch an employee's schedule, so two concurrent edits in different
   * departments cannot both pass the overlap and rest checks.
   */
  async lockEmployees(manager: EntityManager, employeeIds: string[]): Promise<void> {
    const unique = [...new Set(employeeIds)].sort();
    if (unique.length === 0) return;
    await manager.query(`SELECT id FROM employees WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [unique]);
  }

  async recordChange(manager: EntityManager, change: Omit<ShiftChangeEntity, 'id' | 'changedAt'>): Promise<void> {
    await manager.insert(ShiftChangeEntity, change);
  }
}
