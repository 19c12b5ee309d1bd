import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type EmployeeLimits,
  type GenerationInput,
  type GenerationMode,
  type GenerationShift,
  type ShiftKind,
  mergeEmployeeLimits,
  parseClockTime,
} from '@bemanna/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { readSnapshot } from '../common/database/read-snapshot';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import { GenerationLimitsService } from '../generation-limits/generation-limits.service';
import { GenerationWeightsService } from '../generation-weights/generation-weights.service';
import { LeaveService } from '../leave/leave.service';
import { StaffingNeedsService } from '../needs/staffing-needs.service';
import { contextWindow } from '../roster-check/roster-document.builder';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { ShiftTypesService } from '../shift-types/shift-types.service';
import { ShiftsService } from '../shifts/shifts.service';
import { SkillsService } from '../skills/skills.service';
import { WishesService } from '../wishes/wishes.service';

/** Shifts the scheduler placed or that came from a swap: the generation keeps them as they are. */
const FIXED_SOURCES: ReadonlySet<string> = new Set(['manual', 'swap']);

/**
 * The generation's snapshot of a period, read through the features' services as the requesting
 * scheduler: staff who may work in the department (and anyone already placed there) with their
 * contracts, skills and rule sets; the department's shift types and needs; approved leave;
 * wishes; the period's shifts and, as context, the staff's shifts around it in every department;
 * the department's stored per-employee limits, with the run's own limits replacing them field by field;
 * the department's weights of the soft terms.
 */
@Injectable()
export class GenerationInputLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly employees: EmployeesService,
    private readonly shiftTypes: ShiftTypesService,
    private readonly needs: StaffingNeedsService,
    private readonly leave: LeaveService,
    private readonly wishes: WishesService,
    private readonly shifts: ShiftsService,
    private readonly skills: SkillsService,
    private readonly departments: DepartmentsService,
    private readonly storedLimits: GenerationLimitsService,
    private readonly storedWeights: GenerationWeightsService,
  ) {}

  async load(
    user: AuthUser,
    period: RosterPeriodEntity,
    options: { mode: GenerationMode; keepExisting: boolean; limits?: EmployeeLimits[] },
  ): Promise<GenerationInput> {
    // The roster side in one snapshot: a write committed between two reads would otherwise show a
    // new shift of the period as context only (kept fixed, outside the proposal) or a deleted one
    // in scope.
    const { periodShifts, staff, stored, weights, rules, absences, context } = await readSnapshot(
      this.dataSource,
      async (em) => {
        const periodShifts = await this.shifts.listForPeriod(user, period.id, em);
        const placed = [...new Set(periodShifts.map((s) => s.employeeId).filter((id): id is string => !!id))];
        const staff = await this.employees.rosterStaff(em, user.organisationId, period.departmentId, placed);
        const stored = await this.storedLimits.storedFor(em, user.organisationId, period.departmentId);
        const weights = await this.storedWeights.storedFor(em, user.organisationId, period.departmentId);
        const staffIds = staff.map((e) => e.id);
        const window = contextWindow({ start: period.startDate, end: period.endDate });
        const rules = await this.employees.ruleEmployees(em, user.organisationId, staffIds);
        const absences = await this.leave.approvedAbsences(em, staffIds, window.from, window.to);
        const context = await this.shifts.contextShifts(em, staffIds, window.from, window.to);
        return { periodShifts, staff, stored, weights, rules, absences, context };
      },
    );
    // The department's settings and the wishes, on their own connections.
    const [types, needs, skills, wishes] = await Promise.all([
      this.shiftTypes.list(user, { departmentId: period.departmentId }),
      this.needs.list(user, period.departmentId),
      this.skills.list(user),
      this.wishes.get(user, period.id),
    ]);
    const skillCode = new Map(skills.map((s) => [s.id, s.code]));
    const ruleOf = new Map(rules.map((r) => [r.id, r]));
    const homes = [...new Set(staff.map((e) => e.homeDepartmentId))];
    const pools = new Set<string>();
    for (const id of homes) if (await this.departments.isPool(user.organisationId, id)) pools.add(id);

    const activeTypes = types.filter((t) => t.active);
    const typeById = new Map(types.map((t) => [t.id, t]));
    const inScope: GenerationShift[] = periodShifts.map((s) => ({
      id: s.id,
      employeeId: s.employeeId,
      shiftTypeId: s.shiftTypeId && typeById.get(s.shiftTypeId)?.active ? s.shiftTypeId : null,
      departmentId: s.departmentId,
      start: Date.parse(s.start),
      end: Date.parse(s.end),
      breakMinutes: s.breakMinutes,
      kind: s.kind,
      requiredSkillCode: skillCode.get(typeById.get(s.shiftTypeId ?? '')?.requiredSkillId ?? '') ?? null,
      fixed: FIXED_SOURCES.has(s.source),
      version: s.version,
      overriddenRules: s.overriddenRules,
      inScope: true,
    }));
    const inScopeIds = new Set(inScope.map((s) => s.id));
    const others: GenerationShift[] = context
      .filter((s) => !inScopeIds.has(s.id))
      .map((s) => ({
        id: s.id,
        employeeId: s.employeeId,
        shiftTypeId: null,
        departmentId: '',
        start: s.startAt.getTime(),
        end: s.endAt.getTime(),
        breakMinutes: s.breakMinutes,
        kind: s.kind as ShiftKind,
        requiredSkillCode: s.requiredSkillCode,
        fixed: true,
        version: 0,
        inScope: false,
      }));

    return {
      period: { start: period.startDate, end: period.endDate },
      mode: options.mode,
      keepExisting: options.keepExisting,
      publishedAt: period.publishedAt?.getTime() ?? null,
      shiftTypes: activeTypes.map((t) => ({
        id: t.id,
        departmentId: t.departmentId,
        code: t.code,
        startMinute: parseClockTime(t.startTime),
        endMinute: parseClockTime(t.endTime),
        breakMinutes: t.breakMinutes,
        kind: t.kind,
        requiredSkillId: t.requiredSkillId,
        requiredSkillCode: t.requiredSkillId ? (skillCode.get(t.requiredSkillId) ?? null) : null,
      })),
      needs: needs.filter((n) => typeById.get(n.shiftTypeId)?.active),
      employees: staff
        .filter((e) => e.active && ruleOf.has(e.id))
        .map((e) => {
          const r = ruleOf.get(e.id)!;
          return {
            id: e.id,
            name: `${e.firstName} ${e.lastName}`,
            profession: e.profession,
            skillIds: e.skillIds,
            skillCodes: r.skillCodes,
            departmentIds: [e.homeDepartmentId, ...e.departmentIds],
            employmentRate: e.employmentRate,
            fullTimeHoursPerWeek: e.fullTimeHoursPerWeek,
            nightWorker: e.nightWorker,
            nightWorkBasis: e.nightWorkBasis,
            dygnsbryt: e.dygnsbryt,
            agreement: e.agreement,
            isAgency: e.isAgency,
            isPool: pools.has(e.homeDepartmentId),
          };
        }),
      absences: absences.map((a) => ({ ...a })),
      wishes: wishes.wishes.map((w) => ({
        employeeId: w.employeeId,
        date: w.date,
        kind: w.kind,
        shiftTypeId: w.shiftTypeId,
      })),
      shifts: [...inScope, ...others],
      limits: mergeEmployeeLimits(stored, options.limits ?? []),
      weights,
    };
  }
}
