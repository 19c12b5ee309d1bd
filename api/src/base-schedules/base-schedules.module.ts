import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { BaseSchedulesController } from './base-schedules.controller';
import { BaseSchedulesService } from './base-schedules.service';

@Module({
  imports: [AuditModule, DepartmentsModule, EmployeesModule],
  controllers: [BaseSchedulesController],
  providers: [BaseSchedulesService],
  exports: [BaseSchedulesService],
})
export class BaseSchedulesModule {}
