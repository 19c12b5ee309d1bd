import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PERIOD_WEEKS, MIN_PERIOD_WEEKS, PERIOD_STATES, type PeriodState } from '@bemanna/shared';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { CIVIL_DATE_PATTERN } from '../common/http/dto-helpers';

export class CreateRosterPeriodDto {
  @ApiProperty()
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ example: '2026-03-02', description: 'A Monday (Europe/Stockholm civil date)' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  startDate!: string;

  @ApiProperty({ minimum: MIN_PERIOD_WEEKS, maximum: MAX_PERIOD_WEEKS, example: 4 })
  @IsInt()
  @Min(MIN_PERIOD_WEEKS)
  @Max(MAX_PERIOD_WEEKS)
  weeks!: number;
}

export class TransitionRosterPeriodDto {
  @ApiProperty({ enum: PERIOD_STATES })
  @IsIn(PERIOD_STATES)
  to!: PeriodState;

  @ApiPropertyOptional({ description: 'The version you saw; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class RosterPeriodQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ description: 'Periods ending on or after this date' })
  @IsOptional()
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from?: string;

  @ApiPropertyOptional({ description: 'Periods starting on or before this date' })
  @IsOptional()
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  to?: string;
}

export class RosterPeriodView {
  @ApiProperty() id!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ example: '2026-03-02' }) startDate!: string;
  @ApiProperty({ example: '2026-03-29' }) endDate!: string;
  @ApiProperty() weeks!: number;
  @ApiProperty({ example: '2026-W10' }) firstIsoWeek!: string;
  @ApiProperty({ enum: PERIOD_STATES }) state!: PeriodState;
  @ApiProperty({ enum: PERIOD_STATES, isArray: true }) allowedTransitions!: PeriodState[];
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty() version!: number;
}
