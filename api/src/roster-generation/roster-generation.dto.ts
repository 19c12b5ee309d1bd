import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COST_CLASSES, type CostClass } from '@bemanna/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EmployeeLimitFieldsDto } from '../generation-limits/generation-limits.dto';
import { LocalizedTextView, ViolationView } from '../roster-check/violation.view';

export const GENERATION_MODES = ['generate', 'fill-gaps'] as const;
export const GENERATION_STATUSES = [
  'queued',
  'running',
  'proposal',
  'infeasible',
  'failed',
  'cancelled',
  'accepted',
  'discarded',
] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

/** One employee's limits for this run; each field given replaces the department's stored one. */
export class EmployeeLimitDto extends EmployeeLimitFieldsDto {
  @ApiProperty() @IsUUID() employeeId!: string;
}

export class StartGenerationDto {
  @ApiProperty({
    enum: GENERATION_MODES,
    description: '`generate` a whole roster, or only `fill-gaps` below the minimum',
  })
  @IsIn(GENERATION_MODES)
  mode!: (typeof GENERATION_MODES)[number];

  @ApiPropertyOptional({
    default: true,
    description: 'Keep the non-fixed shifts already there (generated, rolled out); false lets the search replace them',
  })
  @IsOptional()
  @IsBoolean()
  keepExisting?: boolean;

  @ApiPropertyOptional({ minimum: 5, maximum: 300, default: 30 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(300)
  timeLimitSeconds?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  seed?: number;

  @ApiPropertyOptional({
    type: [EmployeeLimitDto],
    description: "Hard limits per employee for this run, on top of the department's stored limits (field by field)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EmployeeLimitDto)
  limits?: EmployeeLimitDto[];
}

export class AcceptGenerationDto {
  @ApiPropertyOptional({ type: [String], description: 'Change ids to accept; all when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  changeIds?: string[];
}

export class GenerationProgressView {
  @ApiProperty({ example: 'solving', description: 'solving, checking, proposal or done' }) phase!: string;
  @ApiProperty() elapsedMs!: number;
  @ApiProperty() timeLimitMs!: number;
  @ApiPropertyOptional() iteration?: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) currentScore?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) bestScore?: number | null;
}

export class ProposalChangeView {
  @ApiProperty({ example: 'c1' }) id!: string;
  @ApiProperty({ enum: ['create', 'assign', 'remove'] }) kind!: 'create' | 'assign' | 'remove';
  @ApiProperty() employeeId!: string;
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty() shiftTypeId!: string;
  @ApiProperty({ example: '2026-03-02T07:00:00+01:00' }) start!: string;
  @ApiProperty({ example: '2026-03-02T15:30:00+01:00' }) end!: string;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty({ nullable: true, type: String }) shiftId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) version!: number | null;
}

export class SolverScoreView {
  @ApiProperty() total!: number;
  @ApiProperty() cover!: number;
  @ApiProperty() requests!: number;
  @ApiProperty() successions!: number;
  @ApiProperty() contract!: number;
  @ApiProperty({ description: 'Shifts beyond fair shares (nights), weighted' }) fairness!: number;
}

export class UnderCoverCellView {
  @ApiProperty() date!: string;
  @ApiProperty() shiftTypeId!: string;
  @ApiProperty({ description: 'People missing to the minimum' }) missing!: number;
  @ApiProperty({ description: 'People missing to the target' }) belowTarget!: number;
}

export class UnderCoverView {
  @ApiProperty() belowMinBefore!: number;
  @ApiProperty() belowMin!: number;
  @ApiProperty() belowTargetBefore!: number;
  @ApiProperty() belowTarget!: number;
  @ApiProperty({ type: [UnderCoverCellView] }) byDayAndShift!: UnderCoverCellView[];
}

export class WishScoreView {
  @ApiProperty() wishes!: number;
  @ApiProperty() met!: number;
  @ApiProperty() share!: number;
  @ApiProperty() spread!: number;
}

export class FairnessView {
  @ApiProperty({ description: 'Most minus fewest night shifts per full-time post among the people who may work nights' }) nightsSpread!: number;
  @ApiProperty({ description: "Night shifts beyond people's fair shares of the night cover (each share rounded up), summed" }) nightsBeyondShare!: number;
  @ApiProperty({ description: "Night shifts people are short of their fair shares (each share rounded down), summed" }) nightsShortOfShare!: number;
  @ApiProperty({ description: 'Most minus fewest weekends worked' }) weekendsSpread!: number;
  @ApiProperty({ description: 'Highest minus lowest share of wishes met' }) wishesSpread!: number;
  @ApiProperty({ description: 'The most wishes (shift or day off) not granted to one person' }) mostUnmetWishes!: number;
}

export class HoursScoreView {
  @ApiProperty() contractDeviationHours!: number;
  @ApiProperty() mertidHours!: number;
  @ApiProperty() overtimeHours!: number;
}

export class ProposalScoreView {
  @ApiProperty({ type: SolverScoreView }) solver!: SolverScoreView;
  @ApiProperty({ type: UnderCoverView }) underCover!: UnderCoverView;
  @ApiProperty({ type: WishScoreView }) wishes!: WishScoreView;
  @ApiProperty({ type: FairnessView }) fairness!: FairnessView;
  @ApiProperty({ type: HoursScoreView }) hours!: HoursScoreView;
}

export class UncoveredNeedView {
  @ApiProperty() date!: string;
  @ApiProperty() shiftTypeId!: string;
  @ApiProperty({ nullable: true, type: String }) profession!: string | null;
  @ApiProperty({ nullable: true, type: String }) skillId!: string | null;
  @ApiProperty() min!: number;
  @ApiProperty() planned!: number;
  @ApiProperty() missing!: number;
  @ApiProperty({ enum: ['nobody-qualified', 'nobody-available', 'rule', 'limits'] }) reason!: string;
  @ApiProperty({ type: [String] }) ruleIds!: string[];
}

export class ProposalCheckView {
  @ApiProperty({ type: [ViolationView], description: 'Hard findings on proposed shifts: always empty' })
  hardViolations!: ViolationView[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) softByRule!: Record<string, number>;
}

export class ProposalView {
  @ApiProperty({ type: [ProposalChangeView] }) changes!: ProposalChangeView[];
  @ApiProperty({ type: ProposalScoreView }) score!: ProposalScoreView;
  @ApiProperty({ type: [UncoveredNeedView] }) uncovered!: UncoveredNeedView[];
  @ApiProperty({ type: ProposalCheckView }) check!: ProposalCheckView;
}

export class GenerationExplanationView {
  @ApiProperty({ nullable: true, type: String }) employeeId!: string | null;
  @ApiProperty() rule!: string;
  @ApiProperty({ type: [String] }) dates!: string[];
  @ApiProperty({ type: LocalizedTextView }) message!: LocalizedTextView;
}

export class GenerationRunView {
  @ApiProperty() id!: string;
  @ApiProperty() periodId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ enum: GENERATION_STATUSES }) status!: GenerationStatus;
  @ApiProperty({ enum: GENERATION_MODES }) mode!: (typeof GENERATION_MODES)[number];
  @ApiProperty() keepExisting!: boolean;
  @ApiProperty() timeLimitSeconds!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: GenerationProgressView }) progress!: GenerationProgressView | null;
  @ApiProperty({ nullable: true, type: ProposalView }) proposal!: ProposalView | null;
  @ApiProperty({ type: [GenerationExplanationView] }) explanations!: GenerationExplanationView[];
  @ApiProperty({ type: [String] }) acceptedChangeIds!: string[];
}

