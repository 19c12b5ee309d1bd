import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { EmployeeEntity } from '../employees/employee.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftTypeEntity } from '../shift-types/shift-type.entity';

/**
 * One shift: exact instants (UTC) — shown in Europe/Stockholm — so that a night across a clock
 * change lasts what it really lasts. No employee means an open shift.
 */
@Entity('shifts')
@Index('ix_shifts_employee_start', ['employeeId', 'startAt'])
@Index('ix_shifts_period', ['periodId'])
@Check('ck_shifts_order', `end_at > start_at`)
@Check('ck_shifts_max_length', `end_at - start_at <= interval '24 hours'`)
@Check('ck_shifts_break', `break_minutes >= 0 AND break_minutes * interval '1 minute' < end_at - start_at`)
@Check('ck_shifts_kind', `kind IN ('work','on-call','standby')`)
@Check('ck_shifts_source', `source IN ('manual','base-schedule','generated','swap')`)
export class ShiftEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_shifts_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_shifts_department' })
  department?: DepartmentEntity;

  @Column('uuid')
  periodId!: string;

  @ManyToOne(() => RosterPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_shifts_period' })
  period?: RosterPeriodEntity;

  @Column('uuid', { nullable: true })
  employeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_shifts_employee' })
  employee?: EmployeeEntity | null;

  @Column('uuid', { nullable: true })
  shiftTypeId!: string | null;

  @ManyToOne(() => ShiftTypeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'fk_shifts_shift_type' })
  shiftType?: ShiftTypeEntity | null;

  @Column('timestamptz')
  startAt!: Date;

  @Column('timestamptz')
  endAt!: Date;

  @Column('smallint', { default: 0 })
  breakMinutes!: number;

  @Column('text', { default: 'work' })
  kind!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { default: 'manual' })
  source!: string;

  /** Why a hard rule was overridden for this shift (with the rule ids in overriddenRules). */
  @Column('text', { nullable: true })
  overrideReason!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  overriddenRules!: string[];

  @Column('uuid', { nullable: true })
  updatedByUserId!: string | null;

  @VersionColumn()
  version!: number;
}
