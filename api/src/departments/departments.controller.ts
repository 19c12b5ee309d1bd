import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateDepartmentDto, DepartmentView, UpdateDepartmentDto } from './department.dto';
import { DepartmentsService } from './departments.service';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Roles('admin', 'scheduler', 'hr', 'employee')
  @ApiOkResponse({ type: [DepartmentView] })
  list(@CurrentUser() user: AuthUser): Promise<DepartmentView[]> {
    return this.departments.list(user);
  }

  @Get(':id')
  @Roles('admin', 'scheduler', 'hr', 'employee')
  @ApiOkResponse({ type: DepartmentView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<DepartmentView> {
    return this.departments.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: DepartmentView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDepartmentDto): Promise<DepartmentView> {
    return this.departments.create(user, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: DepartmentView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateDepartmentDto,
  ): Promise<DepartmentView> {
    return this.departments.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.departments.remove(user, id);
  }
}
