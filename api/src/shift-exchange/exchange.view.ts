import { ApiProperty } from '@nestjs/swagger';
import type { ShiftCard } from './exchange-lookup';

export class ExchangePersonView {
  @ApiProperty() employeeId!: string;
  @ApiProperty({ example: 'Anna Lindqvist' }) name!: string;
}

/** A shift as swaps and open shifts show it (no notes: they are between the scheduler and the holder). */
export class ExchangeShiftView {
  @ApiProperty() id!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ example: 'Medicin 1' }) departmentName!: string;
  @ApiProperty({ example: '2026-03-10' }) date!: string;
  @ApiProperty({ example: '2026-03-10T13:30:00+01:00' }) startLocal!: string;
  @ApiProperty({ example: '2026-03-10T21:30:00+01:00' }) endLocal!: string;
  @ApiProperty({ nullable: true, type: String, example: 'K' }) shiftTypeCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Kväll' }) shiftTypeName!: string | null;
  @ApiProperty({ nullable: true, type: String }) colour!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who holds it now' }) employeeId!: string | null;
}

export function exchangeShiftView(c: ShiftCard): ExchangeShiftView {
  return {
    id: c.id,
    departmentId: c.departmentId,
    departmentName: c.departmentName,
    date: c.date,
    startLocal: c.startLocal,
    endLocal: c.endLocal,
    shiftTypeCode: c.shiftTypeCode,
    shiftTypeName: c.shiftTypeName,
    colour: c.colour,
    employeeId: c.employeeId,
  };
}
