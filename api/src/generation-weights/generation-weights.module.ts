import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { GenerationWeightsController } from './generation-weights.controller';
import { GenerationWeightsService } from './generation-weights.service';

@Module({
  imports: [AuditModule, DepartmentsModule],
  controllers: [GenerationWeightsController],
  providers: [GenerationWeightsService],
  exports: [GenerationWeightsService],
})
export class GenerationWeightsModule {}
