import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { MailOutboxEntity } from './mail-outbox.entity';
import { DEFAULT_FROM, MAIL_OPTIONS, type MailOptions } from './mail-options';

const CHANNEL = 'mail_outbox';
const BATCH = 20;
const MAX_ATTEMPTS = 5;
const RETRY_EVERY_MS = 60_000;

export interface OutgoingMail {
  organisationId: string;
  userId: string | null;
  to: string;
  subject: string;
  text: string;
}

interface Transport {
  send(mail: { from: string; to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/**
 * E-mail through a transactional outbox: `enqueue` writes rows inside the caller's transaction and
 * a NOTIFY that PostgreSQL delivers only on commit; the listener then sends them (SMTP through
 * nodemailer, or the log when SMTP_URL is unset). Failures are retried every minute, at most five
 * times. Sending is at-least-once: a crash between sending and marking can repeat a mail.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transport;
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private flushing: Promise<number> | null = null;
  private again = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    private readonly clock: Clock,
  ) {
    this.transport = options.smtpUrl ? smtpTransport(options.smtpUrl) : logTransport(options.log);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.flush(), RETRY_EVERY_MS);
    this.timer.unref();
    void this.flush();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.flushing?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    this.transport.close();
  }

  get appUrl(): string | undefined {
    return this.options.appUrl;
  }

  /** Queues mails; call inside the transaction that makes the change they report. */
  async enqueue(em: EntityManager, mails: OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    await em.insert(
      MailOutboxEntity,
      mails.map((m) => ({
        organisationId: m.organisationId,
        userId: m.userId,
        toAddress: m.to,
        subject: m.subject,
        text: m.text,
      })),
    );
    await em.query('SELECT pg_notify($1, $2)', [CHANNEL, '']);
  }

  /** Sends what is pending; one run at a time per process, another instance takes other rows. */
  flush(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.drain()
      .catch((error: Error) => {
        this.logger.error(`Sending e-mail failed: ${error.message}`);
        return 0;
      })
      .finally(() => {
        this.flushing = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.flush();
        }
      });
    return this.flushing;
  }

  private async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.sendBatch();
      sent += batch.sent;
      if (batch.taken < BATCH || this.stopped) return sent;
    }
  }

  /** Takes a batch with row locks (other instances skip it), sends, and records the outcome. */
  private sendBatch(): Promise<{ taken: number; sent: number }> {
    return this.dataSource.transaction(async (em) => {
      const rows: MailOutboxEntity[] = await em
        .createQueryBuilder(MailOutboxEntity, 'm')
        .where(`m.status = 'pending'`)
        .orderBy('m.id', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let sent = 0;
      for (const row of rows) {
        try {
          await this.transport.send({
            from: this.options.from ?? DEFAULT_FROM,
            to: row.toAddress,
            subject: row.subject,
            text: row.text,
          });
          await em.update(
            MailOutboxEntity,
            { id: row.id },
            { status: 'sent', sentAt: this.clock.now(), attempts: row.attempts + 1 },
          );
          sent++;
        } catch (error) {
          const attempts = row.attempts + 1;
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(`E-mail ${row.id} to ${row.toAddress} not sent (attempt ${attempts}): ${message}`);
          await em.update(
            MailOutboxEntity,
            { id: row.id },
            { attempts, lastError: message.slice(0, 500), status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending' },
          );
        }
      }
      return { taken: rows.length, sent };
    });
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL) void this.flush();
    });
    client.on('error', (error) => {
      this.logger.warn(`Mail listener lost its connection (${error.message}); reconnecting`);
      this.listener = null;
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen().catch((e: Error) => this.logger.error(e.message)), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }
}

function smtpTransport(url: string): Transport {
  const transporter = createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP the mails go to the server's log, whole, so a demo or a developer can read them. */
function logTransport(log: ((text: string) => void) | undefined): Transport {
  const write = log ?? ((text: string) => process.stdout.write(`${text}\n`));
  return {
    send(mail) {
      write(
        [
          `E-post (SMTP_URL är inte satt; skrivs hit i stället) till ${mail.to}`,
          `Ämne: ${mail.subject}`,
          mail.text,
          '— slut —',
        ].join('\n'),
      );
      return Promise.resolve();
    },
    close: () => undefined,
  };
}
