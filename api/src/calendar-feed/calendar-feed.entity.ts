import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';

/**
 * A secret calendar subscription URL for one employee's published shifts. Only a SHA-256 of the
 * token is stored; revoking sets revokedAt, and a new feed revokes the old one.
 */
@Entity('calendar_feeds')
@Unique('uq_calendar_feeds_token_hash', ['tokenHash'])
@Index('ix_calendar_feeds_employee', ['employeeId'])
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_calendar_feeds_employee' })
  employee?: EmployeeEntity;

  @Column('text')
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;
}
