import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { EmployeeEntity } from '../employees/employee.entity';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';

/**
 * A manager's attestation of one employee's worked time in one schedule period (issue 6). From
 * then on the time is frozen: shifts are not edited, deviations come only as corrections.
 */
@Entity('attestations')
@Unique('uq_attestations_period_employee', ['periodId', 'employeeId'])
@Index('ix_attestations_employee', ['employeeId'])
export class AttestationEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  periodId!: string;

  @ManyToOne(() => RosterPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_attestations_period' })
  period?: RosterPeriodEntity;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_attestations_employee' })
  employee?: EmployeeEntity;

  @Column('uuid')
  attestedByUserId!: string;

  @Column('timestamptz')
  attestedAt!: Date;

  /** Hours per pay category in the period's shifts at attestation, for the record. */
  @Column('jsonb')
  totals!: Record<string, number>;
}
