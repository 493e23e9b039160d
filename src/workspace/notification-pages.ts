import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import type { OwnerNotification } from '../notifications/notifications.service';
import { html, humanMoment } from '../web/html';
import { pager, type PagePosition } from '../web/pager';
import { ownerWords } from '../words';
import { actionButton, appPage, notice } from './workspace-pages';

/**
 * Her notifications, newest first (ownernotif): when, which estate, what it says; an unread one „Openen”, a form (a POST, so no
 * prefetched link reads it: notifrest) that marks it read and opens its contract (or estate), a read one a link there; „Alles
 * gelezen” for the rest. An administrator reads every estate's, with whether its owner has read each.
 */
export function notificationsPage(user: StaffPrincipal, list: Page<OwnerNotification>, at: PagePosition, done?: string): string {
  const w = ownerWords(user.lang).notifications;
  const admin = user.role === 'admin';
  const item = (n: OwnerNotification) =>
    html`<li class="card notification${n.read ? '' : ' unread'}"><p class="muted">${humanMoment(new Date(n.createdAt), user.lang)} · ${w.estateOf(n.deceasedName, n.estateReference)}${
      n.read ? '' : html` <span class="badge alert">${admin ? w.unreadByOwner : w.unread}</span>`
    }</p><p>${n.message}</p><p>${
      n.read ? html`<a href="${n.contractId ? `/app/contracts/${n.contractId}` : `/app/estates/${n.estateId}`}">${n.contractId ? w.toContract : w.toEstate}</a>` : actionButton(`/app/notifications/${n.id}/open`, w.open)
    }</p></li>`;
  return appPage(
    user,
    w.title,
    html`<h1>${w.title}</h1>${notice(user.lang, done)}<p>${admin ? w.adminIntro : w.intro}</p>${user.unreadNotifications ? actionButton('/app/notifications/read', w.allRead) : ''}
${list.items.length ? html`<ul class="plain notifications">${list.items.map(item)}</ul>` : html`<p class="card">${w.none}</p>`}${pager('/app/notifications', {}, at, list.nextCursor, user.lang)}`,
  );
}
