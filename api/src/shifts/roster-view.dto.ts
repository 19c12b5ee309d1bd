import { ApiProperty } from '@nestjs/swagger';
import { DAY_KINDS, type DayKind, PROFESSIONS, type Profession } from '@bemanna/shared';
import { ViolationView } from '../roster-check/violation.view';
import { RosterPeriodView } from '../rosters/roster-period.dto';
import { ShiftTypeView } from '../shift-types/shift-type.dto';
import { ShiftView } from './shift.dto';

export class RosterRowView {
  @ApiProperty() employeeId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ enum: PROFESSIONS }) profession!: Profession;
  @ApiProperty() employmentRate!: number;
  @ApiProperty({ type: [String] }) skillIds!: string[];
  @ApiProperty() homeDepartmentId!: string;
  @ApiProperty({ description: 'Works here from another department or the pool' }) borrowed!: boolean;
  @ApiProperty() isAgency!: boolean;
  @ApiProperty({ description: 'Full-time measure × employment rate × weeks of the period' }) contractedHours!: number;
  @ApiProperty({ description: 'Worked hours planned in the period, all departments (rules engine figures)' })
  plannedHours!: number;
}

export class CoverageCellView {
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty({ enum: DAY_KINDS }) dayKind!: DayKind;
  @ApiProperty() shiftTypeId!: string;
  @ApiProperty({ enum: PROFESSIONS, nullable: true }) profession!: Profession | null;
  @ApiProperty({ nullable: true, type: String }) skillId!: string | null;
  @ApiProperty() min!: number;
  @ApiProperty() target!: number;
  @ApiProperty() planned!: number;
  @ApiProperty() missing!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ enum: ['under-min', 'below-target', 'met', 'over-target'] }) status!: string;
}

/** Everything the roster builder shows for one period, in one answer. */
export class RosterView {
  @ApiProperty({ type: RosterPeriodView }) period!: RosterPeriodView;
  @ApiProperty({ type: [ShiftTypeView] }) shiftTypes!: ShiftTypeView[];
  @ApiProperty({ type: [RosterRowView] }) rows!: RosterRowView[];
  @ApiProperty({ type: [ShiftView] }) shifts!: ShiftView[];
  @ApiProperty({
    type: [ShiftView],
    description: "The rows' shifts in other departments during the period (read-only here)",
  })
  elsewhere!: ShiftView[];
  @ApiProperty({ type: [ViolationView] }) violations!: ViolationView[];
  @ApiProperty({ type: [CoverageCellView] }) coverage!: CoverageCellView[];
}
