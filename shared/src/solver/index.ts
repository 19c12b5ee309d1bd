export type {
  SolverModel,
  ShiftTypeSpec,
  EmployeeSpec,
  CoverRequirement,
  SuccessionSpec,
  WeekendSpec,
  DayShift,
  WeightedRequest,
  Assignment as SolverAssignment,
} from './model';
export { SolverModelError } from './compile-model';
export type { HardRule as SolverHardRule, HardViolation as SolverHardViolation, ScoreBreakdown as SolverScore } from './evaluate';
export type { Infeasibility as SolverInfeasibility, UncoverableNeed } from './check-feasibility';
export { RosterSolver, solveRoster } from './solve';
export type { SolveOptions, SolveProgress, SolveResult, SearchTuning, StopReason as SolverStopReason } from './solve';
export { deriveForbiddenSuccessions } from './derive-successions';
export type { DeriveSuccessionsOptions } from './derive-successions';
export { evaluateAssignment } from './evaluate-assignment';
export { parseCurtoisInstance, CurtoisFormatError } from './curtois/curtois-instance';
export type { CurtoisInstance } from './curtois/curtois-instance';
export { curtoisToModel, mondayWeekends } from './curtois/curtois-to-model';
export { writeCurtoisRoster, readCurtoisRoster, CurtoisRosterError } from './curtois/curtois-roster';
export { evaluateCurtois } from './curtois/evaluate-curtois';
export type { CurtoisEvaluation, CurtoisViolation, CurtoisHardRule } from './curtois/evaluate-curtois';
export type { LinearSolver, MasterProblem, MasterColumn, RelaxationResult, IntegerResult } from './linear-solver';
export { loadHighsLinearSolver } from './highs-linear-solver';
export { startPricingThread } from './threaded-pricer';
export type { PricingThreadStarter } from './row-pricer';
