import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EmployeeEntity } from '../employees/employee.entity';
import { ShiftTypeEntity } from '../shift-types/shift-type.entity';
import { BaseScheduleEntity } from './base-schedule.entity';

/** One employee's shift type on one weekday of one week of the rotation. */
@Entity('base_schedule_entries')
@Unique('uq_base_schedule_entries_day', ['baseScheduleId', 'employeeId', 'weekIndex', 'weekday'])
@Check('ck_base_schedule_entries_day', `week_index >= 0 AND weekday BETWEEN 1 AND 7`)
export class BaseScheduleEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  baseScheduleId!: string;

  @ManyToOne(() => BaseScheduleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'base_schedule_id', foreignKeyConstraintName: 'fk_base_schedule_entries_schedule' })
  baseSchedule?: BaseScheduleEntity;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_base_schedule_entries_employee' })
  employee?: EmployeeEntity;

  /** 0 = the rotation's first week. */
  @Column('smallint')
  weekIndex!: number;

  /** ISO weekday, Monday = 1. */
  @Column('smallint')
  weekday!: number;

  @Column('uuid')
  shiftTypeId!: string;

  @ManyToOne(() => ShiftTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'fk_base_schedule_entries_shift_type' })
  shiftType?: ShiftTypeEntity;
}
