export * from './rule';
export * from './rule-ids';
export * from './exception-types';
export * from './parameters';
export * from './rule-sets';
export { RULES, ruleCatalog, type RuleCatalog, type RuleCatalogEntry } from './catalog';
export {
  evaluate,
  evaluateEmployee,
  combineEvaluations,
  type EvaluationResult,
  type EmployeeEvaluation,
} from './engine';
export { evaluationEnv, type EvaluationEnv } from './evaluation-env';
export type { EmployeeFigures, HoursFigures, WeekFigures, RestFigure } from './figures';
export {
  startIncrementalEvaluation,
  evaluateIncremental,
  type IncrementalEvaluation,
  type RosterEdit,
} from './incremental';
export { checkRosterDocument, type CheckResult } from './check-roster-document';
