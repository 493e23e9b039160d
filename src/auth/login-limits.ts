import { createHash } from 'node:crypto';

/**
 * How many login attempts are allowed, per what, and for how long (issue 11). Pure rules; the counting
 * is `LoginThrottle`'s. Every attempt counts when it starts and a successful one is given back, so a
 * limit of 10 means 10 wrong tries are ever checked per window, however many arrive at once.
 */
export interface LoginLimit {
  /** What is counted, as `counterKey` writes it (e.g. "staff:" and a hash of the email). */
  key: string;
  max: number;
  windowSeconds: number;
}

const WINDOW_SECONDS = 15 * 60;

/**
 * A staff or desk account: 10 wrong passwords per 15 minutes, wherever they come from, so spreading a
 * guess over many addresses does not help. The API and the workspace page share the staff counter.
 */
export const ACCOUNT_MAX = 10;
/**
 * One client address, over every password login (API, /app, /desk): 30 per 15 minutes. Higher than an
 * account's, because an office of case owners may share one address, lower than 3 accounts' worth, so
 * one address cannot try a few passwords on every account.
 */
export const ADDRESS_MAX = 30;
/** Family codes (and new-link requests) per client address: a code names no account, so only the address can be counted. */
export const FAMILY_ADDRESS_MAX = 10;

export type PasswordDoor = 'staff' | 'desk';

/**
 * A counter's key: what kind of thing is counted and a SHA-256 of which one. The table of attempts
 * then holds no email address or client address (least data), and equal inputs still meet on one row.
 */
export function counterKey(kind: PasswordDoor | 'address' | 'family', value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('base64url')}`;
}

/** The limits one password login counts against: its account and its address. */
export function passwordLoginLimits(door: PasswordDoor, email: string, client: string): LoginLimit[] {
  return [
    { key: counterKey(door, email.trim().toLowerCase()), max: ACCOUNT_MAX, windowSeconds: WINDOW_SECONDS },
    { key: counterKey('address', client), max: ADDRESS_MAX, windowSeconds: WINDOW_SECONDS },
  ];
}

export function familyCodeLimits(client: string): LoginLimit[] {
  return [{ key: counterKey('family', client), max: FAMILY_ADDRESS_MAX, windowSeconds: WINDOW_SECONDS }];
}

/** Whole seconds until a window ends, at least 1 (Retry-After: 0 would invite an immediate retry). */
export function retryAfterSeconds(windowEndsAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
}
