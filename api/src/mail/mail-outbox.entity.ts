import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An e-mail waiting to be sent (transactional outbox): written in the same transaction as the
 * in-app notification it copies, sent after commit, so a rolled-back change mails nobody.
 */
@Entity('mail_outbox')
@Index('ix_mail_outbox_pending', ['status', 'id'])
@Check('ck_mail_outbox_status', `status IN ('pending','sent','failed')`)
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;

  @Column('text')
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  text!: string;

  /** pending → sent, or failed after the last attempt. */
  @Column('text', { default: 'pending' })
  status!: string;

  @Column('smallint', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
