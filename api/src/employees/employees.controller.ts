import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { type Page, PageView } from '../common/http/pagination';
import { CreateEmployeeDto, EmployeeQueryDto, EmployeeView, UpdateEmployeeDto } from './employee.dto';
import { EmployeesService } from './employees.service';

@ApiTags('employees')
@Controller('employees')
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  @Get()
  @Roles('admin', 'scheduler', 'hr')
  @ApiOkResponse({ type: PageView(EmployeeView) })
  list(@CurrentUser() user: AuthUser, @Query() query: EmployeeQueryDto): Promise<Page<EmployeeView>> {
    return this.employees.list(user, query);
  }

  /** Employees may read their own record; the service enforces that and schedulers' department scope. */
  @Get(':id')
  @Roles('admin', 'scheduler', 'hr', 'employee')
  @ApiOkResponse({ type: EmployeeView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<EmployeeView> {
    return this.employees.get(user, id);
  }

  @Post()
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: EmployeeView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEmployeeDto): Promise<EmployeeView> {
    return this.employees.create(user, dto);
  }

  @Patch(':id')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: EmployeeView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateEmployeeDto,
  ): Promise<EmployeeView> {
    return this.employees.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.employees.remove(user, id);
  }
}
