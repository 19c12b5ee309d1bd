import { Injectable } from '@nestjs/common';
import { type EmployeeFigures, type Violation, newViolations, startOfLocalDay } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import { EmployeesService } from '../employees/employees.service';
import { LeaveService } from '../leave/leave.service';
import { RosterCheckService } from '../roster-check/roster-check.service';
import { type RuleShift, contextWindow } from '../roster-check/roster-document.builder';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import type { ShiftEntity } from './shift.entity';
import { ShiftsRepository } from './shifts.repository';

/** A shift to give to someone else (or to nobody: an open shift), locked with its period. */
export interface Reassignment {
  shift: ShiftEntity;
  period: RosterPeriodEntity;
  employeeId: string | null;
}

export interface ReassignmentAssessment {
  /** Violations the change would add, or make worse, for the people concerned (both severities). */
  added: Violation[];
  /**
   * Each person's figures for the period of the first shift with the change; with `ordered`, the
   * moved shifts count as ordered extra time (mertid/overtime), so their split shows.
   */
  figures: Record<string, EmployeeFigures>;
}

/**
 * Shifts changing hands by the staff's own doing (swaps, open shifts): locking them the way the
 * write path does, and asking the rules engine what the change would do before it is made. The
 * change itself goes through ShiftsService.applyReassignment.
 */
@Injectable()
export class ShiftReassignmentService {
  constructor(
    private readonly shifts: ShiftsRepository,
    private readonly periods: RosterPeriodsService,
    private readonly employees: EmployeesService,
    private readonly leave: LeaveService,
    private readonly rosterCheck: RosterCheckService,
  ) {}

  /**
   * Shifts locked for a reassignment the caller has authorised (a swap both employees agreed on, an
   * open shift taken), with their periods and the people concerned: shifts, then periods, then
   * employees, each in id order, as the single-shift write path locks them.
   */
  async lockForReassignment(
    em: EntityManager,
    organisationId: string,
    shiftIds: string[],
    alsoEmployeeIds: string[],
  ): Promise<{ shift: ShiftEntity; period: RosterPeriodEntity }[]> {
    const shifts = await this.shifts.findManyForUpdate(em, organisationId, shiftIds);
    const periods = await this.periods.lockForChange(
      em,
      organisationId,
      shifts.map((s) => s.periodId),
    );
    const byId = new Map(periods.map((p) => [p.id, p]));
    await this.shifts.lockEmployees(em, [
      ...shifts.map((s) => s.employeeId).filter((id): id is string => !!id),
      ...alsoEmployeeIds,
    ]);
    return shifts.map((shift) => ({ shift, period: byId.get(shift.periodId)! }));
  }

  /** Shifts with their periods, not locked: for judging a change someone might make. */
  async loadWithPeriods(
    em: EntityManager,
    organisationId: string,
    shiftIds: string[],
  ): Promise<{ shift: ShiftEntity; period: RosterPeriodEntity }[]> {
    const shifts = await this.shifts.findManyWithPeriods(em, organisationId, shiftIds);
    return shifts.map((shift) => ({ shift, period: shift.period! }));
  }

  /**
   * What the rules engine would say if the shifts changed hands: the violations it adds for the
   * people concerned (judged per period, with their shifts in every department as context), and
   * their figures afterwards. Nothing is written.
   */
  async assessReassignment(
    em: EntityManager,
    organisationId: string,
    moves: Reassignment[],
    options: { ordered?: boolean } = {},
  ): Promise<ReassignmentAssessment> {
    const people = [
      ...new Set(moves.flatMap((m) => [m.shift.employeeId, m.employeeId]).filter((id): id is string => !!id)),
    ];
    const added: Violation[] = [];
    let figures: Record<string, EmployeeFigures> = {};
    if (people.length === 0) return { added, figures };
    const moved = new Map(moves.map((m) => [m.shift.id, m.employeeId]));
    const movedShifts = await this.shifts.findRuleShiftsByIds(em, [...moved.keys()]);
    const employees = await this.employees.ruleEmployees(em, organisationId, people);
    const periods = [...new Map(moves.map((m) => [m.period.id, m.period])).values()];
    for (const [index, period] of periods.entries()) {
      const window = contextWindow({ start: period.startDate, end: period.endDate });
      const current = await this.shifts.findRuleShifts(
        em,
        people,
        new Date(startOfLocalDay(window.from)),
        new Date(startOfLocalDay(window.to)),
      );
      const absences = await this.leave.approvedAbsences(em, people, window.from, window.to);
      const input = {
        period: { start: period.startDate, end: period.endDate },
        publishedAt: period.publishedAt,
        employees,
        absences,
      };
      const withMoves = (ordered: boolean): RuleShift[] => [
        ...current.filter((s) => !moved.has(s.id)),
        ...movedShifts
          .map((s) => ({ ...s, employeeId: moved.get(s.id) ?? null, overtime: ordered }))
          .filter((s): s is RuleShift & { overtime: boolean } => s.employeeId !== null),
      ];
      const before = this.rosterCheck.check({ ...input, shifts: current });
      const after = this.rosterCheck.check({ ...input, shifts: withMoves(false) });
      added.push(...newViolations(before.violations, after.violations));
      if (index === 0) {
        figures = options.ordered
          ? this.rosterCheck.check({ ...input, shifts: withMoves(true) }).figures
          : after.figures;
      }
    }
    const seen = new Set<string>();
    return {
      added: added.filter((v) => {
        const key = `${v.ruleId}|${v.employeeId}|${v.from}|${v.to}`;
        return seen.has(key) ? false : (seen.add(key), true);
      }),
      figures,
    };
  }
}
