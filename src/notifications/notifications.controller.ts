import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { NotificationsService, OWNER_NOTIFICATIONS_CURSOR, ownerNotifications } from './notifications.service';

/** ownernotif: the case owner's notifications (a held-back letter, a later end date, a provider's question, a term passed, …). */
@ApiTags('workspace')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiDoc({
    summary: "The owner's notifications",
    description:
      'A page of the notifications of the estates she owns, newest first, each with its estate and contract (null: the estate\'s own) and whether she read it; `unread` counts her unread ones. An administrator reads every estate\'s (as her Today), with their owners\' read marks, and has none unread of her own.',
    problems: [400],
  })
  @Get()
  async list(@CurrentPrincipal() principal: StaffPrincipal, @Query() page: PageQueryDto) {
    const [notifications, unread] = await Promise.all([this.notifications.forOwner(principal, positionOf(ownerNotifications(principal), page.cursor, OWNER_NOTIFICATIONS_CURSOR), page.limit), this.notifications.unreadCount(principal)]);
    return { ...notifications, unread };
  }

  @ApiDoc({ summary: 'Mark a notification read', description: "The estate's owner has read it; an administrator's call changes nothing (it stays unread for the owner, whose news it is)." })
  @Post(':id/read')
  @Idempotent()
  @HttpCode(204)
  async read(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.notifications.open(principal, id);
  }

  @ApiDoc({ summary: 'Mark all notifications read', description: 'Every notification of her estates written until now is read.' })
  @Post('read')
  @Idempotent()
  @HttpCode(204)
  async readAll(@CurrentPrincipal() principal: StaffPrincipal): Promise<void> {
    await this.notifications.markAllRead(principal);
  }
}
