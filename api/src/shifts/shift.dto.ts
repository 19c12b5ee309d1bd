import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { SHIFT_KINDS, type ShiftKind } from '@bemanna/shared';
import { Transform, Type } from 'class-transformer';
import {
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
  ValidateNested,
} from 'class-validator';
import { CIVIL_DATE_PATTERN, trim, trimOrNull } from '../common/http/dto-helpers';
import { ViolationView } from '../roster-check/violation.view';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A hard-rule override: allowed for admins and users with the override permission. */
export class OverrideDto {
  @ApiProperty({ example: 'Akut personalbrist, överenskommet med medarbetaren' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class CreateShiftDto {
  @ApiProperty()
  @IsUUID()
  periodId!: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Empty for an open shift' })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  employeeId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "The department's shift type; gives times when start/end are left out",
  })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  shiftTypeId?: string | null;

  @ApiPropertyOptional({
    example: '2026-03-10',
    description: 'With shiftTypeId and no start/end: the day the shift starts',
  })
  @IsOptional()
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  date?: string;

  @ApiPropertyOptional({
    example: '2026-03-10T13:30',
    description: 'Stockholm wall-clock time, or an instant with offset',
  })
  @IsOptional()
  @Matches(DATE_TIME, { context: { pattern: 'dateTime' } })
  start?: string;

  @ApiPropertyOptional({ example: '2026-03-10T21:30' })
  @IsOptional()
  @Matches(DATE_TIME, { context: { pattern: 'dateTime' } })
  end?: string;

  @ApiPropertyOptional({ description: 'Unpaid break in minutes; defaults to the shift type’s' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  breakMinutes?: number;

  @ApiPropertyOptional({ enum: SHIFT_KINDS })
  @IsOptional()
  @IsIn(SHIFT_KINDS)
  kind?: ShiftKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;

  @ApiPropertyOptional({ type: OverrideDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverrideDto)
  override?: OverrideDto;

  @ApiPropertyOptional({ description: 'Why a published shift is changed (shown to the employee)' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string;
}

export class UpdateShiftDto extends PartialType(OmitType(CreateShiftDto, ['periodId', 'date'] as const)) {
  @ApiProperty({ description: 'The version you edited; a stale one gets 409 with the current shift' })
  @IsInt()
  version!: number;
}

export class DeleteShiftQueryDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string;
}

export class ShiftView {
  @ApiProperty() id!: string;
  @ApiProperty() periodId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ nullable: true, type: String }) employeeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) shiftTypeId!: string | null;
  @ApiProperty({ example: '2026-03-10T12:30:00.000Z' }) start!: string;
  @ApiProperty({ example: '2026-03-10T20:30:00.000Z' }) end!: string;
  @ApiProperty({ example: '2026-03-10T13:30:00+01:00' }) startLocal!: string;
  @ApiProperty({ example: '2026-03-10T21:30:00+01:00' }) endLocal!: string;
  @ApiProperty({ description: 'Stockholm date the shift starts on' }) date!: string;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty({ description: 'Real elapsed minutes minus the break (a DST night counts its real length)' })
  paidMinutes!: number;
  @ApiProperty({ enum: SHIFT_KINDS }) kind!: ShiftKind;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() source!: string;
  @ApiProperty({ nullable: true, type: String }) overrideReason!: string | null;
  @ApiProperty({ type: [String] }) overriddenRules!: string[];
  @ApiProperty() version!: number;
}

export class ShiftWriteResultView {
  @ApiProperty({ type: ShiftView, nullable: true, description: 'The shift after the write (null after a delete)' })
  shift!: ShiftView | null;

  @ApiProperty({ type: [ViolationView], description: "The affected employees' current violations in the period" })
  violations!: ViolationView[];
}
