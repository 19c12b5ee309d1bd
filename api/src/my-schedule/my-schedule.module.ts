import { DeviationsModule } from '../deviations/deviations.module';
import { Module } from '@nestjs/common';
import { MyScheduleController } from './my-schedule.controller';
import { MyScheduleRepository } from './my-schedule.repository';
import { MyScheduleService } from './my-schedule.service';

@Module({
  imports: [DeviationsModule],
  controllers: [MyScheduleController],
  providers: [MyScheduleService, MyScheduleRepository],
})
export class MyScheduleModule {}
