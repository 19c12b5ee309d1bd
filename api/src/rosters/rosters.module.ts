import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { RosterEventsModule } from '../roster-events/roster-events.module';
import { RosterPeriodsController } from './roster-periods.controller';
import { RosterPeriodsService } from './roster-periods.service';

@Module({
  imports: [AuditModule, DepartmentsModule, EmployeesModule, RosterEventsModule],
  controllers: [RosterPeriodsController],
  providers: [RosterPeriodsService],
  exports: [RosterPeriodsService],
})
export class RostersModule {}
