import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import {
  ExchangeOptionView,
  ExchangeOptionsQueryDto,
  OfferSwapDto,
  SwapAnswerDto,
  SwapDecisionDto,
  SwapQueryDto,
  SwapView,
} from './swap.dto';
import { SwapsService } from './swaps.service';

/** Shift swaps: employees offer and answer, schedulers approve; everyone sees only their part. */
@ApiTags('swaps')
@Controller('swaps')
export class SwapsController {
  constructor(private readonly swaps: SwapsService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({ type: [SwapView] })
  list(@CurrentUser() user: AuthUser, @Query() query: SwapQueryDto): Promise<SwapView[]> {
    return this.swaps.list(user, query);
  }

  @Get('exchange-options')
  @Roles('employee')
  @ApiOkResponse({ type: [ExchangeOptionView] })
  exchangeOptions(
    @CurrentUser() user: AuthUser,
    @Query() query: ExchangeOptionsQueryDto,
  ): Promise<ExchangeOptionView[]> {
    return this.swaps.exchangeOptions(user, query.shiftId);
  }

  @Post()
  @Roles('employee')
  @ApiCreatedResponse({ type: SwapView })
  offer(@CurrentUser() user: AuthUser, @Body() dto: OfferSwapDto): Promise<SwapView> {
    return this.swaps.offer(user, dto);
  }

  @Post(':id/accept')
  @Roles('employee')
  @HttpCode(200)
  @ApiOkResponse({ type: SwapView, description: 'Applied, waiting for the scheduler, or refused with the reasons' })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SwapAnswerDto,
  ): Promise<SwapView> {
    return this.swaps.accept(user, id, dto);
  }

  @Post(':id/decline')
  @Roles('employee')
  @HttpCode(200)
  @ApiOkResponse({ type: SwapView })
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SwapAnswerDto,
  ): Promise<SwapView> {
    return this.swaps.decline(user, id, dto);
  }

  @Post(':id/withdraw')
  @Roles('employee')
  @HttpCode(200)
  @ApiOkResponse({ type: SwapView })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SwapAnswerDto,
  ): Promise<SwapView> {
    return this.swaps.withdraw(user, id, dto);
  }

  @Post(':id/decision')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiOkResponse({ type: SwapView })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SwapDecisionDto,
  ): Promise<SwapView> {
    return this.swaps.decide(user, id, dto);
  }
}
