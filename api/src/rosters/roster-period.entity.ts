import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A department's schedule period: 1–16 whole weeks from a Monday, with its workflow state. */
@Entity('roster_periods')
@Index('ix_roster_periods_department_start', ['departmentId', 'startDate'])
@Check('ck_roster_periods_weeks', `weeks BETWEEN 1 AND 16`)
@Check('ck_roster_periods_end', `end_date = start_date + (weeks * 7 - 1)`)
@Check('ck_roster_periods_monday', `extract(isodow from start_date) = 1`)
@Check('ck_roster_periods_state', `state IN ('draft','wishes-open','review','published','locked')`)
export class RosterPeriodEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_roster_periods_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_roster_periods_department' })
  department?: DepartmentEntity;

  /** First day (a Monday), civil date in Europe/Stockholm. */
  @Column('date')
  startDate!: string;

  /** Last day (a Sunday), inclusive. */
  @Column('date')
  endDate!: string;

  @Column('smallint')
  weeks!: number;

  @Column('text', { default: 'draft' })
  state!: string;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('uuid', { nullable: true })
  publishedByUserId!: string | null;

  @VersionColumn()
  version!: number;
}
