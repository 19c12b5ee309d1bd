import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DayKind, Profession } from '@bemanna/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { SkillsService } from '../skills/skills.service';
import type { ReplaceStaffingNeedsDto, StaffingNeedView } from './staffing-need.dto';
import { StaffingNeedEntity } from './staffing-need.entity';

@Injectable()
export class StaffingNeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly skills: SkillsService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, departmentId: string): Promise<StaffingNeedView[]> {
    await this.departments.assertExist(user.organisationId, [departmentId], 'departmentId');
    const rows = await this.dataSource.getRepository(StaffingNeedEntity).find({
      where: { organisationId: user.organisationId, departmentId },
      order: { shiftTypeId: 'ASC', dayKind: 'ASC', profession: 'ASC', skillId: 'ASC' },
    });
    return rows.map(toView);
  }

  /** Replaces the department's grid in one transaction: all rows valid, or nothing changes. */
  async replace(user: AuthUser, departmentId: string, dto: ReplaceStaffingNeedsDto): Promise<StaffingNeedView[]> {
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(departmentId)) throw DomainError.forbidden();
    const problems = gridProblems(dto);
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    return this.dataSource.transaction(async (em) => {
      await this.departments.assertExist(user.organisationId, [departmentId], 'departmentId', em);
      const skillIds = dto.needs.map((n) => n.skillId).filter((id): id is string => !!id);
      await this.skills.assertExist(user.organisationId, skillIds, 'needs', em);
      const shiftTypeIds = [...new Set(dto.needs.map((n) => n.shiftTypeId))];
      if (shiftTypeIds.length > 0) {
        const found: { id: string }[] = await em.query(
          `SELECT id FROM shift_types WHERE department_id = $1 AND id = ANY($2::uuid[])`,
          [departmentId, shiftTypeIds],
        );
        const known = new Set(found.map((r) => r.id));
        const bad = dto.needs.findIndex((n) => !known.has(n.shiftTypeId));
        if (bad >= 0) {
          throw DomainError.invalid(`needs.${bad}.shiftTypeId`, {
            sv: 'Passtypen hör inte till enheten',
            en: 'The shift type does not belong to the department',
          });
        }
      }
      const before = (await em.find(StaffingNeedEntity, { where: { departmentId } })).map(toView);
      await em.delete(StaffingNeedEntity, { departmentId });
      const saved = await em.save(
        dto.needs.map((n) =>
          em.create(StaffingNeedEntity, {
            organisationId: user.organisationId,
            departmentId,
            dayKind: n.dayKind,
            shiftTypeId: n.shiftTypeId,
            profession: n.profession ?? null,
            skillId: n.skillId ?? null,
            minCount: n.min,
            targetCount: n.target,
          }),
        ),
      );
      const after = saved.map(toView);
      await this.audit.record(em, user, {
        action: 'replace',
        entityType: 'staffing-needs',
        entityId: departmentId,
        before,
        after,
      });
      return after;
    });
  }
}

function gridProblems(dto: ReplaceStaffingNeedsDto): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  dto.needs.forEach((n, i) => {
    if (n.min > n.target) {
      problems.push({
        field: `needs.${i}.min`,
        message: { sv: 'Minimum kan inte vara större än målet', en: 'The minimum cannot exceed the target' },
      });
    }
    if (!n.profession && !n.skillId) {
      problems.push({
        field: `needs.${i}.profession`,
        message: { sv: 'Ange yrke, kompetens eller båda', en: 'Give a profession, a skill or both' },
      });
    }
    const key = [n.dayKind, n.shiftTypeId, n.profession ?? '', n.skillId ?? ''].join('|');
    if (seen.has(key)) {
      problems.push({
        field: `needs.${i}`,
        message: { sv: 'Samma behov finns två gånger', en: 'The same need is listed twice' },
      });
    }
    seen.add(key);
  });
  return problems;
}

function toView(n: StaffingNeedEntity): StaffingNeedView {
  return {
    id: n.id,
    dayKind: n.dayKind as DayKind,
    shiftTypeId: n.shiftTypeId,
    profession: n.profession as Profession | null,
    skillId: n.skillId,
    min: n.minCount,
    target: n.targetCount,
  };
}
