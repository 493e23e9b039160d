import type { UserRole } from '../users/user.entity';
import type { Lang } from '../words';

/** Staff: an administrator or a bereavement specialist (case owner). */
export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  role: UserRole;
  name: string;
  /** The language this person chose for the workspace. */
  lang: Lang;
  /** Her unread notifications, for the workspace's header: set on its pages only (`UnreadNotifications`), not on API calls. */
  unreadNotifications?: number;
}

/** A family member, scoped to exactly one estate. */
export interface FamilyPrincipal {
  kind: 'family';
  familyMemberId: string;
  estateId: string;
  name: string;
  /** The language the member chose while signed in; null until then (the portal's language cookie decides). */
  lang: Lang | null;
}

/** A provider contact point, scoped to exactly one provider. */
export interface ProviderPrincipal {
  kind: 'provider';
  providerId: string;
  /** The API token or desk user the call came through, for the timeline. */
  credentialId: string;
  name: string;
  /** The desk user's own language, else the organisation's (an API token speaks the organisation's). */
  lang: Lang;
}

export type Principal = StaffPrincipal | FamilyPrincipal | ProviderPrincipal;
export type Audience = Principal['kind'];

/** Who did something, as written on the estate timeline. */
export interface Actor {
  type: 'staff' | 'family' | 'provider' | 'system';
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, name: 'Steward' };

export function actorOf(principal: Principal): Actor {
  switch (principal.kind) {
    case 'staff':
      return { type: 'staff', id: principal.userId, name: principal.name };
    case 'family':
      return { type: 'family', id: principal.familyMemberId, name: principal.name };
    case 'provider':
      return { type: 'provider', id: principal.providerId, name: principal.name };
  }
}
