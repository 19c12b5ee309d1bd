import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { BaseScheduleView, SaveBaseScheduleDto } from './base-schedule.dto';
import { BaseSchedulesService } from './base-schedules.service';

@ApiTags('base-schedules')
@Controller()
export class BaseSchedulesController {
  constructor(private readonly schedules: BaseSchedulesService) {}

  @Get('departments/:departmentId/base-schedules')
  @Roles('admin', 'scheduler', 'hr')
  @ApiOkResponse({ type: [BaseScheduleView] })
  list(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
  ): Promise<BaseScheduleView[]> {
    return this.schedules.list(user, departmentId);
  }

  @Post('departments/:departmentId/base-schedules')
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: BaseScheduleView })
  create(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Body() dto: SaveBaseScheduleDto,
  ): Promise<BaseScheduleView> {
    return this.schedules.create(user, departmentId, dto);
  }

  @Put('base-schedules/:id')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: BaseScheduleView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SaveBaseScheduleDto,
  ): Promise<BaseScheduleView> {
    return this.schedules.update(user, id, dto);
  }

  @Delete('base-schedules/:id')
  @Roles('admin', 'scheduler')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.schedules.remove(user, id);
  }
}
