import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { EmployeeEntity } from '../employees/employee.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * Leave asked for by an employee (or registered by a scheduler, as sickness is). An approved one
 * is an absence: the rules engine then refuses shifts inside it (`unavailable`).
 */
@Entity('leave_requests')
@Index('ix_leave_requests_employee_dates', ['employeeId', 'startDate'])
@Check('ck_leave_requests_dates', `end_date >= start_date`)
@Check(
  'ck_leave_requests_type',
  `type IN ('vacation','sick','leave','parental-leave','care-of-child','comp-leave','other')`,
)
@Check('ck_leave_requests_status', `status IN ('requested','approved','denied','cancelled')`)
export class LeaveRequestEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_leave_requests_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_leave_requests_employee' })
  employee?: EmployeeEntity;

  @Column('text')
  type!: string;

  /** First day, Stockholm civil date. */
  @Column('date')
  startDate!: string;

  /** Last day, inclusive. */
  @Column('date')
  endDate!: string;

  /** The employee's own words: only they and the deciding scheduler read them. */
  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('text', { default: 'requested' })
  status!: string;

  @Column('uuid', { nullable: true })
  decidedByUserId!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('text', { nullable: true })
  decisionReason!: string | null;

  @Column('uuid')
  createdByUserId!: string;

  /**
   * Published shifts this leave (or sickness) took off the employee: the schedule it replaced,
   * which payroll pays as the absence (the shifts themselves became open or were removed).
   */
  @Column('jsonb', { default: () => "'[]'" })
  replacedShifts!: ReplacedShift[];

  @VersionColumn()
  version!: number;
}

export interface ReplacedShift {
  shiftId: string;
  /** Instants, ISO 8601. */
  start: string;
  end: string;
  paidMinutes: number;
}
