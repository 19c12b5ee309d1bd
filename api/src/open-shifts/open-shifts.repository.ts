import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ExtraHoursPreferenceEntity } from './extra-hours-preference.entity';
import { OpenShiftApplicationEntity } from './open-shift-application.entity';
import { OpenShiftPostingEntity } from './open-shift-posting.entity';

@Injectable()
export class OpenShiftsRepository {
  findForUpdate(em: EntityManager, organisationId: string, id: string): Promise<OpenShiftPostingEntity | null> {
    return em.findOne(OpenShiftPostingEntity, { where: { organisationId, id }, lock: { mode: 'pessimistic_write' } });
  }

  openForShift(em: EntityManager, shiftId: string): Promise<boolean> {
    return em.exists(OpenShiftPostingEntity, { where: { shiftId, status: 'open' } });
  }

  /** Open postings in these departments, and every posting the employee applied for. */
  forEmployee(
    em: EntityManager,
    organisationId: string,
    employeeId: string,
    departmentIds: string[],
  ): Promise<OpenShiftPostingEntity[]> {
    return em
      .createQueryBuilder(OpenShiftPostingEntity, 'o')
      .where('o.organisation_id = :organisationId', { organisationId })
      .andWhere(
        `((o.status = 'open' AND o.department_id = ANY(:departmentIds::uuid[]))
          OR EXISTS (SELECT 1 FROM open_shift_applications a WHERE a.posting_id = o.id AND a.employee_id = :employeeId))`,
        { departmentIds, employeeId },
      )
      .orderBy('o.deadline', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /** Postings in these departments (null: all), newest deadline last. */
  forManagers(
    em: EntityManager,
    organisationId: string,
    departmentIds: string[] | null,
    filter: { status?: string; departmentId?: string },
  ): Promise<OpenShiftPostingEntity[]> {
    const qb = em
      .createQueryBuilder(OpenShiftPostingEntity, 'o')
      .where('o.organisation_id = :organisationId', { organisationId });
    if (departmentIds) qb.andWhere('o.department_id = ANY(:departmentIds::uuid[])', { departmentIds });
    if (filter.departmentId) qb.andWhere('o.department_id = :departmentId', { departmentId: filter.departmentId });
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    return qb.orderBy('o.deadline', 'ASC').addOrderBy('o.id', 'ASC').limit(500).getMany();
  }

  applications(em: EntityManager, postingIds: string[]): Promise<OpenShiftApplicationEntity[]> {
    if (postingIds.length === 0) return Promise.resolve([]);
    return em
      .createQueryBuilder(OpenShiftApplicationEntity, 'a')
      .where('a.posting_id = ANY(:postingIds::uuid[])', { postingIds })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async wantsExtraHours(em: EntityManager, employeeId: string): Promise<boolean> {
    const row = await em.findOne(ExtraHoursPreferenceEntity, { where: { employeeId } });
    return row?.wantsExtraHours ?? false;
  }

  async setWantsExtraHours(
    em: EntityManager,
    organisationId: string,
    employeeId: string,
    wants: boolean,
  ): Promise<void> {
    await em.upsert(ExtraHoursPreferenceEntity, { employeeId, organisationId, wantsExtraHours: wants }, ['employeeId']);
  }

  async wantingExtraHours(em: EntityManager, employeeIds: string[]): Promise<Set<string>> {
    if (employeeIds.length === 0) return new Set();
    const rows = await em
      .createQueryBuilder(ExtraHoursPreferenceEntity, 'p')
      .where('p.employee_id = ANY(:employeeIds::uuid[])', { employeeIds })
      .andWhere('p.wants_extra_hours')
      .getMany();
    return new Set(rows.map((r) => r.employeeId));
  }

  /** Unassigned shifts of published periods that have not started and are not out as open shifts. */
  async unassignedShiftIds(
    em: EntityManager,
    organisationId: string,
    departmentIds: string[] | null,
    now: Date,
  ): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT s.id FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state = 'published'
        WHERE s.organisation_id = $1 AND s.employee_id IS NULL AND s.start_at > $2
          AND ($3::uuid[] IS NULL OR s.department_id = ANY($3::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM open_shift_postings o WHERE o.shift_id = s.id AND o.status = 'open')
        ORDER BY s.start_at, s.id
        LIMIT 500`,
      [organisationId, now, departmentIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Whom a posting addresses: active, non-agency staff allowed in the department whose home is the
   * department, one of the listed ones, or (with the pool) a staffing pool.
   */
  async audience(
    em: EntityManager,
    organisationId: string,
    departmentId: string,
    includeDepartmentIds: string[],
    includePool: boolean,
  ): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT e.id FROM employees e
         JOIN departments home ON home.id = e.home_department_id
        WHERE e.organisation_id = $1 AND e.active AND NOT e.is_agency
          AND (e.home_department_id = $2
               OR EXISTS (SELECT 1 FROM employee_departments ed WHERE ed.employee_id = e.id AND ed.department_id = $2))
          AND (e.home_department_id = $2 OR e.home_department_id = ANY($3::uuid[]) OR ($4 AND home.kind = 'pool'))
        ORDER BY e.id`,
      [organisationId, departmentId, includeDepartmentIds, includePool],
    );
    return rows.map((r) => r.id);
  }
}
