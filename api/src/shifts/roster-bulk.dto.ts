import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { CIVIL_DATE_PATTERN } from '../common/http/dto-helpers';
import { LocalizedTextView, ViolationView } from '../roster-check/violation.view';

export class ApplyBaseScheduleDto {
  @ApiProperty()
  @IsUUID()
  baseScheduleId!: string;

  @ApiProperty({
    minimum: 1,
    maximum: 16,
    description: 'The rotation week the period\'s first week is ("vecka 3 av 6")',
  })
  @IsInt()
  @Min(1)
  @Max(16)
  startWeek!: number;

  @ApiPropertyOptional({ default: false, description: 'Also replace shifts that were placed or edited by hand' })
  @IsOptional()
  @IsBoolean()
  overwriteManual?: boolean;
}

export class CopyWeekDto {
  @ApiProperty({ example: '2026-03-02', description: 'Monday of the week to copy' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  fromWeekStart!: string;

  @ApiProperty({
    type: [String],
    example: ['2026-03-09', '2026-03-16'],
    description: 'Mondays of the weeks to copy into',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(16)
  @ArrayUnique()
  @Matches(CIVIL_DATE_PATTERN, { each: true, context: { pattern: 'civilDate' } })
  toWeekStarts!: string[];
}

export class ClearRangeDto {
  @ApiProperty({ example: '2026-03-09' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from!: string;

  @ApiProperty({ example: '2026-03-15', description: 'Inclusive' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  to!: string;

  @ApiPropertyOptional({ type: [String], description: 'Only these employees (default: every shift, open ones too)' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  employeeIds?: string[];
}

export class SkippedPlacementView {
  @ApiProperty({ nullable: true, type: String }) employeeId!: string | null;
  @ApiProperty() date!: string;
  @ApiProperty({ type: LocalizedTextView }) reason!: LocalizedTextView;
}

export class BulkResultView {
  @ApiProperty() created!: number;
  @ApiProperty({ description: 'Earlier shifts removed or replaced' }) removed!: number;
  @ApiProperty({ type: [SkippedPlacementView] }) skipped!: SkippedPlacementView[];
  @ApiProperty({ type: [ViolationView] }) violations!: ViolationView[];
}
