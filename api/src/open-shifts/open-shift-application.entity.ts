import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';
import { OpenShiftPostingEntity } from './open-shift-posting.entity';

/** An employee's application for an open shift; one per person and posting. */
@Entity('open_shift_applications')
@Unique('uq_open_shift_applications_posting_employee', ['postingId', 'employeeId'])
@Check('ck_open_shift_applications_status', `status IN ('applied','assigned','not-chosen')`)
export class OpenShiftApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  postingId!: string;

  @ManyToOne(() => OpenShiftPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'posting_id', foreignKeyConstraintName: 'fk_open_shift_applications_posting' })
  posting?: OpenShiftPostingEntity;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_open_shift_applications_employee' })
  employee?: EmployeeEntity;

  @Column('text', { default: 'applied' })
  status!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
