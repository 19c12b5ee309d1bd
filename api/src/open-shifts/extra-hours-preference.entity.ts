import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';

/**
 * Whether an employee wants to be offered open shifts beyond their contracted hours (extra
 * hours: mertid or overtime). Without a row, no.
 */
@Entity('extra_hours_preferences')
export class ExtraHoursPreferenceEntity {
  @PrimaryColumn('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_extra_hours_preferences_employee' })
  employee?: EmployeeEntity;

  @Column('uuid')
  organisationId!: string;

  @Column('boolean', { default: false })
  wantsExtraHours!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
