import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';

/**
 * When an employee last looked at their schedule: changes to published shifts after this moment
 * are shown as new to them.
 */
@Entity('schedule_seen')
export class ScheduleSeenEntity {
  @PrimaryColumn('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_schedule_seen_employee' })
  employee?: EmployeeEntity;

  @Column('uuid')
  organisationId!: string;

  @Column('timestamptz')
  seenAt!: Date;
}
