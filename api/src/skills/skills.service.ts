import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import type { CreateSkillDto, SkillView, UpdateSkillDto } from './skill.dto';
import { SkillEntity } from './skill.entity';

const SKILL = { sv: 'kompetensen', en: 'skill' };
const CODE_TAKEN = { sv: 'Det finns redan en kompetens med den koden', en: 'A skill with this code already exists' };

@Injectable()
export class SkillsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser): Promise<SkillView[]> {
    const rows = await this.dataSource
      .getRepository(SkillEntity)
      .find({ where: { organisationId: user.organisationId }, order: { code: 'ASC' } });
    return rows.map(toView);
  }

  async create(user: AuthUser, dto: CreateSkillDto): Promise<SkillView> {
    return this.dataSource.transaction(async (em) => {
      if (await em.exists(SkillEntity, { where: { organisationId: user.organisationId, code: dto.code } })) {
        throw DomainError.alreadyExists('code', CODE_TAKEN);
      }
      const saved = await em.save(em.create(SkillEntity, { organisationId: user.organisationId, ...dto }));
      await this.audit.record(em, user, { action: 'create', entityType: 'skill', entityId: saved.id, after: saved });
      return toView(saved);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateSkillDto): Promise<SkillView> {
    return this.dataSource.transaction(async (em) => {
      const skill = await this.load(em, user.organisationId, id);
      const before = { ...skill };
      if (dto.code !== undefined && dto.code !== skill.code) {
        if (await em.exists(SkillEntity, { where: { organisationId: user.organisationId, code: dto.code } })) {
          throw DomainError.alreadyExists('code', CODE_TAKEN);
        }
        skill.code = dto.code;
      }
      if (dto.name !== undefined) skill.name = dto.name;
      const saved = await em.save(skill);
      await this.audit.record(em, user, { action: 'update', entityType: 'skill', entityId: id, before, after: saved });
      return toView(saved);
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const skill = await this.load(em, user.organisationId, id);
      const [{ count }] = await em.query(
        `SELECT (SELECT count(*) FROM employee_skills WHERE skill_id = $1)
              + (SELECT count(*) FROM shift_types WHERE required_skill_id = $1) AS count`,
        [id],
      );
      if (Number(count) > 0) {
        throw new DomainError('IN_USE', {
          sv: 'Kompetensen används av anställda eller passtyper och kan inte tas bort',
          en: 'The skill is held by employees or required by shift types and cannot be deleted',
        });
      }
      await em.delete(SkillEntity, { id });
      await this.audit.record(em, user, { action: 'delete', entityType: 'skill', entityId: id, before: skill });
    });
  }

  async assertExist(
    organisationId: string,
    ids: string[],
    field: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await em.count(SkillEntity, { where: { organisationId, id: In(unique) } });
    if (found !== unique.length) throw DomainError.invalid(field, { sv: 'Okänd kompetens', en: 'Unknown skill' });
  }

  private async load(em: EntityManager, organisationId: string, id: string): Promise<SkillEntity> {
    const skill = await em.findOne(SkillEntity, { where: { organisationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!skill) throw DomainError.notFound(SKILL);
    return skill;
  }
}

function toView(s: SkillEntity): SkillView {
  return { id: s.id, code: s.code, name: s.name };
}
