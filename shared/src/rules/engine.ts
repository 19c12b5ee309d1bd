// evaluate(snapshot): every enabled rule for every employee, plus figures. Employees are evaluated
// independently (no rule of RULES.md A1 looks across employees), which is what makes incremental
// re-evaluation exact. Output order: employees in document order; per employee by window start,
// then catalog order, window end and shift ids.
import { type EmployeeRoster, type RosterSnapshot } from '../roster-document/roster-snapshot';
import { RULES } from './catalog';
import { EmployeeContext, type RecordedViolation } from './employee-context';
import { type EvaluationEnv, evaluationEnv } from './evaluation-env';
import { employeeFigures, type EmployeeFigures } from './figures';
import { type ExceptionUse, type Violation } from './rule';
import { RULE_ORDER } from './rule-ids';

export interface EmployeeEvaluation {
  violations: Violation[];
  exceptionsUsed: ExceptionUse[];
  figures: EmployeeFigures;
}

export interface EvaluationResult {
  violations: Violation[];
  exceptionsUsed: ExceptionUse[];
  employees: Record<string, EmployeeFigures>;
}

export function evaluate(snapshot: RosterSnapshot): EvaluationResult {
  const env = evaluationEnv(snapshot);
  return combineEvaluations(
    snapshot,
    snapshot.employees.map((roster) => evaluateEmployee(env, roster)),
  );
}

export function evaluateEmployee(env: EvaluationEnv, roster: EmployeeRoster): EmployeeEvaluation {
  const ctx = new EmployeeContext(env, roster);
  for (const id of env.rules) {
    const rule = RULES[id];
    ctx.beginRule(rule);
    rule.evaluate(ctx);
  }
  return {
    violations: ctx.violations.sort(compareRecorded).map((r) => r.violation),
    exceptionsUsed: ctx.exceptionsUsed(),
    figures: employeeFigures(ctx),
  };
}

export function combineEvaluations(
  snapshot: RosterSnapshot,
  evaluations: readonly EmployeeEvaluation[],
): EvaluationResult {
  const violations: Violation[] = [];
  const exceptionsUsed: ExceptionUse[] = [];
  const employees: Record<string, EmployeeFigures> = {};
  snapshot.employees.forEach((roster, i) => {
    const evaluation = evaluations[i];
    for (const v of evaluation.violations) violations.push(v);
    for (const u of evaluation.exceptionsUsed) exceptionsUsed.push(u);
    employees[roster.employee.id] = evaluation.figures;
  });
  // Document order of the exceptions (employees are evaluated apart, so merge by index).
  exceptionsUsed.sort((a, b) => a.exceptionIndex - b.exceptionIndex);
  return { violations, exceptionsUsed, employees };
}

function compareRecorded(a: RecordedViolation, b: RecordedViolation): number {
  return (
    a.from - b.from ||
    RULE_ORDER[a.violation.ruleId] - RULE_ORDER[b.violation.ruleId] ||
    a.to - b.to ||
    compareText(a.violation.shiftIds.join(','), b.violation.shiftIds.join(',')) ||
    compareText(a.violation.message.en, b.violation.message.en)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
