// The independent check of a generated roster: the rules engine itself (the same code as every
// roster write), fed one roster document per agreement with the employees' shifts everywhere
// (context included) and their approved absences.
import { parseRosterDocument } from '../roster-document/parse-roster-document';
import { type RosterDocument } from '../roster-document/roster-document';
import { evaluate } from '../rules/engine';
import { type RuleParameters } from '../rules/parameters';
import { type Violation } from '../rules/rule';
import { type EmployeeFigures } from '../rules/figures';
import { toLocalIso, type Instant } from '../time/stockholm';
import { type GenerationEmployee, type GenerationInput } from './generation-input';

export interface CheckShift {
  id: string;
  employeeId: string;
  start: Instant;
  end: Instant;
  breakMinutes: number;
  kind: string;
  requiredSkillCode: string | null;
}

export class GenerationRuleCheck {
  private readonly employees: Map<string, GenerationEmployee>;
  private readonly params = new Map<string, RuleParameters>();

  constructor(private readonly input: GenerationInput) {
    this.employees = new Map(input.employees.map((e) => [e.id, e]));
  }

  /** The resolved rule-set parameters of an agreement for the period. */
  parameters(agreement: string): RuleParameters {
    let p = this.params.get(agreement);
    if (!p) {
      p = parseRosterDocument({ ruleSet: agreement, period: this.input.period, employees: [], shifts: [] }).ruleSet
        .parameters;
      this.params.set(agreement, p);
    }
    return p;
  }

  /** Violations and figures of these employees with exactly these shifts (each employee's all). */
  check(
    employeeIds: readonly string[],
    shifts: readonly CheckShift[],
  ): { violations: Violation[]; figures: Record<string, EmployeeFigures> } {
    const ids = new Set(employeeIds);
    const byAgreement = new Map<string, GenerationEmployee[]>();
    for (const id of ids) {
      const e = this.employees.get(id);
      if (!e) continue;
      byAgreement.set(e.agreement, [...(byAgreement.get(e.agreement) ?? []), e]);
    }
    const violations: Violation[] = [];
    const figures: Record<string, EmployeeFigures> = {};
    for (const [agreement, employees] of [...byAgreement].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const members = new Set(employees.map((e) => e.id));
      const document: RosterDocument = {
        ruleSet: agreement,
        period: this.input.period,
        publishedAt: this.input.publishedAt ? toLocalIso(this.input.publishedAt) : null,
        employees: employees.map((e) => ({
          id: e.id,
          employmentRate: e.employmentRate,
          fullTimeHoursPerWeek: e.fullTimeHoursPerWeek,
          nightWorker: e.nightWorker,
          nightWorkBasis: e.nightWorkBasis,
          skills: [...e.skillCodes],
          dygnsbryt: e.dygnsbryt,
        })),
        shifts: shifts
          .filter((s) => members.has(s.employeeId))
          .map((s) => ({
            id: s.id,
            employeeId: s.employeeId,
            start: toLocalIso(s.start),
            end: toLocalIso(s.end),
            breakMinutes: s.breakMinutes,
            kind: s.kind as 'work' | 'on-call' | 'standby',
            overtime: false,
            requiredSkill: s.requiredSkillCode,
          })),
        absences: this.input.absences
          .filter((a) => members.has(a.employeeId))
          .map((a) => ({ employeeId: a.employeeId, start: a.startDate, end: a.endDate, type: a.type })),
      };
      const result = evaluate(parseRosterDocument(document));
      violations.push(...result.violations);
      Object.assign(figures, result.employees);
    }
    return { violations, figures };
  }
}
