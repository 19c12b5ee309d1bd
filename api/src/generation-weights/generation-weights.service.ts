import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_GENERATION_WEIGHTS, type GenerationWeights, withDefaultWeights } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { DepartmentGenerationWeightsEntity } from './department-generation-weights.entity';
import type { DepartmentGenerationWeightsView, SetGenerationWeightsDto } from './generation-weights.dto';

const WEIGHTS = { sv: 'viktningen', en: 'weights' };

/**
 * How much each soft term weighs in a department's generated rosters: read, set and reset to the
 * defaults by the department's schedulers, and applied by every generation run of the department.
 */
@Injectable()
export class GenerationWeightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthUser, departmentId: string): Promise<DepartmentGenerationWeightsView> {
    await this.assertSchedules(user, departmentId);
    const row = await this.dataSource.manager.findOne(DepartmentGenerationWeightsEntity, {
      where: { organisationId: user.organisationId, departmentId },
    });
    return toView(departmentId, row);
  }

  /** Replaces the department's weights (every weight is given). */
  async set(user: AuthUser, departmentId: string, dto: SetGenerationWeightsDto): Promise<DepartmentGenerationWeightsView> {
    await this.assertSchedules(user, departmentId);
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockRow(em, user, departmentId);
      const before = toView(departmentId, row);
      if (dto.version !== undefined && dto.version !== before.version) throw DomainError.versionConflict(before);
      const { version: _version, ...weights } = dto;
      const saved = await em.save(
        Object.assign(
          row ?? em.create(DepartmentGenerationWeightsEntity, { departmentId, organisationId: user.organisationId }),
          { weights: withDefaultWeights(weights), updatedByUserId: user.userId },
        ),
      );
      const after = toView(departmentId, saved);
      await this.audit.record(em, user, {
        action: row ? 'update' : 'create',
        entityType: 'generation-weights',
        entityId: departmentId,
        before: row ? before.weights : undefined,
        after: after.weights,
      });
      return after;
    });
  }

  /** Back to the defaults. */
  async reset(user: AuthUser, departmentId: string): Promise<void> {
    await this.assertSchedules(user, departmentId);
    await this.dataSource.transaction(async (em) => {
      const row = await this.lockRow(em, user, departmentId);
      if (!row) throw DomainError.notFound(WEIGHTS);
      await em.delete(DepartmentGenerationWeightsEntity, { departmentId });
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'generation-weights',
        entityId: departmentId,
        before: toView(departmentId, row).weights,
      });
    });
  }

  /** The department's weights for a generation run's snapshot. */
  async storedFor(em: EntityManager, organisationId: string, departmentId: string): Promise<GenerationWeights> {
    const row = await em.findOne(DepartmentGenerationWeightsEntity, { where: { organisationId, departmentId } });
    return withDefaultWeights(row?.weights);
  }

  private async assertSchedules(user: AuthUser, departmentId: string): Promise<void> {
    await this.departments.getScheduled(user, departmentId);
  }

  private lockRow(em: EntityManager, user: AuthUser, departmentId: string) {
    return em.findOne(DepartmentGenerationWeightsEntity, {
      where: { organisationId: user.organisationId, departmentId },
      lock: { mode: 'pessimistic_write' },
    });
  }
}

function toView(departmentId: string, row: DepartmentGenerationWeightsEntity | null): DepartmentGenerationWeightsView {
  return {
    departmentId,
    weights: withDefaultWeights(row?.weights),
    defaults: { ...DEFAULT_GENERATION_WEIGHTS },
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedByUserId: row?.updatedByUserId ?? null,
  };
}
