import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { DecideLeaveDto, LeaveDecisionView, RegisterSickDto } from '../leave/leave.dto';
import { LeaveService, toView } from '../leave/leave.service';

import type { ReplacedShift } from '../leave/leave-request.entity';
import { ShiftsService, type VacatedShift } from '../shifts/shifts.service';

/**
 * Decisions that change rosters: approving leave over booked shifts, and sickness. The shifts
 * concerned become open shifts (that need a replacement) or are removed, in the same transaction.
 */
@Injectable()
export class LeaveDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly leave: LeaveService,
    private readonly shifts: ShiftsService,

    private readonly clock: Clock,
  ) {}

  decide(user: AuthUser, id: string, dto: DecideLeaveDto): Promise<LeaveDecisionView> {
    return this.dataSource.transaction(async (em) => {
      const request = await this.leave.lockForDecision(em, user, id);
      if (dto.version !== undefined && dto.version !== request.version)
        throw DomainError.versionConflict(toView(request));
      let shifts: LeaveDecisionView['shifts'] = [];
      if (dto.decision === 'approve') {
        const colliding = await this.shifts.employeeShiftsStarting(
          em,
          request.employeeId,
          request.startDate,
          request.endDate,
        );
        if (colliding.length > 0 && !dto.collidingShifts) {
          // Ask what to do rather than guess: the scheduler chooses open shifts or removal.
          throw new DomainError(
            'LEAVE_COLLIDES',
            {
              sv: `Medarbetaren har ${colliding.length} pass under ledigheten. Välj om de ska bli vakanta pass eller tas bort.`,
              en: `The employee has ${colliding.length} shifts during the leave. Choose whether they become open shifts or are removed.`,
            },
            [],
            { shifts: colliding.map(brief) },
          );
        }
        if (colliding.length > 0) {
          const vacated = await this.shifts.vacate(
            em,
            user,
            request.employeeId,
            request.startDate,
            request.endDate,
            dto.collidingShifts!,
            'Beviljad ledighet',
          );
          request.replacedShifts = replaced(vacated);
          shifts = vacated.map(brief);
        }
      }
      const decided = await this.leave.decide(em, user, request, dto.decision, dto.reason ?? null, this.clock.now());

      return { request: decided, shifts };
    });
  }

  /** Sjukanmälan: the employee's shifts in the range become open shifts that need a replacement. */
  registerSick(user: AuthUser, dto: RegisterSickDto): Promise<LeaveDecisionView> {
    return this.dataSource.transaction(async (em) => {
      const sick = await this.leave.registerSick(
        em,
        user,
        dto.employeeId,
        dto.startDate,
        dto.endDate,
        this.clock.now(),
      );
      const opened = await this.shifts.vacate(
        em,
        user,
        dto.employeeId,
        dto.startDate,
        dto.endDate,
        'open',
        'Sjukanmälan',
      );
      sick.replacedShifts = replaced(opened);
      await em.save(sick);
      return { request: toView(sick), shifts: opened.map(brief) };
    });
  }
}

/** The published schedule the absence replaced, for payroll to pay as that absence. */
function replaced(vacated: VacatedShift[]): ReplacedShift[] {
  return vacated
    .filter((s) => s.wasPublished)
    .map((s) => ({ shiftId: s.id, start: s.start, end: s.end, paidMinutes: s.paidMinutes }));
}

function brief(s: { id: string; departmentId: string; startLocal: string; endLocal: string }) {
  return { shiftId: s.id, departmentId: s.departmentId, startLocal: s.startLocal, endLocal: s.endLocal };
}
