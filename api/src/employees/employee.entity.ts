import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { DepartmentEntity } from '../departments/department.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('employees')
@Unique('uq_employees_org_number', ['organisationId', 'employeeNumber'])
@Check('ck_employees_employment_rate', `employment_rate BETWEEN 1 AND 100`)
@Check('ck_employees_employment_form', `employment_form IN ('tillsvidare','visstid','timavlonad')`)
@Check('ck_employees_agency_name', `NOT is_agency OR agency_name IS NOT NULL`)
@Check('ck_employees_full_time', `full_time_hours_per_week > 0 AND full_time_hours_per_week <= 48`)
@Check('ck_employees_dygnsbryt', `dygnsbryt ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
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

  /**
   * Full-time measure (arbetstidsmått) of the employee's schedule type, hours per week: HÖK
   * Vårdförbundet 40 / 38.25 / 36.33 / 34.33 depending on evenings, weekends and nights.
   */
  @Column('numeric', {
    precision: 5,
    scale: 2,
    default: 40,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  fullTimeHoursPerWeek!: number;

  /** Nattarbetande (ATL 13 a §): works at least 3 hours of most shifts at night. */
  @Column('boolean', { default: false })
  nightWorker!: boolean;

  /** Healthcare staff have a basis for night work (ATL 13 § st 2) unless told otherwise. */
  @Column('boolean', { default: true })
  nightWorkBasis!: boolean;

  /** Dygnsbryt: when the employee's 24-hour period starts, local 'HH:mm' (AB § 13). */
  @Column('text', { default: '00:00' })
  dygnsbryt!: string;

  @Column('boolean', { default: false })
  isAgency!: boolean;

  @Column('text', { nullable: true })
  agencyName!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
