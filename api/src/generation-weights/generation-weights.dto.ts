import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_GENERATION_WEIGHT } from '@bemanna/shared';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The weights of a generated roster's soft terms; whole numbers, only their ratios matter. */
export class GenerationWeightsDto {
  @ApiProperty({ minimum: 1, maximum: MAX_GENERATION_WEIGHT, description: 'Per person below a minimum need, per shift' })
  @IsInt()
  @Min(1)
  @Max(MAX_GENERATION_WEIGHT)
  belowMin!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per person below a target need, per shift' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  belowTarget!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per person above a target need, per shift' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  overTarget!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per hour away from contract hours' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  contractPerHour!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per hour worked by agency staff' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  agencyPerHour!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: "Per night beyond a person's fair share" })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  nightBeyondShare!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per shift wish not granted' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  wishShift!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per day-off wish not granted' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  wishFree!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_GENERATION_WEIGHT, description: 'Per "can work" day left free' })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  wishCanWork!: number;

  @ApiProperty({
    minimum: 0,
    maximum: MAX_GENERATION_WEIGHT,
    description: 'Per backward rotation (a shift starting earlier in the day than the one the day before)',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  backwardRotation!: number;

  @ApiProperty({
    minimum: 0,
    maximum: MAX_GENERATION_WEIGHT,
    description: "Per block of nights followed by less than the rule set's rest (48 h) before the next shift",
  })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  restAfterNights!: number;

  @ApiProperty({
    minimum: 0,
    maximum: MAX_GENERATION_WEIGHT,
    description: "Per night beyond the rule set's most nights in a row (3)",
  })
  @IsInt()
  @Min(0)
  @Max(MAX_GENERATION_WEIGHT)
  nightsInARow!: number;
}

export class SetGenerationWeightsDto extends GenerationWeightsDto {
  @ApiPropertyOptional({ description: 'The version you read (0: the defaults), to refuse a lost update' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class DepartmentGenerationWeightsView {
  @ApiProperty() departmentId!: string;
  @ApiProperty({ type: GenerationWeightsDto, description: "The department's weights (the defaults when none are set)" })
  weights!: GenerationWeightsDto;
  @ApiProperty({ type: GenerationWeightsDto }) defaults!: GenerationWeightsDto;
  @ApiProperty({ description: '0 when the department uses the defaults' }) version!: number;
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) updatedByUserId!: string | null;
}
