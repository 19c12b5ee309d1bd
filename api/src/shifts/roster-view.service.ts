import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CoverageShift,
  type Profession,
  addDays,
  computeCoverage,
  contractedHours,
  daysBetween,
  localDate,
  startOfLocalDay,
} from '@bemanna/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { readSnapshot } from '../common/database/read-snapshot';
import { EmployeesService } from '../employees/employees.service';
import { LeaveService } from '../leave/leave.service';
import { StaffingNeedsService } from '../needs/staffing-needs.service';
import { RosterCheckService } from '../roster-check/roster-check.service';
import { contextWindow } from '../roster-check/roster-document.builder';
import { RosterPeriodsService, toView as toPeriodView } from '../rosters/roster-periods.service';
import { ShiftTypesService } from '../shift-types/shift-types.service';
import type { RosterView } from './roster-view.dto';
import { toShiftView } from './shift.mapper';
import { ShiftsRepository } from './shifts.repository';

/** The roster builder's read model: rows, shifts, violations and coverage of one period. */
@Injectable()
export class RosterViewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shifts: ShiftsRepository,
    private readonly periods: RosterPeriodsService,
    private readonly employees: EmployeesService,
    private readonly shiftTypes: ShiftTypesService,
    private readonly needs: StaffingNeedsService,
    private readonly rosterCheck: RosterCheckService,
    private readonly leave: LeaveService,
  ) {}

  async get(user: AuthUser, periodId: string): Promise<RosterView> {
    // One snapshot for the shifts and their violations: a write committed between two reads would
    // otherwise give violations naming shifts the view does not list (and a click on one would
    // select the wrong shift).
    const { period, periodShifts, staff, ruleEmployees, ruleShifts, absences, elsewhere } = await readSnapshot(
      this.dataSource,
      async (em) => {
        const period = await this.periods.loadVisible(em, user, periodId);
        const periodShifts = await this.shifts.findByPeriod(period.id, em);
        const placed = [...new Set(periodShifts.map((s) => s.employeeId).filter((id): id is string => !!id))];
        const staff = await this.employees.rosterStaff(em, user.organisationId, period.departmentId, placed);
        const staffIds = staff.map((e) => e.id);
        const window = contextWindow({ start: period.startDate, end: period.endDate });
        const ruleEmployees = await this.employees.ruleEmployees(em, user.organisationId, staffIds);
        const ruleShifts = await this.shifts.findRuleShifts(
          em,
          staffIds,
          new Date(startOfLocalDay(window.from)),
          new Date(startOfLocalDay(window.to)),
        );
        const absences = await this.leave.approvedAbsences(em, staffIds, window.from, window.to);
        const elsewhere = await this.shifts.findForEmployeesElsewhere(
          em,
          staffIds,
          period.departmentId,
          new Date(startOfLocalDay(period.startDate)),
          new Date(startOfLocalDay(addDays(period.endDate, 1))),
        );
        return { period, periodShifts, staff, ruleEmployees, ruleShifts, absences, elsewhere };
      },
    );
    // The department's settings, outside the snapshot: a change to them is not a roster write.
    const shiftTypes = await this.shiftTypes.list(user, { departmentId: period.departmentId });
    const needs = await this.needs.list(user, period.departmentId);
    const { violations, figures } = this.rosterCheck.check({
      period: { start: period.startDate, end: period.endDate },
      publishedAt: period.publishedAt,
      employees: ruleEmployees,
      shifts: ruleShifts,
      absences,
    });

    const byId = new Map(staff.map((e) => [e.id, e]));
    const weeks = (daysBetween(period.startDate, period.endDate) + 1) / 7;
    const coverageShifts: CoverageShift[] = periodShifts.map((s) => {
      const e = s.employeeId ? byId.get(s.employeeId) : undefined;
      return {
        shiftTypeId: s.shiftTypeId,
        date: localDate(s.startAt.getTime()),
        employee: e ? { profession: e.profession, skillIds: e.skillIds } : null,
      };
    });

    return {
      period: toPeriodView(period),
      shiftTypes,
      rows: staff.map((e) => ({
        employeeId: e.id,
        firstName: e.firstName,
        lastName: e.lastName,
        profession: e.profession as Profession,
        employmentRate: e.employmentRate,
        skillIds: e.skillIds,
        homeDepartmentId: e.homeDepartmentId,
        borrowed: e.homeDepartmentId !== period.departmentId,
        isAgency: e.isAgency,
        contractedHours: contractedHours(e, weeks),
        plannedHours: round2(figures[e.id]?.period.workedHours ?? 0),
      })),
      shifts: periodShifts.map(toShiftView),
      elsewhere: elsewhere.map(toShiftView),
      violations,
      coverage: computeCoverage({
        start: period.startDate,
        end: period.endDate,
        needs,
        shifts: coverageShifts,
      }),
    };
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
