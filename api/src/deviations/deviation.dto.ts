import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ABSENCE_TYPES, DEVIATION_KINDS, DEVIATION_STATUSES, PAY_CATEGORIES } from '@bemanna/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { trimOrNull } from '../common/http/dto-helpers';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

export class CreateDeviationDto {
  @ApiProperty({
    enum: DEVIATION_KINDS,
    description:
      'absence (sick, VAB, semester … within the shift), left-early (from start to the end of the shift), extra-time (right before/after the shift, ordered), called-in (ordered work on its own), call-out (work during on-call/standby)',
  })
  @IsIn(DEVIATION_KINDS)
  kind!: (typeof DEVIATION_KINDS)[number];

  @ApiPropertyOptional({ description: 'The shift it belongs to; left out for called-in time' })
  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @ApiPropertyOptional({ description: 'Called-in time: the schedule period it belongs to' })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @ApiPropertyOptional({ description: 'Called-in time registered by a manager: whose' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @ApiPropertyOptional({ enum: ABSENCE_TYPES, description: 'Required for an absence' })
  @IsOptional()
  @IsIn(ABSENCE_TYPES)
  absenceType?: (typeof ABSENCE_TYPES)[number];

  @ApiPropertyOptional({
    example: '2026-03-10T13:00',
    description: 'Stockholm wall clock or an instant with offset; defaults to the start of the shift',
  })
  @IsOptional()
  @Matches(DATE_TIME, { context: { pattern: 'dateTime' } })
  start?: string;

  @ApiPropertyOptional({ example: '2026-03-10T16:15', description: 'Defaults to the end of the shift' })
  @IsOptional()
  @Matches(DATE_TIME, { context: { pattern: 'dateTime' } })
  end?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Who ordered extra or called-in time (required for those)',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  orderedBy?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Required when the time is already attested or exported: why it is corrected',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  correctionReason?: string | null;
}

export class DecideDeviationDto {
  @ApiProperty({ enum: ['accept', 'reject'] })
  @IsIn(['accept', 'reject'])
  decision!: 'accept' | 'reject';

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Required when rejecting' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;

  @ApiProperty()
  @IsInt()
  version!: number;
}

export class WithdrawDeviationDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Required once the time is attested or exported (the withdrawal is then a correction)',
  })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;

  @ApiProperty()
  @IsInt()
  version!: number;
}

export class DeviationQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: DEVIATION_STATUSES })
  @IsOptional()
  @IsIn(DEVIATION_STATUSES)
  status?: (typeof DEVIATION_STATUSES)[number];
}

export class AttestDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  employeeIds!: string[];
}

export class DeviationView {
  @ApiProperty() id!: string;
  @ApiProperty() periodId!: string;
  @ApiProperty() employeeId!: string;
  @ApiProperty({ nullable: true, type: String }) shiftId!: string | null;
  @ApiProperty({ enum: DEVIATION_KINDS }) kind!: string;
  @ApiProperty({ enum: ABSENCE_TYPES, nullable: true, type: String }) absenceType!: string | null;
  @ApiProperty({ example: '2026-03-10T13:00:00+01:00' }) startLocal!: string;
  @ApiProperty() endLocal!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ nullable: true, type: String }) orderedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ enum: DEVIATION_STATUSES }) status!: string;
  @ApiProperty({ description: 'Reported by the employee (rather than registered by a manager)' })
  reportedByEmployee!: boolean;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) correctionReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawnReason!: string | null;
  @ApiProperty() exported!: boolean;
  @ApiProperty() version!: number;
}

export class TimeReportShiftView {
  @ApiProperty() id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() startLocal!: string;
  @ApiProperty() endLocal!: string;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty({ enum: ['work', 'on-call', 'standby'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) shiftTypeCode!: string | null;
  @ApiProperty() exported!: boolean;
}

export class CategoryHoursView {
  @ApiProperty({ enum: PAY_CATEGORIES }) category!: string;
  @ApiProperty() hours!: number;
}

export class AttestationView {
  @ApiProperty() attestedAt!: string;
  @ApiProperty() attestedByUserId!: string;
  @ApiProperty({ nullable: true, type: String }) attestedByName!: string | null;
}

export class TimeReportEmployeeView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: AttestationView, nullable: true }) attestation!: AttestationView | null;
  @ApiProperty({ type: [TimeReportShiftView] }) shifts!: TimeReportShiftView[];
  @ApiProperty({ type: [DeviationView], description: 'Reported, accepted and rejected (withdrawn ones left out)' })
  deviations!: DeviationView[];
  @ApiProperty({ type: [CategoryHoursView], description: 'Classified hours of accepted time' })
  totals!: CategoryHoursView[];
  @ApiProperty() pendingReports!: number;
}

export class TimeReportView {
  @ApiProperty() periodId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ type: [TimeReportEmployeeView] }) employees!: TimeReportEmployeeView[];
}

export class AttestResultView {
  @ApiProperty({ type: [String] }) attestedEmployeeIds!: string[];
  @ApiProperty({ type: TimeReportView }) report!: TimeReportView;
}
