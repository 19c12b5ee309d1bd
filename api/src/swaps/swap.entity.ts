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
 * A shift swap (passbyte) an employee offers: an exchange with a named colleague's shift, or a
 * give-away to anyone eligible. The shift versions at the time of the offer are kept so that the
 * swap is applied only to the roster both people saw. A deleted shift takes its swaps with it.
 */
@Entity('shift_swaps')
@Index('ix_shift_swaps_from', ['fromEmployeeId', 'createdAt'])
@Index('ix_shift_swaps_to', ['toEmployeeId', 'createdAt'])
@Index('ux_shift_swaps_pending_offer', ['offeredShiftId'], {
  unique: true,
  where: `status IN ('offered','awaiting-approval')`,
})
@Check('ck_shift_swaps_kind', `kind IN ('exchange','give-away')`)
@Check('ck_shift_swaps_status', `status IN ('offered','awaiting-approval','approved','declined','refused','withdrawn')`)
@Check(
  'ck_shift_swaps_exchange',
  `(kind = 'exchange') = (requested_shift_id IS NOT NULL AND requested_shift_version IS NOT NULL)`,
)
export class SwapEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('text')
  kind!: string;

  @Column('text', { default: 'offered' })
  status!: string;

  @Column('uuid')
  offeredShiftId!: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offered_shift_id', foreignKeyConstraintName: 'fk_shift_swaps_offered_shift' })
  offeredShift?: ShiftEntity;

  @Column('integer')
  offeredShiftVersion!: number;

  @Column('uuid')
  fromEmployeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_employee_id', foreignKeyConstraintName: 'fk_shift_swaps_from_employee' })
  fromEmployee?: EmployeeEntity;

  /** The colleague: named for an exchange, whoever accepted a give-away. */
  @Column('uuid', { nullable: true })
  toEmployeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_employee_id', foreignKeyConstraintName: 'fk_shift_swaps_to_employee' })
  toEmployee?: EmployeeEntity | null;

  @Column('uuid', { nullable: true })
  requestedShiftId!: string | null;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_shift_id', foreignKeyConstraintName: 'fk_shift_swaps_requested_shift' })
  requestedShift?: ShiftEntity | null;

  @Column('integer', { nullable: true })
  requestedShiftVersion!: number | null;

  /** Departments of the shifts: whose schedulers approve. */
  @Column('uuid', { array: true })
  departmentIds!: string[];

  @Column('text', { nullable: true })
  message!: string | null;

  /** Why it was refused besides the rules engine's findings: profession, department, the scheduler's reason, a changed roster. */
  @Column('jsonb', { default: () => "'[]'" })
  reasons!: { sv: string; en: string }[];

  /** The rules engine's new findings when it was checked (soft ones go to the scheduler). */
  @Column('jsonb', { default: () => "'[]'" })
  findings!: object[];

  /** 'rules' | 'scheduler' | 'roster-changed' when refused. */
  @Column('text', { nullable: true })
  refusedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('uuid', { nullable: true })
  decidedByUserId!: string | null;

  @VersionColumn()
  version!: number;
}
