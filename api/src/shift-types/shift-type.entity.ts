import { Check, Column, Entity, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SkillEntity } from '../skills/skill.entity';

/**
 * A department's shift template. Times are local wall-clock minutes after midnight; an end not
 * after the start means the shift ends the next day (a night shift 21:15–07:15).
 */
@Entity('shift_types')
@Unique('uq_shift_types_department_code', ['departmentId', 'code'])
@Check(
  'ck_shift_types_times',
  `start_minute BETWEEN 0 AND 1439 AND end_minute BETWEEN 0 AND 1439 AND start_minute <> end_minute`,
)
@Check('ck_shift_types_break', `break_minutes >= 0`)
@Check('ck_shift_types_colour', `colour ~ '^#[0-9a-f]{6}$'`)
@Check('ck_shift_types_kind', `kind IN ('work','on-call','standby')`)
export class ShiftTypeEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_shift_types_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_shift_types_department' })
  department?: DepartmentEntity;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('smallint')
  startMinute!: number;

  @Column('smallint')
  endMinute!: number;

  @Column('smallint', { default: 0 })
  breakMinutes!: number;

  @Column('text')
  colour!: string;

  @Column('text', { default: 'work' })
  kind!: string;

  @Column('uuid', { nullable: true })
  requiredSkillId!: string | null;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'required_skill_id', foreignKeyConstraintName: 'fk_shift_types_required_skill' })
  requiredSkill?: SkillEntity | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
