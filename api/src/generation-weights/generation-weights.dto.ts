import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GENERATION_WEIGHT_FIELDS, MAX_GENERATION_WEIGHT, type GenerationWeightKey } from '@bemanna/shared';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A weight's documentation and validation, its range as the shared weights define it. */
function Weight(key: GenerationWeightKey, description: string): PropertyDecorator {
  const min = GENERATION_WEIGHT_FIELDS.find((f) => f.key === key)!.min;
  return applyDecorators(
    ApiProperty({ minimum: min, maximum: MAX_GENERATION_WEIGHT, description }),
    IsInt(),
    Min(min),
    Max(MAX_GENERATION_WEIGHT),
  );
}

/** The weights of a generated roster's soft terms; whole numbers, only their ratios matter. */
export class GenerationWeightsDto {
  @Weight('belowMin', 'Per person below a minimum need, per shift')
  belowMin!: number;

  @Weight('belowTarget', 'Per person below a target need, per shift')
  belowTarget!: number;

  @Weight('overTarget', 'Per person above a target need, per shift')
  overTarget!: number;

  @Weight('contractPerHour', 'Per hour away from contract hours')
  contractPerHour!: number;

  @Weight('agencyPerHour', 'Per hour worked by agency staff')
  agencyPerHour!: number;

  @Weight('nightBeyondShare', "Per night beyond a person's fair share")
  nightBeyondShare!: number;

  @Weight('nightBelowShare', "Per night a person is short of their fair share (rounded down)")
  nightBelowShare!: number;

  @Weight('wishShift', 'Per shift wish not granted')
  wishShift!: number;

  @Weight('wishFree', 'Per day-off wish not granted')
  wishFree!: number;

  @Weight('wishCanWork', 'Per "can work" day left free')
  wishCanWork!: number;

  @Weight(
    'unmetWishesPiled',
    "Per wish not granted (shift or day off), times the person's wishes not granted before it: spreads unmet wishes over people",
  )
  unmetWishesPiled!: number;

  @Weight('weekendsPiled', "Per weekend worked, times the person's weekends worked before it: spreads weekends over people")
  weekendsPiled!: number;

  @Weight('backwardRotation', 'Per backward rotation (a shift starting earlier in the day than the one the day before)')
  backwardRotation!: number;

  @Weight('restAfterNights', "Per block of nights followed by less than the rule set's rest (48 h) before the next shift")
  restAfterNights!: number;

  @Weight('nightsInARow', "Per night beyond the rule set's most nights in a row (3)")
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
