import { Module } from '@nestjs/common';
import { MyScheduleController } from './my-schedule.controller';
import { MyScheduleService } from './my-schedule.service';

@Module({ controllers: [MyScheduleController], providers: [MyScheduleService] })
export class MyScheduleModule {}
