import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  AGREEMENTS,
  type Agreement,
  EMPLOYMENT_FORMS,
  type EmploymentForm,
  PROFESSIONS,
  type Profession,
} from '@bemanna/shared';
import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';
import { CLOCK_TIME_PATTERN, CODE_PATTERN, PHONE_PATTERN, trim, trimOrNull } from '../common/http/dto-helpers';

export class CreateEmployeeDto {
  @ApiProperty({ example: '100234', description: 'Unique within the organisation' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @Matches(CODE_PATTERN, { context: { pattern: 'code' } })
  employeeNumber!: string;

  @ApiProperty({ example: 'Anna' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  firstName!: string;

  @ApiProperty({ example: 'Lindqvist' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  lastName!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'anna.lindqvist@region.se' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '070-123 45 67' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @Matches(PHONE_PATTERN, { context: { pattern: 'phone' } })
  phone?: string | null;

  @ApiProperty({ enum: PROFESSIONS })
  @IsIn(PROFESSIONS)
  profession!: Profession;

  @ApiProperty({ minimum: 1, maximum: 100, example: 80, description: 'Employment rate in percent' })
  @IsInt()
  @Min(1)
  @Max(100)
  employmentRate!: number;

  @ApiProperty({ enum: EMPLOYMENT_FORMS })
  @IsIn(EMPLOYMENT_FORMS)
  employmentForm!: EmploymentForm;

  @ApiProperty({ enum: AGREEMENTS, description: 'Rule set that applies' })
  @IsIn(AGREEMENTS)
  agreement!: Agreement;

  @ApiProperty()
  @IsUUID()
  homeDepartmentId!: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 48,
    default: 40,
    example: 38.25,
    description:
      'Full-time measure (arbetstidsmått) in hours per week for the schedule type (HÖK: 40, 38.25, 36.33, 34.33)',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(48)
  fullTimeHoursPerWeek?: number;

  @ApiPropertyOptional({ default: false, description: 'Night worker (nattarbetande, ATL 13 a §)' })
  @IsOptional()
  @IsBoolean()
  nightWorker?: boolean;

  @ApiPropertyOptional({ default: true, description: 'Has a basis for night work 00–05 (ATL 13 § st 2)' })
  @IsOptional()
  @IsBoolean()
  nightWorkBasis?: boolean;

  @ApiPropertyOptional({ default: '00:00', description: 'Dygnsbryt: when the 24-hour period starts (AB § 13)' })
  @IsOptional()
  @Matches(CLOCK_TIME_PATTERN, { context: { pattern: 'clockTime' } })
  dygnsbryt?: string;

  @ApiPropertyOptional({ type: [String], description: 'Other departments the employee may work in' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  departmentIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  skillIds?: string[];

  @ApiPropertyOptional({ default: false, description: 'Agency staff (hyrpersonal)' })
  @IsOptional()
  @IsBoolean()
  isAgency?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  agencyName?: string | null;
}

export class UpdateEmployeeDto extends PartialType(CreateEmployeeDto) {
  @ApiPropertyOptional({ description: 'false for staff who have left; they stay in history' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'The version you edited; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class EmployeeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Home department or a department the employee may work in' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: PROFESSIONS })
  @IsOptional()
  @IsIn(PROFESSIONS)
  profession?: Profession;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  skillId?: string;

  @ApiPropertyOptional({ description: 'Search in name, employee number and e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Include staff who have left', default: false })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includeInactive?: boolean;
}

export class EmployeeView {
  @ApiProperty() id!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ enum: PROFESSIONS }) profession!: Profession;
  @ApiProperty() employmentRate!: number;
  @ApiProperty({ enum: EMPLOYMENT_FORMS }) employmentForm!: EmploymentForm;
  @ApiProperty({ enum: AGREEMENTS }) agreement!: Agreement;
  @ApiProperty() homeDepartmentId!: string;
  @ApiProperty({ type: [String] }) departmentIds!: string[];
  @ApiProperty({ type: [String] }) skillIds!: string[];
  @ApiProperty() fullTimeHoursPerWeek!: number;
  @ApiProperty() nightWorker!: boolean;
  @ApiProperty() nightWorkBasis!: boolean;
  @ApiProperty({ example: '00:00' }) dygnsbryt!: string;
  @ApiProperty() isAgency!: boolean;
  @ApiProperty({ nullable: true, type: String }) agencyName!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
}
