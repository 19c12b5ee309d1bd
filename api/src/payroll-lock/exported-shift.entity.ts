import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PayrollExportEntity } from '../payroll/payroll-export.entity';
import { ShiftEntity } from '../shifts/shift.entity';

/** A shift whose hours went to payroll: it is not edited any more; corrections go through deviations. */
@Entity('payroll_exported_shifts')
@Index('ix_payroll_exported_shifts_export', ['exportId'])
export class ExportedShiftEntity {
  @PrimaryColumn('uuid')
  shiftId!: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'fk_payroll_exported_shifts_shift' })
  shift?: ShiftEntity;

  /** The export that first sent the shift's hours. */
  @Column('uuid')
  exportId!: string;

  @ManyToOne(() => PayrollExportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'export_id', foreignKeyConstraintName: 'fk_payroll_exported_shifts_export' })
  export?: PayrollExportEntity;
}
