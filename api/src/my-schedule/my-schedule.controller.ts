import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { MyScheduleQueryDto, MyScheduleView } from './my-schedule.dto';
import { MyScheduleService } from './my-schedule.service';

@ApiTags('my-schedule')
@Controller('me/schedule')
export class MyScheduleController {
  constructor(private readonly schedule: MyScheduleService) {}

  @Get()
  @Roles('employee')
  @ApiOkResponse({ type: MyScheduleView })
  get(@CurrentUser() user: AuthUser, @Query() query: MyScheduleQueryDto): Promise<MyScheduleView> {
    return this.schedule.get(user, query);
  }

  @Post('seen')
  @Roles('employee')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changes up to now are no longer shown as new' })
  markSeen(@CurrentUser() user: AuthUser): Promise<void> {
    return this.schedule.markSeen(user);
  }
}
