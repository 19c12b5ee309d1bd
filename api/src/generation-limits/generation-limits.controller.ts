import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import {
  DepartmentGenerationLimitsView,
  EmployeeGenerationLimitsView,
  SetEmployeeGenerationLimitsDto,
} from './generation-limits.dto';
import { GenerationLimitsService } from './generation-limits.service';

@ApiTags('generation-limits')
@Controller('departments/:departmentId/generation-limits')
export class GenerationLimitsController {
  constructor(private readonly limits: GenerationLimitsService) {}

  @Get()
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: DepartmentGenerationLimitsView })
  list(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
  ): Promise<DepartmentGenerationLimitsView> {
    return this.limits.list(user, departmentId);
  }

  @Put(':employeeId')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: EmployeeGenerationLimitsView })
  set(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Param('employeeId', IdParamPipe) employeeId: string,
    @Body() dto: SetEmployeeGenerationLimitsDto,
  ): Promise<EmployeeGenerationLimitsView> {
    return this.limits.set(user, departmentId, employeeId, dto);
  }

  @Delete(':employeeId')
  @Roles('admin', 'scheduler')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Param('employeeId', IdParamPipe) employeeId: string,
  ): Promise<void> {
    return this.limits.remove(user, departmentId, employeeId);
  }
}
