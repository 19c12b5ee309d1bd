import { Module } from '@nestjs/common';
import { RosterEventsService } from './roster-events.service';

@Module({ providers: [RosterEventsService], exports: [RosterEventsService] })
export class RosterEventsModule {}
