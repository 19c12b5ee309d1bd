import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SelfServiceSettingsModule } from '../self-service-settings/self-service-settings.module';
import { ShiftExchangeModule } from '../shift-exchange/shift-exchange.module';
import { ShiftsModule } from '../shifts/shifts.module';
import { OpenShiftAssignmentService } from './open-shift-assignment.service';
import { OpenShiftEligibilityService } from './open-shift-eligibility.service';
import { OpenShiftViews } from './open-shift-views';
import { OpenShiftsController } from './open-shifts.controller';
import { OpenShiftsRepository } from './open-shifts.repository';
import { OpenShiftsService } from './open-shifts.service';

@Module({
  imports: [
    AuditModule,
    DepartmentsModule,
    NotificationsModule,
    SelfServiceSettingsModule,
    ShiftExchangeModule,
    ShiftsModule,
  ],
  controllers: [OpenShiftsController],
  providers: [
    OpenShiftsService,
    OpenShiftAssignmentService,
    OpenShiftEligibilityService,
    OpenShiftViews,
    OpenShiftsRepository,
  ],
})
export class OpenShiftsModule {}
