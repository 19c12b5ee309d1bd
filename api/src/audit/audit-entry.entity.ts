import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One create/update/delete (or workflow step). Append-only: a database trigger (see the
 * migration) refuses UPDATE and DELETE, so not even a bug in the API can rewrite history.
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['organisationId', 'entityType', 'entityId'])
@Index('ix_audit_log_org_at', ['organisationId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  entityType!: string;

  @Column('text')
  entityId!: string;

  @Column('jsonb', { nullable: true })
  before!: object | null;

  @Column('jsonb', { nullable: true })
  after!: object | null;

  @Column('text', { nullable: true })
  correlationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
