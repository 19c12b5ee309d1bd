import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CIVIL_DATE_PATTERN } from '../common/http/dto-helpers';

export class MyScheduleQueryDto {
  @ApiPropertyOptional({ description: 'First day (default today, Stockholm)' })
  @IsOptional()
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day, inclusive (default four weeks on)' })
  @IsOptional()
  @Matches(CIVIL_DATE_PATTERN, { context: { pattern: 'civilDate' } })
  to?: string;
}

export class ColleagueView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
}

export class MyShiftView {
  @ApiProperty() id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() startLocal!: string;
  @ApiProperty() endLocal!: string;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty() departmentId!: string;
  @ApiProperty() departmentName!: string;
  @ApiProperty({ nullable: true, type: String }) shiftTypeCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) shiftTypeName!: string | null;
  @ApiProperty({ nullable: true, type: String }) colour!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: [ColleagueView], description: 'Others working the same shift type that day in the department' })
  colleagues!: ColleagueView[];
}

export class MyScheduleView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [MyShiftView], description: 'Shifts of published periods only' }) shifts!: MyShiftView[];
}
