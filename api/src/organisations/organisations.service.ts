import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import type { OrganisationView, UpdateOrganisationDto } from './organisation.dto';
import { OrganisationEntity } from './organisation.entity';

const ORGANISATION = { sv: 'organisationen', en: 'organisation' };

/** An admin administers their own organisation; other tenants do not exist for them. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser): Promise<OrganisationView[]> {
    return [await this.get(user, user.organisationId)];
  }

  async get(user: AuthUser, id: string): Promise<OrganisationView> {
    if (id !== user.organisationId) throw DomainError.notFound(ORGANISATION);
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!organisation) throw DomainError.notFound(ORGANISATION);
    return toView(organisation);
  }

  async update(user: AuthUser, id: string, dto: UpdateOrganisationDto): Promise<OrganisationView> {
    if (id !== user.organisationId) throw DomainError.notFound(ORGANISATION);
    return this.dataSource.transaction(async (em) => {
      const organisation = await em.findOne(OrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organisation) throw DomainError.notFound(ORGANISATION);
      const before = toView(organisation);
      if (dto.name !== undefined) organisation.name = dto.name;
      const saved = await em.save(organisation);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'organisation',
        entityId: id,
        before,
        after: toView(saved),
      });
      return toView(saved);
    });
  }
}

function toView(o: OrganisationEntity): OrganisationView {
  return { id: o.id, name: o.name, code: o.code };
}
