import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { EmployeeEntity } from '../employees/employee.entity';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftTypeEntity } from '../shift-types/shift-type.entity';

/** An employee's wish for one day of a period: a shift type, a free day, or "can work". */
@Entity('wishes')
@Unique('uq_wishes_day', ['periodId', 'employeeId', 'date'])
@Check(
  'ck_wishes_kind',
  `kind IN ('shift-type','free','can-work') AND (kind = 'shift-type') = (shift_type_id IS NOT NULL)`,
)
export class WishEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  periodId!: string;

  @ManyToOne(() => RosterPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_wishes_period' })
  period?: RosterPeriodEntity;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_wishes_employee' })
  employee?: EmployeeEntity;

  @Column('date')
  date!: string;

  @Column('text')
  kind!: string;

  @Column('uuid', { nullable: true })
  shiftTypeId!: string | null;

  @ManyToOne(() => ShiftTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'fk_wishes_shift_type' })
  shiftType?: ShiftTypeEntity | null;

  /** Private to the employee and the department's schedulers. */
  @Column('text', { nullable: true })
  comment!: string | null;
}
