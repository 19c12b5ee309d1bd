import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DepartmentKind } from '@bemanna/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { assertVersion } from '../common/database/check-version';
import { DomainError } from '../common/errors/domain-error';
import type { CreateDepartmentDto, DepartmentView, UpdateDepartmentDto } from './department.dto';
import { DepartmentEntity } from './department.entity';

const DEPARTMENT = { sv: 'enheten', en: 'department' };

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser): Promise<DepartmentView[]> {
    const rows = await this.dataSource.getRepository(DepartmentEntity).find({
      where: { organisationId: user.organisationId },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map((d) => toView(d, user));
  }

  async get(user: AuthUser, id: string): Promise<DepartmentView> {
    return toView(await this.load(this.dataSource.manager, user.organisationId, id), user);
  }

  /** The department, for what only its schedulers (and admins) may do: unknown 404, not managed 403. */
  async getScheduled(user: AuthUser, id: string): Promise<DepartmentView> {
    const department = await this.get(user, id);
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(id)) throw DomainError.forbidden();
    return department;
  }

  async create(user: AuthUser, dto: CreateDepartmentDto): Promise<DepartmentView> {
    return this.dataSource.transaction(async (em) => {
      if (dto.parentId) await this.assertExist(user.organisationId, [dto.parentId], 'parentId', em);
      await this.assertCodeFree(em, user.organisationId, dto.code);
      const saved = await em.save(
        em.create(DepartmentEntity, {
          organisationId: user.organisationId,
          name: dto.name,
          code: dto.code,
          kind: dto.kind,
          parentId: dto.parentId ?? null,
        }),
      );
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'department',
        entityId: saved.id,
        after: saved,
      });
      return toView(saved, user);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateDepartmentDto): Promise<DepartmentView> {
    return this.dataSource.transaction(async (em) => {
      const department = await this.load(em, user.organisationId, id, true);
      assertVersion(department, dto.version, () => toView(department, user));
      const before = { ...department };
      if (dto.parentId !== undefined && dto.parentId !== department.parentId) {
        if (dto.parentId !== null) await this.assertValidParent(em, user.organisationId, id, dto.parentId);
        department.parentId = dto.parentId;
      }
      if (dto.code !== undefined && dto.code !== department.code) {
        await this.assertCodeFree(em, user.organisationId, dto.code);
        department.code = dto.code;
      }
      if (dto.name !== undefined) department.name = dto.name;
      if (dto.kind !== undefined) department.kind = dto.kind;
      const saved = await em.save(department);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'department',
        entityId: id,
        before,
        after: saved,
      });
      return toView(saved, user);
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const department = await this.load(em, user.organisationId, id, true);
      const [{ count }] = await em.query(
        `SELECT (SELECT count(*) FROM departments WHERE parent_id = $1)
              + (SELECT count(*) FROM employees WHERE home_department_id = $1)
              + (SELECT count(*) FROM shift_types WHERE department_id = $1) AS count`,
        [id],
      );
      if (Number(count) > 0) {
        throw new DomainError('IN_USE', {
          sv: 'Enheten har underenheter, anställda eller passtyper och kan inte tas bort',
          en: 'The department has sub-units, employees or shift types and cannot be deleted',
        });
      }
      await em.delete(DepartmentEntity, { id });
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'department',
        entityId: id,
        before: department,
      });
    });
  }

  /** Refuses with a 400 on `field` when any id is not a department of the organisation. */
  async assertExist(
    organisationId: string,
    ids: string[],
    field: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await em.count(DepartmentEntity, { where: { organisationId, id: In(unique) } });
    if (found !== unique.length) {
      throw DomainError.invalid(field, { sv: 'Okänd enhet', en: 'Unknown department' });
    }
  }

  async wishLimits(organisationId: string, id: string): Promise<{ maxFreeDays: number; minWeekendOffers: number }> {
    const d = await this.load(this.dataSource.manager, organisationId, id);
    return { maxFreeDays: d.wishMaxFreeDays, minWeekendOffers: d.wishMinWeekendOffers };
  }

  /** The department's wish limits; its schedulers (not only admins) decide them. */
  async setWishLimits(
    user: AuthUser,
    id: string,
    limits: { maxFreeDays: number; minWeekendOffers: number },
  ): Promise<{ maxFreeDays: number; minWeekendOffers: number }> {
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(id)) throw DomainError.forbidden();
    return this.dataSource.transaction(async (em) => {
      const department = await this.load(em, user.organisationId, id, true);
      const before = { maxFreeDays: department.wishMaxFreeDays, minWeekendOffers: department.wishMinWeekendOffers };
      department.wishMaxFreeDays = limits.maxFreeDays;
      department.wishMinWeekendOffers = limits.minWeekendOffers;
      await em.save(department);
      await this.audit.record(em, user, {
        action: 'update-wish-limits',
        entityType: 'department',
        entityId: id,
        before,
        after: limits,
      });
      return limits;
    });
  }

  async isPool(organisationId: string, id: string): Promise<boolean> {
    const d = await this.dataSource.getRepository(DepartmentEntity).findOne({ where: { organisationId, id } });
    return d?.kind === 'pool';
  }

  private async load(
    em: EntityManager,
    organisationId: string,
    id: string,
    forUpdate = false,
  ): Promise<DepartmentEntity> {
    const department = await em.findOne(DepartmentEntity, {
      where: { organisationId, id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!department) throw DomainError.notFound(DEPARTMENT);
    return department;
  }

  private async assertCodeFree(em: EntityManager, organisationId: string, code: string): Promise<void> {
    if (await em.exists(DepartmentEntity, { where: { organisationId, code } })) {
      throw DomainError.alreadyExists('code', {
        sv: 'Det finns redan en enhet med den koden',
        en: 'A department with this code already exists',
      });
    }
  }

  /** A department cannot be moved below itself or one of its own sub-units. */
  private async assertValidParent(
    em: EntityManager,
    organisationId: string,
    id: string,
    parentId: string,
  ): Promise<void> {
    await this.assertExist(organisationId, [parentId], 'parentId', em);
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM departments WHERE id = $1
         UNION SELECT c.id FROM departments c JOIN subtree s ON c.parent_id = s.id
       ) SELECT id FROM subtree WHERE id = $2`,
      [id, parentId],
    );
    if (rows.length > 0) {
      throw DomainError.invalid('parentId', {
        sv: 'En enhet kan inte ligga under sig själv eller sina underenheter',
        en: 'A department cannot be placed under itself or one of its sub-units',
      });
    }
  }
}

function toView(d: DepartmentEntity, user: AuthUser): DepartmentView {
  return {
    id: d.id,
    parentId: d.parentId,
    name: d.name,
    code: d.code,
    kind: d.kind as DepartmentKind,
    isPool: d.kind === 'pool',
    managed: user.role === 'admin' || user.managedDepartmentIds.includes(d.id),
    version: d.version,
  };
}
