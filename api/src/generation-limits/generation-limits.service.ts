import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EmployeeLimits, employeeLimitProblems, toEmployeeLimits } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import type { EmployeeView } from '../employees/employee.dto';
import { EmployeesService } from '../employees/employees.service';
import { ShiftTypesService } from '../shift-types/shift-types.service';
import { EmployeeGenerationLimitsEntity } from './employee-generation-limits.entity';
import type {
  DepartmentGenerationLimitsView,
  EmployeeGenerationLimitsView,
  EmployeeLimitFieldsDto,
  SetEmployeeGenerationLimitsDto,
} from './generation-limits.dto';

const EMPLOYEE = { sv: 'medarbetaren', en: 'employee' };
const LIMITS = { sv: 'begränsningarna', en: 'limits' };

/**
 * The limits a department stores per employee for its roster generations: read, set and removed
 * by the department's schedulers, and applied by every generation run of the department.
 */
@Injectable()
export class GenerationLimitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly employees: EmployeesService,
    private readonly shiftTypes: ShiftTypesService,
    private readonly audit: AuditService,
  ) {}

  /** Everyone who may be scheduled in the department with their limits, and anyone else with some stored. */
  async list(user: AuthUser, departmentId: string): Promise<DepartmentGenerationLimitsView> {
    await this.assertSchedules(user, departmentId);
    const em = this.dataSource.manager;
    const rows = await em.find(EmployeeGenerationLimitsEntity, {
      where: { organisationId: user.organisationId, departmentId },
    });
    const byEmployee = new Map(rows.map((r) => [r.employeeId, r]));
    const staff = await this.employees.rosterStaff(em, user.organisationId, departmentId, [...byEmployee.keys()]);
    return {
      departmentId,
      employees: staff.map((e) => toView(e, departmentId, byEmployee.get(e.id) ?? null)),
    };
  }

  /** Replaces one employee's limits in the department (absent fields: no limit). */
  async set(
    user: AuthUser,
    departmentId: string,
    employeeId: string,
    dto: SetEmployeeGenerationLimitsDto,
  ): Promise<EmployeeGenerationLimitsView> {
    await this.assertSchedules(user, departmentId);
    return this.dataSource.transaction(async (em) => {
      const employee = await this.employee(em, user, departmentId, employeeId);
      if (!schedulableIn(employee, departmentId)) {
        throw DomainError.invalid('employeeId', {
          sv: `${employee.firstName} ${employee.lastName} kan inte schemaläggas på enheten`,
          en: `${employee.firstName} ${employee.lastName} cannot be scheduled in the department`,
        });
      }
      await this.assertValid(user, departmentId, dto);
      const row = await this.lockRow(em, user, departmentId, employeeId);
      const before = toView(employee, departmentId, row);
      if (dto.version !== undefined && dto.version !== before.version) throw DomainError.versionConflict(before);
      const limits = toEmployeeLimits(employeeId, dto);
      const saved = await em.save(
        Object.assign(
          row ??
            em.create(EmployeeGenerationLimitsEntity, {
              departmentId,
              employeeId,
              organisationId: user.organisationId,
            }),
          {
            minHours: limits.minHours ?? null,
            maxHours: limits.maxHours ?? null,
            maxConsecutiveDays: limits.maxConsecutiveDays ?? null,
            minConsecutiveDaysOff: limits.minConsecutiveDaysOff ?? null,
            maxWeekends: limits.maxWeekends ?? null,
            maxShiftsByType: limits.maxShiftsByType ?? {},
            updatedByUserId: user.userId,
          },
        ),
      );
      const after = toView(employee, departmentId, saved);
      await this.audit.record(em, user, {
        action: row ? 'update' : 'create',
        entityType: 'generation-limits',
        entityId: auditId(departmentId, employeeId),
        before: row ? auditable(departmentId, before) : undefined,
        after: auditable(departmentId, after),
      });
      return after;
    });
  }

  /** Removes one employee's limits in the department; their generations are limited by the rules only. */
  async remove(user: AuthUser, departmentId: string, employeeId: string): Promise<void> {
    await this.assertSchedules(user, departmentId);
    await this.dataSource.transaction(async (em) => {
      const employee = await this.employee(em, user, departmentId, employeeId);
      const row = await this.lockRow(em, user, departmentId, employeeId);
      if (!row) throw DomainError.notFound(LIMITS);
      await em.delete(EmployeeGenerationLimitsEntity, { departmentId, employeeId });
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'generation-limits',
        entityId: auditId(departmentId, employeeId),
        before: auditable(departmentId, toView(employee, departmentId, row)),
      });
    });
  }

  /** The department's stored limits in the model's form, for a generation run's snapshot. */
  async storedFor(em: EntityManager, organisationId: string, departmentId: string): Promise<EmployeeLimits[]> {
    const rows = await em.find(EmployeeGenerationLimitsEntity, { where: { organisationId, departmentId } });
    return rows.map((r) => toEmployeeLimits(r.employeeId, { ...r, maxShiftsByType: caps(r.maxShiftsByType) }));
  }

  /**
   * What class-validator cannot see: lowest above highest hours, shift types of another
   * department. Each entry's `prefix` places its messages in the body (a run's `limits.3.`).
   */
  async problems(
    user: AuthUser,
    departmentId: string,
    entries: ReadonlyArray<{ prefix: string; limits: EmployeeLimitFieldsDto }>,
  ): Promise<FieldProblem[]> {
    if (entries.length === 0) return [];
    const types = new Set((await this.shiftTypes.list(user, { departmentId })).map((t) => t.id));
    return entries.flatMap(({ prefix, limits }) =>
      employeeLimitProblems(limits, types).map((p) => ({ field: `${prefix}${p.field}`, message: p.message })),
    );
  }

  private async assertValid(user: AuthUser, departmentId: string, dto: EmployeeLimitFieldsDto): Promise<void> {
    const problems = await this.problems(user, departmentId, [{ prefix: '', limits: dto }]);
    if (problems.length > 0) throw DomainError.invalidFields(problems);
  }

  private async assertSchedules(user: AuthUser, departmentId: string): Promise<void> {
    await this.departments.getScheduled(user, departmentId);
  }

  private async employee(
    em: EntityManager,
    user: AuthUser,
    departmentId: string,
    employeeId: string,
  ): Promise<EmployeeView> {
    const staff = await this.employees.rosterStaff(em, user.organisationId, departmentId, [employeeId]);
    const employee = staff.find((e) => e.id === employeeId);
    if (!employee) throw DomainError.notFound(EMPLOYEE);
    return employee;
  }

  private lockRow(
    em: EntityManager,
    user: AuthUser,
    departmentId: string,
    employeeId: string,
  ): Promise<EmployeeGenerationLimitsEntity | null> {
    return em.findOne(EmployeeGenerationLimitsEntity, {
      where: { organisationId: user.organisationId, departmentId, employeeId },
      lock: { mode: 'pessimistic_write' },
    });
  }
}

