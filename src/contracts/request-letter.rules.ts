import type { RequestLetterStanding } from '../letters/letters.service';
import { type EstateState, ownerEstateStatusText } from '../../workflows';
import { NOT_SENT_STATES } from '../../workflows/desk-tabs';
import { listed } from '../../workflows/wording';
import { type Lang, ownerWords } from '../words';

/** The provider's answers to the request itself (`provider-answer`'s acknowledged, completed, information_requested, rejected). */
const ANSWERS_TO_REQUEST: readonly string[] = ['ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT'];

/**
 * reqheld: a provider cannot answer a request whose letter never went. While the contract is `requested` and the letter check holds
 * that letter (`requestNeverWent`), the owner's page does not offer the answers this names: it says what to do, the forms folded
 * away for an answer heard all the same (by phone; the API takes it, as `letters` and `posted` specs record). A desk (portal)
 * provider does not see a held request at its desk at all. Other states' letters (a reminder, our answer to its question) chase a
 * request the provider has: its answers stay open there.
 */
export function answersTheRequest(event: string, state: string): boolean {
  return state === 'requested' && ANSWERS_TO_REQUEST.includes(event);
}

/**
 * Only a letter the letter check holds surely never went: one waiting for the post may be in the post box already (posted, not
 * marked), and a provider may answer one printed or e-mailed by phone before it arrives (the posted spec's Delta): their forms stay.
 */
export const requestNeverWent = (letter: RequestLetterStanding | null | undefined): boolean => letter === 'heldBack';

/** A contract as the estate's headline reads it: its state and provider, and its letter not out (`requestLetter`, the owner's summary). */
export interface RequestOnEstate {
  state: string;
  provider: { name: string };
  requestLetter: { standing: RequestLetterStanding } | null;
}

/**
 * reqheld: what the estate's headline must not contradict: the providers whose letter the letter check holds (`held`), whether a
 * request went (`sent`: a contract past the request that is not one in `requested` whose letter has not gone out; a contract
 * withdrawn is left out, it may have been withdrawn before its request went), and whether some wait to go (`waiting`).
 */
export function requestsNotOut(contracts: readonly RequestOnEstate[]): { held: string[]; sent: boolean; waiting: boolean } {
  const notOut = contracts.filter((c) => c.state === 'requested' && c.requestLetter);
  const out = contracts.filter((c) => !(NOT_SENT_STATES as readonly string[]).includes(c.state) && c.state !== 'withdrawn' && !notOut.includes(c));
  const held = [...new Set(contracts.filter((c) => c.requestLetter?.standing === 'heldBack').map((c) => c.provider.name))];
  return { held, sent: out.length > 0, waiting: notOut.length > 0 };
}

/**
 * reqheld: the estate's headline, true of its requests (`requestsNotOut`): while none went it does not say „verzoeken verstuurd",
 * and names the providers whose letter the letter check holds; once some went, those held are named after it. estatepage: `beside`,
 * what it says after that (the letters in a colleague's downloaded batch, `othersBatchText`), so it agrees with the letters' lines.
 */
export function estateHeadline(lang: Lang, status: EstateState, contracts: readonly RequestOnEstate[], beside: readonly string[] = []): string {
  return [requestsHeadline(lang, status, contracts), ...beside].join(' ');
}

function requestsHeadline(lang: Lang, status: EstateState, contracts: readonly RequestOnEstate[]): string {
  if (status !== 'inProgress') return ownerEstateStatusText(status, lang);
  const w = ownerWords(lang).estate;
  const { held, sent, waiting } = requestsNotOut(contracts);
  const names = listed(held, lang);
  if (sent) return held.length ? `${w.requestsSent} ${w.requestHeldBeside(names)}` : w.requestsSent;
  if (waiting) return held.length ? w.requestsHeld(names) : w.requestsNotOut;
  return ownerEstateStatusText(status, lang);
}
