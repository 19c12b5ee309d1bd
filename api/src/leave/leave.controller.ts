import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateLeaveRequestDto, LeaveQueryDto, LeaveRequestView } from './leave.dto';
import { LeaveService } from './leave.service';

@ApiTags('leave')
@Controller('leave-requests')
export class LeaveController {
  constructor(private readonly leave: LeaveService) {}

  /** Employees ask for themselves; schedulers and admins may register a request on an employee's behalf. */
  @Post()
  @Roles('employee', 'scheduler', 'admin')
  @ApiCreatedResponse({ type: LeaveRequestView })
  request(@CurrentUser() user: AuthUser, @Body() dto: CreateLeaveRequestDto): Promise<LeaveRequestView> {
    return this.leave.request(user, dto);
  }

  /** Employees see their own; schedulers those of their departments' staff; HR and admins all. */
  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({ type: [LeaveRequestView] })
  list(@CurrentUser() user: AuthUser, @Query() query: LeaveQueryDto): Promise<LeaveRequestView[]> {
    return this.leave.list(user, query);
  }

  @Post(':id/cancel')
  @Roles('employee', 'scheduler', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: LeaveRequestView })
  cancel(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<LeaveRequestView> {
    return this.leave.cancel(user, id);
  }
}
