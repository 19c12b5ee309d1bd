import { Injectable } from '@nestjs/common';
import { type ExtraTimeKind, type Profession, agencyFlag } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { SelfServiceSettingsService } from '../self-service-settings/self-service-settings.service';
import { ExchangeLookup, type ShiftCard } from '../shift-exchange/exchange-lookup';
import { exchangeShiftView } from '../shift-exchange/exchange.view';
import { OpenShiftEligibilityService } from './open-shift-eligibility.service';
import type { OpenShiftPostingEntity } from './open-shift-posting.entity';
import type { OpenShiftApplicantView, OpenShiftStatus, OpenShiftView } from './open-shift.dto';
import { OpenShiftsRepository } from './open-shifts.repository';

/** Cheapest legal choice first: within the contract, then mertid, then overtime. */
const COST_ORDER: Record<ExtraTimeKind, number> = { ordinary: 0, mertid: 1, 'mertid-and-overtime': 2, overtime: 3 };

/** Builds what employees and schedulers see of open shifts. */
@Injectable()
export class OpenShiftViews {
  constructor(
    private readonly postings: OpenShiftsRepository,
    private readonly lookup: ExchangeLookup,
    private readonly eligibility: OpenShiftEligibilityService,
    private readonly settings: SelfServiceSettingsService,
    private readonly clock: Clock,
  ) {}

  /** An employee's view: their own hint and application, no applicants, no costs. */
  async forEmployee(
    em: EntityManager,
    user: AuthUser,
    items: { posting: OpenShiftPostingEntity; extraTime: OpenShiftView['extraTime'] }[],
  ): Promise<OpenShiftView[]> {
    const postings = items.map((i) => i.posting);
    const { cards, people } = await this.load(em, user, postings);
    const applications = await this.postings.applications(
      em,
      postings.map((p) => p.id),
    );
    return items.map(({ posting, extraTime }) => {
      const mine = applications.find((a) => a.postingId === posting.id && a.employeeId === user.employeeId);
      const card = cards.get(posting.shiftId)!;
      return {
        ...base(posting, card, people),
        // Who else applied, or got it, is not an employee's business.
        filledBy: mine?.status === 'assigned' ? base(posting, card, people).filledBy : null,
        extraTime: extraTime && strip(extraTime),
        myApplication: (mine?.status as OpenShiftView['myApplication']) ?? null,
        applicants: [],
        agency: null,
      };
    });
  }

  /** A scheduler's view: applicants judged now (cheapest legal first) and the agency flag. */
  async forManagers(em: EntityManager, user: AuthUser, postings: OpenShiftPostingEntity[]): Promise<OpenShiftView[]> {
    const { cards, people } = await this.load(em, user, postings);
    const applications = await this.postings.applications(
      em,
      postings.map((p) => p.id),
    );
    const applicantPeople = await this.lookup.people(
      em,
      user.organisationId,
      applications.map((a) => a.employeeId),
    );
    const now = this.clock.now().getTime();
    const views: OpenShiftView[] = [];
    for (const posting of postings) {
      const card = cards.get(posting.shiftId)!;
      const view = base(posting, card, people);
      const applicants: OpenShiftApplicantView[] = [];
      for (const a of applications.filter((x) => x.postingId === posting.id)) {
        const person = applicantPeople.get(a.employeeId)!;
        const judged =
          view.status === 'open'
            ? await this.eligibility.judge(em, user.organisationId, posting, card, person, {
                required: false,
                wanted: true,
              })
            : null;
        applicants.push({
          employeeId: person.id,
          name: person.name,
          profession: person.profession as Profession,
          appliedAt: a.createdAt.toISOString(),
          status: a.status as OpenShiftApplicantView['status'],
          eligible: judged?.eligible ?? false,
          extraTime: judged
            ? strip(judged.extraTime)
            : { kind: 'ordinary', ordinaryHours: 0, mertidHours: 0, overtimeHours: 0 },
          reasons: judged?.reasons ?? [],
        });
      }
      applicants.sort(
        (x, y) =>
          Number(y.eligible) - Number(x.eligible) ||
          COST_ORDER[x.extraTime.kind] - COST_ORDER[y.extraTime.kind] ||
          x.appliedAt.localeCompare(y.appliedAt),
      );
      const rate = (await this.settings.of(em, posting.departmentId)).agencyHourlyRate;
      const flag = agencyFlag({
        open: view.status === 'open',
        deadline: posting.deadline.getTime(),
        now,
        applicants: applicants.filter((a) => a.status === 'applied').length,
        paidMinutes: card.paidMinutes,
        hourlyRate: rate,
      });
      views.push({ ...view, extraTime: null, myApplication: null, applicants, agency: { ...flag, hourlyRate: rate } });
    }
    return views;
  }

  private async load(em: EntityManager, user: AuthUser, postings: OpenShiftPostingEntity[]) {
    const cards = await this.lookup.shifts(
      em,
      user.organisationId,
      postings.map((p) => p.shiftId),
    );
    const people = await this.lookup.people(
      em,
      user.organisationId,
      postings.map((p) => p.filledByEmployeeId).filter((id): id is string => !!id),
    );
    return { cards, people };
  }
}

/** An open posting whose shift someone already holds (assigned in the roster builder) counts as filled. */
function base(
  posting: OpenShiftPostingEntity,
  card: ShiftCard,
  people: Map<string, { id: string; name: string }>,
): Omit<OpenShiftView, 'extraTime' | 'myApplication' | 'applicants' | 'agency'> {
  const status: OpenShiftStatus =
    posting.status === 'open' && card.employeeId !== null ? 'filled' : (posting.status as OpenShiftStatus);
  const filledBy = posting.filledByEmployeeId ? people.get(posting.filledByEmployeeId) : undefined;
  return {
    id: posting.id,
    status,
    shift: exchangeShiftView(card),
    profession: posting.profession as Profession | null,
    includeDepartmentIds: posting.includeDepartmentIds,
    includePool: posting.includePool,
    deadline: posting.deadline.toISOString(),
    note: posting.note,
    filledBy: filledBy ? { employeeId: filledBy.id, name: filledBy.name } : null,
    createdAt: posting.createdAt.toISOString(),
    version: posting.version,
  };
}

function strip(e: { kind: ExtraTimeKind; ordinaryHours: number; mertidHours: number; overtimeHours: number }) {
  return { kind: e.kind, ordinaryHours: e.ordinaryHours, mertidHours: e.mertidHours, overtimeHours: e.overtimeHours };
}

export function employeeOf(user: AuthUser): string {
  if (!user.employeeId) {
    throw new DomainError('FORBIDDEN', {
      sv: 'Din inloggning är inte kopplad till en anställd',
      en: 'Your login is not linked to an employee',
    });
  }
  return user.employeeId;
}

export function manages(user: AuthUser, departmentId: string): boolean {
  return user.role === 'admin' || user.managedDepartmentIds.includes(departmentId);
}

export function postingNotFound(): DomainError {
  return DomainError.notFound({ sv: 'det lediga passet', en: 'open shift' });
}
