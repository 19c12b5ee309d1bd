import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  TimeError,
  addDays,
  daysBetween,
  instantAtLocalTime,
  localDate,
  localParts,
  rollOut,
  weekdayOf,
} from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { BaseSchedulesService } from '../base-schedules/base-schedules.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftTypesService } from '../shift-types/shift-types.service';
import type { ApplyBaseScheduleDto, BulkResultView, ClearRangeDto, CopyWeekDto } from './roster-bulk.dto';
import { ShiftEntity } from './shift.entity';
import { shiftTypeInterval } from './shift-times';
import { type PlacementCandidate, type SkippedPlacement, ShiftsService } from './shifts.service';
import { ShiftsRepository } from './shifts.repository';

/** Writes that touch many shifts at once: roll out a base schedule, copy a week, clear a range. */
@Injectable()
export class RosterBulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shifts: ShiftsService,
    private readonly shiftsRepository: ShiftsRepository,
    private readonly shiftTypes: ShiftTypesService,
    private readonly baseSchedules: BaseSchedulesService,
  ) {}

  /**
   * Rolls the base schedule out over the period. Shifts an earlier roll-out placed are replaced;
   * shifts placed or edited by hand stay (and are reported) unless `overwriteManual`.
   */
  applyBaseSchedule(user: AuthUser, periodId: string, dto: ApplyBaseScheduleDto): Promise<BulkResultView> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.shifts.openPeriodForWrite(em, user, periodId);
      const schedule = await this.baseSchedules.loadForUse(em, user, dto.baseScheduleId, period.departmentId);
      if (dto.startWeek > schedule.weeks) {
        throw DomainError.invalid('startWeek', {
          sv: `Grundschemat har ${schedule.weeks} veckor`,
          en: `The base schedule has ${schedule.weeks} weeks`,
        });
      }
      const planned = rollOut({
        start: period.startDate,
        end: period.endDate,
        weeks: schedule.weeks,
        startWeek: dto.startWeek,
        entries: schedule.entries,
      });
      const types = new Map(
        (await this.shiftTypes.list(user, { departmentId: period.departmentId })).map((t) => [t.id, t]),
      );
      const employees = new Set(planned.map((p) => p.employeeId));
      const existing = (await this.shiftsRepository.findByPeriod(period.id, em)).filter(
        (s) => s.employeeId && employees.has(s.employeeId),
      );

      const plannedDays = new Set(planned.map((p) => `${p.employeeId}|${p.date}`));
      const toRemove = existing.filter(
        (s) =>
          s.source === 'base-schedule' ||
          (dto.overwriteManual && plannedDays.has(`${s.employeeId}|${localDate(s.startAt.getTime())}`)),
      );
      const kept = new Set(
        existing.filter((s) => !toRemove.includes(s)).map((s) => `${s.employeeId}|${localDate(s.startAt.getTime())}`),
      );
      await this.remove(em, user, period, toRemove);

      const skipped: SkippedPlacement[] = [];
      const candidates: PlacementCandidate[] = [];
      for (const p of planned) {
        if (kept.has(`${p.employeeId}|${p.date}`)) {
          skipped.push({
            employeeId: p.employeeId,
            date: p.date,
            reason: {
              sv: 'Ett handlagt pass finns redan den dagen',
              en: 'A shift placed by hand is already on that day',
            },
          });
          continue;
        }
        const type = types.get(p.shiftTypeId)!;
        const [sh, sm] = type.startTime.split(':').map(Number);
        const [eh, em2] = type.endTime.split(':').map(Number);
        const { start, end } = shiftTypeInterval(p.date, sh * 60 + sm, eh * 60 + em2);
        candidates.push({
          employeeId: p.employeeId,
          shiftTypeId: type.id,
          start,
          end,
          breakMinutes: type.breakMinutes,
          kind: type.kind,
          note: null,
          source: 'base-schedule',
        });
      }
      const result = await this.shifts.placeMany(em, user, period, candidates);
      return {
        created: result.created.length,
        removed: toRemove.length,
        skipped: [...skipped, ...result.skipped].sort(
          (a, b) => a.date.localeCompare(b.date) || (a.employeeId ?? '').localeCompare(b.employeeId ?? ''),
        ),
        violations: result.violations,
      };
    });
  }

  /** Copies a week's shifts (same people, same wall-clock times) into other weeks of the period. */
  copyWeek(user: AuthUser, periodId: string, dto: CopyWeekDto): Promise<BulkResultView> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.shifts.openPeriodForWrite(em, user, periodId);
      for (const [field, date] of [
        ['fromWeekStart', dto.fromWeekStart],
        ...dto.toWeekStarts.map((d, i) => [`toWeekStarts.${i}`, d]),
      ]) {
        assertMondayInPeriod(period, field, date);
      }
      const source = (await this.shiftsRepository.findByPeriod(period.id, em)).filter((s) => {
        const offset = daysBetween(dto.fromWeekStart, localDate(s.startAt.getTime()));
        return offset >= 0 && offset < 7;
      });
      const skipped: SkippedPlacement[] = [];
      const candidates: PlacementCandidate[] = [];
      for (const target of dto.toWeekStarts.filter((d) => d !== dto.fromWeekStart)) {
        const days = daysBetween(dto.fromWeekStart, target);
        for (const s of source) {
          const moved = moveByDays(s, days);
          if ('reason' in moved) {
            skipped.push({
              employeeId: s.employeeId,
              date: addDays(localDate(s.startAt.getTime()), days),
              reason: moved.reason,
            });
            continue;
          }
          candidates.push({
            employeeId: s.employeeId,
            shiftTypeId: s.shiftTypeId,
            ...moved,
            breakMinutes: s.breakMinutes,
            kind: s.kind,
            note: s.note,
            source: 'manual',
          });
        }
      }
      const result = await this.shifts.placeMany(em, user, period, candidates);
      return {
        created: result.created.length,
        removed: 0,
        skipped: [...skipped, ...result.skipped],
        violations: result.violations,
      };
    });
  }

  /** Removes the shifts that start in [from, to] (optionally only some employees'). */
  clear(user: AuthUser, periodId: string, dto: ClearRangeDto): Promise<BulkResultView> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.shifts.openPeriodForWrite(em, user, periodId);
      if (dto.to < dto.from) {
        throw DomainError.invalid('to', {
          sv: 'Slutdatum före startdatum',
          en: 'The end date is before the start date',
        });
      }
      const only = dto.employeeIds ? new Set(dto.employeeIds) : null;
      const doomed = (await this.shiftsRepository.findByPeriod(period.id, em)).filter((s) => {
        const date = localDate(s.startAt.getTime());
        return date >= dto.from && date <= dto.to && (!only || (s.employeeId !== null && only.has(s.employeeId)));
      });
      await this.remove(em, user, period, doomed);
      const employeeIds = [...new Set(doomed.map((s) => s.employeeId).filter((id): id is string => !!id))];
      return {
        created: 0,
        removed: doomed.length,
        skipped: [],
        violations: await this.shifts.violationsOf(em, user, period, employeeIds),
      };
    });
  }

  private async remove(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    shifts: ShiftEntity[],
  ): Promise<void> {
    if (shifts.length === 0) return;
    await this.shifts.assertRemovable(em, period, shifts);
    await this.shiftsRepository.lockEmployees(
      em,
      shifts.map((s) => s.employeeId).filter((id): id is string => !!id),
    );
    await em.delete(
      ShiftEntity,
      shifts.map((s) => s.id),
    );
    await this.shifts.recordRemovals(em, user, period, shifts);
  }
}

