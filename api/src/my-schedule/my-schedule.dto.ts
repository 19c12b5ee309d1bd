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

export class ShiftChangeNoteView {
  @ApiProperty({ description: 'When the published shift was last changed' }) at!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why, as the scheduler wrote it' }) reason!: string | null;
  @ApiProperty({ description: 'Changed after the employee last looked at their schedule' }) isNew!: boolean;
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

  @ApiProperty({
    type: ShiftChangeNoteView,
    nullable: true,
    description: 'The last change after publication, if any',
  })
  change!: ShiftChangeNoteView | null;
}

export class RemovedShiftView {
  @ApiProperty() shiftId!: string;
  @ApiProperty() date!: string;
  @ApiProperty() startLocal!: string;
  @ApiProperty() endLocal!: string;
  @ApiProperty({ nullable: true, type: String }) shiftTypeCode!: string | null;
  @ApiProperty() departmentName!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty() at!: string;
}

export class HoursBalanceView {
  @ApiProperty() periodId!: string;
  @ApiProperty() departmentName!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ description: 'Published hours (net of breaks) in the period, in every department' })
  plannedHours!: number;
  @ApiProperty({ description: 'Full-time measure × employment rate × weeks' }) contractedHours!: number;
}

export class YearToDateView {
  @ApiProperty({ description: 'January 1st of this year' }) from!: string;
  @ApiProperty({ description: 'Today' }) to!: string;
  @ApiProperty({ description: 'Enkel and kvalificerad övertid worked, with accepted deviations' })
  overtimeHours!: number;
  @ApiProperty({ description: 'Mertid (part-timers above their contract up to full time)' }) mertidHours!: number;
}

export class MyScheduleView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [MyShiftView], description: 'Shifts of published periods only' }) shifts!: MyShiftView[];

  @ApiProperty({
    type: [RemovedShiftView],
    description: 'Published shifts in the range taken off this employee since they last looked',
  })
  removed!: RemovedShiftView[];

  @ApiProperty({ nullable: true, type: String, description: 'When they last marked their schedule as seen' })
  seenAt!: string | null;

  @ApiProperty({
    type: HoursBalanceView,
    nullable: true,
    description: "Planned vs contracted hours in the home department's published period that includes today",
  })
  balance!: HoursBalanceView | null;

  @ApiProperty({ type: YearToDateView, description: 'Overtime and mertid so far this year' })
  yearToDate!: YearToDateView;
}
