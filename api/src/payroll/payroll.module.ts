import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeviationsModule } from '../deviations/deviations.module';
import { RostersModule } from '../rosters/rosters.module';
import { ShiftsModule } from '../shifts/shifts.module';
import { PayCodesService } from './pay-codes.service';
import { PayrollController } from './payroll.controller';
import { PayrollService } from './payroll.service';

@Module({
  imports: [AuditModule, DeviationsModule, RostersModule, ShiftsModule],
  controllers: [PayrollController],
  providers: [PayrollService, PayCodesService],
})
export class PayrollModule {}
