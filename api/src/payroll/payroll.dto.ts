import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ABSENCE_TYPES, EXPORT_ENCODINGS, PAY_CATEGORIES } from '@bemanna/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
import { CIVIL_DATE_PATTERN, trimOrNull } from '../common/http/dto-helpers';

/** A query's list given as repeated parameters or comma-separated. */
const list = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

export class PayrollScopeQueryDto {
  @ApiProperty({ example: '2026-03-01', description: 'First day' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last day, inclusive' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  to!: string;

  @ApiProperty({ type: [String], description: 'Departments (repeated or comma-separated)' })
  @Transform(list)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  departmentIds!: string[];
}

export class EmployeeTimeQueryDto {
  @ApiProperty({ example: '2026-03-01' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from!: string;

  @ApiProperty({ example: '2026-03-31' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  to!: string;
}

export class PayrollExportRequestDto {
  @ApiProperty({ example: '2026-03-01' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from!: string;

  @ApiProperty({ example: '2026-03-31' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  to!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  departmentIds!: string[];

  @ApiProperty({ enum: ['paxml', 'csv'] })
  @IsIn(['paxml', 'csv'])
  format!: 'paxml' | 'csv';

  @ApiPropertyOptional({ enum: EXPORT_ENCODINGS, default: 'UTF-8' })
  @IsOptional()
  @IsIn(EXPORT_ENCODINGS)
  encoding?: (typeof EXPORT_ENCODINGS)[number];

  @ApiPropertyOptional({ description: 'CSV: Swedish decimal comma (7,50)', default: false })
  @IsOptional()
  @IsBoolean()
  decimalComma?: boolean;

  @ApiPropertyOptional({ description: 'PAXml: add schematransaktioner (scheduled hours per day)', default: false })
  @IsOptional()
  @IsBoolean()
  schedule?: boolean;

  @ApiPropertyOptional({
    description: 'Export time that is not yet attested (the export records that it did)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  includeUnattested?: boolean;
}

export class PayCodeEntryDto {
  @ApiProperty({ enum: PAY_CATEGORIES, example: 'overtime-simple' })
  @IsIn(PAY_CATEGORIES)
  category!: string;

  @ApiPropertyOptional({ example: 'ÖT1', description: 'A PAXml tidkod; or give lonart' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  tidkod?: string;

  @ApiPropertyOptional({
    example: '2320',
    nullable: true,
    type: String,
    description: "The payroll system's own code (lonetrans)",
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  lonart?: string | null;

  @ApiPropertyOptional({ example: 'O-tillägg D vardag kväll', nullable: true, type: String })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;
}

export class PutPayCodeMappingDto {
  @ApiProperty({ type: [PayCodeEntryDto] })
  @IsArray()
  @ArrayMaxSize(PAY_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => PayCodeEntryDto)
  codes!: PayCodeEntryDto[];
}

export class PayrollSettingsDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '2321000016' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(12)
  organisationNumber?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 38000 })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsInt()
  @Min(1000)
  @Max(1_000_000)
  averageMonthlySalary?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  version?: number;
}

// ---------- views ----------

export class PayCodeEntryView {
  @ApiProperty({ enum: PAY_CATEGORIES }) category!: string;
  @ApiProperty({ nullable: true, type: String }) tidkod!: string | null;
  @ApiProperty({ nullable: true, type: String }) lonart!: string | null;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
}

export class PayCodeMappingVersionView {
  @ApiProperty() validFrom!: string;
  @ApiProperty({ description: 'The built-in mapping of RULES.md §6.4, in force before any own version' })
  builtIn!: boolean;
  @ApiProperty({ type: [PayCodeEntryView] }) codes!: PayCodeEntryView[];
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
}

export class PayCodesView {
  @ApiProperty({ type: [PayCodeMappingVersionView] }) versions!: PayCodeMappingVersionView[];
  @ApiProperty({ type: [String], enum: PAY_CATEGORIES }) categories!: string[];
  @ApiProperty({ type: [String], description: 'The PAXml tidkod values' }) tidkoder!: string[];
  @ApiProperty({ type: [String], enum: ABSENCE_TYPES }) absenceTypes!: string[];
}

export class PayrollSettingsView {
  @ApiProperty({ nullable: true, type: String }) organisationNumber!: string | null;
  @ApiProperty({ nullable: true, type: Number }) averageMonthlySalary!: number | null;
  @ApiProperty() version!: number;
}

export class CategoryHoursView {
  @ApiProperty({ enum: PAY_CATEGORIES }) category!: string;
  @ApiProperty() hours!: number;
}

export class CodeHoursView {
  @ApiProperty({ example: 'ÖT1' }) code!: string;
  @ApiProperty({ enum: ['tidkod', 'lonart'] }) codeKind!: string;
  @ApiProperty({ description: 'Hours now, rounded as exported' }) hours!: number;
  @ApiProperty({ description: 'Already sent by earlier exports' }) sentHours!: number;
}

export class PayrollEmployeeView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty() homeDepartmentId!: string;
  @ApiProperty() isAgency!: boolean;
  @ApiProperty({ description: 'Every period with time in the range is attested' }) attested!: boolean;
  @ApiProperty({ type: [String] }) unattestedPeriodIds!: string[];
  @ApiProperty() pendingReports!: number;
  @ApiProperty() openViolations!: number;
  @ApiProperty({ type: [CategoryHoursView] }) totals!: CategoryHoursView[];
  @ApiProperty({ type: [CodeHoursView] }) codes!: CodeHoursView[];
  @ApiProperty({ description: 'Rows the next export would send for this employee' }) pendingRows!: number;
}

export class PayrollWarningView {
  @ApiProperty({
    enum: ['not-attested', 'rule-violations', 'missing-mapping', 'pending-reports', 'unpublished-period'],
  })
  kind!: string;
  @ApiProperty({ nullable: true, type: String }) employeeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) periodId!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty() messageSv!: string;
}

export class PayrollKeyFiguresView {
  @ApiProperty() workedHours!: number;
  @ApiProperty() overtimeHours!: number;
  @ApiProperty() overtimeSimpleHours!: number;
  @ApiProperty() overtimeQualifiedHours!: number;
  @ApiProperty({ nullable: true, type: Number }) estimatedOvertimeCost!: number | null;
  @ApiProperty() mertidHours!: number;
  @ApiProperty({ nullable: true, type: Number }) estimatedMertidCost!: number | null;
  @ApiProperty() obHours!: number;
  @ApiProperty() sickHours!: number;
  @ApiProperty() agencyHours!: number;
}

export class PayrollPeriodView {
  @ApiProperty() id!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty() state!: string;
}

export class PayrollOverviewView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [String] }) departmentIds!: string[];
  @ApiProperty({ type: [PayrollPeriodView] }) periods!: PayrollPeriodView[];
  @ApiProperty({ type: [PayrollEmployeeView] }) employees!: PayrollEmployeeView[];
  @ApiProperty({ type: [PayrollWarningView] }) warnings!: PayrollWarningView[];
  @ApiProperty({ type: PayrollKeyFiguresView }) keyFigures!: PayrollKeyFiguresView;
  @ApiProperty({ description: 'Rows the next export would send (new time and adjustments)' }) pendingRows!: number;
}

export class DrilldownDeviationView {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ nullable: true, type: String }) absenceType!: string | null;
  @ApiProperty() startLocal!: string;
  @ApiProperty() endLocal!: string;
  @ApiProperty({ nullable: true, type: String }) shiftId!: string | null;
  @ApiProperty({ nullable: true, type: String }) correctionReason!: string | null;
}

export class DrilldownShiftView {
  @ApiProperty() id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() periodId!: string;
  @ApiProperty() startLocal!: string;
  @ApiProperty() endLocal!: string;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty() kind!: string;
  @ApiProperty({ nullable: true, type: String }) shiftTypeCode!: string | null;
  @ApiProperty() exported!: boolean;
}

export class DrilldownLineView {
  @ApiProperty() date!: string;
  @ApiProperty({ enum: PAY_CATEGORIES }) category!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
}

export class EmployeeTimeView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: [DrilldownShiftView] }) shifts!: DrilldownShiftView[];
  @ApiProperty({ type: [DrilldownDeviationView] }) deviations!: DrilldownDeviationView[];
  @ApiProperty({ type: [DrilldownLineView], description: 'Exact classified hours (rounding happens in the export)' })
  lines!: DrilldownLineView[];
}

export class ExportRowView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() name!: string;
  @ApiProperty() date!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['tidkod', 'lonart'] }) codeKind!: string;
  @ApiProperty({ description: 'Hours in this export (negative takes back time sent before)' }) hours!: number;
  @ApiProperty() sentHours!: number;
  @ApiProperty() adjustment!: boolean;
}

