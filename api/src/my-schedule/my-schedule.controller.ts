import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
}
