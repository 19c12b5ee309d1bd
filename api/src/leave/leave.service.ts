import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isCivilDate } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';
import { EmployeesService } from '../employees/employees.service';
import type { CreateLeaveRequestDto, LeaveQueryDto, LeaveRequestView } from './leave.dto';
import { LeaveRequestEntity } from './leave-request.entity';

const LEAVE = { sv: 'ledighetsansökan', en: 'leave request' };

/** An approved absence, as the rules engine reads it. */
export interface ApprovedAbsence {
  employeeId: string;
  type: string;
  startDate: string;
  endDate: string;
}

@Injectable()
export class LeaveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly employees: EmployeesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async request(user: AuthUser, dto: CreateLeaveRequestDto): Promise<LeaveRequestView> {
    const employeeId = await this.resolveEmployee(user, dto.employeeId);
    assertDates(dto.startDate, dto.endDate);
    return this.dataSource.transaction(async (em) => {
      await this.assertNoOverlap(em, employeeId, dto.type, dto.startDate, dto.endDate, null);
      const saved = await em.save(
        em.create(LeaveRequestEntity, {
          organisationId: user.organisationId,
          employeeId,
          type: dto.type,
          startDate: dto.startDate,
          endDate: dto.endDate,
          comment: dto.comment ?? null,
          status: 'requested',
          createdByUserId: user.userId,
        }),
      );
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'leave-request',
        entityId: saved.id,
        after: toView(saved),
      });
      return toView(saved);
    });
  }

  async list(user: AuthUser, query: LeaveQueryDto): Promise<LeaveRequestView[]> {
    const qb = this.dataSource
      .getRepository(LeaveRequestEntity)
      .createQueryBuilder('l')
      .innerJoin('employees', 'e', 'e.id = l.employee_id')
      .where('l.organisation_id = :org', { org: user.organisationId });
    if (user.role === 'employee')
      qb.andWhere('l.employee_id = :me', { me: user.employeeId ?? '00000000-0000-0000-0000-000000000000' });
    if (user.role === 'scheduler') {
      if (user.managedDepartmentIds.length === 0) return [];
      qb.andWhere('e.home_department_id IN (:...managed)', { managed: user.managedDepartmentIds });
    }
    if (query.employeeId) qb.andWhere('l.employee_id = :employeeId', { employeeId: query.employeeId });
    if (query.departmentId) qb.andWhere('e.home_department_id = :departmentId', { departmentId: query.departmentId });
    if (query.status) qb.andWhere('l.status = :status', { status: query.status });
    if (query.from) qb.andWhere('l.end_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('l.start_date <= :to', { to: query.to });
    const rows = await qb.orderBy('l.start_date', 'ASC').addOrderBy('l.id', 'ASC').getMany();
    return rows.map(toView);
  }

  async cancel(user: AuthUser, id: string): Promise<LeaveRequestView> {
    return this.dataSource.transaction(async (em) => {
      const leave = await this.lock(em, user, id);
      const own = user.employeeId === leave.employeeId;
      if (!own && !(await this.manages(user, leave.employeeId))) throw DomainError.notFound(LEAVE);
      if (leave.status !== 'requested') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Bara en ansökan som inte är besvarad kan återkallas',
          en: 'Only a request that has not been decided can be withdrawn',
        });
      }
      const before = toView(leave);
      leave.status = 'cancelled';
      const saved = await em.save(leave);
      await this.audit.record(em, user, {
        action: 'cancel',
        entityType: 'leave-request',
        entityId: id,
        before,
        after: toView(saved),
      });
      return toView(saved);
    });
  }

  /** The request locked for a decision by the scheduler of the employee's home department. */
  async lockForDecision(em: EntityManager, user: AuthUser, id: string): Promise<LeaveRequestEntity> {
    const leave = await this.lock(em, user, id);
    if (!(await this.manages(user, leave.employeeId))) throw DomainError.notFound(LEAVE);
    return leave;
  }

  /** Records a decision (the caller has handled the shifts it affects). */
  async decide(
    em: EntityManager,
    user: AuthUser,
    leave: LeaveRequestEntity,
    decision: 'approve' | 'deny',
    reason: string | null,
    now: Date,
  ): Promise<LeaveRequestView> {
    if (leave.status !== 'requested') {
      throw new DomainError('INVALID_TRANSITION', {
        sv: 'Ansökan är redan besvarad',
        en: 'The request has already been decided',
      });
    }
    if (decision === 'deny' && !reason) {
      throw DomainError.invalid('reason', {
        sv: 'Ange varför ledigheten inte beviljas',
        en: 'Say why the leave is denied',
      });
    }
    if (decision === 'approve')
      await this.assertNoOverlap(em, leave.employeeId, leave.type, leave.startDate, leave.endDate, leave.id);
    const before = toView(leave);
    leave.status = decision === 'approve' ? 'approved' : 'denied';
    leave.decisionReason = reason;
    leave.decidedAt = now;
    leave.decidedByUserId = user.userId;
    const saved = await em.save(leave);
    await this.audit.record(em, user, {
      action: decision,
      entityType: 'leave-request',
      entityId: leave.id,
      before,
      after: toView(saved),
    });
    await this.notifications.notifyEmployees(em, leave.organisationId, [leave.employeeId], leaveDecidedMessage(saved));
    return toView(saved);
  }

  /** Registers sickness (already approved) for an employee the scheduler schedules. */
  async registerSick(
    em: EntityManager,
    user: AuthUser,
    employeeId: string,
    startDate: string,
    endDate: string,
    now: Date,
  ): Promise<LeaveRequestEntity> {
    assertDates(startDate, endDate);
    const workplaces = await this.employees.workplaceDepartmentIds(user.organisationId, employeeId);
    if (workplaces.length === 0)
      throw DomainError.invalid('employeeId', { sv: 'Okänd anställd', en: 'Unknown employee' });
    if (user.role !== 'admin' && !workplaces.some((d) => user.managedDepartmentIds.includes(d))) {
      throw DomainError.invalid('employeeId', {
        sv: 'Du kan bara sjukanmäla personal i dina enheter',
        en: 'You can only report sickness for staff of your departments',
      });
    }
    await this.assertNoOverlap(em, employeeId, 'sick', startDate, endDate, null);
    const saved = await em.save(
      em.create(LeaveRequestEntity, {
        organisationId: user.organisationId,
        employeeId,
        type: 'sick',
        startDate,
        endDate,
        status: 'approved',
        decidedAt: now,
        decidedByUserId: user.userId,
        createdByUserId: user.userId,
      }),
    );
    await this.audit.record(em, user, {
      action: 'register-sick',
      entityType: 'leave-request',
      entityId: saved.id,
      after: toView(saved),
    });
    return saved;
  }

  /** Approved absences of these employees that touch [from, to] (dates inclusive). */
  async approvedAbsences(
    em: EntityManager,
    employeeIds: string[],
    from: string,
    to: string,
  ): Promise<ApprovedAbsence[]> {
    if (employeeIds.length === 0) return [];
    const rows: { employee_id: string; type: string; start_date: string; end_date: string }[] = await em.query(
      `SELECT employee_id, type, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
         FROM leave_requests
        WHERE status = 'approved' AND employee_id = ANY($1::uuid[]) AND end_date >= $2 AND start_date <= $3
        ORDER BY employee_id, start_date, type`,
      [employeeIds, from, to],
    );
    return rows.map((r) => ({ employeeId: r.employee_id, type: r.type, startDate: r.start_date, endDate: r.end_date }));
  }

  private async resolveEmployee(user: AuthUser, employeeId: string | undefined): Promise<string> {
    if (user.role === 'employee') {
      if (!user.employeeId) throw DomainError.forbidden();
      if (employeeId && employeeId !== user.employeeId) {
        throw DomainError.invalid('employeeId', {
          sv: 'Du kan bara söka ledighet för dig själv',
          en: 'You can only ask for your own leave',
        });
      }
      return user.employeeId;
    }
    if (!employeeId) throw DomainError.invalid('employeeId', { sv: 'Ange medarbetare', en: 'Give the employee' });
    if (!(await this.manages(user, employeeId))) {
      throw DomainError.invalid('employeeId', {
        sv: 'Medarbetaren hör inte till dina enheter',
        en: 'The employee is not in your departments',
      });
    }
    return employeeId;
  }

  /** Admins manage everyone; a scheduler manages staff whose home department is theirs. */
  private async manages(user: AuthUser, employeeId: string): Promise<boolean> {
    if (user.role === 'admin')
      return (await this.employees.workplaceDepartmentIds(user.organisationId, employeeId)).length > 0;
    if (user.role !== 'scheduler') return false;
    const [home] = await this.employees.workplaceDepartmentIds(user.organisationId, employeeId);
    return home !== undefined && user.managedDepartmentIds.includes(home);
  }

  private async lock(em: EntityManager, user: AuthUser, id: string): Promise<LeaveRequestEntity> {
    const leave = await em.findOne(LeaveRequestEntity, {
      where: { organisationId: user.organisationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!leave) throw DomainError.notFound(LEAVE);
    return leave;
  }

  /** Two absences of one kind may not overlap (the roster document refuses that too). */
  private async assertNoOverlap(
    em: EntityManager,
    employeeId: string,
    type: string,
    start: string,
    end: string,
    exceptId: string | null,
  ): Promise<void> {
    const clash: { id: string }[] = await em.query(
      `SELECT id FROM leave_requests
        WHERE employee_id = $1 AND type = $2 AND status IN ('requested', 'approved') AND end_date >= $3 AND start_date <= $4
          AND ($5::uuid IS NULL OR id <> $5::uuid)
        LIMIT 1`,
      [employeeId, type, start, end, exceptId],
    );
    if (clash.length > 0) {
      throw DomainError.alreadyExists('startDate', {
        sv: 'Det finns redan en ansökan om samma slags ledighet de dagarna',
        en: 'There is already a request for the same kind of leave on those days',
      });
    }
  }
}

function assertDates(start: string, end: string): void {
  const problems: FieldProblem[] = [];
  if (!isCivilDate(start))
    problems.push({ field: 'startDate', message: { sv: 'Datumet finns inte', en: 'The date does not exist' } });
  if (!isCivilDate(end))
    problems.push({ field: 'endDate', message: { sv: 'Datumet finns inte', en: 'The date does not exist' } });
  if (problems.length === 0 && end < start) {
    problems.push({
      field: 'endDate',
      message: { sv: 'Slutdatum före startdatum', en: 'The end date is before the start date' },
    });
  }
  if (problems.length > 0) throw DomainError.invalidFields(problems);
}

export function toView(l: LeaveRequestEntity): LeaveRequestView {
  return {
    id: l.id,
    employeeId: l.employeeId,
    type: l.type,
    startDate: l.startDate,
    endDate: l.endDate,
    comment: l.comment,
    status: l.status,
    decisionReason: l.decisionReason,
    decidedAt: l.decidedAt?.toISOString() ?? null,
    version: l.version,
  };
}

/** What the employee is told when their leave request is answered. */
function leaveDecidedMessage(leave: LeaveRequestEntity) {
  const approved = leave.status === 'approved';
  const dates = leave.startDate === leave.endDate ? leave.startDate : `${leave.startDate} – ${leave.endDate}`;
  const why = leave.decisionReason
    ? { sv: ` Motivering: ${leave.decisionReason}`, en: ` Reason: ${leave.decisionReason}` }
    : { sv: '', en: '' };
  return {
    kind: 'leave-decided',
    title: approved
      ? { sv: 'Ledighet beviljad', en: 'Leave approved' }
      : { sv: 'Ledighet inte beviljad', en: 'Leave not approved' },
    body: approved
      ? { sv: `Din ledighet ${dates} är beviljad.${why.sv}`, en: `Your leave ${dates} is approved.${why.en}` }
      : {
          sv: `Din ansökan om ledighet ${dates} är inte beviljad.${why.sv}`,
          en: `Your leave request ${dates} is not approved.${why.en}`,
        },
    link: '/leave',
  };
}
