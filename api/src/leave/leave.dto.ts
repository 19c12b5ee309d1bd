import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { CIVIL_DATE_PATTERN, trimOrNull } from '../common/http/dto-helpers';

/** Leave an employee can ask for; sickness is registered by the scheduler. */
export const LEAVE_TYPES = ['vacation', 'comp-leave', 'leave', 'parental-leave', 'care-of-child', 'other'] as const;
export const ABSENCE_KINDS = [...LEAVE_TYPES, 'sick'] as const;
export const LEAVE_STATUSES = ['requested', 'approved', 'denied', 'cancelled'] as const;

export class CreateLeaveRequestDto {
  @ApiPropertyOptional({
    description: 'Schedulers and admins may ask on behalf of an employee; employees ask for themselves',
  })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @ApiProperty({
    enum: LEAVE_TYPES,
    description: 'semester, kompledigt, tjänstledighet, föräldraledighet, vård av barn, annat',
  })
  @IsIn(LEAVE_TYPES)
  type!: (typeof LEAVE_TYPES)[number];

  @ApiProperty({ example: '2026-07-06' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  startDate!: string;

  @ApiProperty({ example: '2026-07-26', description: 'Last day, inclusive' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  endDate!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}

export class RegisterSickDto {
  @ApiProperty()
  @IsUUID()
  employeeId!: string;

  @ApiProperty({ example: '2026-03-10' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  startDate!: string;

  @ApiProperty({ example: '2026-03-12', description: 'Last day, inclusive (extend later if needed)' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  endDate!: string;
}

export class DecideLeaveDto {
  @ApiProperty({ enum: ['approve', 'deny'] })
  @IsIn(['approve', 'deny'])
  decision!: 'approve' | 'deny';

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Required when denying' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;

  @ApiPropertyOptional({
    enum: ['open', 'remove'],
    description: "What to do with the employee's shifts during the leave: make them open shifts, or remove them",
  })
  @IsOptional()
  @IsIn(['open', 'remove'])
  collidingShifts?: 'open' | 'remove';

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  version?: number;
}

export class LeaveQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ enum: LEAVE_STATUSES })
  @IsOptional()
  @IsIn(LEAVE_STATUSES)
  status?: (typeof LEAVE_STATUSES)[number];
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } }) to?: string;
}

export class CollidingShiftView {
  @ApiProperty() shiftId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() startLocal!: string;
  @ApiProperty() endLocal!: string;
}

export class LeaveRequestView {
  @ApiProperty() id!: string;
  @ApiProperty() employeeId!: string;
  @ApiProperty({ enum: ABSENCE_KINDS }) type!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Shown to the employee and their scheduler only' })
  comment!: string | null;
  @ApiProperty({ enum: LEAVE_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty() version!: number;
}

export class LeaveDecisionView {
  @ApiProperty({ type: LeaveRequestView }) request!: LeaveRequestView;
  @ApiProperty({ type: [CollidingShiftView], description: 'Shifts opened or removed because of the leave' })
  shifts!: CollidingShiftView[];
}
