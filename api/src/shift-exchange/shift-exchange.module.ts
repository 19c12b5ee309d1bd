import { Module } from '@nestjs/common';
import { ShiftsModule } from '../shifts/shifts.module';
import { ExchangeCheckService } from './exchange-check.service';
import { ExchangeLookup } from './exchange-lookup';

/** What swaps and open shifts share: lookups of people and shifts, and the check before a shift changes hands. */
@Module({
  imports: [ShiftsModule],
  providers: [ExchangeLookup, ExchangeCheckService],
  exports: [ExchangeLookup, ExchangeCheckService],
})
export class ShiftExchangeModule {}
