import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { assertVersion } from '../common/database/check-version';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import type { BaseScheduleView, SaveBaseScheduleDto } from './base-schedule.dto';
import { BaseScheduleEntryEntity } from './base-schedule-entry.entity';
import { BaseScheduleEntity } from './base-schedule.entity';

const BASE_SCHEDULE = { sv: 'grundschemat', en: 'base schedule' };

@Injectable()
export class BaseSchedulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly employees: EmployeesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, departmentId: string): Promise<BaseScheduleView[]> {
    await this.departments.assertExist(user.organisationId, [departmentId], 'departmentId');
    const schedules = await this.dataSource.getRepository(BaseScheduleEntity).find({
      where: { organisationId: user.organisationId, departmentId },
      order: { name: 'ASC', id: 'ASC' },
    });
    return Promise.all(schedules.map((s) => this.view(this.dataSource.manager, s)));
  }

  /** A base schedule of a department the user manages, for rolling it out. */
  async loadForUse(em: EntityManager, user: AuthUser, id: string, departmentId: string): Promise<BaseScheduleView> {
    const schedule = await em.findOne(BaseScheduleEntity, { where: { organisationId: user.organisationId, id } });
    if (!schedule || schedule.departmentId !== departmentId) {
      throw DomainError.invalid('baseScheduleId', {
        sv: 'Grundschemat hör inte till enheten',
        en: 'The base schedule does not belong to the department',
      });
    }
    return this.view(em, schedule);
  }

  async create(user: AuthUser, departmentId: string, dto: SaveBaseScheduleDto): Promise<BaseScheduleView> {
    assertManages(user, departmentId);
    return this.dataSource.transaction(async (em) => {
      await this.departments.assertExist(user.organisationId, [departmentId], 'departmentId', em);
      await this.assertEntries(em, user, departmentId, dto);
      const saved = await em.save(
        em.create(BaseScheduleEntity, {
          organisationId: user.organisationId,
          departmentId,
          name: dto.name,
          weeks: dto.weeks,
        }),
      );
      await this.replaceEntries(em, saved, dto);
      const view = await this.view(em, saved);
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'base-schedule',
        entityId: saved.id,
        after: view,
      });
      return view;
    });
  }

  async update(user: AuthUser, id: string, dto: SaveBaseScheduleDto): Promise<BaseScheduleView> {
    return this.dataSource.transaction(async (em) => {
      const schedule = await this.loadForWrite(em, user, id);
      const before = await this.view(em, schedule);
      assertVersion(schedule, dto.version, () => before);
      await this.assertEntries(em, user, schedule.departmentId, dto);
      schedule.name = dto.name;
      schedule.weeks = dto.weeks;
      const saved = await em.save(schedule);
      await this.replaceEntries(em, saved, dto);
      const view = await this.view(em, saved);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'base-schedule',
        entityId: id,
        before,
        after: view,
      });
      return view;
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const schedule = await this.loadForWrite(em, user, id);
      const before = await this.view(em, schedule);
      await em.delete(BaseScheduleEntity, { id });
      await this.audit.record(em, user, { action: 'delete', entityType: 'base-schedule', entityId: id, before });
    });
  }

  private async loadForWrite(em: EntityManager, user: AuthUser, id: string): Promise<BaseScheduleEntity> {
    const schedule = await em.findOne(BaseScheduleEntity, {
      where: { organisationId: user.organisationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!schedule) throw DomainError.notFound(BASE_SCHEDULE);
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(schedule.departmentId)) {
      throw DomainError.notFound(BASE_SCHEDULE);
    }
    return schedule;
  }

  /** Entries within the rotation, one per person and day, with the department's shift types and staff. */
  private async assertEntries(
    em: EntityManager,
    user: AuthUser,
    departmentId: string,
    dto: SaveBaseScheduleDto,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const shiftTypeIds = new Set<string>(
      ((await em.query(`SELECT id FROM shift_types WHERE department_id = $1`, [departmentId])) as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    const workplaces = new Map<string, string[]>();
    for (const employeeId of new Set(dto.entries.map((e) => e.employeeId))) {
      workplaces.set(employeeId, await this.employees.workplaceDepartmentIds(user.organisationId, employeeId));
    }
    dto.entries.forEach((e, i) => {
      if (e.week > dto.weeks) {
        problems.push({
          field: `entries.${i}.week`,
          message: { sv: `Schemat har bara ${dto.weeks} veckor`, en: `The schedule has only ${dto.weeks} weeks` },
        });
      }
      if (!shiftTypeIds.has(e.shiftTypeId)) {
        problems.push({
          field: `entries.${i}.shiftTypeId`,
          message: { sv: 'Passtypen hör inte till enheten', en: 'The shift type does not belong to the department' },
        });
      }
      if (!workplaces.get(e.employeeId)?.includes(departmentId)) {
        problems.push({
          field: `entries.${i}.employeeId`,
          message: { sv: 'Medarbetaren får inte arbeta i enheten', en: 'The employee may not work in the department' },
        });
      }
      const key = `${e.employeeId}|${e.week}|${e.weekday}`;
      if (seen.has(key)) {
        problems.push({
          field: `entries.${i}`,
          message: { sv: 'Två pass samma dag för samma person', en: 'Two shifts on the same day for one person' },
        });
      }
      seen.add(key);
    });
    if (problems.length > 0) throw DomainError.invalidFields(problems);
  }

  private async replaceEntries(
    em: EntityManager,
    schedule: BaseScheduleEntity,
    dto: SaveBaseScheduleDto,
  ): Promise<void> {
    await em.delete(BaseScheduleEntryEntity, { baseScheduleId: schedule.id });
    if (dto.entries.length === 0) return;
    await em.insert(
      BaseScheduleEntryEntity,
      dto.entries.map((e) => ({
        organisationId: schedule.organisationId,
        baseScheduleId: schedule.id,
        employeeId: e.employeeId,
        weekIndex: e.week - 1,
        weekday: e.weekday,
        shiftTypeId: e.shiftTypeId,
      })),
    );
  }

  private async view(em: EntityManager, s: BaseScheduleEntity): Promise<BaseScheduleView> {
    const entries = await em.find(BaseScheduleEntryEntity, {
      where: { baseScheduleId: s.id },
      order: { employeeId: 'ASC', weekIndex: 'ASC', weekday: 'ASC' },
    });
    return {
      id: s.id,
      departmentId: s.departmentId,
      name: s.name,
      weeks: s.weeks,
      entries: entries.map((e) => ({
        employeeId: e.employeeId,
        week: e.weekIndex + 1,
        weekday: e.weekday,
        shiftTypeId: e.shiftTypeId,
      })),
      version: s.version,
    };
  }
}

function assertManages(user: AuthUser, departmentId: string): void {
  if (user.role !== 'admin' && !user.managedDepartmentIds.includes(departmentId)) throw DomainError.forbidden();
}
