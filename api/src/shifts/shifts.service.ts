import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PeriodState, type Violation, acceptsShiftChanges, localDate, startOfLocalDay } from '@bemanna/shared';
import type { Observable } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { EmployeesService } from '../employees/employees.service';
import { LeaveService } from '../leave/leave.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PayrollLockService } from '../payroll-lock/payroll-lock.service';
import { RosterCheckService } from '../roster-check/roster-check.service';
import { type RosterEvent, RosterEventsService } from '../roster-events/roster-events.service';
import { contextWindow } from '../roster-check/roster-document.builder';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import { ShiftTypesService } from '../shift-types/shift-types.service';
import type { CreateShiftDto, DeleteShiftQueryDto, ShiftView, UpdateShiftDto } from './shift.dto';
import { ShiftEntity } from './shift.entity';
import { toShiftView } from './shift.mapper';
import { intervalProblems, parseShiftInstant, shiftTypeInterval } from './shift-times';
import type { Reassignment } from './shift-reassignment.service';
import { ShiftsRepository } from './shifts.repository';

const SHIFT = { sv: 'passet', en: 'shift' };

/**
 * Hard rules a write refuses outright (a double-booked person, a shift in approved leave). Other
 * hard rules are reported at once and block publishing until fixed or overridden with a reason.
 */
const REFUSED_ON_WRITE: ReadonlySet<string> = new Set(['overlap', 'unavailable']);

/** What every roster write answers: the shift and the affected employees' current violations. */
export interface ShiftWriteResult {
  shift: ShiftView | null;
  violations: Violation[];
}

export interface PlacementCandidate {
  employeeId: string | null;
  shiftTypeId: string | null;
  start: number;
  end: number;
  breakMinutes: number;
  kind: string;
  note: string | null;
  source: 'manual' | 'base-schedule' | 'generated';
}

export interface SkippedPlacement {
  employeeId: string | null;
  date: string;
  reason: { sv: string; en: string };
}

export interface PlacementResult {
  created: ShiftEntity[];
  skipped: SkippedPlacement[];
  violations: Violation[];
}

/** One accepted change of a generated proposal (`start`/`end` as instants, epoch ms). */
export interface GeneratedChange {
  kind: 'create' | 'assign' | 'remove';
  employeeId: string;
  shiftTypeId: string;
  start: number;
  end: number;
  breakMinutes: number;
  shiftId: string | null;
  version: number | null;
}

interface ShiftInput {
  employeeId: string | null;
  shiftTypeId: string | null;
  start: number;
  end: number;
  breakMinutes: number;
  kind: string;
  note: string | null;
}

/** A shift taken off an employee for leave or sickness, and whether it was in their published schedule. */
export type VacatedShift = ShiftView & { wasPublished: boolean };

