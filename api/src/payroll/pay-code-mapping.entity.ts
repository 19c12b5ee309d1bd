import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** One version of an organisation's pay-code mapping (category → tidkod or lonart), in force from validFrom. */
@Entity('pay_code_mappings')
@Unique('uq_pay_code_mappings_org_valid_from', ['organisationId', 'validFrom'])
export class PayCodeMappingEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_pay_code_mappings_organisation' })
  organisation?: OrganisationEntity;

  @Column('date')
  validFrom!: string;

  /** Category → { tidkod } or { lonart }, with an optional name. */
  @Column('jsonb')
  codes!: Record<string, { tidkod?: string; lonart?: string; name?: string }>;

  @Column('uuid')
  updatedByUserId!: string;
}
