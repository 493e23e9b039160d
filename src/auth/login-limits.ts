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
/**
 * authedge (audit93 F8): wrong tries of one family code from one client address. A code names no account, so the code tried
 * and the address are counted together: one relative retyping her mistyped code is stopped, not her family behind the same
 * home router, who type their own codes.
 */
export const FAMILY_CODE_MAX = 5;
/**
 * Every family code tried from one client address: the ceiling that stops guessing (a new guess is a new code). Generous, as
 * ADDRESS_MAX is for an office, so a household's mistypes do not lock it; 30 guesses of a 12-character code find nothing.
 */
export const FAMILY_ADDRESS_MAX = 30;
/** "Send me a new link" per client address: each may send an e-mail, so fewer than codes tried. */
export const NEW_LINK_MAX = 10;

export type PasswordDoor = 'staff' | 'desk';

/**
 * A counter's key: what kind of thing is counted and a SHA-256 of which one. The table of attempts
 * then holds no email address or client address (least data), and equal inputs still meet on one row.
 */
export function counterKey(kind: PasswordDoor | 'address' | 'family' | 'family-code' | 'new-link', value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('base64url')}`;
}

/** The limits one password login counts against: its account and its address. */
export function passwordLoginLimits(door: PasswordDoor, email: string, client: string): LoginLimit[] {
  return [
    { key: counterKey(door, email.trim().toLowerCase()), max: ACCOUNT_MAX, windowSeconds: WINDOW_SECONDS },
    { key: counterKey('address', client), max: ADDRESS_MAX, windowSeconds: WINDOW_SECONDS },
  ];
}

/** The limits one family code counts against: that code from that address, and the address. `codeHash`: the code as stored (`hashAccessCode`), so its spelling does not matter. */
export function familyCodeLimits(codeHash: string, client: string): LoginLimit[] {
  return [
    { key: counterKey('family-code', `${codeHash} ${client}`), max: FAMILY_CODE_MAX, windowSeconds: WINDOW_SECONDS },
    { key: counterKey('family', client), max: FAMILY_ADDRESS_MAX, windowSeconds: WINDOW_SECONDS },
  ];
}

export function newLinkLimits(client: string): LoginLimit[] {
  return [{ key: counterKey('new-link', client), max: NEW_LINK_MAX, windowSeconds: WINDOW_SECONDS }];
}

/** Whole seconds until a window ends, at least 1 (Retry-After: 0 would invite an immediate retry). */
export function retryAfterSeconds(windowEndsAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
}
