import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What was published, as published: the shifts of the period at the moment of publication. The
 * live roster changes afterwards (with a change log); this record does not.
 */
@Entity('roster_publications')
@Index('ix_roster_publications_period', ['periodId', 'publishedAt'])
export class RosterPublicationEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  periodId!: string;

  @Column('uuid')
  publishedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;

  /** ShiftView[] as the API showed them. */
  @Column('jsonb')
  shifts!: object[];

  /** Overridden hard rules at publication, with their reasons. */
  @Column('jsonb')
  overrides!: object[];
}
