import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';

/** The longest period is 16 weeks. */
const MAX_SHIFTS_IN_PERIOD = 112;

export class ShiftTypeCapDto {
  @ApiProperty() @IsUUID() shiftTypeId!: string;
  @ApiProperty({ minimum: 0, maximum: MAX_SHIFTS_IN_PERIOD, description: 'Most shifts of the type in the period' })
  @IsInt()
  @Min(0)
  @Max(MAX_SHIFTS_IN_PERIOD)
  max!: number;
}

/** Hard limits for one employee's generated roster; an absent field is no limit. */
export class EmployeeLimitFieldsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 1000, description: 'Least hours worked in the period' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000)
  minHours?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, description: 'Most hours worked in the period' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000)
  maxHours?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 31 }) @IsOptional() @IsInt() @Min(1) @Max(31) maxConsecutiveDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(14)
  minConsecutiveDaysOff?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 16 }) @IsOptional() @IsInt() @Min(0) @Max(16) maxWeekends?: number;

  @ApiPropertyOptional({
    type: [ShiftTypeCapDto],
    description: "Most shifts of each of the department's shift types (e.g. no nights: max 0)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ShiftTypeCapDto)
  maxShiftsByType?: ShiftTypeCapDto[];
}

export class SetEmployeeGenerationLimitsDto extends EmployeeLimitFieldsDto {
  @ApiPropertyOptional({ description: 'The version you read (0: none stored), to refuse a lost update' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class ShiftTypeCapView {
  @ApiProperty() shiftTypeId!: string;
  @ApiProperty() max!: number;
}

export class EmployeeGenerationLimitsView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ description: 'Active and placed in the department (home, other department or pool)' })
  schedulable!: boolean;
  @ApiProperty({ nullable: true, type: Number }) minHours!: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxHours!: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxConsecutiveDays!: number | null;
  @ApiProperty({ nullable: true, type: Number }) minConsecutiveDaysOff!: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxWeekends!: number | null;
  @ApiProperty({ type: [ShiftTypeCapView] }) maxShiftsByType!: ShiftTypeCapView[];
  @ApiProperty({ description: '0 when nothing is stored' }) version!: number;
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) updatedByUserId!: string | null;
}

export class DepartmentGenerationLimitsView {
  @ApiProperty() departmentId!: string;
  @ApiProperty({
    type: [EmployeeGenerationLimitsView],
    description: 'Everyone who may be scheduled in the department, and anyone else with stored limits',
  })
  employees!: EmployeeGenerationLimitsView[];
}
