import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateSkillDto, SkillView, UpdateSkillDto } from './skill.dto';
import { SkillsService } from './skills.service';

@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  @Get()
  @Roles('admin', 'scheduler', 'hr', 'employee')
  @ApiOkResponse({ type: [SkillView] })
  list(@CurrentUser() user: AuthUser): Promise<SkillView[]> {
    return this.skills.list(user);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: SkillView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSkillDto): Promise<SkillView> {
    return this.skills.create(user, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: SkillView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateSkillDto,
  ): Promise<SkillView> {
    return this.skills.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.skills.remove(user, id);
  }
}
