import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** Grundschema: a rotation of N weeks that is rolled out into schedule periods. */
@Entity('base_schedules')
@Index('ix_base_schedules_department', ['departmentId'])
@Check('ck_base_schedules_weeks', `weeks BETWEEN 1 AND 16`)
export class BaseScheduleEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_base_schedules_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_base_schedules_department' })
  department?: DepartmentEntity;

  @Column('text')
  name!: string;

  @Column('smallint')
  weeks!: number;

  @VersionColumn()
  version!: number;
}
