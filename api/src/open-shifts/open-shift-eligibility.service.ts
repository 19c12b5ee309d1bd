import { Injectable } from '@nestjs/common';
import { type ExtraTime, type LocalizedText, contractedHoursInPeriod, extraTime, extraTimeText } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import { ExchangeCheckService } from '../shift-exchange/exchange-check.service';
import type { Person, ShiftCard } from '../shift-exchange/exchange-lookup';
import { ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import type { OpenShiftPostingEntity } from './open-shift-posting.entity';

export interface Eligibility {
  eligible: boolean;
  /** Why not (when not eligible), otherwise the soft rules taking it would touch. */
  reasons: LocalizedText[];
  extraTime: ExtraTime;
}

/**
 * Who may take an open shift: someone the posting is addressed to (home department, listed
 * departments, the pool) who may work in the shift's department, of the right profession, whom
 * no hard rule forbids (qualifications included), and who stays within their contracted hours
 * unless they asked for extra hours.
 */
@Injectable()
export class OpenShiftEligibilityService {
  constructor(
    private readonly exchange: ExchangeCheckService,
    private readonly reassignment: ShiftReassignmentService,
  ) {}

  inAudience(posting: OpenShiftPostingEntity, card: ShiftCard, person: Person): boolean {
    if (!person.active || person.isAgency || !person.workplaces.includes(card.departmentId)) return false;
    return (
      person.homeDepartmentId === card.departmentId ||
      posting.includeDepartmentIds.includes(person.homeDepartmentId) ||
      (posting.includePool && person.homeDepartmentIsPool)
    );
  }

  async judge(
    em: EntityManager,
    organisationId: string,
    posting: OpenShiftPostingEntity,
    card: ShiftCard,
    person: Person,
    extraHours: { required: boolean; wanted: boolean },
  ): Promise<Eligibility> {
    const [entry] = await this.reassignment.loadWithPeriods(em, organisationId, [card.id]);
    const result = await this.exchange.check(
      em,
      organisationId,
      [
        {
          ...entry,
          employeeId: person.id,
          requiredProfession: posting.profession,
          departmentName: card.departmentName,
        },
      ],
      new Map([[person.id, person]]),
      { ordered: true },
    );
    const figures = result.figures[person.id]?.period;
    const extra = extraTime({
      contractedHours: contractedHoursInPeriod(
        person.fullTimeHoursPerWeek,
        person.employmentRate,
        entry.period.weeks * 7,
      ),
      plannedHours: (figures?.ordinaryHours ?? 0) + (figures?.absenceHours ?? 0),
      shiftHours: card.paidMinutes / 60,
      orderedMertidHours: figures?.mertidHours ?? 0,
      orderedOvertimeHours: figures?.overtimeHours ?? 0,
    });
    const refusals = [...result.refusals];
    if (extra.kind !== 'ordinary' && extraHours.required && !extraHours.wanted) {
      const text = extraTimeText(extra);
      refusals.push({
        sv: `Passet går utöver ${person.name}s avtalade timmar (${text.sv}) och extra timmar är inte valt`,
        en: `The shift goes beyond ${person.name}'s contracted hours (${text.en}) and extra hours are not chosen`,
      });
    }
    return {
      eligible: refusals.length === 0,
      reasons: refusals.length > 0 ? refusals : result.warnings,
      extraTime: extra,
    };
  }
}
