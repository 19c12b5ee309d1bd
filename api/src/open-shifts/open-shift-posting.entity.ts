import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';
import { ShiftEntity } from '../shifts/shift.entity';

/**
 * An unassigned shift put out for the staff to take: to its department's own staff, to staff of
 * listed other departments, and/or to the staffing pool — always among those who may work in the
 * shift's department. Without applicants by the deadline it is flagged for agency staffing.
 */
@Entity('open_shift_postings')
@Index('ux_open_shift_postings_open_shift', ['shiftId'], { unique: true, where: `status = 'open'` })
@Index('ix_open_shift_postings_department', ['departmentId', 'status'])
@Check('ck_open_shift_postings_status', `status IN ('open','filled','withdrawn')`)
export class OpenShiftPostingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  shiftId!: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'fk_open_shift_postings_shift' })
  shift?: ShiftEntity;

  /** The shift's department (whose schedulers run the posting). */
  @Column('uuid')
  departmentId!: string;

  @Column('text', { default: 'open' })
  status!: string;

  /** Staff whose home is one of these departments are told too (besides the shift's own department). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  includeDepartmentIds!: string[];

  @Column('boolean', { default: false })
  includePool!: boolean;

  /** The profession the shift needs; null: any. */
  @Column('text', { nullable: true })
  profession!: string | null;

  @Column('timestamptz')
  deadline!: Date;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  filledByEmployeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'filled_by_employee_id', foreignKeyConstraintName: 'fk_open_shift_postings_filled_by' })
  filledByEmployee?: EmployeeEntity | null;

  @Column('timestamptz', { nullable: true })
  filledAt!: Date | null;

  @Column('uuid')
  createdByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
