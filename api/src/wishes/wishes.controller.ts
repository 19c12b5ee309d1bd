import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { DepartmentsService } from '../departments/departments.service';
import { PeriodWishesView, SaveWishesDto, WishLimitsDto } from './wish.dto';
import { WishesService } from './wishes.service';

@ApiTags('wishes')
@Controller()
export class WishesController {
  constructor(
    private readonly wishes: WishesService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get('roster-periods/:id/wishes')
  @Roles(...ROLES)
  @ApiOkResponse({ type: PeriodWishesView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<PeriodWishesView> {
    return this.wishes.get(user, id);
  }

  @Put('roster-periods/:id/wishes')
  @Roles('employee')
  @ApiOkResponse({ type: PeriodWishesView })
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SaveWishesDto,
  ): Promise<PeriodWishesView> {
    return this.wishes.save(user, id, dto);
  }

  @Put('departments/:departmentId/wish-limits')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: WishLimitsDto })
  setLimits(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Body() dto: WishLimitsDto,
  ): Promise<WishLimitsDto> {
    return this.departments.setWishLimits(user, departmentId, dto);
  }
}
