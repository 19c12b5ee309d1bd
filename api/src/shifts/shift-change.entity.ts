import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change to a shift of a published period: what the employees concerned are shown as
 * "changed", with who, when and why. Kept also when the shift itself is deleted.
 */
@Entity('shift_changes')
@Index('ix_shift_changes_shift', ['shiftId'])
@Index('ix_shift_changes_period_at', ['periodId', 'changedAt'])
export class ShiftChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  periodId!: string;

  @Column('uuid')
  shiftId!: string;

  /** 'create' | 'update' | 'delete' */
  @Column('text')
  action!: string;

  @Column('jsonb', { nullable: true })
  before!: object | null;

  @Column('jsonb', { nullable: true })
  after!: object | null;

  /** Employees whose schedule the change touches (before and after a reassignment). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  employeeIds!: string[];

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid', { nullable: true })
  changedByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
