import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DAY_KINDS, type DayKind, PROFESSIONS, type Profession } from '@bemanna/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class StaffingNeedDto {
  @ApiProperty({ enum: DAY_KINDS, description: 'Weekday, or public holiday / holiday eve (which take precedence)' })
  @IsIn(DAY_KINDS)
  dayKind!: DayKind;

  @ApiProperty()
  @IsUUID()
  shiftTypeId!: string;

  @ApiPropertyOptional({ enum: PROFESSIONS, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsIn(PROFESSIONS)
  profession?: Profession | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  skillId?: string | null;

  @ApiProperty({ minimum: 0, maximum: 200, example: 2 })
  @IsInt()
  @Min(0)
  @Max(200)
  min!: number;

  @ApiProperty({ minimum: 0, maximum: 200, example: 3 })
  @IsInt()
  @Min(0)
  @Max(200)
  target!: number;
}

/** The department's whole need grid, replaced at once (the grid editor saves it as one). */
export class ReplaceStaffingNeedsDto {
  @ApiProperty({ type: [StaffingNeedDto] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => StaffingNeedDto)
  needs!: StaffingNeedDto[];
}

export class StaffingNeedView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DAY_KINDS }) dayKind!: DayKind;
  @ApiProperty() shiftTypeId!: string;
  @ApiProperty({ enum: PROFESSIONS, nullable: true }) profession!: Profession | null;
  @ApiProperty({ nullable: true, type: String }) skillId!: string | null;
  @ApiProperty() min!: number;
  @ApiProperty() target!: number;
}
