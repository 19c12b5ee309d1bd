import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CODE_PATTERN, trim } from '../common/http/dto-helpers';

export class CreateSkillDto {
  @ApiProperty({ example: 'IVA' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @Matches(CODE_PATTERN, { context: { pattern: 'code' } })
  code!: string;

  @ApiProperty({ example: 'Intensivvård' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;
}

export class UpdateSkillDto extends PartialType(CreateSkillDto) {}

export class SkillView {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}
