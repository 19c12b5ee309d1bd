import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('employees')
@Unique('uq_employees_org_number', ['organisationId', 'employeeNumber'])
@Check('ck_employees_employment_rate', `employment_rate BETWEEN 1 AND 100`)
@Check('ck_employees_employment_form', `employment_form IN ('tillsvidare','visstid','timavlonad')`)
@Check('ck_employees_agency_name', `NOT is_agency OR agency_name IS NOT NULL`)
export class EmployeeEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_employees_organisation' })
  organisation?: OrganisationEntity;

  @Column('text')
  employeeNumber!: string;

  @Column('text')
  firstName!: string;

  @Column('text')
  lastName!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text')
  profession!: string;

  @Column('smallint')
  employmentRate!: number;

  @Column('text')
  employmentForm!: string;

  /** Id of the rule set that applies (RULES.md A3). */
  @Column('text')
  agreement!: string;

  @Index('ix_employees_home_department')
  @Column('uuid')
  homeDepartmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_department_id', foreignKeyConstraintName: 'fk_employees_home_department' })
  homeDepartment?: DepartmentEntity;

  @Column('boolean', { default: false })
  isAgency!: boolean;

  @Column('text', { nullable: true })
  agencyName!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
