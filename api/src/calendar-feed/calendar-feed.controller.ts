import { Controller, Delete, Get, Header, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators';
import { CalendarFeedView, CreatedCalendarFeedView } from './calendar-feed.dto';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('calendar-feed')
@Controller()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('calendar-feed')
  @Roles(...ROLES)
  @ApiOkResponse({ type: CalendarFeedView })
  status(@CurrentUser() user: AuthUser): Promise<CalendarFeedView> {
    return this.feeds.status(user);
  }

  @Post('calendar-feed')
  @Roles(...ROLES)
  @ApiCreatedResponse({ type: CreatedCalendarFeedView })
  create(@CurrentUser() user: AuthUser): Promise<CreatedCalendarFeedView> {
    return this.feeds.create(user);
  }

  @Delete('calendar-feed')
  @Roles(...ROLES)
  @HttpCode(204)
  revoke(@CurrentUser() user: AuthUser): Promise<void> {
    return this.feeds.revoke(user);
  }

  /** For calendar apps: no login, the long random token is the key; throttled against guessing. */
  @Get('calendar/:token.ics')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 60, ttl: 60_000 } })
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545) of the published shifts' })
  calendar(@Param('token') token: string): Promise<string> {
    return this.feeds.calendar(token);
  }
}
