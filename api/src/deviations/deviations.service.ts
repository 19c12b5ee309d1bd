import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeviationInterval, ORDERED_KINDS, addDays, deviationProblems, localDate } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { assertVersion } from '../common/database/check-version';
import { type Bilingual, DomainError } from '../common/errors/domain-error';
import { PayrollLockService } from '../payroll-lock/payroll-lock.service';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftEntity } from '../shifts/shift.entity';
import { parseShiftInstant } from '../shifts/shift-times';
import type {
  CreateDeviationDto,
  DecideDeviationDto,
  DeviationQueryDto,
  DeviationView,
  WithdrawDeviationDto,
} from './deviation.dto';
import { DeviationEntity } from './deviation.entity';
import { toDeviationView } from './deviation.mapper';
import { WorkedTimeService, toInterval } from './worked-time.service';

const DEVIATION = { sv: 'avvikelsen', en: 'deviation' };
const SHIFT = { sv: 'passet', en: 'shift' };
const PERIOD = { sv: 'schemaperioden', en: 'schedule period' };

/**
 * Deviations from the published roster (issue 6): registered by managers (accepted at once) or
 * reported by employees (accepted or rejected by the manager). Checked by the shared
 * deviationProblems; overlapping time is refused. Once the time is attested or exported, a
 * deviation is a correction and needs a reason.
 */
