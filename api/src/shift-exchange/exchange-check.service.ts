import { Injectable } from '@nestjs/common';
import {
  type EmployeeFigures,
  type LocalizedText,
  PROFESSION_LABELS,
  type Profession,
  type Violation,
  canCoverProfession,
  explainViolation,
  notAllowedInDepartment,
  professionMismatch,
} from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import { type Reassignment, ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import type { Person } from './exchange-lookup';

/** A shift changing hands, with what the new holder must be. */
export interface CheckedMove extends Reassignment {
  /** The profession the shift is for (the previous holder's, or the open shift's); null: any. */
  requiredProfession: string | null;
  departmentName: string;
}

export interface ExchangeCheck {
  /** Why it cannot be done, in plain words: hard rules, profession, department. */
  refusals: LocalizedText[];
  /** Soft rules it would break, in plain words: for the scheduler to weigh. */
  warnings: LocalizedText[];
  /** The rules engine's new findings (both severities). */
  violations: Violation[];
  figures: Record<string, EmployeeFigures>;
}

/**
 * The one check before shifts change hands between staff: may the new holder work in the
 * department, is it their profession, and what would the rules engine find that is new (both
 * rosters, every rule, hard and soft). Qualifications come with the engine's `qualification` rule.
 */
@Injectable()
export class ExchangeCheckService {
  constructor(private readonly reassignment: ShiftReassignmentService) {}

  async check(
    em: EntityManager,
    organisationId: string,
    moves: CheckedMove[],
    people: Map<string, Person>,
    options: { ordered?: boolean } = {},
  ): Promise<ExchangeCheck> {
    const refusals: LocalizedText[] = [];
    for (const move of moves) {
      const person = move.employeeId ? people.get(move.employeeId) : undefined;
      if (!person) continue;
      if (!person.workplaces.includes(move.shift.departmentId)) {
        refusals.push(notAllowedInDepartment(person.name, move.departmentName));
      }
      const needs = move.requiredProfession as Profession | null;
      if (needs && !canCoverProfession(person.profession as Profession, needs)) {
        refusals.push(professionMismatch(person.name, label(person.profession), label(needs)));
      }
    }
    const { added, figures } = await this.reassignment.assessReassignment(em, organisationId, moves, options);
    const nameOf = (id: string) => people.get(id)?.name ?? '–';
    return {
      refusals: [
        ...refusals,
        ...added.filter((v) => v.severity === 'hard').map((v) => explainViolation(v, nameOf(v.employeeId))),
      ],
      warnings: added.filter((v) => v.severity === 'soft').map((v) => explainViolation(v, nameOf(v.employeeId))),
      violations: added,
      figures,
    };
  }
}

function label(profession: string): LocalizedText {
  return PROFESSION_LABELS[profession as Profession] ?? { sv: profession, en: profession };
}
