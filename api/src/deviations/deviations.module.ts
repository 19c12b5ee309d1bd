import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PayrollLockModule } from '../payroll-lock/payroll-lock.module';
import { RostersModule } from '../rosters/rosters.module';
import { DeviationsController } from './deviations.controller';
import { DeviationsService } from './deviations.service';
import { TimeReportService } from './time-report.service';
import { WorkedTimeRepository } from './worked-time.repository';
import { WorkedTimeService } from './worked-time.service';

@Module({
  imports: [AuditModule, PayrollLockModule, RostersModule],
  controllers: [DeviationsController],
  providers: [DeviationsService, TimeReportService, WorkedTimeService, WorkedTimeRepository],
  exports: [WorkedTimeService, DeviationsService],
})
export class DeviationsModule {}
