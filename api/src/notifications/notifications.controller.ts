import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { InboxView, NotificationView } from './notification.dto';
import { NotificationsService } from './notifications.service';

/** Everyone's own inbox; nobody reads another person's. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({ type: InboxView })
  inbox(@CurrentUser() user: AuthUser): Promise<InboxView> {
    return this.notifications.inbox(user);
  }

  @Post(':id/read')
  @Roles(...ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  markRead(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<NotificationView> {
    return this.notifications.markRead(user, id);
  }

  @Post('read-all')
  @Roles(...ROLES)
  @HttpCode(204)
  markAllRead(@CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markAllRead(user);
  }
}
