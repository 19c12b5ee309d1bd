import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PeriodState, type WishKind, isVisibleToStaff, weekdayOf, wishFulfilment } from '@bemanna/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import { ShiftTypesService } from '../shift-types/shift-types.service';
import { ShiftsService } from '../shifts/shifts.service';
import type { PeriodWishesView, SaveWishesDto, WishView } from './wish.dto';
import { WishEntity } from './wish.entity';

@Injectable()
export class WishesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: RosterPeriodsService,
    private readonly departments: DepartmentsService,
    private readonly shiftTypes: ShiftTypesService,
    private readonly shifts: ShiftsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Employees get their own wishes (whether they are met only once the roster is published);
   * schedulers, admins and HR get everyone's with the fulfilment figures.
   */
  async get(user: AuthUser, periodId: string): Promise<PeriodWishesView> {
    const period = await this.periods.loadVisible(this.dataSource.manager, user, periodId, 'period');
    const limits = await this.departments.wishLimits(user.organisationId, period.departmentId);
    const own = user.role === 'employee';
    const wishes = await this.dataSource.getRepository(WishEntity).find({
      where: own ? { periodId, employeeId: user.employeeId ?? undefined } : { periodId },
      order: { employeeId: 'ASC', date: 'ASC' },
    });
    const rosterVisible = !own || isVisibleToStaff(period.state as PeriodState);
    const shifts = rosterVisible ? await this.shifts.listForPeriod(user, periodId) : [];
    const result = wishFulfilment(
      wishes.map((w) => ({
        employeeId: w.employeeId,
        date: w.date,
        kind: w.kind as WishKind,
        shiftTypeId: w.shiftTypeId,
      })),
      shifts
        .filter((s) => s.employeeId)
        .map((s) => ({ employeeId: s.employeeId!, date: s.date, shiftTypeId: s.shiftTypeId })),
    );
    return {
      limits,
      wishes: wishes.map((w, i): WishView => ({
        employeeId: w.employeeId,
        date: w.date,
        kind: w.kind as WishKind,
        shiftTypeId: w.shiftTypeId,
        comment: w.comment,
        met: rosterVisible ? result.outcomes[i].met : null,
      })),
      perEmployee: rosterVisible
        ? Object.entries(result.perEmployee).map(([employeeId, e]) => ({ employeeId, ...e }))
        : [],
      share: result.share,
      spread: result.spread,
    };
  }

  /** Replaces the employee's wishes for a period that is open for wishes. */
  async save(user: AuthUser, periodId: string, dto: SaveWishesDto): Promise<PeriodWishesView> {
    if (!user.employeeId) throw DomainError.forbidden();
    const employeeId = user.employeeId;
    await this.dataSource.transaction(async (em) => {
      const period = await this.periods.loadVisible(em, user, periodId, 'period');
      if (period.state !== 'wishes-open') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Perioden är inte öppen för önskemål',
          en: 'The period is not open for wishes',
        });
      }
      const limits = await this.departments.wishLimits(user.organisationId, period.departmentId);
      const typeIds = new Set(
        (await this.shiftTypes.list(user, { departmentId: period.departmentId })).map((t) => t.id),
      );
      const problems: FieldProblem[] = [];
      const dates = new Set<string>();
      dto.wishes.forEach((w, i) => {
        if (w.date < period.startDate || w.date > period.endDate) {
          problems.push({
            field: `wishes.${i}.date`,
            message: { sv: 'Datumet ligger utanför perioden', en: 'The date is outside the period' },
          });
        }
        if (dates.has(w.date))
          problems.push({ field: `wishes.${i}.date`, message: { sv: 'Ett önskemål per dag', en: 'One wish per day' } });
        dates.add(w.date);
        if (w.kind === 'shift-type' && !(w.shiftTypeId && typeIds.has(w.shiftTypeId))) {
          problems.push({
            field: `wishes.${i}.shiftTypeId`,
            message: { sv: 'Välj en av enhetens passtyper', en: "Choose one of the department's shift types" },
          });
        }
        if (w.kind !== 'shift-type' && w.shiftTypeId) {
          problems.push({
            field: `wishes.${i}.shiftTypeId`,
            message: { sv: 'Passtyp anges bara för passönskemål', en: 'A shift type goes only with a shift wish' },
          });
        }
      });
      const free = dto.wishes.filter((w) => w.kind === 'free').length;
      if (free > limits.maxFreeDays) {
        problems.push({
          field: 'wishes',
          message: {
            sv: `Högst ${limits.maxFreeDays} önskade lediga dagar per period`,
            en: `At most ${limits.maxFreeDays} free-day wishes per period`,
          },
        });
      }
      const weekendOffers = dto.wishes.filter((w) => w.kind !== 'free' && weekdayOf(w.date) >= 6).length;
      if (dto.wishes.length > 0 && weekendOffers < limits.minWeekendOffers) {
        problems.push({
          field: 'wishes',
          message: {
            sv: `Erbjud minst ${limits.minWeekendOffers} helgdagar (pass eller "kan arbeta")`,
            en: `Offer at least ${limits.minWeekendOffers} weekend days (a shift or "can work")`,
          },
        });
      }
      if (problems.length > 0) throw DomainError.invalidFields(problems);
      const before = await em.find(WishEntity, { where: { periodId, employeeId } });
      await em.delete(WishEntity, { periodId, employeeId });
      if (dto.wishes.length > 0) {
        await em.insert(
          WishEntity,
          dto.wishes.map((w) => ({
            organisationId: user.organisationId,
            periodId,
            employeeId,
            date: w.date,
            kind: w.kind,
            shiftTypeId: w.kind === 'shift-type' ? w.shiftTypeId! : null,
            comment: w.comment ?? null,
          })),
        );
      }
      await this.audit.record(em, user, {
        action: 'save-wishes',
        entityType: 'roster-period',
        entityId: periodId,
        before: before.length,
        after: dto.wishes.length,
      });
    });
    return this.get(user, periodId);
  }
}
