import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A payroll file as it was sent (issue 6): who, when, which dates and departments, the exact bytes
 * (for re-download), their SHA-256 and counts, and whether HR included unattested time.
 */
@Entity('payroll_exports')
@Index('ix_payroll_exports_org_created', ['organisationId', 'createdAt'])
@Check('ck_payroll_exports_format', `format IN ('paxml','csv')`)
@Check('ck_payroll_exports_range', `to_date >= from_date`)
export class PayrollExportEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_payroll_exports_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  createdByUserId!: string;

  @Column('date')
  fromDate!: string;

  @Column('date')
  toDate!: string;

  @Column('uuid', { array: true })
  departmentIds!: string[];

  @Column('text')
  format!: string;

  @Column('text')
  encoding!: string;

  @Column('text')
  decimalSeparator!: string;

  @Column('boolean')
  schedule!: boolean;

  @Column('boolean')
  includedUnattested!: boolean;

  /** The employee-periods that were not attested when HR included them anyway. */
  @Column('jsonb')
  unattested!: { employeeId: string; name: string; periodId: string; departmentId: string }[];

  @Column('text')
  fileName!: string;

  @Column('text')
  contentType!: string;

  @Column('bytea')
  content!: Buffer;

  @Column('text')
  sha256!: string;

  @Column('integer')
  rowCount!: number;

  /** Rows that correct something an earlier export sent. */
  @Column('integer')
  adjustmentRowCount!: number;

  @Column('integer')
  employeeCount!: number;

  /** Shifts whose hours went out for the first time in this export. */
  @Column('integer')
  shiftCount!: number;

  /** Schedule periods this export locked. */
  @Column('uuid', { array: true })
  lockedPeriodIds!: string[];
}
