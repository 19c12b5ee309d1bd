import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Agreement, EmploymentForm, Profession } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import type { RuleEmployee } from '../roster-check/roster-document.builder';
import { assertVersion } from '../common/database/check-version';
import { DomainError } from '../common/errors/domain-error';
import { type Page, pageOf } from '../common/http/pagination';
import { DepartmentsService } from '../departments/departments.service';
import { SkillsService } from '../skills/skills.service';
import type { CreateEmployeeDto, EmployeeQueryDto, EmployeeView, UpdateEmployeeDto } from './employee.dto';
import { EmployeeEntity } from './employee.entity';
import { type EmployeeLinks, EmployeesRepository } from './employees.repository';

const EMPLOYEE = { sv: 'den anställda', en: 'employee' };

@Injectable()
export class EmployeesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly departments: DepartmentsService,
    private readonly skills: SkillsService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: EmployeeQueryDto): Promise<Page<EmployeeView>> {
    const [rows, total] = await this.employees.findPage(user.organisationId, query, visibleDepartments(user));
    const links = await this.employees.linksOf(rows.map((r) => r.id));
    return pageOf(
      rows.map((r) => toView(r, links.get(r.id)!)),
      total,
      query,
    );
  }

  async get(user: AuthUser, id: string): Promise<EmployeeView> {
    const employee = await this.employees.findById(this.dataSource.manager, user.organisationId, id);
    if (!employee) throw DomainError.notFound(EMPLOYEE);
    const links = (await this.employees.linksOf([id])).get(id)!;
    if (!canRead(user, employee, links)) {
      // Staff outside a scheduler's departments are simply not theirs to see; an employee may read only themself.
      if (user.role === 'scheduler') throw DomainError.notFound(EMPLOYEE);
      throw DomainError.forbidden();
    }
    return toView(employee, links);
  }

  async create(user: AuthUser, dto: CreateEmployeeDto): Promise<EmployeeView> {
    assertAgency(dto.isAgency ?? false, dto.agencyName ?? null);
    assertManages(user, dto.homeDepartmentId, 'homeDepartmentId');
    return this.dataSource.transaction(async (em) => {
      await this.assertReferences(em, user.organisationId, dto);
      if (await this.employees.numberTaken(em, user.organisationId, dto.employeeNumber)) throw numberTaken();
      const saved = await em.save(
        em.create(EmployeeEntity, {
          organisationId: user.organisationId,
          employeeNumber: dto.employeeNumber,
          firstName: dto.firstName,
          lastName: dto.lastName,
          email: dto.email ?? null,
          phone: dto.phone ?? null,
          profession: dto.profession,
          employmentRate: dto.employmentRate,
          employmentForm: dto.employmentForm,
          agreement: dto.agreement,
          homeDepartmentId: dto.homeDepartmentId,
          fullTimeHoursPerWeek: dto.fullTimeHoursPerWeek ?? 40,
          nightWorker: dto.nightWorker ?? false,
          nightWorkBasis: dto.nightWorkBasis ?? true,
          dygnsbryt: dto.dygnsbryt ?? '00:00',
          isAgency: dto.isAgency ?? false,
          agencyName: dto.agencyName ?? null,
        }),
      );
      const links = {
        departmentIds: otherDepartments(dto.departmentIds, saved.homeDepartmentId),
        skillIds: dto.skillIds ?? [],
      };
      await this.employees.replaceDepartments(em, saved, links.departmentIds);
      await this.employees.replaceSkills(em, saved, links.skillIds);
      const view = toView(saved, links);
      await this.audit.record(em, user, { action: 'create', entityType: 'employee', entityId: saved.id, after: view });
      return view;
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateEmployeeDto): Promise<EmployeeView> {
    return this.dataSource.transaction(async (em) => {
      const employee = await this.employees.findById(em, user.organisationId, id, true);
      if (!employee) throw DomainError.notFound(EMPLOYEE);
      const currentLinks = (await this.employees.linksOf([id], em)).get(id)!;
      if (user.role !== 'admin' && !user.managedDepartmentIds.includes(employee.homeDepartmentId)) {
        if (canRead(user, employee, currentLinks)) throw DomainError.forbidden();
        throw DomainError.notFound(EMPLOYEE);
      }
      const before = toView(employee, currentLinks);
      assertVersion(employee, dto.version, () => before);
      if (dto.homeDepartmentId !== undefined) assertManages(user, dto.homeDepartmentId, 'homeDepartmentId');
      await this.assertReferences(em, user.organisationId, dto);
      if (dto.employeeNumber !== undefined && dto.employeeNumber !== employee.employeeNumber) {
        if (await this.employees.numberTaken(em, user.organisationId, dto.employeeNumber)) throw numberTaken();
      }
      const { departmentIds, skillIds, version: _version, ...fields } = dto;
      Object.assign(employee, fields);
      if (!employee.isAgency) employee.agencyName = null;
      assertAgency(employee.isAgency, employee.agencyName);
      const saved = await em.save(employee);
      const links: EmployeeLinks = {
        departmentIds: otherDepartments(departmentIds ?? currentLinks.departmentIds, saved.homeDepartmentId),
        skillIds: skillIds ?? currentLinks.skillIds,
      };
      await this.employees.replaceDepartments(em, saved, links.departmentIds);
      await this.employees.replaceSkills(em, saved, links.skillIds);
      const view = toView(saved, links);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'employee',
        entityId: id,
        before,
        after: view,
      });
      return view;
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const employee = await this.employees.findById(em, user.organisationId, id, true);
      if (!employee) throw DomainError.notFound(EMPLOYEE);
      const links = (await this.employees.linksOf([id], em)).get(id)!;
      await em.delete(EmployeeEntity, { id });
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'employee',
        entityId: id,
        before: toView(employee, links),
      });
    });
  }

  /** Refuses with a 400 on `field` unless the id is an employee of the organisation. */
  async assertExists(
    organisationId: string,
    id: string,
    field: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (!(await this.employees.findById(em, organisationId, id))) {
      throw DomainError.invalid(field, { sv: 'Okänd anställd', en: 'Unknown employee' });
    }
  }

  /** The rules engine's view of these employees: contract, night work, dygnsbryt, skill codes. */
  async ruleEmployees(em: EntityManager, organisationId: string, employeeIds: string[]): Promise<RuleEmployee[]> {
    return this.employees.ruleEmployees(em, organisationId, employeeIds);
  }

  /** The rows of a department's roster: who may work there, plus anyone already placed there. */
  async rosterStaff(
    em: EntityManager,
    organisationId: string,
    departmentId: string,
    alsoIds: string[],
  ): Promise<EmployeeView[]> {
    const rows = await this.employees.rosterStaff(em, organisationId, departmentId, alsoIds);
    const links = await this.employees.linksOf(
      rows.map((r) => r.id),
      em,
    );
    return rows.map((r) => toView(r, links.get(r.id)!));
  }

  /** The employee's home department and the other departments they may work in. */
  async workplaceDepartmentIds(organisationId: string, employeeId: string): Promise<string[]> {
    const employee = await this.employees.findById(this.dataSource.manager, organisationId, employeeId);
    if (!employee) return [];
    const links = (await this.employees.linksOf([employeeId])).get(employeeId)!;
    return [employee.homeDepartmentId, ...links.departmentIds];
  }

  private async assertReferences(
    em: EntityManager,
    organisationId: string,
    dto: { homeDepartmentId?: string; departmentIds?: string[]; skillIds?: string[] },
  ): Promise<void> {
    if (dto.homeDepartmentId)
      await this.departments.assertExist(organisationId, [dto.homeDepartmentId], 'homeDepartmentId', em);
    if (dto.departmentIds) await this.departments.assertExist(organisationId, dto.departmentIds, 'departmentIds', em);
    if (dto.skillIds) await this.skills.assertExist(organisationId, dto.skillIds, 'skillIds', em);
  }
}

