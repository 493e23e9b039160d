import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, WebPage } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { NotificationsService, OWNER_NOTIFICATIONS_CURSOR, ownerNotifications } from '../notifications/notifications.service';
import { ListPageQueryDto } from '../web/pager';
import { notificationsPage } from './notification-pages';
import { APP_AREA } from './workspace-web.controller';

/** ownernotif: her notifications page; „Openen" marks one read and goes to its contract or estate. */
@ApiExcludeController()
@WebPage(APP_AREA)
@Controller('app/notifications')
export class NotificationsWebController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  async list(@CurrentPrincipal() p: StaffPrincipal, @Query() query: ListPageQueryDto, @Res() res: Response) {
    const { cursor, back, limit, done } = query;
    const list = await this.notifications.forOwner(p, positionOf(ownerNotifications(p), cursor, OWNER_NOTIFICATIONS_CURSOR), limit);
    res.type('html').send(notificationsPage(p, list, { cursor, back }, done));
  }

  @Post('read')
  async readAll(@CurrentPrincipal() p: StaffPrincipal, @Res() res: Response) {
    await this.notifications.markAllRead(p);
    res.redirect(303, '/app/notifications?done=allRead');
  }

  /**
   * „Openen" on her list: read from now on (her own), then where it leads. A POST (notifrest): a link a prefetcher or a mail
   * scanner fetches marked it read unseen. 404 outside her reach.
   */
  @Post(':id/open')
  async open(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    const { estateId, contractId } = await this.notifications.open(p, id);
    res.redirect(303, contractId ? `/app/contracts/${contractId}` : `/app/estates/${estateId}`);
  }
}