@Injectable()
export class ShiftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shifts: ShiftsRepository,
    private readonly periods: RosterPeriodsService,
    private readonly shiftTypes: ShiftTypesService,
    private readonly employees: EmployeesService,
    private readonly rosterCheck: RosterCheckService,
    private readonly events: RosterEventsService,
    private readonly notifications: NotificationsService,
    private readonly leave: LeaveService,
    private readonly audit: AuditService,
    private readonly payrollLock: PayrollLockService,
  ) {}

  /** Live changes of a period the user may see (for the roster builder's other viewers). */
  async periodEvents(user: AuthUser, periodId: string): Promise<Observable<RosterEvent>> {
    const period = await this.periods.loadVisible(this.dataSource.manager, user, periodId);
    return this.events.forPeriod(period.id);
  }

  /**
   * The period's shifts. An employee sees colleagues' shifts as times only: notes and override
   * reasons are between the scheduler and the person concerned.
   */
  async listForPeriod(
    user: AuthUser,
    periodId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ShiftView[]> {
    const period = await this.periods.loadVisible(em, user, periodId);
    const views = (await this.shifts.findByPeriod(period.id, em)).map(toShiftView);
    if (user.role !== 'employee') return views;
    return views.map((v) =>
      v.employeeId === user.employeeId ? v : { ...v, note: null, overrideReason: null, overriddenRules: [] },
    );
  }

  async create(user: AuthUser, dto: CreateShiftDto): Promise<ShiftWriteResult> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.openPeriodForWrite(em, user, dto.periodId);
      const shiftType = dto.shiftTypeId
        ? await this.shiftTypes.loadForDepartment(em, user, period.departmentId, dto.shiftTypeId)
        : null;
      let start: number;
      let end: number;
      if (dto.start !== undefined && dto.end !== undefined) {
        start = parseShiftInstant(dto.start, 'start');
        end = parseShiftInstant(dto.end, 'end');
      } else if (shiftType && dto.date) {
        ({ start, end } = shiftTypeInterval(dto.date, shiftType.startMinute, shiftType.endMinute));
      } else {
        throw DomainError.invalid('start', {
          sv: 'Ange start och slut, eller passtyp och datum',
          en: 'Give start and end, or a shift type and a date',
        });
      }
      const input: ShiftInput = {
        employeeId: dto.employeeId ?? null,
        shiftTypeId: shiftType?.id ?? null,
        start,
        end,
        breakMinutes: dto.breakMinutes ?? shiftType?.breakMinutes ?? 0,
        kind: dto.kind ?? shiftType?.kind ?? 'work',
        note: dto.note ?? null,
      };
      const shift = em.create(ShiftEntity, {
        organisationId: user.organisationId,
        departmentId: period.departmentId,
        periodId: period.id,
        source: 'manual',
      });
      return this.write(em, user, period, shift, null, input, dto);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateShiftDto): Promise<ShiftWriteResult> {
    return this.dataSource.transaction(async (em) => {
      const { shift, period, before } = await this.loadForChange(em, user, id, dto.version);
      const shiftType =
        dto.shiftTypeId === undefined
          ? undefined
          : dto.shiftTypeId === null
            ? null
            : await this.shiftTypes.loadForDepartment(em, user, period.departmentId, dto.shiftTypeId);
      const input: ShiftInput = {
        employeeId: dto.employeeId === undefined ? shift.employeeId : dto.employeeId,
        shiftTypeId: shiftType === undefined ? shift.shiftTypeId : (shiftType?.id ?? null),
        start: dto.start === undefined ? shift.startAt.getTime() : parseShiftInstant(dto.start, 'start'),
        end: dto.end === undefined ? shift.endAt.getTime() : parseShiftInstant(dto.end, 'end'),
        breakMinutes: dto.breakMinutes ?? shift.breakMinutes,
        kind: dto.kind ?? shift.kind,
        note: dto.note === undefined ? shift.note : dto.note,
      };
      return this.write(em, user, period, shift, before, input, dto);
    });
  }

  async remove(user: AuthUser, id: string, query: DeleteShiftQueryDto): Promise<ShiftWriteResult> {
    return this.dataSource.transaction(async (em) => {
      const { shift, period, before } = await this.loadForChange(em, user, id, query.version);
      const employeeIds = shift.employeeId ? [shift.employeeId] : [];
      await this.payrollLock.assertShiftChangeAllowed(em, { shiftId: id, periodId: period.id, employeeIds });
      await this.shifts.lockEmployees(em, employeeIds);
      await em.delete(ShiftEntity, { id });
      await this.recordChange(em, user, period, 'delete', id, before, null, query.changeReason ?? null);
      await this.events.publish(em, {
        periodId: period.id,
        departmentId: period.departmentId,
        kind: 'shift-deleted',
        shiftId: id,
        byUserId: user.userId,
      });
      return { shift: null, violations: await this.check(em, user, period, employeeIds) };
    });
  }

  /**
   * The one write path: validate the interval and the assignment, re-check the employees with the
   * rules engine, refuse collisions unless overridden with a reason, save, log.
   */
  private async write(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    shift: ShiftEntity,
    before: ShiftView | null,
    input: ShiftInput,
    dto: { override?: { reason: string }; changeReason?: string | null },
  ): Promise<ShiftWriteResult> {
    const problems = intervalProblems(input.start, input.end, input.breakMinutes);
    const date = localDate(input.start);
    if (problems.length === 0 && (date < period.startDate || date > period.endDate)) {
      problems.push({
        field: 'start',
        message: {
          sv: `Passet måste börja inom perioden ${period.startDate} – ${period.endDate}`,
          en: `The shift must start within the period ${period.startDate} – ${period.endDate}`,
        },
      });
    }
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    if (input.employeeId) await this.assertMayWorkIn(user, input.employeeId, period.departmentId);

    const affected = [...new Set([shift.employeeId, input.employeeId].filter((id): id is string => !!id))];
    // Attested or exported time changes only through corrections (issue 6).
    await this.payrollLock.assertShiftChangeAllowed(em, {
      shiftId: before ? shift.id : null,
      periodId: period.id,
      employeeIds: affected,
    });
    await this.shifts.lockEmployees(em, affected);

    // A planned shift someone edits by hand is theirs now: a new roll-out must not overwrite it.
    if (before && (shift.source === 'base-schedule' || shift.source === 'generated')) shift.source = 'manual';
    Object.assign(shift, {
      employeeId: input.employeeId,
      shiftTypeId: input.shiftTypeId,
      startAt: new Date(input.start),
      endAt: new Date(input.end),
      breakMinutes: input.breakMinutes,
      kind: input.kind,
      note: input.note,
      updatedByUserId: user.userId,
    });
    const saved = await em.save(shift);

    const violations = await this.check(em, user, period, affected);
    const ownHard = violations.filter((v) => v.severity === 'hard' && v.shiftIds.includes(saved.id));
    const refused = ownHard.filter((v) => REFUSED_ON_WRITE.has(v.ruleId));
    if (refused.length > 0 && !dto.override) {
      throw new DomainError(
        'RULE_VIOLATION',
        {
          sv: 'Passet krockar med ett annat pass eller med beviljad ledighet',
          en: 'The shift collides with another shift or with approved leave',
        },
        [],
        { violations: refused },
      );
    }
    if (dto.override && ownHard.length > 0) {
      // The reason covers the hard rules this shift breaks now; publishing then accepts them.
      if (!user.canOverrideRules) throw DomainError.forbidden();
      await this.shifts.setOverride(em, saved, dto.override.reason, [...new Set(ownHard.map((v) => v.ruleId))].sort());
    } else if (saved.overriddenRules.length > 0) {
      await this.shifts.setOverride(em, saved, null, []);
    }

    const after = toShiftView(saved);
    await this.recordChange(
      em,
      user,
      period,
      before ? 'update' : 'create',
      saved.id,
      before,
      after,
      dto.changeReason ?? null,
    );
    await this.events.publish(em, {
      periodId: period.id,
      departmentId: period.departmentId,
      kind: before ? 'shift-updated' : 'shift-created',
      shiftId: saved.id,
      byUserId: user.userId,
    });
    return { shift: after, violations };
  }

  /**
   * Places many shifts in one transaction (base schedule roll-out, copied weeks). Each is checked
   * like a single write; what cannot be placed (outside the period, not allowed in the
   * department, colliding with another shift or approved leave) is skipped and reported.
   */
  async placeMany(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    candidates: PlacementCandidate[],
  ): Promise<PlacementResult> {
    const skipped: SkippedPlacement[] = [];
    const valid: PlacementCandidate[] = [];
    const workplaces = new Map<string, string[]>();
    for (const c of candidates) {
      const date = localDate(c.start);
      const problem = intervalProblems(c.start, c.end, c.breakMinutes)[0];
      if (problem) {
        skipped.push({ employeeId: c.employeeId, date, reason: problem.message });
        continue;
      }
      if (date < period.startDate || date > period.endDate) {
        skipped.push({ employeeId: c.employeeId, date, reason: { sv: 'Utanför perioden', en: 'Outside the period' } });
        continue;
      }
      if (c.employeeId) {
        if (!workplaces.has(c.employeeId)) {
          workplaces.set(c.employeeId, await this.employees.workplaceDepartmentIds(user.organisationId, c.employeeId));
        }
        if (!workplaces.get(c.employeeId)!.includes(period.departmentId)) {
          skipped.push({
            employeeId: c.employeeId,
            date,
            reason: { sv: 'Får inte arbeta i enheten', en: 'Not allowed to work in the department' },
          });
          continue;
        }
      }
      valid.push(c);
    }
    const attested = await this.payrollLock.attestedEmployees(em, period.id, [
      ...new Set(valid.map((c) => c.employeeId).filter((id): id is string => !!id)),
    ]);
    const placeable = valid.filter((c) => {
      if (!c.employeeId || !attested.has(c.employeeId)) return true;
      skipped.push({
        employeeId: c.employeeId,
        date: localDate(c.start),
        reason: { sv: 'Medarbetarens tid är attesterad', en: "The employee's time is attested" },
      });
      return false;
    });
    const employeeIds = [...new Set(placeable.map((c) => c.employeeId).filter((id): id is string => !!id))];
    await this.shifts.lockEmployees(em, employeeIds);
    let created = await em.save(
      placeable.map((c) =>
        em.create(ShiftEntity, {
          organisationId: user.organisationId,
          departmentId: period.departmentId,
          periodId: period.id,
          employeeId: c.employeeId,
          shiftTypeId: c.shiftTypeId,
          startAt: new Date(c.start),
          endAt: new Date(c.end),
          breakMinutes: c.breakMinutes,
          kind: c.kind,
          note: c.note,
          source: c.source,
          updatedByUserId: user.userId,
        }),
      ),
      { chunk: 200 },
    );
    // Collisions are found by the same engine as for single writes; the new shifts involved go.
    const newIds = new Set(created.map((s) => s.id));
    const collisions = (await this.check(em, user, period, employeeIds)).filter(
      (v) => REFUSED_ON_WRITE.has(v.ruleId) && v.shiftIds.some((id) => newIds.has(id)),
    );
    const refused = new Map<string, Violation>();
    for (const v of collisions) for (const id of v.shiftIds) if (newIds.has(id) && !refused.has(id)) refused.set(id, v);
    if (refused.size > 0) {
      await em.delete(ShiftEntity, [...refused.keys()]);
      for (const s of created.filter((s) => refused.has(s.id))) {
        skipped.push({
          employeeId: s.employeeId,
          date: localDate(s.startAt.getTime()),
          reason: refused.get(s.id)!.message,
        });
      }
      created = created.filter((s) => !refused.has(s.id));
    }
    for (const s of created) await this.recordChange(em, user, period, 'create', s.id, null, toShiftView(s), null);
    await this.events.publish(em, {
      periodId: period.id,
      departmentId: period.departmentId,
      kind: 'period-changed',
      shiftId: null,
      byUserId: user.userId,
    });
    skipped.sort((a, b) => a.date.localeCompare(b.date) || (a.employeeId ?? '').localeCompare(b.employeeId ?? ''));
    return { created, skipped, violations: await this.check(em, user, period, employeeIds) };
  }

  /**
   * Takes an absent employee's shifts that start in [from, to] (any department): they become open
   * shifts that need a replacement, or are removed. Locked periods are history and stay as they are.
   */
  async vacate(
    em: EntityManager,
    user: AuthUser,
    employeeId: string,
    from: string,
    to: string,
    mode: 'open' | 'remove',
    reason: string,
  ): Promise<VacatedShift[]> {
    await this.shifts.lockEmployees(em, [employeeId]);
    const affected = await this.unfrozen(
      em,
      (await this.shifts.findEmployeeShiftsStarting(em, employeeId, from, to)).filter(({ periodState }) =>
        acceptsShiftChanges(periodState as PeriodState),
      ),
    );
    for (const { shift, period } of affected) {
      const before = toShiftView(shift);
      if (mode === 'remove') {
        await em.delete(ShiftEntity, { id: shift.id });
        await this.recordChange(em, user, period, 'delete', shift.id, before, null, reason);
      } else {
        shift.employeeId = null;
        shift.updatedByUserId = user.userId;
        const saved = await em.save(shift);
        await this.recordChange(em, user, period, 'update', shift.id, before, toShiftView(saved), reason);
      }
      await this.events.publish(em, {
        periodId: period.id,
        departmentId: period.departmentId,
        kind: mode === 'remove' ? 'shift-deleted' : 'shift-updated',
        shiftId: shift.id,
        byUserId: user.userId,
      });
    }
    return affected.map(({ shift, periodState }) => ({
      ...toShiftView(shift),
      wasPublished: periodState === 'published' || periodState === 'locked',
    }));
  }

  /** An employee's shifts starting on these dates, in periods that still accept changes. */
  async employeeShiftsStarting(em: EntityManager, employeeId: string, from: string, to: string): Promise<ShiftView[]> {
    const open = (await this.shifts.findEmployeeShiftsStarting(em, employeeId, from, to)).filter(({ periodState }) =>
      acceptsShiftChanges(periodState as PeriodState),
    );
    return (await this.unfrozen(em, open)).map(({ shift }) => toShiftView(shift));
  }

  /** Refuses removing shifts whose time is attested or exported (changed only through corrections). */
  async assertRemovable(em: EntityManager, period: RosterPeriodEntity, shifts: ShiftEntity[]): Promise<void> {
    for (const s of shifts)
      await this.payrollLock.assertShiftChangeAllowed(em, {
        shiftId: s.id,
        periodId: period.id,
        employeeIds: s.employeeId ? [s.employeeId] : [],
      });
  }

  /** Without the shifts that payroll has frozen (exported, or in an attested employee-period). */
  private async unfrozen<T extends { shift: ShiftEntity; period: RosterPeriodEntity }>(
    em: EntityManager,
    items: T[],
  ): Promise<T[]> {
    const exported = await this.payrollLock.exportedShifts(
      em,
      items.map(({ shift }) => shift.id),
    );
    const kept: T[] = [];
    for (const item of items) {
      if (exported.has(item.shift.id)) continue;
      const employeeId = item.shift.employeeId;
      if (employeeId && (await this.payrollLock.attestedEmployees(em, item.period.id, [employeeId])).size > 0) continue;
      kept.push(item);
    }
    return kept;
  }

  /** Logs removed shifts (audit, and the change log of a published period) and tells other viewers. */
  async recordRemovals(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    shifts: ShiftEntity[],
  ): Promise<void> {
    for (const s of shifts) await this.recordChange(em, user, period, 'delete', s.id, toShiftView(s), null, null);
    await this.events.publish(em, {
      periodId: period.id,
      departmentId: period.departmentId,
      kind: 'period-changed',
      shiftId: null,
      byUserId: user.userId,
    });
  }

  /** The current violations of some employees in the period. */
  violationsOf(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    employeeIds: string[],
  ): Promise<Violation[]> {
    return this.check(em, user, period, employeeIds);
  }

  /** Every violation of the period's employees, and the rule overrides recorded on its shifts. */
  async periodViolations(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
  ): Promise<{ violations: Violation[]; overrides: Map<string, string[]>; shifts: ShiftEntity[] }> {
    const shifts = await this.shifts.findByPeriod(period.id, em);
    const employeeIds = [...new Set(shifts.map((s) => s.employeeId).filter((id): id is string => !!id))];
    const violations = await this.check(em, user, period, employeeIds);
    return { violations, overrides: new Map(shifts.map((s) => [s.id, s.overriddenRules])), shifts };
  }

  /**
   * Gives locked shifts to their new holders and logs it like any roster write (audit, change log
   * of a published period, live events). The caller has checked versions and rules in the same
   * transaction; an override recorded for the previous holder does not carry over.
   */
  async applyReassignment(
    em: EntityManager,
    actor: AuthUser,
    moves: Reassignment[],
    options: { reason: string; source?: 'swap'; notify: boolean },
  ): Promise<ShiftView[]> {
    const views: ShiftView[] = [];
    for (const { shift, period, employeeId } of moves) {
      const before = toShiftView(shift);
      shift.employeeId = employeeId;
      shift.updatedByUserId = actor.userId;
      if (options.source) shift.source = options.source;
      const saved = await em.save(shift);
      if (saved.overriddenRules.length > 0) await this.shifts.setOverride(em, saved, null, []);
      const after = toShiftView(saved);
      await this.recordChange(em, actor, period, 'update', saved.id, before, after, options.reason, options.notify);
      await this.events.publish(em, {
        periodId: period.id,
        departmentId: period.departmentId,
        kind: 'shift-updated',
        shiftId: saved.id,
        byUserId: actor.userId,
      });
      views.push(after);
    }
    return views;
  }

  /**
   * Accepts (part of) a generated roster proposal in one transaction through the same checks as
   * every write: the shifts a change touches must still be as the proposal saw them (version),
   * staff must be allowed in the department, and no accepted shift may break a hard rule with
   * the roster as it is now — otherwise nothing changes. Created shifts are marked `generated`.
   */
  async applyGenerated(
    em: EntityManager,
    user: AuthUser,
    periodId: string,
    changes: GeneratedChange[],
  ): Promise<ShiftWriteResult[]> {
    {
      const period = await this.openPeriodForWrite(em, user, periodId);
      const existing = new Map<string, ShiftEntity>();
      for (const c of changes) {
        if (c.kind === 'create') continue;
        const shift = c.shiftId ? await this.shifts.findForUpdate(em, user.organisationId, c.shiftId) : null;
        const stale =
          !shift ||
          shift.periodId !== period.id ||
          shift.version !== c.version ||
          (c.kind === 'assign' ? shift.employeeId !== null : shift.employeeId !== c.employeeId);
        if (stale) throw DomainError.versionConflict(shift ? toShiftView(shift) : null);
        existing.set(c.shiftId!, shift);
      }
      const employeeIds = [...new Set(changes.map((c) => c.employeeId))];
      for (const id of employeeIds)
        if (changes.some((c) => c.employeeId === id && c.kind !== 'remove')) {
          await this.assertMayWorkIn(user, id, period.departmentId);
        }
      await this.shifts.lockEmployees(em, employeeIds);
      const results: { before: ShiftView | null; after: ShiftEntity | null; id: string }[] = [];
      for (const c of changes) {
        if (c.kind === 'remove') {
          const shift = existing.get(c.shiftId!)!;
          await em.delete(ShiftEntity, { id: shift.id });
          results.push({ before: toShiftView(shift), after: null, id: shift.id });
        } else if (c.kind === 'assign') {
          const shift = existing.get(c.shiftId!)!;
          const before = toShiftView(shift);
          shift.employeeId = c.employeeId;
          shift.updatedByUserId = user.userId;
          results.push({ before, after: await em.save(shift), id: shift.id });
        } else {
          const type = await this.shiftTypes.loadForDepartment(em, user, period.departmentId, c.shiftTypeId);
          const date = localDate(c.start);
          if (date < period.startDate || date > period.endDate) {
            throw DomainError.invalid('changes', {
              sv: 'Passet ligger utanför perioden',
              en: 'The shift is outside the period',
            });
          }
          const saved = await em.save(
            em.create(ShiftEntity, {
              organisationId: user.organisationId,
              departmentId: period.departmentId,
              periodId: period.id,
              employeeId: c.employeeId,
              shiftTypeId: type.id,
              startAt: new Date(c.start),
              endAt: new Date(c.end),
              breakMinutes: c.breakMinutes,
              kind: type.kind,
              note: null,
              source: 'generated',
              updatedByUserId: user.userId,
            }),
          );
          results.push({ before: null, after: saved, id: saved.id });
        }
      }
      const violations = await this.check(em, user, period, employeeIds);
      const placed = new Set(results.filter((r) => r.after).map((r) => r.id));
      const hard = violations.filter((v) => v.severity === 'hard' && v.shiftIds.some((id) => placed.has(id)));
      if (hard.length > 0) {
        throw new DomainError(
          'RULE_VIOLATION',
          {
            sv: 'Schemat har ändrats sedan förslaget togs fram: förslaget bryter nu mot regler. Generera ett nytt förslag.',
            en: 'The roster changed since the proposal was made: it now breaks rules. Generate a new proposal.',
          },
          [],
          { violations: hard },
        );
      }
      for (const r of results) {
        const after = r.after ? toShiftView(r.after) : null;
        await this.recordChange(
          em,
          user,
          period,
          r.before ? (after ? 'update' : 'delete') : 'create',
          r.id,
          r.before,
          after,
          null,
        );
      }
      await this.events.publish(em, {
        periodId: period.id,
        departmentId: period.departmentId,
        kind: 'period-changed',
        shiftId: null,
        byUserId: user.userId,
      });
      return results.map((r) => ({
        shift: r.after ? toShiftView(r.after) : null,
        violations: violations.filter((v) => v.shiftIds.includes(r.id)),
      }));
    }
  }

  /** One shift the user may see. */
  async get(user: AuthUser, id: string): Promise<ShiftView> {
    const shift = await this.dataSource.manager.findOne(ShiftEntity, {
      where: { organisationId: user.organisationId, id },
    });
    if (!shift) throw DomainError.notFound(SHIFT);
    await this.periods.loadVisible(this.dataSource.manager, user, shift.periodId);
    return toShiftView(shift);
  }

  /** These employees' shifts intersecting the Stockholm dates [from, to) in any department. */
  contextShifts(em: EntityManager, employeeIds: string[], from: string, to: string) {
    return this.shifts.findRuleShifts(em, employeeIds, new Date(startOfLocalDay(from)), new Date(startOfLocalDay(to)));
  }

  /** The employees' violations in the period, judged with their shifts in every department. */
  private async check(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    employeeIds: string[],
  ): Promise<Violation[]> {
    if (employeeIds.length === 0) return [];
    const window = contextWindow({ start: period.startDate, end: period.endDate });
    // One after the other: `em` is usually a transaction's, and one connection runs one query
    // at a time (pg deprecates queueing them).
    const employees = await this.employees.ruleEmployees(em, user.organisationId, employeeIds);
    const shifts = await this.shifts.findRuleShifts(
      em,
      employeeIds,
      new Date(startOfLocalDay(window.from)),
      new Date(startOfLocalDay(window.to)),
    );
    const absences = await this.leave.approvedAbsences(em, employeeIds, window.from, window.to);
    return this.rosterCheck.violations({
      period: { start: period.startDate, end: period.endDate },
      publishedAt: period.publishedAt,
      employees,
      shifts,
      absences,
    });
  }

  private async recordChange(
    em: EntityManager,
    user: AuthUser,
    period: RosterPeriodEntity,
    action: 'create' | 'update' | 'delete',
    shiftId: string,
    before: ShiftView | null,
    after: ShiftView | null,
    reason: string | null,
    notify = true,
  ): Promise<void> {
    await this.audit.record(em, user, { action, entityType: 'shift', entityId: shiftId, before, after });
    if (period.state !== 'published') return;
    // After publication every change is shown to the employees it concerns.
    const employeeIds = [...new Set([before?.employeeId, after?.employeeId].filter((id): id is string => !!id))];
    await this.shifts.recordChange(em, {
      organisationId: user.organisationId,
      periodId: period.id,
      shiftId,
      action,
      before,
      after,
      employeeIds,
      reason,
      changedByUserId: user.userId,
    });
    if (!notify) return;
    // Each person is told what the change means for them: a reassigned shift is gone for one, new for the other.
    for (const employeeId of employeeIds) {
      const had = before?.employeeId === employeeId ? before : null;
      const has = after?.employeeId === employeeId ? after : null;
      await this.notifications.notifyEmployees(
        em,
        user.organisationId,
        [employeeId],
        shiftChangeMessage(had, has, reason),
      );
    }
  }

  /** A shift locked for a change, its open period, and how it looked: a stale version is refused with the current shift. */
  private async loadForChange(
    em: EntityManager,
    user: AuthUser,
    id: string,
    version: number,
  ): Promise<{ shift: ShiftEntity; period: RosterPeriodEntity; before: ShiftView }> {
    const shift = await this.shifts.findForUpdate(em, user.organisationId, id);
    if (!shift) throw DomainError.notFound(SHIFT);
    const period = await this.openPeriodForWrite(em, user, shift.periodId);
    const before = toShiftView(shift);
    if (version !== shift.version) throw DomainError.versionConflict(before);
    return { shift, period, before };
  }

  /** The period locked for a write, refused when it is locked (sent to payroll). */
  async openPeriodForWrite(em: EntityManager, user: AuthUser, periodId: string): Promise<RosterPeriodEntity> {
    const period = await this.periods.loadForWrite(em, user, periodId);
    if (!acceptsShiftChanges(period.state as PeriodState)) {
      throw new DomainError('PERIOD_LOCKED', {
        sv: 'Perioden är låst (timmarna har gått till lön); ändringar görs som korrigeringar',
        en: 'The period is locked (its hours went to payroll); changes are made as corrections',
      });
    }
    return period;
  }

  /** Staff may be placed in their home department, the departments they may work in, or from the pool into those. */
  private async assertMayWorkIn(user: AuthUser, employeeId: string, departmentId: string): Promise<void> {
    const workplaces = await this.employees.workplaceDepartmentIds(user.organisationId, employeeId);
    if (workplaces.length === 0) {
      throw DomainError.invalid('employeeId', { sv: 'Okänd anställd', en: 'Unknown employee' });
    }
    if (!workplaces.includes(departmentId)) {
      throw DomainError.invalid('employeeId', {
        sv: 'Medarbetaren får inte arbeta i den här enheten',
        en: 'The employee is not allowed to work in this department',
      });
    }
  }
}

/** What an employee is told when a published shift of theirs changes. */
function shiftChangeMessage(
  before: ShiftView | null,
  after: ShiftView | null,
  reason: string | null,
): { kind: string; title: { sv: string; en: string }; body: { sv: string; en: string }; link: string } {
  const describe = (s: ShiftView) => `${s.date} ${s.startLocal.slice(11, 16)}–${s.endLocal.slice(11, 16)}`;
  const why = { sv: reason ? ` Orsak: ${reason}` : '', en: reason ? ` Reason: ${reason}` : '' };
  const text = !before
    ? { sv: `Nytt pass ${describe(after!)}.`, en: `New shift ${describe(after!)}.` }
    : !after
      ? { sv: `Passet ${describe(before)} är borttaget.`, en: `The shift ${describe(before)} was removed.` }
      : {
          sv: `Passet ${describe(before)} är ändrat till ${describe(after)}.`,
          en: `The shift ${describe(before)} changed to ${describe(after)}.`,
        };
  return {
    kind: 'shift-changed',
    title: { sv: 'Ändring i ditt schema', en: 'Change in your schedule' },
    body: { sv: text.sv + why.sv, en: text.en + why.en },
    link: '/me',
  };
}
