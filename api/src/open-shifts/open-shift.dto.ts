import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ExtraTimeKind, PROFESSIONS, type Profession } from '@bemanna/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
import { LocalizedTextView } from '../roster-check/violation.view';
import { ExchangePersonView, ExchangeShiftView } from '../shift-exchange/exchange.view';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
export const OPEN_SHIFT_STATUSES = ['open', 'filled', 'withdrawn'] as const;
export type OpenShiftStatus = (typeof OPEN_SHIFT_STATUSES)[number];
const EXTRA_TIME_KINDS = ['ordinary', 'mertid', 'overtime', 'mertid-and-overtime'] as const;

export class PublishOpenShiftDto {
  @ApiProperty({ description: 'An unassigned shift of a published period that has not started' })
  @IsUUID()
  shiftId!: string;

  @ApiPropertyOptional({
    example: '2026-03-08T12:00',
    description: 'Applications wanted by then (Swedish time or with an offset); default 24 h before the shift',
  })
  @IsOptional()
  @Matches(DATE_TIME, { context: { pattern: 'dateTime' } })
  deadline?: string;

  @ApiPropertyOptional({ enum: PROFESSIONS, nullable: true, description: 'The profession it needs; empty: any' })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsIn(PROFESSIONS)
  profession?: Profession | null;

  @ApiPropertyOptional({ type: [String], description: 'Other departments whose staff are told too' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  includeDepartmentIds?: string[];

  @ApiPropertyOptional({ description: 'Tell the staffing pool too' })
  @IsOptional()
  @IsBoolean()
  includePool?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Gärna någon med dialyserfarenhet' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  note?: string | null;
}

export class OpenShiftQueryDto {
  @ApiPropertyOptional({ enum: OPEN_SHIFT_STATUSES })
  @IsOptional()
  @IsIn(OPEN_SHIFT_STATUSES)
  status?: OpenShiftStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class UnassignedShiftsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class AssignOpenShiftDto {
  @ApiProperty({ description: 'One of the applicants' })
  @IsUUID()
  employeeId!: string;

  @ApiPropertyOptional({ description: 'The version you saw' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class ExtraHoursPreferenceDto {
  @ApiProperty({ description: 'Offer me open shifts beyond my contracted hours (mertid or overtime)' })
  @IsBoolean()
  wantsExtraHours!: boolean;
}

/** What taking the shift means for the person's pay: within the contract, mertid or overtime. */
export class ExtraTimeView {
  @ApiProperty({ enum: EXTRA_TIME_KINDS }) kind!: ExtraTimeKind;
  @ApiProperty() ordinaryHours!: number;
  @ApiProperty() mertidHours!: number;
  @ApiProperty() overtimeHours!: number;
}

export class OpenShiftApplicantView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROFESSIONS }) profession!: Profession;
  @ApiProperty() appliedAt!: string;
  @ApiProperty({ enum: ['applied', 'assigned', 'not-chosen'] }) status!: 'applied' | 'assigned' | 'not-chosen';
  @ApiProperty({ description: 'Whether they may take it now (rules, department, profession)' }) eligible!: boolean;
  @ApiProperty({ type: ExtraTimeView }) extraTime!: ExtraTimeView;
  @ApiProperty({ type: [LocalizedTextView], description: 'Why not (when not eligible), or the soft rules it touches' })
  reasons!: LocalizedTextView[];
}

export class AgencyFlagView {
  @ApiProperty({ description: 'No applicant by the deadline: book agency staff (hyrpersonal)' }) flagged!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Kronor: paid hours × the agency hourly rate' })
  estimatedCost!: number | null;
  @ApiProperty() hourlyRate!: number;
}

export class OpenShiftView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: OPEN_SHIFT_STATUSES }) status!: OpenShiftStatus;
  @ApiProperty({ type: ExchangeShiftView }) shift!: ExchangeShiftView;
  @ApiProperty({ nullable: true, enum: PROFESSIONS }) profession!: Profession | null;
  @ApiProperty({ type: [String] }) includeDepartmentIds!: string[];
  @ApiProperty() includePool!: boolean;
  @ApiProperty() deadline!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: ExchangePersonView, nullable: true }) filledBy!: ExchangePersonView | null;
  @ApiProperty({ type: ExtraTimeView, nullable: true, description: 'For an employee: what taking it means for them' })
  extraTime!: ExtraTimeView | null;
  @ApiProperty({ nullable: true, enum: ['applied', 'assigned', 'not-chosen'], description: "The caller's application" })
  myApplication!: 'applied' | 'assigned' | 'not-chosen' | null;
  @ApiProperty({ type: [OpenShiftApplicantView], description: 'For schedulers: the applicants, cheapest legal first' })
  applicants!: OpenShiftApplicantView[];
  @ApiProperty({ type: AgencyFlagView, nullable: true, description: 'For schedulers' })
  agency!: AgencyFlagView | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
}

export class ExtraHoursPreferenceView {
  @ApiProperty() wantsExtraHours!: boolean;
}
