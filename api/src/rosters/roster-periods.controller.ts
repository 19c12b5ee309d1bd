import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateRosterPeriodDto, RosterPeriodQueryDto, RosterPeriodView } from './roster-period.dto';
import { RosterPeriodsService } from './roster-periods.service';

@ApiTags('roster-periods')
@Controller('roster-periods')
export class RosterPeriodsController {
  constructor(private readonly periods: RosterPeriodsService) {}

  /** Employees see published periods of their departments; the service filters. */
  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({ type: [RosterPeriodView] })
  list(@CurrentUser() user: AuthUser, @Query() query: RosterPeriodQueryDto): Promise<RosterPeriodView[]> {
    return this.periods.list(user, query);
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOkResponse({ type: RosterPeriodView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<RosterPeriodView> {
    return this.periods.get(user, id);
  }

  @Post()
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: RosterPeriodView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRosterPeriodDto): Promise<RosterPeriodView> {
    return this.periods.create(user, dto);
  }

  @Delete(':id')
  @Roles('admin', 'scheduler')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.periods.remove(user, id);
  }
}
