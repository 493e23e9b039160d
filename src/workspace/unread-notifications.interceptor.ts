import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { WEB_KEY, type WebArea } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { NotificationsService } from '../notifications/notifications.service';
import { APP_AREA } from './workspace-web.controller';

/**
 * Every workspace page's header shows her unread notifications (ownernotif, „Meldingen 3”): counted once per request of the
 * workspace's web area, before its handler renders the page; the API and the other areas are left alone.
 */
@Injectable()
export class UnreadNotifications implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly notifications: NotificationsService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const area = this.reflector.getAllAndOverride<WebArea | undefined>(WEB_KEY, [context.getHandler(), context.getClass()]);
    const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
    if (area?.cookie === APP_AREA.cookie && principal?.kind === 'staff') principal.unreadNotifications = await this.notifications.unreadCount(principal);
    return next.handle();
  }
}
