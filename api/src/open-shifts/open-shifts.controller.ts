import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { ExchangeShiftView } from '../shift-exchange/exchange.view';
import { OpenShiftAssignmentService } from './open-shift-assignment.service';
import {
  AssignOpenShiftDto,
  ExtraHoursPreferenceDto,
  ExtraHoursPreferenceView,
  OpenShiftQueryDto,
  OpenShiftView,
  PublishOpenShiftDto,
  UnassignedShiftsQueryDto,
} from './open-shift.dto';
import { OpenShiftsService } from './open-shifts.service';

/** Open shifts: schedulers put unassigned shifts out; employees see the ones they may take and apply. */
@ApiTags('open-shifts')
@Controller('open-shifts')
export class OpenShiftsController {
  constructor(
    private readonly openShifts: OpenShiftsService,
    private readonly assignment: OpenShiftAssignmentService,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({
    type: [OpenShiftView],
    description:
      'Employees: the open shifts they are eligible for (and those they applied for); schedulers: their departments',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: OpenShiftQueryDto): Promise<OpenShiftView[]> {
    return this.openShifts.list(user, query);
  }

  @Get('unassigned')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({
    type: [ExchangeShiftView],
    description: 'Unassigned future shifts of published periods not yet out',
  })
  unassigned(@CurrentUser() user: AuthUser, @Query() query: UnassignedShiftsQueryDto): Promise<ExchangeShiftView[]> {
    return this.openShifts.unassigned(user, query.departmentId);
  }

  @Get('preferences')
  @Roles('employee')
  @ApiOkResponse({ type: ExtraHoursPreferenceView })
  preference(@CurrentUser() user: AuthUser): Promise<ExtraHoursPreferenceView> {
    return this.openShifts.preference(user);
  }

  @Put('preferences')
  @Roles('employee')
  @ApiOkResponse({ type: ExtraHoursPreferenceView })
  setPreference(
    @CurrentUser() user: AuthUser,
    @Body() dto: ExtraHoursPreferenceDto,
  ): Promise<ExtraHoursPreferenceView> {
    return this.openShifts.setPreference(user, dto.wantsExtraHours);
  }

  @Post()
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: OpenShiftView })
  publish(@CurrentUser() user: AuthUser, @Body() dto: PublishOpenShiftDto): Promise<OpenShiftView> {
    return this.openShifts.publish(user, dto);
  }

  @Post(':id/applications')
  @Roles('employee')
  @ApiCreatedResponse({ type: OpenShiftView, description: 'Applied; with first-eligible assignment, already yours' })
  apply(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<OpenShiftView> {
    return this.assignment.apply(user, id);
  }

  @Delete(':id/applications/mine')
  @Roles('employee')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Your application is taken back; others may still apply' })
  withdrawApplication(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.assignment.withdrawApplication(user, id);
  }

  @Post(':id/assign')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: OpenShiftView })
  assign(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: AssignOpenShiftDto,
  ): Promise<OpenShiftView> {
    return this.assignment.assign(user, id, dto);
  }

  @Post(':id/withdraw')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: OpenShiftView })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<OpenShiftView> {
    return this.openShifts.withdraw(user, id);
  }
}
