import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../common/database/escape-like';
import type { RuleEmployee } from '../roster-check/roster-document.builder';
import type { EmployeeQueryDto } from './employee.dto';
import { EmployeeDepartmentEntity } from './employee-department.entity';
import { EmployeeSkillEntity } from './employee-skill.entity';
import { EmployeeEntity } from './employee.entity';

export interface EmployeeLinks {
  departmentIds: string[];
  skillIds: string[];
}

@Injectable()
export class EmployeesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A page of the organisation's employees. `visibleDepartmentIds` (null = all) limits the result
   * to staff whose home department, or one of their other departments, is among them.
   */
  findPage(
    organisationId: string,
    query: EmployeeQueryDto,
    visibleDepartmentIds: string[] | null,
  ): Promise<[EmployeeEntity[], number]> {
    const qb = this.dataSource
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .where('e.organisation_id = :organisationId', { organisationId });
    if (visibleDepartmentIds) whereWorksIn(qb, 'visible', visibleDepartmentIds);
    if (query.departmentId) whereWorksIn(qb, 'filter', [query.departmentId]);
    if (!query.includeInactive) qb.andWhere('e.active');
    if (query.profession) qb.andWhere('e.profession = :profession', { profession: query.profession });
    if (query.skillId) {
      qb.andWhere('EXISTS (SELECT 1 FROM employee_skills es WHERE es.employee_id = e.id AND es.skill_id = :skillId)', {
        skillId: query.skillId,
      });
    }
    if (query.q) {
      qb.andWhere(
        // E-mail matches from its start only: every address ends in the region's domain.
        `((e.first_name || ' ' || e.last_name) ILIKE :q OR e.employee_number ILIKE :q OR e.email ILIKE :prefix)`,
        { q: `%${escapeLike(query.q)}%`, prefix: `${escapeLike(query.q)}%` },
      );
    }
    return qb
      .orderBy('e.last_name', 'ASC')
      .addOrderBy('e.first_name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
  }

  findById(
    manager: EntityManager,
    organisationId: string,
    id: string,
    forUpdate = false,
  ): Promise<EmployeeEntity | null> {
    return manager.findOne(EmployeeEntity, {
      where: { organisationId, id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  numberTaken(manager: EntityManager, organisationId: string, employeeNumber: string): Promise<boolean> {
    return manager.exists(EmployeeEntity, { where: { organisationId, employeeNumber } });
  }

  /** Other departments and skills of many employees in two queries (no N+1). */
  async linksOf(
    employeeIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, EmployeeLinks>> {
    const links = new Map<string, EmployeeLinks>(employeeIds.map((id) => [id, { departmentIds: [], skillIds: [] }]));
    if (employeeIds.length === 0) return links;
    // One after the other: the manager is often a transaction's, whose one connection pg does
    // not let queue queries.
    const departments = await manager
      .createQueryBuilder(EmployeeDepartmentEntity, 'ed')
      .where('ed.employee_id IN (:...employeeIds)', { employeeIds })
      .orderBy('ed.department_id')
      .getMany();
    const skills = await manager
      .createQueryBuilder(EmployeeSkillEntity, 'es')
      .where('es.employee_id IN (:...employeeIds)', { employeeIds })
      .orderBy('es.skill_id')
      .getMany();
    for (const row of departments) links.get(row.employeeId)?.departmentIds.push(row.departmentId);
    for (const row of skills) links.get(row.employeeId)?.skillIds.push(row.skillId);
    return links;
  }

  async ruleEmployees(manager: EntityManager, organisationId: string, employeeIds: string[]): Promise<RuleEmployee[]> {
    if (employeeIds.length === 0) return [];
    const rows: (Omit<RuleEmployee, 'employmentRate' | 'fullTimeHoursPerWeek'> & {
      employmentRate: number;
      fullTimeHoursPerWeek: string;
    })[] = await manager.query(
      `SELECT e.id, e.employment_rate AS "employmentRate", e.full_time_hours_per_week AS "fullTimeHoursPerWeek",
              e.night_worker AS "nightWorker", e.night_work_basis AS "nightWorkBasis", e.dygnsbryt, e.agreement,
              coalesce(array_agg(s.code ORDER BY s.code) FILTER (WHERE s.code IS NOT NULL), '{}') AS "skillCodes"
         FROM employees e
         LEFT JOIN employee_skills es ON es.employee_id = e.id
         LEFT JOIN skills s ON s.id = es.skill_id
        WHERE e.organisation_id = $1 AND e.id = ANY($2::uuid[])
        GROUP BY e.id
        ORDER BY e.id`,
      [organisationId, employeeIds],
    );
    return rows.map((r) => ({ ...r, fullTimeHoursPerWeek: Number(r.fullTimeHoursPerWeek) }));
  }

  /** Active staff who may work in the department (home or other department), plus the given employees. */
  async rosterStaff(
    manager: EntityManager,
    organisationId: string,
    departmentId: string,
    alsoIds: string[],
  ): Promise<EmployeeEntity[]> {
    return manager
      .createQueryBuilder(EmployeeEntity, 'e')
      .where('e.organisation_id = :organisationId', { organisationId })
      .andWhere(
        `((e.active AND (e.home_department_id = :departmentId OR EXISTS (
            SELECT 1 FROM employee_departments ed WHERE ed.employee_id = e.id AND ed.department_id = :departmentId)))
          OR e.id = ANY(:alsoIds))`,
        { departmentId, alsoIds },
      )
      .orderBy('e.last_name', 'ASC')
      .addOrderBy('e.first_name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }

  async replaceDepartments(manager: EntityManager, employee: EmployeeEntity, departmentIds: string[]): Promise<void> {
    await manager.delete(EmployeeDepartmentEntity, { employeeId: employee.id });
    if (departmentIds.length === 0) return;
    await manager.insert(
      EmployeeDepartmentEntity,
      departmentIds.map((departmentId) => ({
        employeeId: employee.id,
        departmentId,
        organisationId: employee.organisationId,
      })),
    );
  }

  async replaceSkills(manager: EntityManager, employee: EmployeeEntity, skillIds: string[]): Promise<void> {
    await manager.delete(EmployeeSkillEntity, { employeeId: employee.id });
    if (skillIds.length === 0) return;
    await manager.insert(
      EmployeeSkillEntity,
      skillIds.map((skillId) => ({ employeeId: employee.id, skillId, organisationId: employee.organisationId })),
    );
  }
}

function whereWorksIn(qb: SelectQueryBuilder<EmployeeEntity>, name: string, departmentIds: string[]): void {
  if (departmentIds.length === 0) {
    qb.andWhere('false');
    return;
  }
  qb.andWhere(
    `(e.home_department_id IN (:...${name}) OR EXISTS (
        SELECT 1 FROM employee_departments ed WHERE ed.employee_id = e.id AND ed.department_id IN (:...${name})))`,
    { [name]: departmentIds },
  );
}
