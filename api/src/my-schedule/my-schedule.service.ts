import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, contractedHours, isCivilDate, localDate, startOfLocalDay, toLocalIso } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { WorkedTimeService } from '../deviations/worked-time.service';
import type { HoursBalanceView, MyScheduleQueryDto, MyScheduleView, YearToDateView } from './my-schedule.dto';
import { MyScheduleRepository } from './my-schedule.repository';

const DEFAULT_DAYS = 28;
const MAX_DAYS = 366;

/**
 * An employee's own published shifts, with who else works the same shift (names only), what
 * changed since they last looked, and their hours against the contract in the current period.
 */
@Injectable()
export class MyScheduleService {
  constructor(
    private readonly repository: MyScheduleRepository,
    private readonly workedTime: WorkedTimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, query: MyScheduleQueryDto): Promise<MyScheduleView> {
    const employeeId = requireEmployee(user);
    const today = localDate(this.clock.now().getTime());
    const from = query.from ?? today;
    const to = query.to ?? addDays(from, DEFAULT_DAYS - 1);
    if (!isCivilDate(from) || !isCivilDate(to) || to < from || addDays(from, MAX_DAYS) < to) {
      throw DomainError.invalid('to', {
        sv: `Välj ett intervall på högst ${MAX_DAYS} dagar med slut efter start`,
        en: `Choose a range of at most ${MAX_DAYS} days that ends after it starts`,
      });
    }
    const start = new Date(startOfLocalDay(from));
    const end = new Date(startOfLocalDay(addDays(to, 1)));
    const [rows, seenAt, balance, yearToDate] = await Promise.all([
      this.repository.shifts(employeeId, start, end),
      this.repository.seenAt(employeeId),
      this.balance(employeeId, today),
      this.yearToDate(user.organisationId, employeeId, today),
    ]);
    const ids = rows.map((r) => r.id);
    const [colleagues, changes, removals] = await Promise.all([
      this.repository.colleagues(ids),
      this.repository.lastChanges(employeeId, ids),
      this.repository.removals(employeeId, seenAt, start, end),
    ]);
    const changeOf = new Map(changes.map((c) => [c.shift_id, c]));
    const isNew = (at: Date) => seenAt === null || at > seenAt;

    return {
      from,
      to,
      seenAt: seenAt?.toISOString() ?? null,
      balance,
      yearToDate,
      shifts: rows.map((r) => {
        const change = changeOf.get(r.id);
        return {
          id: r.id,
          date: localDate(r.start_at.getTime()),
          startLocal: toLocalIso(r.start_at.getTime()),
          endLocal: toLocalIso(r.end_at.getTime()),
          breakMinutes: r.break_minutes,
          departmentId: r.department_id,
          departmentName: r.department_name,
          shiftTypeCode: r.code,
          shiftTypeName: r.name,
          colour: r.colour,
          note: r.note,
          colleagues: colleagues
            .filter((c) => c.shift_id === r.id)
            .map((c) => ({ employeeId: c.employee_id, firstName: c.first_name, lastName: c.last_name })),
          change: change
            ? { at: change.changed_at.toISOString(), reason: change.reason, isNew: isNew(change.changed_at) }
            : null,
        };
      }),
      removed: removals.map((r) => {
        const startAt = Date.parse(r.before.start);
        return {
          shiftId: r.shift_id,
          date: localDate(startAt),
          startLocal: toLocalIso(startAt),
          endLocal: toLocalIso(Date.parse(r.before.end)),
          shiftTypeCode: r.code,
          departmentName: r.department_name,
          reason: r.reason,
          at: r.changed_at.toISOString(),
        };
      }),
    };
  }

  /** "I have seen my schedule": later changes are new to them, earlier ones no longer highlighted. */
  async markSeen(user: AuthUser): Promise<void> {
    await this.repository.markSeen(requireEmployee(user), user.organisationId);
  }

  /** The same classification as payroll: published shifts changed by accepted deviations. */
  private async yearToDate(organisationId: string, employeeId: string, today: string): Promise<YearToDateView> {
    const from = `${today.slice(0, 4)}-01-01`;
    const worked = await this.workedTime.classify(this.dataSource.manager, organisationId, {
      employeeIds: [employeeId],
      from,
      to: today,
    });
    const totals = worked.get(employeeId)?.totals ?? {};
    const round = (hours: number) => Math.round(hours * 100) / 100;
    return {
      from,
      to: today,
      overtimeHours: round((totals['overtime-simple'] ?? 0) + (totals['overtime-qualified'] ?? 0)),
      mertidHours: round(totals.mertid ?? 0),
    };
  }

  private async balance(employeeId: string, today: string): Promise<HoursBalanceView | null> {
    const period = await this.repository.currentPeriod(employeeId, today);
    if (!period) return null;
    const minutes = await this.repository.publishedMinutes(
      employeeId,
      new Date(startOfLocalDay(period.start_date)),
      new Date(startOfLocalDay(addDays(period.end_date, 1))),
    );
    return {
      periodId: period.id,
      departmentName: period.department_name,
      startDate: period.start_date,
      endDate: period.end_date,
      plannedHours: Math.round((minutes / 60) * 100) / 100,
      contractedHours: contractedHours(
        { fullTimeHoursPerWeek: period.full_time_hours_per_week, employmentRate: period.employment_rate },
        period.weeks,
      ),
    };
  }
}

function requireEmployee(user: AuthUser): string {
  if (!user.employeeId) {
    throw new DomainError('FORBIDDEN', {
      sv: 'Din inloggning är inte kopplad till en anställd',
      en: 'Your login is not linked to an employee',
    });
  }
  return user.employeeId;
}
