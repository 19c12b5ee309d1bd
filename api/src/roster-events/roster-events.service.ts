import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { Observable, Subject, filter } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';

/** What a roster change tells the other schedulers looking at the same period. */
export interface RosterEvent {
  periodId: string;
  departmentId: string;
  kind: 'shift-created' | 'shift-updated' | 'shift-deleted' | 'period-changed';
  shiftId: string | null;
  byUserId: string;
}

const CHANNEL = 'roster_events';

/**
 * Roster changes fan out through PostgreSQL LISTEN/NOTIFY, so every API process (not only the
 * one that handled the write) tells its connected browsers. NOTIFY inside the write's
 * transaction is delivered only if it commits.
 */
@Injectable()
export class RosterEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RosterEventsService.name);
  private readonly events = new Subject<RosterEvent>();
  private listener: Client | null = null;
  private stopped = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.events.complete();
    await this.listener?.end().catch(() => undefined);
  }

  /** Announces a change; call inside the transaction that makes it. */
  async publish(em: EntityManager, event: RosterEvent): Promise<void> {
    await em.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  forPeriod(periodId: string): Observable<RosterEvent> {
    return this.events.pipe(filter((e) => e.periodId === periodId));
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        this.events.next(JSON.parse(message.payload) as RosterEvent);
      } catch (error) {
        this.logger.warn(`Ignoring malformed roster event: ${String(error)}`);
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`Roster event listener lost its connection (${error.message}); reconnecting`);
      this.listener = null;
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen().catch((e: Error) => this.logger.error(e.message)), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }
}
