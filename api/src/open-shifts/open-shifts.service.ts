import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HOUR_MS, type Profession, canCoverProfession } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ExchangeLookup, type ShiftCard } from '../shift-exchange/exchange-lookup';
import { exchangeShiftView, type ExchangeShiftView } from '../shift-exchange/exchange.view';
import { parseShiftInstant } from '../shifts/shift-times';
import { ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import { OpenShiftEligibilityService } from './open-shift-eligibility.service';
import * as messages from './open-shift-messages';
import { OpenShiftPostingEntity } from './open-shift-posting.entity';
import type { ExtraHoursPreferenceView, OpenShiftQueryDto, OpenShiftView, PublishOpenShiftDto } from './open-shift.dto';
import { OpenShiftViews, employeeOf, manages, postingNotFound } from './open-shift-views';
import { OpenShiftsRepository } from './open-shifts.repository';

/** By default applications are wanted until a day before the shift. */
const DEFAULT_DEADLINE_BEFORE_MS = 24 * HOUR_MS;

/**
 * Open shifts: schedulers put unassigned shifts out for the staff; employees see those they are
 * eligible for. Taking one (open-shift-assignment.service.ts) goes through the roster write path.
 */
@Injectable()
export class OpenShiftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly postings: OpenShiftsRepository,
    private readonly lookup: ExchangeLookup,
    private readonly eligibility: OpenShiftEligibilityService,
    private readonly reassignment: ShiftReassignmentService,
    private readonly departments: DepartmentsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly views: OpenShiftViews,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: OpenShiftQueryDto): Promise<OpenShiftView[]> {
    const em = this.dataSource.manager;
    if (user.role === 'employee') return this.listForEmployee(em, user);
    const departmentIds = user.role === 'scheduler' ? user.managedDepartmentIds : null;
    if (departmentIds && departmentIds.length === 0) return [];
    const rows = await this.postings.forManagers(em, user.organisationId, departmentIds, query);
    return this.views.forManagers(em, user, rows);
  }

  /** Only what the employee may take (or applied for): never open shifts meant for others. */
  private async listForEmployee(em: EntityManager, user: AuthUser): Promise<OpenShiftView[]> {
    const me = employeeOf(user);
    const person = (await this.lookup.people(em, user.organisationId, [me])).get(me);
    if (!person) return [];
    const rows = await this.postings.forEmployee(em, user.organisationId, me, person.workplaces);
    const applications = await this.postings.applications(
      em,
      rows.map((r) => r.id),
    );
    const mine = new Set(applications.filter((a) => a.employeeId === me).map((a) => a.postingId));
    const cards = await this.lookup.shifts(
      em,
      user.organisationId,
      rows.map((r) => r.shiftId),
    );
    const wanted = await this.postings.wantsExtraHours(em, me);
    const now = this.clock.now().getTime();
    const visible: { posting: OpenShiftPostingEntity; extraTime: OpenShiftView['extraTime'] }[] = [];
    for (const posting of rows) {
      const card = cards.get(posting.shiftId)!;
      if (mine.has(posting.id)) {
        visible.push({ posting, extraTime: null });
        continue;
      }
      if (card.employeeId !== null || card.start <= now || !this.eligibility.inAudience(posting, card, person))
        continue;
      const judged = await this.eligibility.judge(em, user.organisationId, posting, card, person, {
        required: true,
        wanted,
      });
      if (judged.eligible) visible.push({ posting, extraTime: judged.extraTime });
    }
    return this.views.forEmployee(em, user, visible);
  }

  /** Unassigned future shifts of published periods in the scheduler's departments that are not out yet. */
  async unassigned(user: AuthUser, departmentId: string | undefined): Promise<ExchangeShiftView[]> {
    const em = this.dataSource.manager;
    let departmentIds = user.role === 'admin' ? null : user.managedDepartmentIds;
    if (departmentId) {
      if (departmentIds && !departmentIds.includes(departmentId)) return [];
      departmentIds = [departmentId];
    }
    const ids = await this.postings.unassignedShiftIds(em, user.organisationId, departmentIds, this.clock.now());
    const cards = await this.lookup.shifts(em, user.organisationId, ids);
    return ids.map((id) => exchangeShiftView(cards.get(id)!));
  }

  async publish(user: AuthUser, dto: PublishOpenShiftDto): Promise<OpenShiftView> {
    const org = user.organisationId;
    const posting = await this.dataSource.transaction(async (em) => {
      await this.reassignment.lockForReassignment(em, org, [dto.shiftId], []);
      const card = (await this.lookup.shifts(em, org, [dto.shiftId])).get(dto.shiftId);
      const now = this.clock.now().getTime();
      assertPublishable(card, user, now);
      if (await this.postings.openForShift(em, dto.shiftId)) {
        throw DomainError.alreadyExists('shiftId', {
          sv: 'Passet är redan utlagt som ledigt pass',
          en: 'The shift is already out as an open shift',
        });
      }
      const deadline = dto.deadline
        ? parseShiftInstant(dto.deadline, 'deadline')
        : Math.max(now, card!.start - DEFAULT_DEADLINE_BEFORE_MS);
      if (deadline > card!.start) {
        throw DomainError.invalid('deadline', {
          sv: 'Sista dag för intresseanmälan måste vara före passet',
          en: 'The deadline for applications must be before the shift',
        });
      }
      const include = (dto.includeDepartmentIds ?? []).filter((d) => d !== card!.departmentId);
      if (include.length > 0) await this.departments.assertExist(org, include, 'includeDepartmentIds', em);
      const saved = await em.save(
        em.create(OpenShiftPostingEntity, {
          organisationId: org,
          shiftId: card!.id,
          departmentId: card!.departmentId,
          status: 'open',
          includeDepartmentIds: include,
          includePool: dto.includePool ?? false,
          profession: dto.profession ?? null,
          deadline: new Date(deadline),
          note: dto.note ?? null,
          createdByUserId: user.userId,
        }),
      );
      await this.audit.record(em, user, {
        action: 'publish',
        entityType: 'open-shift',
        entityId: saved.id,
        after: saved,
      });
      await this.tellEligible(em, org, saved, card!);
      return saved;
    });
    return (await this.views.forManagers(this.dataSource.manager, user, [posting]))[0];
  }

  async withdraw(user: AuthUser, id: string): Promise<OpenShiftView> {
    const posting = await this.dataSource.transaction(async (em) => {
      const posting = await this.postings.findForUpdate(em, user.organisationId, id);
      if (!posting || !manages(user, posting.departmentId)) throw postingNotFound();
      if (posting.status !== 'open') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Passet är inte längre ute som ledigt pass',
          en: 'The shift is no longer out as an open shift',
        });
      }
      posting.status = 'withdrawn';
      const saved = await em.save(posting);
      await this.audit.record(em, user, { action: 'withdraw', entityType: 'open-shift', entityId: id });
      const applicants = (await this.postings.applications(em, [id])).map((a) => a.employeeId);
      const card = (await this.lookup.shifts(em, user.organisationId, [posting.shiftId])).get(posting.shiftId)!;
      await this.notifications.notifyEmployees(em, user.organisationId, applicants, messages.withdrawn(card));
      return saved;
    });
    return (await this.views.forManagers(this.dataSource.manager, user, [posting]))[0];
  }

  async preference(user: AuthUser): Promise<ExtraHoursPreferenceView> {
    return { wantsExtraHours: await this.postings.wantsExtraHours(this.dataSource.manager, employeeOf(user)) };
  }

  async setPreference(user: AuthUser, wantsExtraHours: boolean): Promise<ExtraHoursPreferenceView> {
    const me = employeeOf(user);
    await this.dataSource.transaction(async (em) => {
      await this.postings.setWantsExtraHours(em, user.organisationId, me, wantsExtraHours);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'extra-hours-preference',
        entityId: me,
        after: { wantsExtraHours },
      });
    });
    return { wantsExtraHours };
  }

  /** Tells each eligible person in the audience, with what taking it would mean for them. */
  private async tellEligible(
    em: EntityManager,
    organisationId: string,
    posting: OpenShiftPostingEntity,
    card: ShiftCard,
  ): Promise<void> {
    const audience = await this.postings.audience(
      em,
      organisationId,
      posting.departmentId,
      posting.includeDepartmentIds,
      posting.includePool,
    );
    const people = await this.lookup.people(em, organisationId, audience);
    const wanting = await this.postings.wantingExtraHours(em, audience);
    for (const id of audience) {
      const person = people.get(id)!;
      if (
        posting.profession &&
        !canCoverProfession(person.profession as Profession, posting.profession as Profession)
      ) {
        continue;
      }
      const judged = await this.eligibility.judge(em, organisationId, posting, card, person, {
        required: true,
        wanted: wanting.has(id),
      });
      if (judged.eligible) {
        await this.notifications.notifyEmployees(
          em,
          organisationId,
          [id],
          messages.published(card, posting.deadline, judged.extraTime),
        );
      }
    }
  }
}

function assertPublishable(card: ShiftCard | undefined, user: AuthUser, now: number): void {
  const field = 'shiftId';
  if (!card || !manages(user, card.departmentId)) {
    throw DomainError.invalid(field, { sv: 'Okänt pass', en: 'Unknown shift' });
  }
  if (card.employeeId !== null) {
    throw DomainError.invalid(field, {
      sv: 'Passet har redan en medarbetare',
      en: 'The shift already has an employee',
    });
  }
  if (card.periodState !== 'published') {
    throw DomainError.invalid(field, {
      sv: 'Bara pass i publicerade perioder kan läggas ut som lediga pass',
      en: 'Only shifts of published periods can be put out as open shifts',
    });
  }
  if (card.start <= now) {
    throw DomainError.invalid(field, { sv: 'Passet har redan börjat', en: 'The shift has already started' });
  }
}
