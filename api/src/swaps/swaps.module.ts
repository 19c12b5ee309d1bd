import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SelfServiceSettingsModule } from '../self-service-settings/self-service-settings.module';
import { ShiftExchangeModule } from '../shift-exchange/shift-exchange.module';
import { ShiftsModule } from '../shifts/shifts.module';
import { GiveAwayEligibility } from './give-away-eligibility';
import { SwapViews } from './swap-views';
import { SwapsController } from './swaps.controller';
import { SwapsRepository } from './swaps.repository';
import { SwapsService } from './swaps.service';

@Module({
  imports: [AuditModule, NotificationsModule, SelfServiceSettingsModule, ShiftExchangeModule, ShiftsModule],
  controllers: [SwapsController],
  providers: [SwapsService, SwapsRepository, SwapViews, GiveAwayEligibility],
})
export class SwapsModule {}
