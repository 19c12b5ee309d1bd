import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  type MessageEvent,
  Param,
  Patch,
  Post,
  Query,
  Sse,
} from '@nestjs/common';
import { type Observable, interval, map, merge } from 'rxjs';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateShiftDto, DeleteShiftQueryDto, ShiftView, ShiftWriteResultView, UpdateShiftDto } from './shift.dto';
import { RosterPeriodView, TransitionRosterPeriodDto } from '../rosters/roster-period.dto';
import { ApplyBaseScheduleDto, BulkResultView, ClearRangeDto, CopyWeekDto } from './roster-bulk.dto';
import { RosterBulkService } from './roster-bulk.service';
import { RosterPublishingService } from './roster-publishing.service';
import { RosterView } from './roster-view.dto';
import { RosterViewService } from './roster-view.service';
import { ShiftsService } from './shifts.service';

@ApiTags('shifts')
@Controller()
export class ShiftsController {
  constructor(
    private readonly shifts: ShiftsService,
    private readonly publishing: RosterPublishingService,
    private readonly rosterView: RosterViewService,
    private readonly bulk: RosterBulkService,
  ) {}

  @Post('roster-periods/:id/transition')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: RosterPeriodView })
  transition(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: TransitionRosterPeriodDto,
  ): Promise<RosterPeriodView> {
    return this.publishing.transition(user, id, dto);
  }

  @Post('roster-periods/:id/apply-base-schedule')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultView })
  applyBaseSchedule(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: ApplyBaseScheduleDto,
  ): Promise<BulkResultView> {
    return this.bulk.applyBaseSchedule(user, id, dto);
  }

  @Post('roster-periods/:id/copy-week')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultView })
  copyWeek(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: CopyWeekDto,
  ): Promise<BulkResultView> {
    return this.bulk.copyWeek(user, id, dto);
  }

  @Post('roster-periods/:id/clear')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultView })
  clear(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: ClearRangeDto,
  ): Promise<BulkResultView> {
    return this.bulk.clear(user, id, dto);
  }

  /** Server-sent events: every committed change to the period, from any API process. */
  @Sse('roster-periods/:id/events')
  @Roles(...ROLES)
  async events(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<Observable<MessageEvent>> {
    const changes = (await this.shifts.periodEvents(user, id)).pipe(
      map((data) => ({ type: 'roster', data }) as MessageEvent),
    );
    // A comment-like heartbeat keeps proxies from closing an idle stream.
    const heartbeat = interval(25_000).pipe(map(() => ({ type: 'ping', data: '' }) as MessageEvent));
    return merge(changes, heartbeat);
  }

  /** The roster builder's view: rows with planned vs contracted hours, shifts, violations, coverage. */
  @Get('roster-periods/:id/roster')
  @Roles('admin', 'scheduler', 'hr')
  @ApiOkResponse({ type: RosterView })
  roster(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<RosterView> {
    return this.rosterView.get(user, id);
  }

  /** Employees get the shifts of published periods of their departments; the service checks. */
  @Get('roster-periods/:id/shifts')
  @Roles(...ROLES)
  @ApiOkResponse({ type: [ShiftView] })
  list(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) periodId: string): Promise<ShiftView[]> {
    return this.shifts.listForPeriod(user, periodId);
  }

  @Post('shifts')
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: ShiftWriteResultView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateShiftDto): Promise<ShiftWriteResultView> {
    return this.shifts.create(user, dto);
  }

  @Patch('shifts/:id')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: ShiftWriteResultView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateShiftDto,
  ): Promise<ShiftWriteResultView> {
    return this.shifts.update(user, id, dto);
  }

  @Delete('shifts/:id')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: ShiftWriteResultView })
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Query() query: DeleteShiftQueryDto,
  ): Promise<ShiftWriteResultView> {
    return this.shifts.remove(user, id, query);
  }
}
