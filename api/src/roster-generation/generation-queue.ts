import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { GenerationWorker } from './generation-worker';

export const GENERATION_QUEUE = 'roster-generation';
/** A job may run this long past its time limit before it counts as lost and is retried. */
export const JOB_EXPIRY_MARGIN_SECONDS = 300;
export const JOB_RETRIES = 2;

/**
 * The background job queue (pg-boss on our PostgreSQL, schema `pgboss`, created by the
 * migrations): a run is a job; every API process works the queue, one job at a time, so several
 * processes share the work, and a job whose process dies is retried by another once it expires.
 * GENERATION_WORKER=false makes a process only enqueue.
 */
@Injectable()
export class GenerationQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('GenerationQueue');
  private boss: PgBoss | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly worker: GenerationWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 2, schedule: false });
    boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
    await boss.start();
    if (!(await boss.getQueue(GENERATION_QUEUE))) {
      // Two processes starting together may both try: the loser's error is harmless.
      await boss
        .createQueue(GENERATION_QUEUE, { name: GENERATION_QUEUE, retryLimit: JOB_RETRIES })
        .catch(async (error) => {
          if (!(await boss.getQueue(GENERATION_QUEUE))) throw error;
        });
    }
    if (process.env.GENERATION_WORKER !== 'false') {
      await boss.work<{ runId: string }>(
        GENERATION_QUEUE,
        { pollingIntervalSeconds: 0.5, batchSize: 1 },
        async ([job]) => this.worker.run(job.data.runId),
      );
    }
    this.boss = boss;
  }

  /** Queues a run; it expires (and is retried elsewhere) if not finished well after its time limit. */
  async enqueue(runId: string, timeLimitSeconds: number): Promise<void> {
    if (!this.boss) throw new Error('The job queue is not started');
    await this.boss.send(
      GENERATION_QUEUE,
      { runId },
      { expireInSeconds: timeLimitSeconds + JOB_EXPIRY_MARGIN_SECONDS, retryLimit: JOB_RETRIES },
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.worker.stop();
    await this.boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
    this.boss = null;
  }
}
