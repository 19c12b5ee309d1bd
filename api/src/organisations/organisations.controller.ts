import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { OrganisationView, UpdateOrganisationDto } from './organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [OrganisationView] })
  list(@CurrentUser() user: AuthUser): Promise<OrganisationView[]> {
    return this.organisations.list(user);
  }

  @Get(':id')
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<OrganisationView> {
    return this.organisations.get(user, id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(user, id, dto);
  }
}
