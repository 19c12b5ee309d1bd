import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { ShiftTypesModule } from '../shift-types/shift-types.module';
import { GenerationLimitsController } from './generation-limits.controller';
import { GenerationLimitsService } from './generation-limits.service';

@Module({
  imports: [AuditModule, DepartmentsModule, EmployeesModule, ShiftTypesModule],
  controllers: [GenerationLimitsController],
  providers: [GenerationLimitsService],
  exports: [GenerationLimitsService],
})
export class GenerationLimitsModule {}
