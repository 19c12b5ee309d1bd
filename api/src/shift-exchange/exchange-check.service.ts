import { Injectable } from '@nestjs/common';
import {
  type EmployeeFigures,
  type LocalizedText,
  PROFESSION_LABELS,
  type Profession,
  type Violation,
  canCoverProfession,
  explainViolation,
  explainViolationBriefly,
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

/** Reasons in plain words, as one reader may see them. */
export interface ExchangeReasons {
  /** Why it cannot be done: profession, department, hard rules. */
  refusals: LocalizedText[];
  /** Soft rules it would break: for the scheduler to weigh. */
  warnings: LocalizedText[];
}

export interface ExchangeCheck extends ExchangeReasons {
  /** Refusals that are not rules of the engine (profession, department). */
  problems: LocalizedText[];
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
    options: { ordered?: boolean; viewer?: string | null } = {},
  ): Promise<ExchangeCheck> {
    const problems: LocalizedText[] = [];
    for (const move of moves) {
      const person = move.employeeId ? people.get(move.employeeId) : undefined;
      if (!person) continue;
      if (!person.workplaces.includes(move.shift.departmentId)) {
        problems.push(notAllowedInDepartment(person.name, move.departmentName));
      }
      const needs = move.requiredProfession as Profession | null;
      if (needs && !canCoverProfession(person.profession as Profession, needs)) {
        problems.push(professionMismatch(person.name, label(person.profession), label(needs)));
      }
    }
    const { added, figures } = await this.reassignment.assessReassignment(em, organisationId, moves, options);
    return {
      problems,
      violations: added,
      figures,
      ...this.explain(problems, added, people, options.viewer ?? null),
    };
  }

  /**
   * The reasons as `viewer` may read them: their own findings in full (with the legal source),
   * other people's as the rule only — never someone else's absences or unpublished shifts.
   * `viewer` null: everything in full (schedulers).
   */
  explain(
    problems: LocalizedText[],
    violations: Violation[],
    people: Map<string, Person>,
    viewer: string | null,
  ): ExchangeReasons {
    const text = (v: Violation) => {
      const name = people.get(v.employeeId)?.name ?? '–';
      return viewer === null || v.employeeId === viewer ? explainViolation(v, name) : explainViolationBriefly(v, name);
    };
    return {
      refusals: [...problems, ...violations.filter((v) => v.severity === 'hard').map(text)],
      warnings: violations.filter((v) => v.severity === 'soft').map(text),
    };
  }
}

function label(profession: string): LocalizedText {
  return PROFESSION_LABELS[profession as Profession] ?? { sv: profession, en: profession };
}
