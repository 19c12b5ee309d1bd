export type {
  GenerationInput,
  GenerationMode,
  GenerationShiftType,
  GenerationEmployee,
  GenerationShift,
  GenerationAbsence,
  EmployeeLimits,
} from './generation-input';
export {
  employeeLimitProblems,
  mergeEmployeeLimits,
  toEmployeeLimits,
  type EmployeeLimitFields,
  type LimitProblem,
  type ShiftTypeCap,
} from './employee-limits';
export { buildGenerationModel, shiftInterval, type GenerationModel } from './build-model';
export {
  DEFAULT_GENERATION_WEIGHTS,
  GENERATION_WEIGHT_FIELDS,
  MAX_GENERATION_WEIGHT,
  generationWeightProblems,
  toModelWeights,
  withDefaultWeights,
  type GenerationWeightKey,
  type GenerationWeights,
  type ModelWeights,
  type WeightProblem,
} from './generation-weights';
export { GenerationRuleCheck, type CheckShift } from './generation-rule-check';
export {
  generateRoster,
  type GenerationOptions,
  type GenerationProgress,
  type GenerationPhase,
  type GenerationResult,
  type GenerationExplanation,
} from './generate-roster';
export type { RosterProposal, ProposalChange, ProposalScore, UncoveredNeed, UncoveredReason } from './proposal';
export {
  rankReplacements,
  COST_CLASSES,
  type CostClass,
  type CandidateShift,
  type ReplacementCandidate,
  type ReplacementExclusion,
  type ReplacementRanking,
  type ExclusionReason,
} from './replacement-candidates';
