import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';
import { EmployeeEntity } from './employee.entity';

/** A department other than the home department where the employee may be scheduled. */
@Entity('employee_departments')
export class EmployeeDepartmentEntity {
  @PrimaryColumn('uuid')
  employeeId!: string;

  @Index('ix_employee_departments_department')
  @PrimaryColumn('uuid')
  departmentId!: string;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_employee_departments_employee' })
  employee?: EmployeeEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_employee_departments_department' })
  department?: DepartmentEntity;
}
