import { Injectable } from '@nestjs/common';
import type { Violation } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { RosterPeriodView, TransitionRosterPeriodDto } from '../rosters/roster-period.dto';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import { RosterPublicationEntity } from './roster-publication.entity';
import { toShiftView } from './shift.mapper';
import { ShiftsService } from './shifts.service';

/**
 * The period workflow with its one hard gate: a roster is not published while a hard rule is
 * broken, unless that break carries an override with a reason.
 */
@Injectable()
export class RosterPublishingService {
  constructor(
    private readonly periods: RosterPeriodsService,
    private readonly shifts: ShiftsService,
    private readonly departments: DepartmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  transition(user: AuthUser, periodId: string, dto: TransitionRosterPeriodDto): Promise<RosterPeriodView> {
    return this.periods.transition(user, periodId, dto, (em, period) => this.assertPublishable(em, user, period));
  }

  /** Refuses unresolved hard violations; otherwise keeps the published roster as it is now. */
  private async assertPublishable(em: EntityManager, user: AuthUser, period: RosterPeriodEntity): Promise<void> {
    const { violations, overrides, shifts } = await this.shifts.periodViolations(em, user, period);
    const unresolved = violations.filter((v) => v.severity === 'hard' && !isOverridden(v, overrides));
    if (unresolved.length > 0) {
      throw new DomainError(
        'RULE_VIOLATION',
        {
          sv: `Schemat kan inte publiceras: ${unresolved.length} regelbrott som måste åtgärdas eller motiveras`,
          en: `The roster cannot be published: ${unresolved.length} rule breaches must be fixed or justified`,
        },
        [],
        { violations: unresolved },
      );
    }
    const department = await this.departments.get(user, period.departmentId);
    const employeeIds = [...new Set(shifts.map((s) => s.employeeId).filter((id): id is string => !!id))];
    await this.notifications.notifyEmployees(em, user.organisationId, employeeIds, {
      kind: 'period-published',
      title: { sv: `Nytt schema: ${department.name}`, en: `New roster: ${department.name}` },
      body: {
        sv: `Schemat ${period.startDate} – ${period.endDate} är publicerat. Se dina pass.`,
        en: `The roster ${period.startDate} – ${period.endDate} is published. See your shifts.`,
      },
      link: `/me`,
    });
    await em.insert(RosterPublicationEntity, {
      organisationId: user.organisationId,
      periodId: period.id,
      publishedByUserId: user.userId,
      shifts: shifts.map(toShiftView),
      overrides: shifts
        .filter((s) => s.overriddenRules.length > 0)
        .map((s) => ({ shiftId: s.id, rules: s.overriddenRules, reason: s.overrideReason })),
    });
  }
}

function isOverridden(violation: Violation, overrides: Map<string, string[]>): boolean {
  return violation.shiftIds.some((id) => overrides.get(id)?.includes(violation.ruleId));
}
