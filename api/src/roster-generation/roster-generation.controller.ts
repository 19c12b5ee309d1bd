import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import {
  AcceptGenerationDto,
  AcceptGenerationResultView,
  GenerationRunView,
  ReplacementsView,
  StartGenerationDto,
} from './roster-generation.dto';
import { RosterGenerationService } from './roster-generation.service';

@ApiTags('roster-generation')
@Controller()
export class RosterGenerationController {
  constructor(private readonly generation: RosterGenerationService) {}

  @Post('roster-periods/:id/generation-runs')
  @Roles('admin', 'scheduler')
  @ApiCreatedResponse({ type: GenerationRunView })
  start(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: StartGenerationDto,
  ): Promise<GenerationRunView> {
    return this.generation.start(user, id, dto);
  }

  @Get('roster-periods/:id/generation-runs')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: [GenerationRunView], description: 'The latest runs, newest first; `proposal` is left out' })
  list(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<GenerationRunView[]> {
    return this.generation.listForPeriod(user, id);
  }

  @Get('generation-runs/:id')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: GenerationRunView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<GenerationRunView> {
    return this.generation.get(user, id);
  }

  @Post('generation-runs/:id/cancel')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: GenerationRunView })
  cancel(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<GenerationRunView> {
    return this.generation.cancel(user, id);
  }

  @Post('generation-runs/:id/accept')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: AcceptGenerationResultView })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: AcceptGenerationDto,
  ): Promise<AcceptGenerationResultView> {
    return this.generation.accept(user, id, dto);
  }

  @Post('generation-runs/:id/discard')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: GenerationRunView })
  discard(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<GenerationRunView> {
    return this.generation.discard(user, id);
  }

  @Get('shifts/:id/replacements')
  @Roles('admin', 'scheduler')
  @ApiOkResponse({ type: ReplacementsView })
  replacements(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<ReplacementsView> {
    return this.generation.replacements(user, id);
  }
}
