import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { DepartmentGenerationWeightsView, SetGenerationWeightsDto } from './generation-weights.dto';
import { GenerationWeightsService } from './generation-weights.service';

@ApiTags('generation-weights')
@Controller('departments/:departmentId/generation-weights')
export class GenerationWeightsController {
  constructor(private readonly weights: GenerationWeightsService) {}

  @Get()
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: DepartmentGenerationWeightsView })
  get(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
  ): Promise<DepartmentGenerationWeightsView> {
    return this.weights.get(user, departmentId);
  }

  @Put()
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: DepartmentGenerationWeightsView })
  set(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', IdParamPipe) departmentId: string,
    @Body() dto: SetGenerationWeightsDto,
  ): Promise<DepartmentGenerationWeightsView> {
    return this.weights.set(user, departmentId, dto);
  }

  @Delete()
  @Roles('admin', 'scheduler')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The department uses the default weights again' })
  reset(@CurrentUser() user: AuthUser, @Param('departmentId', IdParamPipe) departmentId: string): Promise<void> {
    return this.weights.reset(user, departmentId);
  }
}
