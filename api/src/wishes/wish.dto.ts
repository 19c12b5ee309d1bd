import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WISH_KINDS, type WishKind } from '@bemanna/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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

export class WishDto {
  @ApiProperty({ example: '2026-03-07' })
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  date!: string;

  @ApiProperty({ enum: WISH_KINDS, description: 'A shift type, a free day, or "can work" (an offer)' })
  @IsIn(WISH_KINDS)
  kind!: WishKind;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'With kind shift-type' })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  shiftTypeId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  comment?: string | null;
}

/** All of the employee's wishes for the period, saved at once. */
export class SaveWishesDto {
  @ApiProperty({ type: [WishDto] })
  @IsArray()
  @ArrayMaxSize(112)
  @ValidateNested({ each: true })
  @Type(() => WishDto)
  wishes!: WishDto[];
}

export class WishLimitsDto {
  @ApiProperty({ minimum: 0, maximum: 112, example: 4 }) @IsInt() @Min(0) @Max(112) maxFreeDays!: number;
  @ApiProperty({ minimum: 0, maximum: 32, example: 2 }) @IsInt() @Min(0) @Max(32) minWeekendOffers!: number;
}

export class WishView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() date!: string;
  @ApiProperty({ enum: WISH_KINDS }) kind!: WishKind;
  @ApiProperty({ nullable: true, type: String }) shiftTypeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Met by the current roster; null for "can work"' }) met!:
    boolean | null;
}

export class EmployeeFulfilmentView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() wishes!: number;
  @ApiProperty() met!: number;
  @ApiProperty() share!: number;
}

export class PeriodWishesView {
  @ApiProperty({ type: WishLimitsDto }) limits!: WishLimitsDto;
  @ApiProperty({ type: [WishView] }) wishes!: WishView[];
  @ApiProperty({ type: [EmployeeFulfilmentView] }) perEmployee!: EmployeeFulfilmentView[];
  @ApiProperty({ description: 'Share of wishes met, 0–1' }) share!: number;
  @ApiProperty({ description: 'Highest minus lowest share between employees' }) spread!: number;
}
