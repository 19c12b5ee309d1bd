import { Module } from '@nestjs/common';
import { RosterCheckService } from './roster-check.service';

@Module({ providers: [RosterCheckService], exports: [RosterCheckService] })
export class RosterCheckModule {}
