import { Injectable } from '@nestjs/common';
import { type EmployeeFigures, type Violation, evaluate, parseRosterDocument } from '@bemanna/shared';
import { type RuleAbsence, type RuleEmployee, type RuleShift, buildRosterDocument } from './roster-document.builder';

export interface RosterCheckInput {
  period: { start: string; end: string };
  publishedAt: Date | null;
  employees: RuleEmployee[];
  /** The employees' shifts in and around the period (any department): context for rest rules. */
  shifts: RuleShift[];
  /** Approved absences (leave, sickness) around the period. */
  absences?: RuleAbsence[];
}

/**
 * Checks rosters with the shared rules engine — the same code the command line and the web client
 * run — one roster document per agreement, since each employee's agreement picks the rule set.
 */
@Injectable()
export class RosterCheckService {
  violations(input: RosterCheckInput): Violation[] {
    return this.check(input).violations;
  }

  /** Violations and per-employee figures (worked, overtime, night hours …) for the period. */
  check(input: RosterCheckInput): { violations: Violation[]; figures: Record<string, EmployeeFigures> } {
    const byAgreement = new Map<string, RuleEmployee[]>();
    for (const e of input.employees) byAgreement.set(e.agreement, [...(byAgreement.get(e.agreement) ?? []), e]);
    const result: Violation[] = [];
    const figures: Record<string, EmployeeFigures> = {};
    for (const [ruleSet, employees] of [...byAgreement].sort(([a], [b]) => a.localeCompare(b))) {
      const ids = new Set(employees.map((e) => e.id));
      const document = buildRosterDocument({
        ruleSet,
        period: input.period,
        publishedAt: input.publishedAt,
        employees,
        shifts: input.shifts.filter((s) => ids.has(s.employeeId)),
        absences: (input.absences ?? []).filter((a) => ids.has(a.employeeId)),
      });
      const evaluation = evaluate(parseRosterDocument(document));
      result.push(...evaluation.violations);
      Object.assign(figures, evaluation.employees);
    }
    return { violations: result, figures };
  }
}
