import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { DEPARTMENT_KINDS, type DepartmentKind } from '@bemanna/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CODE_PATTERN, trim } from '../common/http/dto-helpers';

export class CreateDepartmentDto {
  @ApiProperty({ example: 'Medicin 1' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: 'MED1' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @Matches(CODE_PATTERN, { context: { pattern: 'code' } })
  code!: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS })
  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class UpdateDepartmentDto extends PartialType(CreateDepartmentDto) {
  @ApiPropertyOptional({ description: 'The version you edited; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class DepartmentView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind!: DepartmentKind;
  @ApiProperty() isPool!: boolean;
  @ApiProperty({ description: 'Whether the caller may manage this department (schedulers: their scope)' })
  managed!: boolean;
  @ApiProperty() version!: number;
}
