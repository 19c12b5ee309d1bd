import { ApiProperty } from '@nestjs/swagger';

export class LocalizedTextView {
  @ApiProperty() sv!: string;
  @ApiProperty() en!: string;
}

/** A rule finding as the engine reports it (shared/src/rules/rule.ts `Violation`). */
export class ViolationView {
  @ApiProperty({ example: 'daily-rest' }) ruleId!: string;
  @ApiProperty({ enum: ['hard', 'soft'] }) severity!: 'hard' | 'soft';
  @ApiProperty() employeeId!: string;
  @ApiProperty({ type: [String] }) shiftIds!: string[];
  @ApiProperty({ example: '2026-03-10T21:30:00+01:00' }) from!: string;
  @ApiProperty({ example: '2026-03-11T07:00:00+01:00' }) to!: string;
  @ApiProperty({ example: 9.5 }) measured!: number;
  @ApiProperty({ example: 11 }) limit!: number;
  @ApiProperty({ example: 'hours' }) unit!: string;
  @ApiProperty({ example: 'AB § 13 mom. 4' }) source!: string;
  @ApiProperty({ type: LocalizedTextView }) message!: LocalizedTextView;
}
