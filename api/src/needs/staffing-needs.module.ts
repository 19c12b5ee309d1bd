import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { SkillsModule } from '../skills/skills.module';
import { StaffingNeedsController } from './staffing-needs.controller';
import { StaffingNeedsService } from './staffing-needs.service';

@Module({
  imports: [AuditModule, DepartmentsModule, SkillsModule],
  controllers: [StaffingNeedsController],
  providers: [StaffingNeedsService],
  exports: [StaffingNeedsService],
})
export class StaffingNeedsModule {}