function visibleDepartments(user: AuthUser): string[] | null {
  return user.role === 'scheduler' ? user.managedDepartmentIds : null;
}

function canRead(user: AuthUser, employee: EmployeeEntity, links: EmployeeLinks): boolean {
  switch (user.role) {
    case 'admin':
    case 'hr':
      return true;
    case 'scheduler':
      return [employee.homeDepartmentId, ...links.departmentIds].some((d) => user.managedDepartmentIds.includes(d));
    case 'employee':
      return user.employeeId === employee.id;
  }
}

function assertManages(user: AuthUser, departmentId: string, field: string): void {
  if (user.role === 'admin') return;
  if (!user.managedDepartmentIds.includes(departmentId)) {
    throw DomainError.invalid(field, {
      sv: 'Du kan bara placera personal i enheter du ansvarar för',
      en: 'You can only place staff in departments you are responsible for',
    });
  }
}

function assertAgency(isAgency: boolean, agencyName: string | null): void {
  if (isAgency && !agencyName) {
    throw DomainError.invalid('agencyName', {
      sv: 'Ange bemanningsföretag för inhyrd personal',
      en: 'Give the agency name for agency staff',
    });
  }
}

function numberTaken(): DomainError {
  return DomainError.alreadyExists('employeeNumber', {
    sv: 'Det finns redan en anställd med det anställningsnumret',
    en: 'An employee with this employee number already exists',
  });
}

/** The home department is implied; listing it again among the others would be noise. */
function otherDepartments(ids: string[] | undefined, homeDepartmentId: string): string[] {
  return (ids ?? []).filter((id) => id !== homeDepartmentId).sort();
}

function toView(e: EmployeeEntity, links: EmployeeLinks): EmployeeView {
  return {
    id: e.id,
    employeeNumber: e.employeeNumber,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    phone: e.phone,
    profession: e.profession as Profession,
    employmentRate: e.employmentRate,
    employmentForm: e.employmentForm as EmploymentForm,
    agreement: e.agreement as Agreement,
    homeDepartmentId: e.homeDepartmentId,
    departmentIds: [...links.departmentIds].sort(),
    skillIds: [...links.skillIds].sort(),
    fullTimeHoursPerWeek: e.fullTimeHoursPerWeek,
    nightWorker: e.nightWorker,
    nightWorkBasis: e.nightWorkBasis,
    dygnsbryt: e.dygnsbryt,
    isAgency: e.isAgency,
    agencyName: e.agencyName,
    active: e.active,
    version: e.version,
  };
}
