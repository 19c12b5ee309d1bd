import { type DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { DepartmentEntity } from '../departments/department.entity';
import { EmployeeDepartmentEntity } from '../employees/employee-department.entity';
import { EmployeeSkillEntity } from '../employees/employee-skill.entity';
import { EmployeeEntity } from '../employees/employee.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ShiftTypeEntity } from '../shift-types/shift-type.entity';
import { SkillEntity } from '../skills/skill.entity';
import { UserDepartmentScopeEntity } from '../users/user-department-scope.entity';
import { UserEntity } from '../users/user.entity';
import { DEMO_PASSWORD, type DemoRegion, demoRegion } from './demo-region';

/** Seeds the demo region when the database has no organisation yet. Returns whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(OrganisationEntity).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction((em) => insertRegion(em, demoRegion(), passwordHash));
  return true;
}

/** Inserts a region (organisation, units, skills, staff, shift types, users) in one transaction. */
export async function insertRegion(em: EntityManager, region: DemoRegion, passwordHash: string): Promise<void> {
  const organisation = await em.save(em.create(OrganisationEntity, region.organisation));
  const organisationId = organisation.id;

  const departmentIds = new Map<string, string>();
  for (const d of region.departments) {
    const saved = await em.save(
      em.create(DepartmentEntity, {
        organisationId,
        name: d.name,
        code: d.code,
        kind: d.kind,
        parentId: d.parentCode ? departmentIds.get(d.parentCode)! : null,
      }),
    );
    departmentIds.set(d.code, saved.id);
  }

  const skills = await em.save(region.skills.map((s) => em.create(SkillEntity, { organisationId, ...s })));
  const skillIds = new Map(skills.map((s) => [s.code, s.id]));

  const employees = await em.save(
    region.employees.map((e) =>
      em.create(EmployeeEntity, {
        organisationId,
        employeeNumber: e.employeeNumber,
        firstName: e.firstName,
        lastName: e.lastName,
        email: e.email,
        phone: e.phone,
        profession: e.profession,
        employmentRate: e.employmentRate,
        employmentForm: e.employmentForm,
        agreement: e.agreement,
        homeDepartmentId: departmentIds.get(e.homeDepartmentCode)!,
        fullTimeHoursPerWeek: e.fullTimeHoursPerWeek,
        nightWorker: e.nightWorker,
        isAgency: e.isAgency,
        agencyName: e.agencyName,
      }),
    ),
    { chunk: 50 },
  );
  const employeeIds = new Map(employees.map((e) => [e.employeeNumber, e.id]));
  await em.insert(
    EmployeeSkillEntity,
    region.employees.flatMap((e) =>
      e.skillCodes.map((code) => ({
        organisationId,
        employeeId: employeeIds.get(e.employeeNumber)!,
        skillId: skillIds.get(code)!,
      })),
    ),
  );
  await em.insert(
    EmployeeDepartmentEntity,
    region.employees.flatMap((e) =>
      e.otherDepartmentCodes.map((code) => ({
        organisationId,
        employeeId: employeeIds.get(e.employeeNumber)!,
        departmentId: departmentIds.get(code)!,
      })),
    ),
  );

  await em.save(
    region.shiftTypes.map((s) =>
      em.create(ShiftTypeEntity, {
        organisationId,
        departmentId: departmentIds.get(s.departmentCode)!,
        code: s.code,
        name: s.name,
        startMinute: s.startMinute,
        endMinute: s.endMinute,
        breakMinutes: s.breakMinutes,
        colour: s.colour,
        kind: s.kind,
        requiredSkillId: s.requiredSkillCode ? skillIds.get(s.requiredSkillCode)! : null,
      }),
    ),
  );

  for (const u of region.users) {
    const saved = await em.save(
      em.create(UserEntity, {
        organisationId,
        email: u.email,
        displayName: u.displayName,
        passwordHash,
        role: u.role,
        employeeId: u.employeeNumber ? employeeIds.get(u.employeeNumber)! : null,
      }),
    );
    if (u.departmentCodes.length > 0) {
      await em.insert(
        UserDepartmentScopeEntity,
        u.departmentCodes.map((code) => ({ organisationId, userId: saved.id, departmentId: departmentIds.get(code)! })),
      );
    }
  }
}
