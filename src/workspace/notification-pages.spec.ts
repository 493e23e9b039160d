import type { StaffPrincipal } from '../auth/principal';
import type { OwnerNotification } from '../notifications/notifications.service';
import { notificationsPage } from './notification-pages';

const sanne = (unreadNotifications: number): StaffPrincipal => ({ kind: 'staff', userId: 'u-1', role: 'specialist', name: 'Sanne Visser', lang: 'nl', unreadNotifications });
const notification = (id: string, read: boolean): OwnerNotification => ({
  id,
  estateId: 'e-1',
  contractId: `c-${id}`,
  topic: 'information_requested',
  message: 'Veldnet (Mobiel): vraagt aanvullende informatie.',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  read,
  estateReference: 'ST-2026-000001',
  deceasedName: 'Jan de Vries',
});
const pageFor = (unread: number, items: OwnerNotification[] = []) => notificationsPage(sanne(unread), { items, nextCursor: null }, {});
/** The header's badge beside „Meldingen”: what it shows and what it is read out as. */
const badge = (html: string) => /id="nav-notifications">Meldingen <span class="badge alert" aria-label="([^"]+)">([^<]+)<\/span>/.exec(html)?.slice(1);

describe("the owner's notifications page", () => {
  it('caps a large unread count at „99+” in the header and reads out the true count (notifrest)', () => {
    expect(badge(pageFor(1234))).toEqual(['1234 ongelezen', '99+']);
    expect(badge(pageFor(100))).toEqual(['100 ongelezen', '99+']);
    expect(badge(pageFor(99))).toEqual(['99 ongelezen', '99']);
    expect(badge(pageFor(2))).toEqual(['2 ongelezen', '2']);
  });

  it('opens an unread notification with a form („Openen”, a POST), never with a link a prefetcher could follow; a read one links to its contract', () => {
    const html = pageFor(1, [notification('n-1', false), notification('n-2', true)]);
    expect(html).toMatch(/<form method="post" action="\/app\/notifications\/n-1\/open" class="inline"><button type="submit"[^>]*>Openen<\/button><\/form>/);
    expect(html).toContain('<a href="/app/contracts/c-n-2">Naar het contract</a>');
    expect(html).not.toMatch(/href="\/app\/notifications\/n-/);
    expect(html).not.toContain('/app/notifications/n-2/open');
  });
});
