import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { type Page, PageView } from '../common/http/pagination';
import { CreateUserDto, UpdateUserDto, UserQueryDto, UserView } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: PageView(UserView) })
  list(@CurrentUser() user: AuthUser, @Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.list(user, query);
  }

  @Get(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UserView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<UserView> {
    return this.users.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(user, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.users.remove(user, id);
  }
}
