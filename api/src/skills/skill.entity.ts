import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A competence (e.g. IVA, dialys, barn) that employees hold and shift types may require. */
@Entity('skills')
@Unique('uq_skills_org_code', ['organisationId', 'code'])
export class SkillEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_skills_organisation' })
  organisation?: OrganisationEntity;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;
}
