import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { SelfServiceSettingsDto, SelfServiceSettingsView } from './self-service-settings.dto';
import { SelfServiceSettingsService } from './self-service-settings.service';

@ApiTags('self-service-settings')
@Controller('departments/:departmentId/self-service-settings')
export class SelfServiceSettingsController {
  constructor(private readonly settings: SelfServiceSettingsService) {}

  @Get()
  @Roles('admin', 'scheduler', 'hr')
  @ApiOkResponse({ type: SelfServiceSettingsView })
  get(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
  ): Promise<SelfServiceSettingsView> {
    return this.settings.get(user, departmentId);
  }

  @Put()
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: SelfServiceSettingsView })
  set(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Body() dto: SelfServiceSettingsDto,
  ): Promise<SelfServiceSettingsView> {
    return this.settings.set(user, departmentId, dto);
  }
}
