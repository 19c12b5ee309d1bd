import { Injectable } from '@nestjs/common';
import { type Profession, canCoverProfession } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import { type ExchangeCheck, ExchangeCheckService } from '../shift-exchange/exchange-check.service';
import { ExchangeLookup, type Person, type ShiftCard } from '../shift-exchange/exchange-lookup';
import { ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import type { SwapEntity } from './swap.entity';

/** Who may take a give-away: colleagues of the same work whom no rule forbids it. */
@Injectable()
export class GiveAwayEligibility {
  constructor(
    private readonly lookup: ExchangeLookup,
    private readonly exchange: ExchangeCheckService,
    private readonly reassignment: ShiftReassignmentService,
  ) {}

  /** Whether a colleague may take a give-away: it is open, in the future, their work, and no rule forbids it. */
  async mayTake(
    em: EntityManager,
    organisationId: string,
    swap: SwapEntity,
    person: Person,
    now: number,
  ): Promise<boolean> {
    const card = (await this.lookup.shifts(em, organisationId, [swap.offeredShiftId])).get(swap.offeredShiftId);
    if (!card || card.start <= now || swap.status !== 'offered') return false;
    const offerer = (await this.lookup.people(em, organisationId, [swap.fromEmployeeId])).get(swap.fromEmployeeId);
    if (!offerer || !canCoverProfession(person.profession as Profession, offerer.profession as Profession))
      return false;
    return (await this.check(em, organisationId, card, offerer, person)).refusals.length === 0;
  }

  private async check(
    em: EntityManager,
    organisationId: string,
    card: ShiftCard,
    offerer: Person,
    person: Person,
  ): Promise<ExchangeCheck> {
    const [entry] = await this.reassignment.loadWithPeriods(em, organisationId, [card.id]);
    const people = new Map([
      [offerer.id, offerer],
      [person.id, person],
    ]);
    return this.exchange.check(
      em,
      organisationId,
      [
        {
          ...entry,
          employeeId: person.id,
          requiredProfession: offerer.profession,
          departmentName: card.departmentName,
        },
      ],
      people,
    );
  }

  /** Colleagues in the department whom a give-away could go to, for the notification. */
  async eligible(
    em: EntityManager,
    organisationId: string,
    swap: SwapEntity,
    offered: ShiftCard,
    offerer: Person,
    now: number,
  ): Promise<string[]> {
    const staff = (await this.lookup.staffOf(em, organisationId, offered.departmentId)).filter(
      (id) => id !== offerer.id,
    );
    const people = await this.lookup.people(em, organisationId, staff);
    const eligible: string[] = [];
    for (const id of staff) {
      const person = people.get(id)!;
      if (await this.mayTake(em, organisationId, swap, person, now)) eligible.push(id);
    }
    return eligible;
  }
}
