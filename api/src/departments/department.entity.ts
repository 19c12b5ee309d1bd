import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A unit in the organisation tree (hospital → clinic → ward); kind 'pool' marks a staffing pool. */
@Entity('departments')
@Unique('uq_departments_org_code', ['organisationId', 'code'])
@Check('ck_departments_kind', `kind IN ('hospital','clinic','ward','reception','health-centre','pool')`)
@Check('ck_departments_not_own_parent', `parent_id IS NULL OR parent_id <> id`)
export class DepartmentEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_departments_organisation' })
  organisation?: OrganisationEntity;

  @Index('ix_departments_parent')
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_departments_parent' })
  parent?: DepartmentEntity | null;

  @Column('text')
  name!: string;

  @Column('text')
  code!: string;

  @Column('text')
  kind!: string;

  /** Wish limits per period (önskemål): most free-day wishes, fewest weekend days offered. */
  @Column('smallint', { default: 4 })
  wishMaxFreeDays!: number;

  @Column('smallint', { default: 0 })
  wishMinWeekendOffers!: number;

  @VersionColumn()
  version!: number;
}
