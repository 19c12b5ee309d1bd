import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateShiftTypeDto, ShiftTypeQueryDto, ShiftTypeView, UpdateShiftTypeDto } from './shift-type.dto';
import { ShiftTypesService } from './shift-types.service';

@ApiTags('shift-types')
@Controller('shift-types')
export class ShiftTypesController {
  constructor(private readonly shiftTypes: ShiftTypesService) {}

  @Get()
  @Roles('admin', 'scheduler', 'hr', 'employee')
  @ApiOkResponse({ type: [ShiftTypeView] })
  list(@CurrentUser() user: AuthUser, @Query() query: ShiftTypeQueryDto): Promise<ShiftTypeView[]> {
    return this.shiftTypes.list(user, query);
  }

  @Post()
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: ShiftTypeView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateShiftTypeDto): Promise<ShiftTypeView> {
    return this.shiftTypes.create(user, dto);
  }

  @Patch(':id')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: ShiftTypeView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateShiftTypeDto,
  ): Promise<ShiftTypeView> {
    return this.shiftTypes.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('admin', 'scheduler')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.shiftTypes.remove(user, id);
  }
}
