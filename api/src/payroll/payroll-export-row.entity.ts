import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';
import { PayrollExportEntity } from './payroll-export.entity';

/** One transaction of an export, kept so that the next export sends only what changed. */
@Entity('payroll_export_rows')
@Index('ix_payroll_export_rows_export', ['exportId'])
@Index('ix_payroll_export_rows_employee_date', ['organisationId', 'employeeId', 'date'])
export class PayrollExportRowEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  exportId!: string;

  @ManyToOne(() => PayrollExportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'export_id', foreignKeyConstraintName: 'fk_payroll_export_rows_export' })
  export?: PayrollExportEntity;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_payroll_export_rows_employee' })
  employee?: EmployeeEntity;

  /** The employee number (anstid) written in the file. */
  @Column('text')
  anstid!: string;

  @Column('date')
  date!: string;

  /** 'tidkod' (tidtrans) or 'lonart' (lonetrans). */
  @Column('text')
  codeKind!: string;

  @Column('text')
  code!: string;

  /** Hours × 100 sent (negative for an adjustment that takes time back). */
  @Column('integer')
  hundredths!: number;

  @Column('boolean')
  adjustment!: boolean;
}
