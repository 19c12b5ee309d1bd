import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { ReplaceStaffingNeedsDto, StaffingNeedView } from './staffing-need.dto';
import { StaffingNeedsService } from './staffing-needs.service';

@ApiTags('staffing-needs')
@Controller('departments/:departmentId/staffing-needs')
export class StaffingNeedsController {
  constructor(private readonly needs: StaffingNeedsService) {}

  @Get()
  @Roles('admin', 'scheduler', 'hr')
  @ApiOkResponse({ type: [StaffingNeedView] })
  list(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
  ): Promise<StaffingNeedView[]> {
    return this.needs.list(user, departmentId);
  }

  @Put()
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: [StaffingNeedView] })
  replace(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Body() dto: ReplaceStaffingNeedsDto,
  ): Promise<StaffingNeedView[]> {
    return this.needs.replace(user, departmentId, dto);
  }
}
