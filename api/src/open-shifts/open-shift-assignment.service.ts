import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { SelfServiceSettingsService } from '../self-service-settings/self-service-settings.service';
import { ExchangeLookup, type Person, type ShiftCard } from '../shift-exchange/exchange-lookup';
import { ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import { ShiftsService } from '../shifts/shifts.service';
import { OpenShiftApplicationEntity } from './open-shift-application.entity';
import { type Eligibility, OpenShiftEligibilityService } from './open-shift-eligibility.service';
import * as messages from './open-shift-messages';
import type { OpenShiftPostingEntity } from './open-shift-posting.entity';
import type { AssignOpenShiftDto, OpenShiftView } from './open-shift.dto';
import { OpenShiftViews, employeeOf, manages, postingNotFound } from './open-shift-views';
import { OpenShiftsRepository } from './open-shifts.repository';

/**
 * Taking an open shift: an employee applies (and, where the department lets the first eligible
 * applicant have it, gets it at once), or the scheduler picks among the applicants. Each runs in
 * one transaction that first locks the posting, so of two acceptances at the same moment exactly
 * one wins; the shift goes to its holder through the roster write path after a fresh rule check.
 */
@Injectable()
export class OpenShiftAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly postings: OpenShiftsRepository,
    private readonly lookup: ExchangeLookup,
    private readonly eligibility: OpenShiftEligibilityService,
    private readonly reassignment: ShiftReassignmentService,
    private readonly shifts: ShiftsService,
    private readonly settings: SelfServiceSettingsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly views: OpenShiftViews,
    private readonly clock: Clock,
  ) {}

  async apply(user: AuthUser, id: string): Promise<OpenShiftView> {
    const me = employeeOf(user);
    const org = user.organisationId;
    const { posting, extraTime } = await this.dataSource.transaction(async (em) => {
      const posting = await this.postings.findForUpdate(em, org, id);
      const person = (await this.lookup.people(em, org, [me])).get(me);
      if (!posting || !person) throw postingNotFound();
      const card = (await this.lookup.shifts(em, org, [posting.shiftId])).get(posting.shiftId)!;
      if (!this.eligibility.inAudience(posting, card, person)) throw postingNotFound();
      const applications = await this.postings.applications(em, [posting.id]);
      if (applications.some((a) => a.employeeId === me)) {
        throw DomainError.alreadyExists('postingId', {
          sv: 'Du har redan anmält intresse för passet',
          en: 'You have already applied for this shift',
        });
      }
      this.assertStillOpen(posting, card);
      await this.reassignment.lockForReassignment(em, org, [card.id], [me]);
      const judged = await this.eligibility.judge(em, org, posting, card, person, {
        required: true,
        wanted: await this.postings.wantsExtraHours(em, me),
      });
      if (!judged.eligible) throw refusal(judged);
      await em.insert(OpenShiftApplicationEntity, { organisationId: org, postingId: posting.id, employeeId: me });
      await this.audit.record(em, user, { action: 'apply', entityType: 'open-shift', entityId: posting.id });
      const { openShiftAssignment } = await this.settings.of(em, posting.departmentId);
      if (openShiftAssignment === 'first-eligible') {
        await this.give(em, user, posting, card, person);
      } else {
        await this.notifications.notifySchedulers(
          em,
          org,
          posting.departmentId,
          messages.applied(person.name, card, judged.extraTime),
        );
      }
      return { posting, extraTime: judged.extraTime };
    });
    return (await this.views.forEmployee(this.dataSource.manager, user, [{ posting, extraTime }]))[0];
  }

  /** An employee takes back their interest, as long as nobody has been chosen yet. */
  async withdrawApplication(user: AuthUser, id: string): Promise<void> {
    const me = employeeOf(user);
    const org = user.organisationId;
    await this.dataSource.transaction(async (em) => {
      const posting = await this.postings.findForUpdate(em, org, id);
      if (!posting) throw postingNotFound();
      const mine = (await this.postings.applications(em, [posting.id])).find((a) => a.employeeId === me);
      if (!mine) {
        throw DomainError.notFound({ sv: 'Din intresseanmälan', en: 'Your application' });
      }
      if (mine.status !== 'applied') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: mine.status === 'assigned' ? 'Passet är redan ditt' : 'Passet är redan tillsatt',
          en: mine.status === 'assigned' ? 'The shift is already yours' : 'The shift has already been taken',
        });
      }
      await em.delete(OpenShiftApplicationEntity, { id: mine.id });
      await this.audit.record(em, user, {
        action: 'withdraw-application',
        entityType: 'open-shift',
        entityId: posting.id,
      });
    });
  }

  /** The scheduler picks one of the applicants. */
  async assign(user: AuthUser, id: string, dto: AssignOpenShiftDto): Promise<OpenShiftView> {
    const org = user.organisationId;
    const posting = await this.dataSource.transaction(async (em) => {
      const posting = await this.postings.findForUpdate(em, org, id);
      if (!posting || !manages(user, posting.departmentId)) throw postingNotFound();
      if (dto.version !== undefined && dto.version !== posting.version) {
        throw DomainError.versionConflict({ id: posting.id, version: posting.version });
      }
      const card = (await this.lookup.shifts(em, org, [posting.shiftId])).get(posting.shiftId)!;
      this.assertStillOpen(posting, card);
      const application = (await this.postings.applications(em, [posting.id])).find(
        (a) => a.employeeId === dto.employeeId && a.status === 'applied',
      );
      const person = (await this.lookup.people(em, org, [dto.employeeId])).get(dto.employeeId);
      if (!application || !person) {
        throw DomainError.invalid('employeeId', {
          sv: 'Välj en av dem som anmält intresse',
          en: 'Choose one of the applicants',
        });
      }
      await this.reassignment.lockForReassignment(em, org, [card.id], [person.id]);
      const judged = await this.eligibility.judge(em, org, posting, card, person, { required: false, wanted: true });
      if (!judged.eligible) throw refusal(judged);
      await this.audit.record(em, user, {
        action: 'assign',
        entityType: 'open-shift',
        entityId: posting.id,
        after: { employeeId: person.id },
      });
      await this.give(em, user, posting, card, person);
      return posting;
    });
    return (await this.views.forManagers(this.dataSource.manager, user, [posting]))[0];
  }

  /** The shift to its new holder (roster write path), the posting filled, everyone who applied told. */
  private async give(
    em: EntityManager,
    actor: AuthUser,
    posting: OpenShiftPostingEntity,
    card: ShiftCard,
    person: Person,
  ): Promise<void> {
    const [locked] = await this.reassignment.lockForReassignment(em, actor.organisationId, [card.id], [person.id]);
    await this.shifts.applyReassignment(em, actor, [{ ...locked, employeeId: person.id }], {
      reason: 'Ledigt pass tillsatt',
      notify: false,
    });
    posting.status = 'filled';
    posting.filledByEmployeeId = person.id;
    posting.filledAt = this.clock.now();
    await em.save(posting);
    const applications = await this.postings.applications(em, [posting.id]);
    for (const a of applications) {
      a.status = a.employeeId === person.id ? 'assigned' : 'not-chosen';
    }
    await em.save(applications);
    await this.notifications.notifyEmployees(em, actor.organisationId, [person.id], messages.assigned(card));
    const others = applications.filter((a) => a.employeeId !== person.id).map((a) => a.employeeId);
    await this.notifications.notifyEmployees(em, actor.organisationId, others, messages.notChosen(card));
  }

  private assertStillOpen(posting: OpenShiftPostingEntity, card: ShiftCard): void {
    if (posting.status !== 'open' || card.employeeId !== null) {
      throw new DomainError('INVALID_TRANSITION', {
        sv: posting.status === 'withdrawn' ? 'Passet är inte längre ute som ledigt pass' : 'Passet är redan tillsatt',
        en: posting.status === 'withdrawn' ? 'The shift is no longer offered' : 'The shift has already been taken',
      });
    }
    if (card.start <= this.clock.now().getTime()) {
      throw new DomainError('INVALID_TRANSITION', {
        sv: 'Passet har redan börjat',
        en: 'The shift has already started',
      });
    }
  }
}

function refusal(judged: Eligibility): DomainError {
  return new DomainError(
    'RULE_VIOLATION',
    {
      sv: `Passet kan inte tas: ${judged.reasons.map((r) => r.sv).join(' ')}`,
      en: `The shift cannot be taken: ${judged.reasons.map((r) => r.en).join(' ')}`,
    },
    [],
    { reasons: judged.reasons },
  );
}