function schedulableIn(e: EmployeeView, departmentId: string): boolean {
  return e.active && (e.homeDepartmentId === departmentId || e.departmentIds.includes(departmentId));
}

function caps(map: Record<string, number>): Array<{ shiftTypeId: string; max: number }> {
  return Object.entries(map).map(([shiftTypeId, max]) => ({ shiftTypeId, max }));
}

function auditId(departmentId: string, employeeId: string): string {
  return `${departmentId}:${employeeId}`;
}

/** The limits themselves: the audit log names people by id only. */
function auditable(departmentId: string, view: EmployeeGenerationLimitsView): object {
  const { firstName: _first, lastName: _last, schedulable: _schedulable, ...limits } = view;
  return { departmentId, ...limits };
}

function toView(
  e: EmployeeView,
  departmentId: string,
  row: EmployeeGenerationLimitsEntity | null,
): EmployeeGenerationLimitsView {
  return {
    employeeId: e.id,
    firstName: e.firstName,
    lastName: e.lastName,
    schedulable: schedulableIn(e, departmentId),
    minHours: row?.minHours ?? null,
    maxHours: row?.maxHours ?? null,
    maxConsecutiveDays: row?.maxConsecutiveDays ?? null,
    minConsecutiveDaysOff: row?.minConsecutiveDaysOff ?? null,
    maxWeekends: row?.maxWeekends ?? null,
    maxShiftsByType: row ? caps(row.maxShiftsByType) : [],
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedByUserId: row?.updatedByUserId ?? null,
  };
}
