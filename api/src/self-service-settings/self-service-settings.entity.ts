import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';

/**
 * How a department runs staff self-service: whether accepted swaps wait for the scheduler, who gets
 * an open shift, and what an agency nurse costs per hour (for the estimate on unfilled shifts).
 * A department without a row uses the defaults.
 */
@Entity('department_self_service_settings')
@Check('ck_self_service_swap_approval', `swap_approval IN ('scheduler','automatic')`)
@Check('ck_self_service_open_shift_assignment', `open_shift_assignment IN ('scheduler','first-eligible')`)
@Check('ck_self_service_agency_rate', `agency_hourly_rate >= 0`)
export class SelfServiceSettingsEntity {
  @PrimaryColumn('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_self_service_settings_department' })
  department?: DepartmentEntity;

  @Column('uuid')
  organisationId!: string;

  @Column('text', { default: 'scheduler' })
  swapApproval!: string;

  @Column('text', { default: 'scheduler' })
  openShiftAssignment!: string;

  /** Kronor per hour, everything included, as in the agency contract. */
  @Column('integer', { default: 1100 })
  agencyHourlyRate!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
