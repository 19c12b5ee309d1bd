import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SWAP_KINDS, SWAP_STATUSES, type SwapKind, type SwapStatus } from '@bemanna/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { trim, trimOrNull } from '../common/http/dto-helpers';
import { LocalizedTextView, ViolationView } from '../roster-check/violation.view';
import { ExchangePersonView, ExchangeShiftView } from '../shift-exchange/exchange.view';

export class OfferSwapDto {
  @ApiProperty({ description: 'One of your own published shifts that has not started' })
  @IsUUID()
  offeredShiftId!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "A colleague's shift you would take in exchange; left out: a give-away to anyone eligible",
  })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  requestedShiftId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Kan du ta min kväll mot din dag?' })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  message?: string | null;
}

export class SwapQueryDto {
  @ApiPropertyOptional({ enum: SWAP_STATUSES })
  @IsOptional()
  @IsIn(SWAP_STATUSES)
  status?: SwapStatus;
}

export class SwapDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required when rejecting', example: 'Johan behövs på dagpasset' })
  @Transform(trim)
  @ValidateIf((o: SwapDecisionDto) => o.decision === 'reject' || o.reason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: 'The version you saw' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class SwapAnswerDto {
  @ApiPropertyOptional({ description: 'The version you saw' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class SwapView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SWAP_KINDS }) kind!: SwapKind;
  @ApiProperty({ enum: SWAP_STATUSES }) status!: SwapStatus;
  @ApiProperty({ type: ExchangeShiftView }) offered!: ExchangeShiftView;
  @ApiProperty({ type: ExchangeShiftView, nullable: true }) requested!: ExchangeShiftView | null;
  @ApiProperty({ type: ExchangePersonView }) from!: ExchangePersonView;
  @ApiProperty({
    type: ExchangePersonView,
    nullable: true,
    description: 'The colleague (for a give-away: who took it)',
  })
  to!: ExchangePersonView | null;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
  @ApiProperty({
    type: [LocalizedTextView],
    description: 'Refused: why, in plain words; awaiting approval: the soft rules the scheduler should weigh',
  })
  reasons!: LocalizedTextView[];
  @ApiProperty({ type: [ViolationView], description: "The rules engine's new findings when it was last checked" })
  findings!: ViolationView[];
  @ApiProperty({ nullable: true, enum: ['rules', 'scheduler', 'roster-changed'] })
  refusedBy!: 'rules' | 'scheduler' | 'roster-changed' | null;
  @ApiProperty({
    enum: ['mine', 'to-me', 'open-to-me', 'other'],
    description: "The caller's part: offered it, asked to answer, may take a give-away, or (schedulers) other",
  })
  role!: 'mine' | 'to-me' | 'open-to-me' | 'other';
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) answeredAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty() version!: number;
}

export class ExchangeOptionsQueryDto {
  @ApiProperty({ description: 'Your shift you want to swap away' })
  @IsUUID()
  shiftId!: string;
}

export class ExchangeOptionView {
  @ApiProperty({ type: ExchangeShiftView }) shift!: ExchangeShiftView;
  @ApiProperty({ type: ExchangePersonView }) holder!: ExchangePersonView;
}
