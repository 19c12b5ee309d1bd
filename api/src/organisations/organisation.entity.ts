import { Column, Entity, Unique } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';

/** A region (or another employer) — the tenant boundary: every other table carries its id. */
@Entity('organisations')
@Unique('uq_organisations_code', ['code'])
export class OrganisationEntity extends BaseEntityColumns {
  @Column('text')
  name!: string;

  @Column('text')
  code!: string;
}
