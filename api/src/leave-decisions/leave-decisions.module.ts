import { Module } from '@nestjs/common';
import { LeaveModule } from '../leave/leave.module';

import { ShiftsModule } from '../shifts/shifts.module';
import { LeaveDecisionsController } from './leave-decisions.controller';
import { LeaveDecisionsService } from './leave-decisions.service';

@Module({
  imports: [LeaveModule, ShiftsModule],
  controllers: [LeaveDecisionsController],
  providers: [LeaveDecisionsService],
})
export class LeaveDecisionsModule {}
