import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../common/http/dto-helpers';

export class BaseScheduleEntryDto {
  @ApiProperty()
  @IsUUID()
  employeeId!: string;

  @ApiProperty({ minimum: 1, maximum: 16, description: 'Week of the rotation, 1-based' })
  @IsInt()
  @Min(1)
  @Max(16)
  week!: number;

  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, Monday = 1' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty()
  @IsUUID()
  shiftTypeId!: string;
}

export class SaveBaseScheduleDto {
  @ApiProperty({ example: 'Grundschema sjuksköterskor 2026' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiProperty({ minimum: 1, maximum: 16 })
  @IsInt()
  @Min(1)
  @Max(16)
  weeks!: number;

  @ApiProperty({ type: [BaseScheduleEntryDto] })
  @IsArray()
  @ArrayMaxSize(20000)
  @ValidateNested({ each: true })
  @Type(() => BaseScheduleEntryDto)
  entries!: BaseScheduleEntryDto[];

  @ApiPropertyOptional({ description: 'On update: the version you edited; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class BaseScheduleView {
  @ApiProperty() id!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() weeks!: number;
  @ApiProperty({ type: [BaseScheduleEntryDto] }) entries!: BaseScheduleEntryDto[];
  @ApiProperty() version!: number;
}
