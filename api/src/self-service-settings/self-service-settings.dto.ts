import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OPEN_SHIFT_ASSIGNMENT_MODES,
  type OpenShiftAssignmentMode,
  SWAP_APPROVAL_MODES,
  type SwapApprovalMode,
} from '@bemanna/shared';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class SelfServiceSettingsDto {
  @ApiProperty({
    enum: SWAP_APPROVAL_MODES,
    description: 'scheduler: every accepted swap waits for approval; automatic: applied at once when no rule is broken',
  })
  @IsIn(SWAP_APPROVAL_MODES)
  swapApproval!: SwapApprovalMode;

  @ApiProperty({
    enum: OPEN_SHIFT_ASSIGNMENT_MODES,
    description:
      'scheduler: the scheduler picks among applicants; first-eligible: the first eligible applicant gets it',
  })
  @IsIn(OPEN_SHIFT_ASSIGNMENT_MODES)
  openShiftAssignment!: OpenShiftAssignmentMode;

  @ApiProperty({ example: 1100, minimum: 0, maximum: 100000, description: 'Agency staff, kronor per hour' })
  @IsInt()
  @Min(0)
  @Max(100000)
  agencyHourlyRate!: number;

  @ApiPropertyOptional({ description: 'The version you read, to refuse a lost update' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class SelfServiceSettingsView {
  @ApiProperty() departmentId!: string;
  @ApiProperty({ enum: SWAP_APPROVAL_MODES }) swapApproval!: SwapApprovalMode;
  @ApiProperty({ enum: OPEN_SHIFT_ASSIGNMENT_MODES }) openShiftAssignment!: OpenShiftAssignmentMode;
  @ApiProperty() agencyHourlyRate!: number;
  @ApiProperty({ description: '0 until first saved' }) version!: number;
}
