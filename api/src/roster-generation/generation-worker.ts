import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { type GenerationInput, type GenerationProgress, generateRoster, loadHighsLinearSolver, startPricingThread } from '@bemanna/shared';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../common/clock';
import { GenerationRunEntity } from './generation-run.entity';

/** Longest stretch the solver runs before the event loop gets its turn (HTTP keeps answering). */
const SLICE_MS = 30;
/** How often progress is written and the cancel flag read. */
const REPORT_MS = 500;
/** Longest single LP/MIP call of the solver's exact phase (it blocks the event loop). */
const MAX_BLOCKING_MS = 500;

/** Thrown when the process stops mid-run: pg-boss then gives the job to another process. */
export class WorkerStopping extends Error {
  constructor() {
    super('The worker is stopping; the job is retried');
  }
}

/**
 * Runs one generation job: the pure pipeline of @bemanna/shared in slices of the event loop,
 * with progress and the cancel flag going through the run's row (any API process can serve the
 * UI's polling or cancel it), and the result saved on the row.
 */
@Injectable()
export class GenerationWorker {
  private readonly logger = new Logger('GenerationWorker');
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Asks a running job to stop at its next slice (process shutdown). */
  stop(): void {
    this.stopping = true;
  }

  async run(runId: string): Promise<void> {
    const runs = this.dataSource.getRepository(GenerationRunEntity);
    const run = await runs.findOne({ where: { id: runId } });
    if (!run || (run.status !== 'queued' && run.status !== 'running')) return;
    if (run.cancelRequestedAt) {
      await this.update(runId, { status: 'cancelled', finishedAt: this.clock.now() });
      return;
    }
    const timeLimitMs = run.timeLimitSeconds * 1000;
    await this.update(runId, {
      status: 'running',
      startedAt: this.clock.now(),
      progress: {
        phase: 'solving',
        round: 0,
        elapsedMs: 0,
        iteration: 0,
        currentScore: null,
        bestScore: null,
        timeLimitMs,
      },
    });
    let cancelled = false;
    try {
      const generation = generateRoster(run.input as unknown as GenerationInput, {
        seed: run.seed,
        timeLimitMs,
        clock: () => performance.now(),
        shouldStop: () => cancelled || this.stopping,
        // Without the engine the solver still runs (neighbourhood search only).
        linearSolver: await loadHighsLinearSolver().catch((error: unknown) => {
          this.logger.warn(`LP/MIP engine unavailable, generating without it: ${String(error)}`);
          return undefined;
        }),
        // The exact phase's pricing on the second core; without threads it prices on this one.
        pricingThread: startPricingThread,
        maxBlockingMs: MAX_BLOCKING_MS,
      });
      let sliceStart = performance.now();
      let lastReport = 0;
      let step = generation.next();
      try {
        while (!step.done) {
          const now = performance.now();
          if (now - lastReport >= REPORT_MS) {
            lastReport = now;
            cancelled = await this.report(runId, { ...step.value, timeLimitMs });
          }
          if (now - sliceStart >= SLICE_MS) {
            await yieldToEventLoop();
            sliceStart = performance.now();
          }
          step = generation.next();
        }
      } finally {
        // A run left mid-way (a failed progress write) frees its engine models and pricing thread.
        if (!step.done) generation.return({ status: 'cancelled', elapsedMs: 0 });
      }
      const result = step.value;
      const finishedAt = this.clock.now();
      if (result.status === 'cancelled') {
        if (!cancelled && this.stopping) {
          await this.update(runId, { status: 'queued', progress: null, startedAt: null });
          throw new WorkerStopping();
        }
        await this.update(runId, { status: 'cancelled', finishedAt });
      } else if (result.status === 'infeasible') {
        await this.update(runId, {
          status: 'infeasible',
          finishedAt,
          explanations: result.explanations,
          progress: { phase: 'done', elapsedMs: result.elapsedMs, timeLimitMs },
        });
      } else {
        await this.update(runId, {
          status: 'proposal',
          finishedAt,
          proposal: result.proposal as unknown as Record<string, unknown>,
          progress: {
            phase: 'done',
            elapsedMs: result.elapsedMs,
            iteration: result.iterations,
            bestScore: result.proposal.score.solver.total,
            currentScore: result.proposal.score.solver.total,
            stoppedBy: result.stoppedBy,
            timeLimitMs,
          },
        });
      }
    } catch (error) {
      if (error instanceof WorkerStopping) throw error;
      // A failure of the pipeline is not fixed by trying again: the run ends with the reason.
      this.logger.error(`generation ${runId} failed`, error instanceof Error ? error.stack : String(error));
      await this.update(runId, {
        status: 'failed',
        finishedAt: this.clock.now(),
        explanations: [
          {
            employeeId: null,
            rule: 'internal',
            dates: [],
            message: {
              sv: 'Genereringen misslyckades på grund av ett internt fel. Försök igen eller kontakta support.',
              en: 'The generation failed because of an internal error. Try again or contact support.',
            },
          },
        ],
      });
    }
  }

  private async update(runId: string, fields: Partial<GenerationRunEntity>): Promise<void> {
    await this.dataSource
      .getRepository(GenerationRunEntity)
      .update(runId, fields as QueryDeepPartialEntity<GenerationRunEntity>);
  }

  /** Saves the progress; answers whether the run was asked to stop. */
  private async report(runId: string, progress: GenerationProgress & { timeLimitMs: number }): Promise<boolean> {
    const [rows]: [Array<{ cancel_requested_at: Date | null }>, number] = await this.dataSource.query(
      `UPDATE roster_generation_runs SET progress = $2, updated_at = now() WHERE id = $1 RETURNING cancel_requested_at`,
      [runId, JSON.stringify(progress)],
    );
    return !!rows[0]?.cancel_requested_at;
  }
}
