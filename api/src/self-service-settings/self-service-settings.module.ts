import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { SelfServiceSettingsController } from './self-service-settings.controller';
import { SelfServiceSettingsService } from './self-service-settings.service';

@Module({
  imports: [AuditModule, DepartmentsModule],
  controllers: [SelfServiceSettingsController],
  providers: [SelfServiceSettingsService],
  exports: [SelfServiceSettingsService],
})
export class SelfServiceSettingsModule {}
