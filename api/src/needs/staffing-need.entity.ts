import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ShiftTypeEntity } from '../shift-types/shift-type.entity';
import { SkillEntity } from '../skills/skill.entity';

/**
 * Bemanningsbehov: for a kind of day and a shift type, the minimum and target number of people
 * with a profession and/or a skill (e.g. Natt: min 2 sjuksköterska, of which 1 with IVA).
 */
@Entity('staffing_needs')
@Index('ix_staffing_needs_department', ['departmentId'])
@Check('ck_staffing_needs_day', `day_kind IN ('mon','tue','wed','thu','fri','sat','sun','holiday','holiday-eve')`)
@Check('ck_staffing_needs_counts', `min_count >= 0 AND target_count >= min_count AND target_count <= 200`)
@Check('ck_staffing_needs_requirement', `profession IS NOT NULL OR skill_id IS NOT NULL`)
export class StaffingNeedEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_staffing_needs_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_staffing_needs_department' })
  department?: DepartmentEntity;

  @Column('text')
  dayKind!: string;

  @Column('uuid')
  shiftTypeId!: string;

  @ManyToOne(() => ShiftTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'fk_staffing_needs_shift_type' })
  shiftType?: ShiftTypeEntity;

  @Column('text', { nullable: true })
  profession!: string | null;

  @Column('uuid', { nullable: true })
  skillId!: string | null;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'fk_staffing_needs_skill' })
  skill?: SkillEntity | null;

  @Column('smallint')
  minCount!: number;

  @Column('smallint')
  targetCount!: number;
}
