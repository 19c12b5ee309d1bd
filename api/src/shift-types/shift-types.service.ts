import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShiftKind } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { assertVersion } from '../common/database/check-version';
import { DomainError } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { SkillsService } from '../skills/skills.service';
import type { CreateShiftTypeDto, ShiftTypeQueryDto, ShiftTypeView, UpdateShiftTypeDto } from './shift-type.dto';
import { ShiftTypeEntity } from './shift-type.entity';

const SHIFT_TYPE = { sv: 'passtypen', en: 'shift type' };
const CODE_TAKEN = {
  sv: 'Enheten har redan en passtyp med den koden',
  en: 'The department already has a shift type with this code',
};

@Injectable()
export class ShiftTypesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly skills: SkillsService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: ShiftTypeQueryDto): Promise<ShiftTypeView[]> {
    const rows = await this.dataSource.getRepository(ShiftTypeEntity).find({
      where: {
        organisationId: user.organisationId,
        ...(query.departmentId ? { departmentId: query.departmentId } : {}),
      },
      order: { departmentId: 'ASC', startMinute: 'ASC', code: 'ASC' },
    });
    return rows.map(toView);
  }

  async create(user: AuthUser, dto: CreateShiftTypeDto): Promise<ShiftTypeView> {
    assertManages(user, dto.departmentId);
    const startMinute = minutesOf(dto.startTime);
    const endMinute = minutesOf(dto.endTime);
    assertTimes(startMinute, endMinute, dto.breakMinutes);
    return this.dataSource.transaction(async (em) => {
      await this.departments.assertExist(user.organisationId, [dto.departmentId], 'departmentId', em);
      if (dto.requiredSkillId)
        await this.skills.assertExist(user.organisationId, [dto.requiredSkillId], 'requiredSkillId', em);
      await assertCodeFree(em, dto.departmentId, dto.code);
      const saved = await em.save(
        em.create(ShiftTypeEntity, {
          organisationId: user.organisationId,
          departmentId: dto.departmentId,
          code: dto.code,
          name: dto.name,
          startMinute,
          endMinute,
          breakMinutes: dto.breakMinutes,
          colour: dto.colour,
          kind: dto.kind ?? 'work',
          requiredSkillId: dto.requiredSkillId ?? null,
        }),
      );
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'shift-type',
        entityId: saved.id,
        after: toView(saved),
      });
      return toView(saved);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateShiftTypeDto): Promise<ShiftTypeView> {
    return this.dataSource.transaction(async (em) => {
      const shiftType = await this.load(em, user, id);
      const before = toView(shiftType);
      assertVersion(shiftType, dto.version, () => before);
      if (dto.code !== undefined && dto.code !== shiftType.code) {
        await assertCodeFree(em, shiftType.departmentId, dto.code);
        shiftType.code = dto.code;
      }
      if (dto.requiredSkillId)
        await this.skills.assertExist(user.organisationId, [dto.requiredSkillId], 'requiredSkillId', em);
      if (dto.startTime !== undefined) shiftType.startMinute = minutesOf(dto.startTime);
      if (dto.endTime !== undefined) shiftType.endMinute = minutesOf(dto.endTime);
      if (dto.breakMinutes !== undefined) shiftType.breakMinutes = dto.breakMinutes;
      assertTimes(shiftType.startMinute, shiftType.endMinute, shiftType.breakMinutes);
      if (dto.name !== undefined) shiftType.name = dto.name;
      if (dto.colour !== undefined) shiftType.colour = dto.colour;
      if (dto.kind !== undefined) shiftType.kind = dto.kind;
      if (dto.requiredSkillId !== undefined) shiftType.requiredSkillId = dto.requiredSkillId;
      if (dto.active !== undefined) shiftType.active = dto.active;
      const saved = await em.save(shiftType);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'shift-type',
        entityId: id,
        before,
        after: toView(saved),
      });
      return toView(saved);
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const shiftType = await this.load(em, user, id);
      await em.delete(ShiftTypeEntity, { id });
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'shift-type',
        entityId: id,
        before: toView(shiftType),
      });
    });
  }

  /** A shift type of the department, for placing shifts; 400 on `shiftTypeId` otherwise. */
  async loadForDepartment(
    em: EntityManager,
    user: AuthUser,
    departmentId: string,
    id: string,
  ): Promise<ShiftTypeEntity> {
    const shiftType = await em.findOne(ShiftTypeEntity, { where: { organisationId: user.organisationId, id } });
    if (!shiftType || shiftType.departmentId !== departmentId) {
      throw DomainError.invalid('shiftTypeId', {
        sv: 'Passtypen hör inte till enheten',
        en: 'The shift type does not belong to the department',
      });
    }
    return shiftType;
  }

  private async load(em: EntityManager, user: AuthUser, id: string): Promise<ShiftTypeEntity> {
    const shiftType = await em.findOne(ShiftTypeEntity, {
      where: { organisationId: user.organisationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!shiftType) throw DomainError.notFound(SHIFT_TYPE);
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(shiftType.departmentId))
      throw DomainError.forbidden();
    return shiftType;
  }
}

function assertManages(user: AuthUser, departmentId: string): void {
  if (user.role !== 'admin' && !user.managedDepartmentIds.includes(departmentId)) {
    throw DomainError.invalid('departmentId', {
      sv: 'Du kan bara ändra passtyper i enheter du ansvarar för',
      en: 'You can only edit shift types of departments you are responsible for',
    });
  }
}

async function assertCodeFree(em: EntityManager, departmentId: string, code: string): Promise<void> {
  if (await em.exists(ShiftTypeEntity, { where: { departmentId, code } }))
    throw DomainError.alreadyExists('code', CODE_TAKEN);
}

function assertTimes(startMinute: number, endMinute: number, breakMinutes: number): void {
  if (startMinute === endMinute) {
    throw DomainError.invalid('endTime', {
      sv: 'Sluttiden kan inte vara samma som starttiden',
      en: 'The end time cannot equal the start time',
    });
  }
  if (breakMinutes >= lengthMinutes(startMinute, endMinute)) {
    throw DomainError.invalid('breakMinutes', {
      sv: 'Rasten måste vara kortare än passet',
      en: 'The break must be shorter than the shift',
    });
  }
}

function lengthMinutes(startMinute: number, endMinute: number): number {
  return endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function toView(s: ShiftTypeEntity): ShiftTypeView {
  return {
    id: s.id,
    departmentId: s.departmentId,
    code: s.code,
    name: s.name,
    startTime: clockOf(s.startMinute),
    endTime: clockOf(s.endMinute),
    breakMinutes: s.breakMinutes,
    paidMinutes: lengthMinutes(s.startMinute, s.endMinute) - s.breakMinutes,
    crossesMidnight: s.endMinute <= s.startMinute,
    colour: s.colour,
    kind: s.kind as ShiftKind,
    requiredSkillId: s.requiredSkillId,
    active: s.active,
    version: s.version,
  };
}
