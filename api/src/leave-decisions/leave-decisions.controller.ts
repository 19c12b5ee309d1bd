import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { DecideLeaveDto, LeaveDecisionView, RegisterSickDto } from '../leave/leave.dto';
import { LeaveDecisionsService } from './leave-decisions.service';

@ApiTags('leave')
@Controller()
export class LeaveDecisionsController {
  constructor(private readonly decisions: LeaveDecisionsService) {}

  /** The scheduler of the employee's home department approves or denies. */
  @Post('leave-requests/:id/decision')
  @Roles('scheduler', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: LeaveDecisionView })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: DecideLeaveDto,
  ): Promise<LeaveDecisionView> {
    return this.decisions.decide(user, id, dto);
  }

  @Post('absences/sick')
  @Roles('scheduler', 'admin')
  @ApiCreatedResponse({ type: LeaveDecisionView })
  registerSick(@CurrentUser() user: AuthUser, @Body() dto: RegisterSickDto): Promise<LeaveDecisionView> {
    return this.decisions.registerSick(user, dto);
  }
}
