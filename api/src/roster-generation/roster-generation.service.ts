import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type EmployeeLimits,
  type PeriodState,
  type ProposalChange,
  type RosterProposal,
  acceptsShiftChanges,
  localDate,
  rankReplacements,
  toEmployeeLimits,
} from '@bemanna/shared';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { GenerationLimitsService } from '../generation-limits/generation-limits.service';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftsService } from '../shifts/shifts.service';
import { GenerationInputLoader } from './generation-input.loader';
import { GenerationQueue, JOB_EXPIRY_MARGIN_SECONDS, JOB_RETRIES } from './generation-queue';
import { Clock } from '../common/clock';
import { GenerationRunEntity } from './generation-run.entity';
import type {
  AcceptGenerationDto,
  AcceptGenerationResultView,
  GenerationRunView,
  ReplacementsView,
  StartGenerationDto,
} from './roster-generation.dto';

const RUN = { sv: 'genereringen', en: 'generation' };
const ACTIVE = ['queued', 'running'];

@Injectable()
export class RosterGenerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: RosterPeriodsService,
    private readonly shifts: ShiftsService,
    private readonly loader: GenerationInputLoader,
    private readonly limits: GenerationLimitsService,
    private readonly queue: GenerationQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Snapshots the period's data and queues the job; one active run per period. */
  async start(user: AuthUser, periodId: string, dto: StartGenerationDto): Promise<GenerationRunView> {
    const run = await this.dataSource.transaction(async (em) => {
      const period = await this.periods.loadForWrite(em, user, periodId);
      assertOpen(period);
      const active = await em.count(GenerationRunEntity, { where: { periodId, status: In(ACTIVE) } });
      if (active > 0) {
        throw new DomainError('IN_USE', {
          sv: 'En generering pågår redan för perioden',
          en: 'A generation is already running for the period',
        });
      }
      const keepExisting = dto.keepExisting ?? true;
      const limits = await this.runLimits(user, period.departmentId, dto);
      const input = await this.loader.load(user, period, { mode: dto.mode, keepExisting, limits });
      const saved = await em.save(
        em.create(GenerationRunEntity, {
          organisationId: user.organisationId,
          periodId,
          departmentId: period.departmentId,
          requestedByUserId: user.userId,
          mode: dto.mode,
          keepExisting,
          timeLimitSeconds: dto.timeLimitSeconds ?? 30,
          seed: dto.seed ?? 1,
          limits: dto.limits ?? [],
          input: input as unknown as Record<string, unknown>,
          status: 'queued',
        }),
      );
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'roster-generation',
        entityId: saved.id,
        after: {
          periodId,
          mode: saved.mode,
          keepExisting,
          timeLimitSeconds: saved.timeLimitSeconds,
          limits: saved.limits,
          weights: input.weights,
        },
      });
      return saved;
    });
    await this.queue.enqueue(run.id, run.timeLimitSeconds);
    return toView(run);
  }

  /** The run's own limits in the model's form, refused with field messages when contradictory. */
  private async runLimits(user: AuthUser, departmentId: string, dto: StartGenerationDto): Promise<EmployeeLimits[]> {
    const given = dto.limits ?? [];
    const problems = await this.limits.problems(
      user,
      departmentId,
      given.map((limits, i) => ({ prefix: `limits.${i}.`, limits })),
    );
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    return given.map((l) => toEmployeeLimits(l.employeeId, l));
  }

  /** The period's latest runs, newest first, without their proposals (to pick up a run again). */
  async listForPeriod(user: AuthUser, periodId: string): Promise<GenerationRunView[]> {
    const period = await this.periods.loadVisible(this.dataSource.manager, user, periodId);
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(period.departmentId))
      throw DomainError.forbidden();
    const runs = await this.dataSource.getRepository(GenerationRunEntity).find({
      where: { organisationId: user.organisationId, periodId },
      select: [
        'id',
        'periodId',
        'departmentId',
        'status',
        'mode',
        'keepExisting',
        'timeLimitSeconds',
        'createdAt',
        'updatedAt',
        'startedAt',
        'finishedAt',
        'progress',
        'explanations',
        'acceptedChangeIds',
        'organisationId',
      ],
      order: { createdAt: 'DESC' },
      take: 10,
    });
    return runs.map((r) => ({ ...toView({ ...r, proposal: null } as GenerationRunEntity) }));
  }

  async get(user: AuthUser, id: string): Promise<GenerationRunView> {
    const run = await this.load(user, id);
    if (ACTIVE.includes(run.status) && this.lost(run)) {
      // Every try of its job has had time to expire: no process will finish it.
      run.status = 'failed';
      run.finishedAt = this.clock.now();
      run.explanations = [
        {
          employeeId: null,
          rule: 'internal',
          dates: [],
          message: {
            sv: 'Genereringen avbröts utan resultat (servern startades om eller jobbkön nåddes inte). Försök igen.',
            en: 'The generation stopped without a result (the server restarted or the job queue was unreachable). Try again.',
          },
        },
      ];
      await this.dataSource
        .getRepository(GenerationRunEntity)
        .update(
          { id: run.id, status: In(ACTIVE) },
          { status: run.status, finishedAt: run.finishedAt, explanations: run.explanations as object[] },
        );
    }
    return toView(run);
  }

  /** A run whose job (time limit + expiry margin, three tries) cannot be running any more. */
  private lost(run: GenerationRunEntity): boolean {
    const allowedMs = (run.timeLimitSeconds + JOB_EXPIRY_MARGIN_SECONDS) * 1000 * (JOB_RETRIES + 1) + 60_000;
    return this.clock.now().getTime() - run.updatedAt.getTime() > allowedMs;
  }

  /** Stops a queued or running run; its best roster so far is not kept. */
  async cancel(user: AuthUser, id: string): Promise<GenerationRunView> {
    return this.dataSource.transaction(async (em) => {
      const run = await this.load(user, id, em);
      if (!ACTIVE.includes(run.status)) throw invalidTransition(run.status);
      run.cancelRequestedAt = new Date();
      // A queued run that no worker holds yet ends at once; a running one at the worker's next report.
      if (run.status === 'queued') {
        run.status = 'cancelled';
        run.finishedAt = run.cancelRequestedAt;
      }
      await em.update(GenerationRunEntity, run.id, {
        cancelRequestedAt: run.cancelRequestedAt,
        status: run.status,
        finishedAt: run.finishedAt,
      });
      await this.audit.record(em, user, { action: 'cancel', entityType: 'roster-generation', entityId: run.id });
      return toView(run);
    });
  }

  /** Accepts all or the selected changes of a proposal through the roster write path. */
  async accept(user: AuthUser, id: string, dto: AcceptGenerationDto): Promise<AcceptGenerationResultView> {
    return this.dataSource.transaction(async (em) => {
      const run = await this.load(user, id, em, true);
      if (run.status !== 'proposal') throw invalidTransition(run.status);
      const proposal = run.proposal as unknown as RosterProposal;
      const known = new Map(proposal.changes.map((c) => [c.id, c]));
      const ids = dto.changeIds ?? [...known.keys()];
      const unknown = ids.filter((c) => !known.has(c));
      if (unknown.length > 0) {
        throw DomainError.invalid('changeIds', {
          sv: `Okända ändringar: ${unknown.join(', ')}`,
          en: `Unknown changes: ${unknown.join(', ')}`,
        });
      }
      if (dto.changeIds && ids.length === 0) {
        throw DomainError.invalid('changeIds', { sv: 'Välj minst en ändring', en: 'Choose at least one change' });
      }
      const chosen: ProposalChange[] = [...new Set(ids)].map((c) => known.get(c)!);
      const results = await this.shifts.applyGenerated(
        em,
        user,
        run.periodId,
        chosen.map((c) => ({
          kind: c.kind,
          employeeId: c.employeeId,
          shiftTypeId: c.shiftTypeId,
          start: Date.parse(c.start),
          end: Date.parse(c.end),
          breakMinutes: c.breakMinutes,
          shiftId: c.shiftId,
          version: c.version,
        })),
      );
      run.status = 'accepted';
      run.acceptedChangeIds = chosen.map((c) => c.id);
      await em.update(GenerationRunEntity, run.id, { status: run.status, acceptedChangeIds: run.acceptedChangeIds });
      await this.audit.record(em, user, {
        action: 'accept',
        entityType: 'roster-generation',
        entityId: run.id,
        after: { acceptedChangeIds: run.acceptedChangeIds },
      });
      const violations = results.flatMap((r) => r.violations);
      const unique = new Map(violations.map((v) => [JSON.stringify([v.ruleId, v.employeeId, v.from, v.shiftIds]), v]));
      return { run: toView(run), applied: chosen.length, violations: [...unique.values()] };
    });
  }

  async discard(user: AuthUser, id: string): Promise<GenerationRunView> {
    return this.dataSource.transaction(async (em) => {
      const run = await this.load(user, id, em, true);
      if (run.status !== 'proposal') throw invalidTransition(run.status);
      run.status = 'discarded';
      await em.update(GenerationRunEntity, run.id, { status: run.status });
      await this.audit.record(em, user, { action: 'discard', entityType: 'roster-generation', entityId: run.id });
      return toView(run);
    });
  }

  /** Ranked replacements for an open shift: qualified, free, legal by the rules engine, cheapest first. */
  async replacements(user: AuthUser, shiftId: string): Promise<ReplacementsView> {
    const shift = await this.shifts.get(user, shiftId);
    if (shift.employeeId) {
      throw DomainError.invalid('shiftId', {
        sv: 'Passet är redan bemannat; ersättare föreslås för öppna pass',
        en: 'The shift is already staffed; replacements are suggested for open shifts',
      });
    }
    const period = await this.periods.loadVisible(this.dataSource.manager, user, shift.periodId);
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(period.departmentId))
      throw DomainError.forbidden();
    const input = await this.loader.load(user, period, { mode: 'fill-gaps', keepExisting: true });
    const type = input.shiftTypes.find((t) => t.id === shift.shiftTypeId);
    const current = input.shifts
      .filter((s): s is typeof s & { employeeId: string } => !!s.employeeId)
      .map((s) => ({ ...s, employeeId: s.employeeId }));
    const ranking = rankReplacements(
      input,
      {
        shiftTypeId: shift.shiftTypeId,
        departmentId: shift.departmentId,
        date: localDate(Date.parse(shift.start)),
        start: Date.parse(shift.start),
        end: Date.parse(shift.end),
        breakMinutes: shift.breakMinutes,
        kind: shift.kind,
        requiredSkillId: type?.requiredSkillId ?? null,
        requiredSkillCode: type?.requiredSkillCode ?? null,
      },
      current,
    );
    return { shiftId, candidates: ranking.candidates, excluded: ranking.excluded };
  }

  /** The run, if the user manages its department (others get 404 as for an unknown id). */
  private async load(
    user: AuthUser,
    id: string,
    em = this.dataSource.manager,
    lock = false,
  ): Promise<GenerationRunEntity> {
    const run = await em.findOne(GenerationRunEntity, {
      where: { organisationId: user.organisationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!run || (user.role !== 'admin' && !user.managedDepartmentIds.includes(run.departmentId))) {
      throw DomainError.notFound(RUN);
    }
    return run;
  }
}

function assertOpen(period: RosterPeriodEntity): void {
  if (!acceptsShiftChanges(period.state as PeriodState)) {
    throw new DomainError('PERIOD_LOCKED', {
      sv: 'Perioden är låst (timmarna har gått till lön)',
      en: 'The period is locked (its hours went to payroll)',
    });
  }
}

function invalidTransition(status: string): DomainError {
  return new DomainError('INVALID_TRANSITION', {
    sv: `Genereringen har status ${status} och kan inte ändras så`,
    en: `The generation is ${status} and cannot be changed that way`,
  });
}

function toView(r: GenerationRunEntity): GenerationRunView {
  return {
    id: r.id,
    periodId: r.periodId,
    departmentId: r.departmentId,
    status: r.status as GenerationRunView['status'],
    mode: r.mode as GenerationRunView['mode'],
    keepExisting: r.keepExisting,
    timeLimitSeconds: r.timeLimitSeconds,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
    progress: (r.progress as unknown as GenerationRunView['progress']) ?? null,
    proposal: (r.proposal as unknown as GenerationRunView['proposal']) ?? null,
    explanations: r.explanations as GenerationRunView['explanations'],
    acceptedChangeIds: r.acceptedChangeIds,
  };
}