export class AcceptGenerationResultView {
  @ApiProperty({ type: GenerationRunView }) run!: GenerationRunView;
  @ApiProperty() applied!: number;
  @ApiProperty({ type: [ViolationView], description: 'Findings (soft) on the accepted shifts' })
  violations!: ViolationView[];
}

export class ReplacementCandidateView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: COST_CLASSES }) costClass!: CostClass;
  @ApiProperty() plannedHours!: number;
  @ApiProperty() plannedHoursAfter!: number;
  @ApiProperty() contractHours!: number;
  @ApiProperty() fullTimeHours!: number;
  @ApiProperty({ type: [String] }) softRuleIds!: string[];
  @ApiProperty({ nullable: true, enum: ['can-work', 'shift-type', 'free'] }) wish!:
    'can-work' | 'shift-type' | 'free' | null;
}

export class ReplacementExclusionView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['not-qualified', 'absent', 'busy', 'rule'] }) reason!: string;
  @ApiProperty({ type: [String] }) ruleIds!: string[];
}

export class ReplacementsView {
  @ApiProperty() shiftId!: string;
  @ApiProperty({ type: [ReplacementCandidateView] }) candidates!: ReplacementCandidateView[];
  @ApiProperty({ type: [ReplacementExclusionView] }) excluded!: ReplacementExclusionView[];
}
