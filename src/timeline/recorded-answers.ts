import type { Actor } from '../auth/principal';

/** The steps that set what the provider confirmed: its confirmation and any correction of it. */
export const CONFIRMATION_EVENTS = ['COMPLETE', 'COMPLETION_CORRECTED'];

/**
 * Whether the case owner's recorded answer replaces one the provider gave in its own desk: a corrected
 * confirmation the owner recorded (by phone, post or e-mail) after the provider confirmed, or last corrected,
 * the request itself. The provider is told then (its desk and its endpoints): what it said is no longer what
 * Steward holds. `previous`: who recorded the confirmation before it, if any.
 */
export function overridesDeskAnswer(event: string, recorder: Actor['type'], previous: Actor['type'] | undefined): boolean {
  return event === 'COMPLETION_CORRECTED' && recorder === 'staff' && previous === 'provider';
}
