import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { EmployeeEntity } from '../employees/employee.entity';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftEntity } from '../shifts/shift.entity';

/**
 * A deviation from the published roster (shared/src/time-report/deviations.ts): sickness, left
 * early, extra or called-in time, a call-out. Registered by the scheduler (accepted at once) or
 * reported by the employee (waiting for the manager). Never deleted once attested: withdrawn.
 */
@Entity('time_deviations')
@Index('ix_time_deviations_employee_start', ['employeeId', 'startAt'])
@Index('ix_time_deviations_period', ['periodId'])
@Index('ix_time_deviations_shift', ['shiftId'])
@Check('ck_time_deviations_order', `end_at > start_at`)
@Check('ck_time_deviations_kind', `kind IN ('absence','left-early','extra-time','called-in','call-out')`)
@Check('ck_time_deviations_status', `status IN ('reported','accepted','rejected','withdrawn')`)
@Check('ck_time_deviations_absence', `(kind = 'absence') = (absence_type IS NOT NULL)`)
export class DeviationEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  periodId!: string;

  @ManyToOne(() => RosterPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_time_deviations_period' })
  period?: RosterPeriodEntity;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_time_deviations_employee' })
  employee?: EmployeeEntity;

  /** The shift it belongs to; null for called-in time. A deleted (never attested) shift takes its deviations along. */
  @Column('uuid', { nullable: true })
  shiftId!: string | null;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'fk_time_deviations_shift' })
  shift?: ShiftEntity | null;

  @Column('text')
  kind!: string;

  @Column('text', { nullable: true })
  absenceType!: string | null;

  @Column('timestamptz')
  startAt!: Date;

  @Column('timestamptz')
  endAt!: Date;

  /** Who ordered extra or called-in time (AB § 20: overtime is ordered). */
  @Column('text', { nullable: true })
  orderedBy!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('text')
  status!: string;

  @Column('uuid')
  reportedByUserId!: string;

  @Column('uuid', { nullable: true })
  decidedByUserId!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  /** Why a reported deviation was rejected. */
  @Column('text', { nullable: true })
  decisionReason!: string | null;

  /** Set when the deviation was recorded after the time was attested or exported: why. */
  @Column('text', { nullable: true })
  correctionReason!: string | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;

  @Column('uuid', { nullable: true })
  withdrawnByUserId!: string | null;

  @Column('text', { nullable: true })
  withdrawnReason!: string | null;

  /** When its time first went to payroll (a later change is a correction). */
  @Column('timestamptz', { nullable: true })
  exportedAt!: Date | null;

  @VersionColumn()
  version!: number;
}
