import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BaseSchedulesModule } from '../base-schedules/base-schedules.module';
import { EmployeesModule } from '../employees/employees.module';
import { LeaveModule } from '../leave/leave.module';
import { StaffingNeedsModule } from '../needs/staffing-needs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PayrollLockModule } from '../payroll-lock/payroll-lock.module';
import { DepartmentsModule } from '../departments/departments.module';
import { RosterCheckModule } from '../roster-check/roster-check.module';
import { RosterEventsModule } from '../roster-events/roster-events.module';
import { RostersModule } from '../rosters/rosters.module';
import { ShiftTypesModule } from '../shift-types/shift-types.module';
import { RosterBulkService } from './roster-bulk.service';
import { RosterPublishingService } from './roster-publishing.service';
import { RosterViewService } from './roster-view.service';
import { ShiftsController } from './shifts.controller';
import { ShiftsRepository } from './shifts.repository';
import { ShiftReassignmentService } from './shift-reassignment.service';
import { ShiftsService } from './shifts.service';

@Module({
  imports: [
    AuditModule,
    BaseSchedulesModule,
    EmployeesModule,
    RosterCheckModule,
    RosterEventsModule,
    RostersModule,
    ShiftTypesModule,
    StaffingNeedsModule,
    NotificationsModule,
    DepartmentsModule,
    LeaveModule,
    PayrollLockModule,
  ],
  controllers: [ShiftsController],
  providers: [
    ShiftsService,
    ShiftsRepository,
    RosterPublishingService,
    RosterViewService,
    RosterBulkService,
    ShiftReassignmentService,
  ],
  exports: [ShiftsService, ShiftReassignmentService],
})
export class ShiftsModule {}
