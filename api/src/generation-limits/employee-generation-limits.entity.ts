import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';
import { EmployeeEntity } from '../employees/employee.entity';

const hoursColumn = {
  precision: 6,
  scale: 2,
  nullable: true,
  transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
} as const;

/**
 * Hard limits a department sets for one employee's generated rosters (hours in the period, days
 * in a row, days off in a row, weekends, shifts of a type). Every run of the department applies
 * them; a run's own limits replace them field by field. A null column is no limit.
 */
@Entity('employee_generation_limits')
@Check('ck_employee_generation_limits_hours', `min_hours IS NULL OR max_hours IS NULL OR min_hours <= max_hours`)
export class EmployeeGenerationLimitsEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_employee_generation_limits' })
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_employee_generation_limits_department' })
  department?: DepartmentEntity;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_employee_generation_limits' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_employee_generation_limits_employee' })
  employee?: EmployeeEntity;

  @Column('uuid')
  organisationId!: string;

  @Column('numeric', hoursColumn)
  minHours!: number | null;

  @Column('numeric', hoursColumn)
  maxHours!: number | null;

  @Column('smallint', { nullable: true })
  maxConsecutiveDays!: number | null;

  @Column('smallint', { nullable: true })
  minConsecutiveDaysOff!: number | null;

  @Column('smallint', { nullable: true })
  maxWeekends!: number | null;

  /** Shift type id → most shifts of that type in a period. */
  @Column('jsonb', { default: () => "'{}'" })
  maxShiftsByType!: Record<string, number>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column('uuid')
  updatedByUserId!: string;

  @VersionColumn()
  version!: number;
}
