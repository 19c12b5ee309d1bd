import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BaseSchedulesModule } from './base-schedules/base-schedules.module';
import { CalendarFeedModule } from './calendar-feed/calendar-feed.module';
import { Clock, SystemClock } from './common/clock';
import { dataSourceOptions } from './common/database/data-source-options';
import { DepartmentsModule } from './departments/departments.module';
import { EmployeesModule } from './employees/employees.module';
import { HealthModule } from './health/health.module';
import { MyScheduleModule } from './my-schedule/my-schedule.module';
import { LeaveDecisionsModule } from './leave-decisions/leave-decisions.module';
import { LeaveModule } from './leave/leave.module';
import { MailModule } from './mail/mail.module';
import type { MailOptions } from './mail/mail-options';
import { StaffingNeedsModule } from './needs/staffing-needs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OpenShiftsModule } from './open-shifts/open-shifts.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { DeviationsModule } from './deviations/deviations.module';
import { GenerationLimitsModule } from './generation-limits/generation-limits.module';
import { GenerationWeightsModule } from './generation-weights/generation-weights.module';
import { PayrollModule } from './payroll/payroll.module';
import { RosterGenerationModule } from './roster-generation/roster-generation.module';
import { RostersModule } from './rosters/rosters.module';
import { RulesModule } from './rules/rules.module';
import { SelfServiceSettingsModule } from './self-service-settings/self-service-settings.module';
import { ShiftTypesModule } from './shift-types/shift-types.module';
import { ShiftsModule } from './shifts/shifts.module';
import { SkillsModule } from './skills/skills.module';
import { SwapsModule } from './swaps/swaps.module';
import { UsersModule } from './users/users.module';
import { WishesModule } from './wishes/wishes.module';

export interface AppOptions {
  databaseUrl: string;
  clock?: Clock;
  mail?: MailOptions;
}

@Global()
@Module({})
class ClockModule {
  static with(clock: Clock): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ClockModule.with(options.clock ?? new SystemClock()),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        MailModule.forRoot(options.mail ?? {}),
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 1000 }]),
        AuditModule,
        AuthModule,
        HealthModule,
        OrganisationsModule,
        DepartmentsModule,
        SkillsModule,
        EmployeesModule,
        ShiftTypesModule,
        UsersModule,
        RostersModule,
        ShiftsModule,
        StaffingNeedsModule,
        RulesModule,
        BaseSchedulesModule,
        NotificationsModule,
        LeaveModule,
        LeaveDecisionsModule,
        CalendarFeedModule,
        WishesModule,
        MyScheduleModule,
        DeviationsModule,
        PayrollModule,
        SelfServiceSettingsModule,
        SwapsModule,
        OpenShiftsModule,
        GenerationLimitsModule,
        GenerationWeightsModule,
        RosterGenerationModule,
      ],
    };
  }
}