function assertMondayInPeriod(period: RosterPeriodEntity, field: string, date: string): void {
  if (weekdayOf(date) !== 1 || date < period.startDate || date > period.endDate) {
    throw DomainError.invalid(field, {
      sv: `Måste vara en måndag inom perioden ${period.startDate} – ${period.endDate}`,
      en: `Must be a Monday within the period ${period.startDate} – ${period.endDate}`,
    });
  }
}

/** The same wall-clock times some days later; a time the clock skips that day cannot be copied. */
function moveByDays(
  s: ShiftEntity,
  days: number,
): { start: number; end: number } | { reason: { sv: string; en: string } } {
  const start = localParts(s.startAt.getTime());
  const end = localParts(s.endAt.getTime());
  const startDate = addDays(localDate(s.startAt.getTime()), days);
  const endDate = addDays(localDate(s.endAt.getTime()), days);
  try {
    return {
      start: instantAtLocalTime(startDate, start.minuteOfDay),
      end: instantAtLocalTime(endDate, end.minuteOfDay),
    };
  } catch (error) {
    if (error instanceof TimeError) {
      return {
        reason: {
          sv: 'Tiden finns inte eller är tvetydig den dagen (sommartid)',
          en: 'The time does not exist or is ambiguous that day (DST)',
        },
      };
    }
    throw error;
  }
}
