import { Column, Entity, JoinColumn, OneToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** An organisation's payroll settings: the PAXml header and what cost estimates start from. */
@Entity('payroll_settings')
@Unique('uq_payroll_settings_organisation', ['organisationId'])
export class PayrollSettingsEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_payroll_settings_organisation' })
  organisation?: OrganisationEntity;

  /** Organisationsnummer for the PAXml header (foretagorgnr, at most 12 characters). */
  @Column('text', { nullable: true })
  organisationNumber!: string | null;

  /** Average monthly salary (kr) for the estimated cost of overtime and mertid. */
  @Column('integer', { nullable: true })
  averageMonthlySalary!: number | null;

  @VersionColumn()
  version!: number;
}
