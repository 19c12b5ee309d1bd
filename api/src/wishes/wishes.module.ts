import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { RostersModule } from '../rosters/rosters.module';
import { ShiftTypesModule } from '../shift-types/shift-types.module';
import { ShiftsModule } from '../shifts/shifts.module';
import { WishesController } from './wishes.controller';
import { WishesService } from './wishes.service';

@Module({
  imports: [AuditModule, DepartmentsModule, RostersModule, ShiftTypesModule, ShiftsModule],
  controllers: [WishesController],
  providers: [WishesService],
  exports: [WishesService],
})
export class WishesModule {}
