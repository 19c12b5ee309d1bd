import { Module } from '@nestjs/common';
import { PayrollLockService } from './payroll-lock.service';

/** The payroll freeze the roster write path consults; it depends on nothing else, so no module cycle. */
@Module({ providers: [PayrollLockService], exports: [PayrollLockService] })
export class PayrollLockModule {}
