import { Check, Column, Entity, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { EmployeeEntity } from '../employees/employee.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A login. E-mail is unique across all organisations because login names no organisation. */
@Entity('users')
@Unique('uq_users_email', ['email'])
@Check('ck_users_role', `role IN ('admin','scheduler','hr','employee')`)
@Check('ck_users_email_lower', `email = lower(email)`)
export class UserEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_users_organisation' })
  organisation?: OrganisationEntity;

  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  @Column('text')
  passwordHash!: string;

  @Column('text')
  role!: string;

  @Column('uuid', { nullable: true })
  employeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_users_employee' })
  employee?: EmployeeEntity | null;

  @Column('boolean', { default: true })
  active!: boolean;

  /** May save a shift that breaks a hard rule, with a recorded reason (admins always may). */
  @Column('boolean', { default: false })
  canOverrideRules!: boolean;

  @Column('integer', { default: 0 })
  failedLoginCount!: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;

  @VersionColumn()
  version!: number;
}
