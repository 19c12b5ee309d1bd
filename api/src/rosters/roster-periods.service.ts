import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type PeriodState,
  addDays,
  allowedTransitions,
  canTransition,
  isCivilDate,
  isPeriodListedForStaff,
  isVisibleToStaff,
  isoWeekOf,
  weekdayOf,
} from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { assertVersion } from '../common/database/check-version';
import { DomainError } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import { RosterEventsService } from '../roster-events/roster-events.service';
import type {
  CreateRosterPeriodDto,
  RosterPeriodQueryDto,
  RosterPeriodView,
  TransitionRosterPeriodDto,
} from './roster-period.dto';
import { RosterPeriodEntity } from './roster-period.entity';

const PERIOD = { sv: 'schemaperioden', en: 'schedule period' };

@Injectable()
export class RosterPeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly employees: EmployeesService,
    private readonly audit: AuditService,
    private readonly events: RosterEventsService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: RosterPeriodQueryDto): Promise<RosterPeriodView[]> {
    const qb = this.dataSource
      .getRepository(RosterPeriodEntity)
      .createQueryBuilder('p')
      .where('p.organisation_id = :org', { org: user.organisationId });
    if (query.departmentId) qb.andWhere('p.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.from) qb.andWhere('p.end_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('p.start_date <= :to', { to: query.to });
    const visible = await this.visibility(user);
    if (visible.departmentIds) {
      if (visible.departmentIds.length === 0) return [];
      qb.andWhere('p.department_id IN (:...ids)', { ids: visible.departmentIds });
    }
    if (visible.publishedOnly) qb.andWhere(`p.state IN ('wishes-open', 'published', 'locked')`);
    const rows = await qb.orderBy('p.start_date', 'ASC').addOrderBy('p.department_id', 'ASC').getMany();
    return rows.map(toView);
  }

  async get(user: AuthUser, id: string): Promise<RosterPeriodView> {
    return toView(await this.loadVisible(this.dataSource.manager, user, id, 'period'));
  }

  /**
   * The period, if the user may see it. Employees see periods of their departments: that one exists
   * from when it opens for wishes (`what: 'period'`), its roster only once published.
   */
  async loadVisible(
    em: EntityManager,
    user: AuthUser,
    id: string,
    what: 'period' | 'roster' = 'roster',
  ): Promise<RosterPeriodEntity> {
    const period = await em.findOne(RosterPeriodEntity, { where: { organisationId: user.organisationId, id } });
    const visible = period && (await this.visibility(user));
    if (
      !period ||
      !visible ||
      (visible.departmentIds && !visible.departmentIds.includes(period.departmentId)) ||
      (visible.publishedOnly &&
        !(what === 'period' ? isPeriodListedForStaff : isVisibleToStaff)(period.state as PeriodState))
    ) {
      throw DomainError.notFound(PERIOD);
    }
    return period;
  }

  /** The period locked for a write by someone who manages its department. */
  async loadForWrite(em: EntityManager, user: AuthUser, id: string): Promise<RosterPeriodEntity> {
    const period = await em.findOne(RosterPeriodEntity, {
      where: { organisationId: user.organisationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!period) throw DomainError.notFound(PERIOD);
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(period.departmentId)) {
      if (user.role === 'scheduler') throw DomainError.notFound(PERIOD);
      throw DomainError.forbidden();
    }
    return period;
  }

  /**
   * Periods locked for a change that the caller has already authorised (a swap the employees agreed
   * on, an open shift taken): no department check here, in id order like every multi-row lock.
   */
  async lockForChange(em: EntityManager, organisationId: string, ids: string[]): Promise<RosterPeriodEntity[]> {
    if (ids.length === 0) return [];
    return em
      .createQueryBuilder(RosterPeriodEntity, 'p')
      .where('p.organisation_id = :organisationId', { organisationId })
      .andWhere('p.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .orderBy('p.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  async create(user: AuthUser, dto: CreateRosterPeriodDto): Promise<RosterPeriodView> {
    if (!isCivilDate(dto.startDate)) {
      throw DomainError.invalid('startDate', { sv: 'Datumet finns inte', en: 'The date does not exist' });
    }
    if (weekdayOf(dto.startDate) !== 1) {
      throw DomainError.invalid('startDate', {
        sv: 'En schemaperiod börjar på en måndag',
        en: 'A schedule period starts on a Monday',
      });
    }
    if (user.role !== 'admin' && !user.managedDepartmentIds.includes(dto.departmentId)) {
      throw DomainError.invalid('departmentId', {
        sv: 'Du kan bara lägga schema för enheter du ansvarar för',
        en: 'You can only schedule departments you are responsible for',
      });
    }
    const endDate = addDays(dto.startDate, dto.weeks * 7 - 1);
    return this.dataSource.transaction(async (em) => {
      await this.departments.assertExist(user.organisationId, [dto.departmentId], 'departmentId', em);
      // Serialise period creation per department so two schedulers cannot create overlapping periods.
      await em.query(`SELECT id FROM departments WHERE id = $1 FOR UPDATE`, [dto.departmentId]);
      const overlapping = await em
        .getRepository(RosterPeriodEntity)
        .createQueryBuilder('p')
        .where('p.department_id = :d AND p.start_date <= :end AND p.end_date >= :start', {
          d: dto.departmentId,
          start: dto.startDate,
          end: endDate,
        })
        .getOne();
      if (overlapping) {
        throw DomainError.alreadyExists('startDate', {
          sv: `Enheten har redan en schemaperiod ${overlapping.startDate} – ${overlapping.endDate} som överlappar`,
          en: `The department already has an overlapping schedule period ${overlapping.startDate} – ${overlapping.endDate}`,
        });
      }
      const saved = await em.save(
        em.create(RosterPeriodEntity, {
          organisationId: user.organisationId,
          departmentId: dto.departmentId,
          startDate: dto.startDate,
          endDate,
          weeks: dto.weeks,
          state: 'draft',
        }),
      );
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'roster-period',
        entityId: saved.id,
        after: toView(saved),
      });
      return toView(saved);
    });
  }

  /**
   * Moves the period through its workflow (only the transitions of shared/roster/period-states).
   * `publishGate` runs inside the transaction before publishing and may refuse.
   */
  async transition(
    user: AuthUser,
    id: string,
    dto: TransitionRosterPeriodDto,
    publishGate: (em: EntityManager, period: RosterPeriodEntity) => Promise<void>,
  ): Promise<RosterPeriodView> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.loadForWrite(em, user, id);
      const before = toView(period);
      assertVersion(period, dto.version, () => before);
      const from = period.state as PeriodState;
      if (!canTransition(from, dto.to)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          {
            sv: `En period i läget "${from}" kan inte gå till "${dto.to}"`,
            en: `A period in state "${from}" cannot move to "${dto.to}"`,
          },
          [],
          { current: before },
        );
      }
      if (dto.to === 'published') {
        await publishGate(em, period);
        period.publishedAt = this.clock.now();
        period.publishedByUserId = user.userId;
      }
      period.state = dto.to;
      const saved = await em.save(period);
      await this.events.publish(em, {
        periodId: id,
        departmentId: period.departmentId,
        kind: 'period-changed',
        shiftId: null,
        byUserId: user.userId,
      });
      await this.audit.record(em, user, {
        action: `transition:${from}->${dto.to}`,
        entityType: 'roster-period',
        entityId: id,
        before,
        after: toView(saved),
      });
      return toView(saved);
    });
  }

  /**
   * Locks published periods whose hours went to payroll (issue 6), inside the export's transaction.
   * HR exports without managing the departments, so this bypasses loadForWrite's scope by design.
   */
  async lockForPayroll(em: EntityManager, user: AuthUser, periodIds: string[]): Promise<string[]> {
    const locked: string[] = [];
    for (const id of periodIds) {
      const period = await em.findOne(RosterPeriodEntity, {
        where: { organisationId: user.organisationId, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period || !canTransition(period.state as PeriodState, 'locked')) continue;
      const before = toView(period);
      period.state = 'locked';
      const saved = await em.save(period);
      await this.events.publish(em, {
        periodId: id,
        departmentId: period.departmentId,
        kind: 'period-changed',
        shiftId: null,
        byUserId: user.userId,
      });
      await this.audit.record(em, user, {
        action: `transition:${before.state}->locked`,
        entityType: 'roster-period',
        entityId: id,
        before,
        after: toView(saved),
      });
      locked.push(id);
    }
    return locked;
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const period = await this.loadForWrite(em, user, id);
      if (period.state !== 'draft') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Bara en period i utkastläge kan tas bort',
          en: 'Only a draft period can be deleted',
        });
      }
      await em.query(`DELETE FROM shifts WHERE period_id = $1`, [id]);
      await em.delete(RosterPeriodEntity, { id });
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'roster-period',
        entityId: id,
        before: toView(period),
      });
    });
  }

  /** Which periods a user may see: departments (null = all) and whether only published ones. */
  private async visibility(user: AuthUser): Promise<{ departmentIds: string[] | null; publishedOnly: boolean }> {
    switch (user.role) {
      case 'admin':
      case 'hr':
        return { departmentIds: null, publishedOnly: false };
      case 'scheduler':
        return { departmentIds: user.managedDepartmentIds, publishedOnly: false };
      case 'employee':
        return {
          departmentIds: user.employeeId
            ? await this.employees.workplaceDepartmentIds(user.organisationId, user.employeeId)
            : [],
          publishedOnly: true,
        };
    }
  }
}

export function toView(p: RosterPeriodEntity): RosterPeriodView {
  const week = isoWeekOf(p.startDate);
  return {
    id: p.id,
    departmentId: p.departmentId,
    startDate: p.startDate,
    endDate: p.endDate,
    weeks: p.weeks,
    firstIsoWeek: `${week.year}-W${String(week.week).padStart(2, '0')}`,
    state: p.state as PeriodState,
    allowedTransitions: [...allowedTransitions(p.state as PeriodState)],
    publishedAt: p.publishedAt?.toISOString() ?? null,
    version: p.version,
  };
}