@Injectable()
export class DeviationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workedTime: WorkedTimeService,
    private readonly payrollLock: PayrollLockService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: DeviationQueryDto): Promise<DeviationView[]> {
    const qb = this.dataSource
      .getRepository(DeviationEntity)
      .createQueryBuilder('d')
      .innerJoin(RosterPeriodEntity, 'p', 'p.id = d.period_id')
      .where('d.organisation_id = :org', { org: user.organisationId });
    if (user.role === 'employee') qb.andWhere('d.employee_id = :me', { me: user.employeeId });
    if (user.role === 'scheduler') {
      if (user.managedDepartmentIds.length === 0) return [];
      qb.andWhere('p.department_id IN (:...departments)', { departments: user.managedDepartmentIds });
    }
    if (query.periodId) qb.andWhere('d.period_id = :period', { period: query.periodId });
    if (query.employeeId) qb.andWhere('d.employee_id = :employee', { employee: query.employeeId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    const rows = await qb.orderBy('d.startAt', 'ASC').addOrderBy('d.id', 'ASC').take(2000).getMany();
    const byEmployee = await this.employeeReporters(this.dataSource.manager, rows);
    return rows.map((d) => toDeviationView(d, byEmployee.has(d.id)));
  }

  async create(user: AuthUser, dto: CreateDeviationDto): Promise<DeviationView> {
    return this.dataSource.transaction(async (em) => {
      const asEmployee = user.role === 'employee';
      const { shift, period, employeeId } = await this.target(em, user, dto);
      if (!asEmployee && !manages(user, period.departmentId)) throw DomainError.notFound(PERIOD);
      await em.query(`SELECT id FROM employees WHERE id = $1 FOR UPDATE`, [employeeId]);

      const start =
        dto.start !== undefined
          ? parseShiftInstant(dto.start, 'start')
          : dto.kind === 'absence'
            ? shift?.startAt.getTime()
            : undefined;
      const end =
        dto.kind === 'left-early'
          ? shift?.endAt.getTime()
          : dto.end !== undefined
            ? parseShiftInstant(dto.end, 'end')
            : dto.kind === 'absence'
              ? shift?.endAt.getTime()
              : undefined;
      const missing: { field: string; message: Bilingual }[] = [];
      if (start === undefined)
        missing.push({ field: 'start', message: { sv: 'Ange när tiden börjar', en: 'Give when the time starts' } });
      if (end === undefined)
        missing.push({ field: 'end', message: { sv: 'Ange när tiden slutar', en: 'Give when the time ends' } });
      if (ORDERED_KINDS.includes(dto.kind) && !dto.orderedBy)
        missing.push({
          field: 'orderedBy',
          message: { sv: 'Ange vem som beordrade tiden', en: 'Give who ordered the time' },
        });
      if (missing.length > 0) throw DomainError.invalidFields(missing);

      const candidate: DeviationInterval = {
        id: null,
        employeeId,
        shiftId: shift?.id ?? null,
        kind: dto.kind,
        absenceType: dto.absenceType ?? null,
        start: start!,
        end: end!,
      };
      await this.assertNoProblems(em, candidate, shift);

      const frozen = await this.frozen(em, period, employeeId, shift?.id ?? null);
      if (frozen) {
        if (asEmployee) throw frozenForEmployee();
        if (!dto.correctionReason) throw correctionNeeded('correctionReason');
      }
      const now = this.clock.now();
      const saved = await em.save(
        em.create(DeviationEntity, {
          organisationId: user.organisationId,
          periodId: period.id,
          employeeId,
          shiftId: shift?.id ?? null,
          kind: dto.kind,
          absenceType: dto.absenceType ?? null,
          startAt: new Date(start!),
          endAt: new Date(end!),
          orderedBy: dto.orderedBy ?? null,
          comment: dto.comment ?? null,
          status: asEmployee ? 'reported' : 'accepted',
          reportedByUserId: user.userId,
          decidedByUserId: asEmployee ? null : user.userId,
          decidedAt: asEmployee ? null : now,
          correctionReason: frozen ? dto.correctionReason! : null,
        }),
      );
      const view = toDeviationView(saved, asEmployee);
      await this.audit.record(em, user, {
        action: frozen ? 'correct' : asEmployee ? 'report' : 'create',
        entityType: 'time-deviation',
        entityId: saved.id,
        after: view,
      });
      return view;
    });
  }

  async decide(user: AuthUser, id: string, dto: DecideDeviationDto): Promise<DeviationView> {
    return this.dataSource.transaction(async (em) => {
      const { deviation, period } = await this.lockManaged(em, user, id);
      const before = toDeviationView(deviation, true);
      assertVersion(deviation, dto.version, () => before);
      if (deviation.status !== 'reported') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Avvikelsen är redan besvarad',
          en: 'The deviation has already been decided',
        });
      }
      if (dto.decision === 'reject' && !dto.reason)
        throw DomainError.invalid('reason', {
          sv: 'Ange varför avvikelsen avslås',
          en: 'Say why the deviation is rejected',
        });
      const frozen = await this.frozen(em, period, deviation.employeeId, deviation.shiftId);
      if (dto.decision === 'accept' && frozen && !dto.reason) throw correctionNeeded('reason');
      deviation.status = dto.decision === 'accept' ? 'accepted' : 'rejected';
      deviation.decidedByUserId = user.userId;
      deviation.decidedAt = this.clock.now();
      if (dto.decision === 'reject') deviation.decisionReason = dto.reason!;
      else if (frozen) deviation.correctionReason = dto.reason!;
      const saved = await em.save(deviation);
      const after = toDeviationView(saved, true);
      await this.audit.record(em, user, {
        action: dto.decision,
        entityType: 'time-deviation',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async withdraw(user: AuthUser, id: string, dto: WithdrawDeviationDto): Promise<DeviationView> {
    return this.dataSource.transaction(async (em) => {
      const deviation = await em.findOne(DeviationEntity, {
        where: { organisationId: user.organisationId, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!deviation) throw DomainError.notFound(DEVIATION);
      const period = await em.findOneByOrFail(RosterPeriodEntity, { id: deviation.periodId });
      const byEmployee = (await this.employeeReporters(em, [deviation])).has(id);
      if (user.role === 'employee') {
        if (deviation.employeeId !== user.employeeId) throw DomainError.notFound(DEVIATION);
        if (deviation.status !== 'reported')
          throw new DomainError('INVALID_TRANSITION', {
            sv: 'Bara en rapport som väntar på beslut kan tas tillbaka; be din chef om en rättelse',
            en: 'Only a report waiting for a decision can be taken back; ask your manager for a correction',
          });
      } else if (!manages(user, period.departmentId)) throw DomainError.notFound(DEVIATION);
      const before = toDeviationView(deviation, byEmployee);
      assertVersion(deviation, dto.version, () => before);
      if (deviation.status !== 'reported' && deviation.status !== 'accepted')
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Avvikelsen är redan avslagen eller tillbakatagen',
          en: 'The deviation is already rejected or withdrawn',
        });
      const frozen =
        deviation.exportedAt !== null || (await this.frozen(em, period, deviation.employeeId, deviation.shiftId));
      if (frozen && deviation.status === 'accepted' && !dto.reason) throw correctionNeeded('reason');
      deviation.status = 'withdrawn';
      deviation.withdrawnAt = this.clock.now();
      deviation.withdrawnByUserId = user.userId;
      deviation.withdrawnReason = dto.reason ?? null;
      const saved = await em.save(deviation);
      const after = toDeviationView(saved, byEmployee);
      await this.audit.record(em, user, {
        action: frozen ? 'correct:withdraw' : 'withdraw',
        entityType: 'time-deviation',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** Whether the employee's time there may only change through corrections. */
  async frozen(
    em: EntityManager,
    period: RosterPeriodEntity,
    employeeId: string,
    shiftId: string | null,
  ): Promise<boolean> {
    if (period.state === 'locked') return true;
    if ((await this.payrollLock.attestedEmployees(em, period.id, [employeeId])).size > 0) return true;
    return shiftId !== null && (await this.payrollLock.exportedShifts(em, [shiftId])).size > 0;
  }

  /** The ids of these deviations that the employee reported themself. */
  async employeeReporters(em: EntityManager, rows: DeviationEntity[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const found: { id: string }[] = await em.query(
      `SELECT d.id FROM time_deviations d JOIN users u ON u.id = d.reported_by_user_id
        WHERE d.id = ANY($1::uuid[]) AND u.employee_id = d.employee_id`,
      [rows.map((r) => r.id)],
    );
    return new Set(found.map((r) => r.id));
  }

  private async target(
    em: EntityManager,
    user: AuthUser,
    dto: CreateDeviationDto,
  ): Promise<{ shift: ShiftEntity | null; period: RosterPeriodEntity; employeeId: string }> {
    const asEmployee = user.role === 'employee';
    let shift: ShiftEntity | null = null;
    let period: RosterPeriodEntity | null;
    let employeeId: string;
    if (dto.kind === 'called-in') {
      if (dto.shiftId)
        throw DomainError.invalid('shiftId', {
          sv: 'Inkallad tid hör inte till ett pass',
          en: 'Called-in time does not belong to a shift',
        });
      if (!dto.periodId)
        throw DomainError.invalid('periodId', { sv: 'Ange schemaperioden', en: 'Give the schedule period' });
      if (asEmployee) {
        if (!user.employeeId) throw DomainError.forbidden();
        if (dto.employeeId && dto.employeeId !== user.employeeId)
          throw DomainError.invalid('employeeId', {
            sv: 'Du kan bara rapportera din egen tid',
            en: 'You can only report your own time',
          });
        employeeId = user.employeeId;
      } else {
        if (!dto.employeeId)
          throw DomainError.invalid('employeeId', { sv: 'Ange medarbetare', en: 'Give the employee' });
        employeeId = dto.employeeId;
      }
      if ((await this.workedTime.employees(em, user.organisationId, [employeeId])).length === 0)
        throw DomainError.invalid('employeeId', { sv: 'Okänd anställd', en: 'Unknown employee' });
      period = await em.findOne(RosterPeriodEntity, {
        where: { organisationId: user.organisationId, id: dto.periodId },
      });
      if (!period) throw DomainError.notFound(PERIOD);
      if (asEmployee) {
        const workplaces: { id: string }[] = await em.query(
          `SELECT home_department_id AS id FROM employees WHERE id = $1
           UNION SELECT department_id FROM employee_departments WHERE employee_id = $1`,
          [employeeId],
        );
        if (!workplaces.some((w) => w.id === period!.departmentId)) throw DomainError.notFound(PERIOD);
      }
    } else {
      if (!dto.shiftId) throw DomainError.invalid('shiftId', { sv: 'Ange passet', en: 'Give the shift' });
      shift = await em.findOne(ShiftEntity, { where: { organisationId: user.organisationId, id: dto.shiftId } });
      if (!shift || !shift.employeeId || (asEmployee && shift.employeeId !== user.employeeId))
        throw DomainError.notFound(SHIFT);
      if (dto.employeeId && dto.employeeId !== shift.employeeId)
        throw DomainError.invalid('employeeId', {
          sv: 'Passet är en annan medarbetares',
          en: "The shift is another employee's",
        });
      employeeId = shift.employeeId;
      period = await em.findOneByOrFail(RosterPeriodEntity, { id: shift.periodId });
    }
    if (period.state !== 'published' && period.state !== 'locked') {
      throw new DomainError('INVALID_TRANSITION', {
        sv: 'Perioden är inte publicerad: ändra schemat i stället för att registrera avvikelser',
        en: 'The period is not published: change the roster instead of recording deviations',
      });
    }
    return { shift, period, employeeId };
  }

  /** Bad input (400) or time that collides with recorded time (409), all problems at once. */
  private async assertNoProblems(
    em: EntityManager,
    candidate: DeviationInterval,
    shift: ShiftEntity | null,
  ): Promise<void> {
    const window = { from: addDays(localDate(candidate.start), -2), to: addDays(localDate(candidate.end), 1) };
    // Sequential: `em` is the write's transaction (one connection).
    const shifts = await this.workedTime.publishedShifts(em, { employeeIds: [candidate.employeeId], ...window });
    const others = await this.workedTime.deviations(em, {
      employeeIds: [candidate.employeeId],
      statuses: ['reported', 'accepted'],
      ...window,
    });
    const asPublished = (s: ShiftEntity) => ({
      id: s.id,
      employeeId: s.employeeId!,
      start: s.startAt.getTime(),
      end: s.endAt.getTime(),
      breakMinutes: s.breakMinutes,
      kind: s.kind as 'work',
    });
    const problems = deviationProblems(candidate, {
      shift: shift ? asPublished(shift) : null,
      employeeShifts: shifts,
      otherDeviations: others.map(toInterval),
    });
    const invalid = problems.filter((p) => !p.overlap);
    if (invalid.length > 0) throw DomainError.invalidFields(invalid);
    if (problems.length > 0)
      throw new DomainError(
        'OVERLAPPING_TIME',
        {
          sv: 'Tiden krockar med tid som redan är registrerad',
          en: 'The time overlaps time that is already recorded',
        },
        problems,
      );
  }

  private async lockManaged(
    em: EntityManager,
    user: AuthUser,
    id: string,
  ): Promise<{ deviation: DeviationEntity; period: RosterPeriodEntity }> {
    const deviation = await em.findOne(DeviationEntity, {
      where: { organisationId: user.organisationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!deviation) throw DomainError.notFound(DEVIATION);
    const period = await em.findOneByOrFail(RosterPeriodEntity, { id: deviation.periodId });
    if (!manages(user, period.departmentId)) throw DomainError.notFound(DEVIATION);
    return { deviation, period };
  }
}

export function manages(user: AuthUser, departmentId: string): boolean {
  return user.role === 'admin' || (user.role === 'scheduler' && user.managedDepartmentIds.includes(departmentId));
}

function correctionNeeded(field: string): DomainError {
  const message = {
    sv: 'Tiden är attesterad eller skickad till lön: ange orsaken till korrigeringen',
    en: 'The time is attested or sent to payroll: give the reason for the correction',
  };
  return new DomainError('ATTESTED', message, [{ field, message }]);
}

function frozenForEmployee(): DomainError {
  return new DomainError('ATTESTED', {
    sv: 'Tiden är redan attesterad; be din chef registrera en korrigering',
    en: 'The time is already attested; ask your manager to record a correction',
  });
}
