import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { SHIFT_KINDS, type ShiftKind } from '@bemanna/shared';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CLOCK_TIME_PATTERN, CODE_PATTERN, HEX_COLOUR_PATTERN, trim, trimLower } from '../common/http/dto-helpers';

export class CreateShiftTypeDto {
  @ApiProperty()
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ example: 'D' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10)
  @Matches(CODE_PATTERN, { context: { pattern: 'code' } })
  code!: string;

  @ApiProperty({ example: 'Dag' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name!: string;

  @ApiProperty({ example: '07:00', description: 'Local start time (Europe/Stockholm)' })
  @Matches(CLOCK_TIME_PATTERN, { context: { pattern: 'clockTime' } })
  startTime!: string;

  @ApiProperty({ example: '15:30', description: 'Local end time; earlier than the start means the next day' })
  @Matches(CLOCK_TIME_PATTERN, { context: { pattern: 'clockTime' } })
  endTime!: string;

  @ApiProperty({ example: 30, description: 'Unpaid break in minutes' })
  @IsInt()
  @Min(0)
  @Max(240)
  breakMinutes!: number;

  @ApiProperty({ example: '#1a7f37' })
  @Transform(trimLower)
  @Matches(HEX_COLOUR_PATTERN, { context: { pattern: 'colour' } })
  colour!: string;

  @ApiPropertyOptional({ enum: SHIFT_KINDS, default: 'work' })
  @IsOptional()
  @IsIn(SHIFT_KINDS)
  kind?: ShiftKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  requiredSkillId?: string | null;
}

export class UpdateShiftTypeDto extends PartialType(OmitType(CreateShiftTypeDto, ['departmentId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'The version you edited; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class ShiftTypeQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class ShiftTypeView {
  @ApiProperty() id!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '07:00' }) startTime!: string;
  @ApiProperty({ example: '15:30' }) endTime!: string;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty({ description: 'Paid minutes: length minus break (on a normal day, without a clock change)' })
  paidMinutes!: number;
  @ApiProperty() crossesMidnight!: boolean;
  @ApiProperty() colour!: string;
  @ApiProperty({ enum: SHIFT_KINDS }) kind!: ShiftKind;
  @ApiProperty({ nullable: true, type: String }) requiredSkillId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
}
