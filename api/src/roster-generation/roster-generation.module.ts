import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { GenerationLimitsModule } from '../generation-limits/generation-limits.module';
import { GenerationWeightsModule } from '../generation-weights/generation-weights.module';
import { LeaveModule } from '../leave/leave.module';
import { StaffingNeedsModule } from '../needs/staffing-needs.module';
import { RostersModule } from '../rosters/rosters.module';
import { ShiftTypesModule } from '../shift-types/shift-types.module';
import { ShiftsModule } from '../shifts/shifts.module';
import { SkillsModule } from '../skills/skills.module';
import { WishesModule } from '../wishes/wishes.module';
import { GenerationInputLoader } from './generation-input.loader';
import { GenerationQueue } from './generation-queue';
import { GenerationWorker } from './generation-worker';
import { RosterGenerationController } from './roster-generation.controller';
import { RosterGenerationService } from './roster-generation.service';

@Module({
  imports: [
    AuditModule,
    DepartmentsModule,
    EmployeesModule,
    GenerationLimitsModule,
    GenerationWeightsModule,
    LeaveModule,
    StaffingNeedsModule,
    RostersModule,
    ShiftTypesModule,
    ShiftsModule,
    SkillsModule,
    WishesModule,
  ],
  controllers: [RosterGenerationController],
  providers: [RosterGenerationService, GenerationInputLoader, GenerationQueue, GenerationWorker],
})
export class RosterGenerationModule {}
