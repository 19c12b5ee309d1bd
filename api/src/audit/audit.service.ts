import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { currentCorrelationId } from '../common/http/request-context';
import type { PageQueryDto } from '../common/http/pagination';
import { AuditEntryEntity } from './audit-entry.entity';

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'logout' | string;

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a change inside the caller's transaction, so the entry exists exactly when the change does. */
  async record(
    manager: EntityManager,
    actor: Pick<AuthUser, 'userId' | 'organisationId'>,
    record: AuditRecord,
  ): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before === undefined ? null : toJson(record.before),
      after: record.after === undefined ? null : toJson(record.after),
      correlationId: currentCorrelationId(),
    });
  }

  async list(
    user: AuthUser,
    query: PageQueryDto & { entityType?: string; entityId?: string },
  ): Promise<{ items: AuditEntryEntity[]; total: number }> {
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :org', { org: user.organisationId });
    if (query.entityType) qb.andWhere('a.entity_type = :type', { type: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :id', { id: query.entityId });
    const [items, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

function toJson(value: unknown): object {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'passwordHash' ? undefined : v))) as object;
}
