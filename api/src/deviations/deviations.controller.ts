import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import {
  AttestDto,
  AttestResultView,
  CreateDeviationDto,
  DecideDeviationDto,
  DeviationQueryDto,
  DeviationView,
  TimeReportView,
  WithdrawDeviationDto,
} from './deviation.dto';
import { DeviationsService } from './deviations.service';
import { TimeReportService } from './time-report.service';

@ApiTags('time-reports')
@Controller()
export class DeviationsController {
  constructor(
    private readonly deviations: DeviationsService,
    private readonly timeReports: TimeReportService,
  ) {}

  /** Employees see their own; schedulers those of their departments' periods; HR and admins all. */
  @Get('deviations')
  @Roles(...ROLES)
  @ApiOkResponse({ type: [DeviationView] })
  list(@CurrentUser() user: AuthUser, @Query() query: DeviationQueryDto): Promise<DeviationView[]> {
    return this.deviations.list(user, query);
  }

  /** Managers register (accepted at once); employees report their own (waiting for the manager). */
  @Post('deviations')
  @Roles('admin', 'scheduler', 'employee')
  @ApiCreatedResponse({ type: DeviationView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDeviationDto): Promise<DeviationView> {
    return this.deviations.create(user, dto);
  }

  @Post('deviations/:id/decision')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: DeviationView })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: DecideDeviationDto,
  ): Promise<DeviationView> {
    return this.deviations.decide(user, id, dto);
  }

  @Post('deviations/:id/withdraw')
  @Roles('admin', 'scheduler', 'employee')
  @HttpCode(200)
  @ApiOkResponse({ type: DeviationView })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: WithdrawDeviationDto,
  ): Promise<DeviationView> {
    return this.deviations.withdraw(user, id, dto);
  }

  @Get('roster-periods/:id/time-report')
  @Roles('admin', 'scheduler', 'hr')
  @ApiOkResponse({ type: TimeReportView })
  report(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<TimeReportView> {
    return this.timeReports.report(user, id);
  }

  /** The manager attests employees' worked time in the period; it is frozen from then on. */
  @Post('roster-periods/:id/attestations')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: AttestResultView })
  attest(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: AttestDto,
  ): Promise<AttestResultView> {
    return this.timeReports.attest(user, id, dto);
  }
}