export class UnattestedView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() periodId!: string;
  @ApiProperty() departmentId!: string;
}

export class ExportPreviewView {
  @ApiProperty({ type: [ExportRowView] }) rows!: ExportRowView[];
  @ApiProperty() rowCount!: number;
  @ApiProperty() adjustmentRowCount!: number;
  @ApiProperty() employeeCount!: number;
  @ApiProperty({ type: [UnattestedView] }) unattested!: UnattestedView[];
  @ApiProperty() fileName!: string;
  @ApiProperty() byteLength!: number;
  @ApiProperty() sha256!: string;
}

export class PayrollExportView {
  @ApiProperty() id!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() createdByUserId!: string;
  @ApiProperty({ nullable: true, type: String }) createdByName!: string | null;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [String] }) departmentIds!: string[];
  @ApiProperty({ enum: ['paxml', 'csv'] }) format!: string;
  @ApiProperty() encoding!: string;
  @ApiProperty() decimalSeparator!: string;
  @ApiProperty() schedule!: boolean;
  @ApiProperty() includedUnattested!: boolean;
  @ApiProperty({ type: [UnattestedView] }) unattested!: UnattestedView[];
  @ApiProperty() fileName!: string;
  @ApiProperty() sha256!: string;
  @ApiProperty() byteLength!: number;
  @ApiProperty() rowCount!: number;
  @ApiProperty() adjustmentRowCount!: number;
  @ApiProperty() employeeCount!: number;
  @ApiProperty() shiftCount!: number;
  @ApiProperty({ type: [String] }) lockedPeriodIds!: string[];
}
