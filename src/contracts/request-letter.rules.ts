import type { RequestLetterStanding } from '../letters/letters.service';
import { type EstateState, ownerEstateStatusText } from '../../workflows';
import { NOT_SENT_STATES } from '../../workflows/desk-tabs';
import { listed } from '../../workflows/wording';
import { type Lang, ownerWords } from '../words';

/** The provider's answers to the request itself (`provider-answer`'s acknowledged, completed, information_requested, rejected). */
const ANSWERS_TO_REQUEST: readonly string[] = ['ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT'];

/**
 * reqheld: a provider cannot answer a request whose letter never reached it. While the contract is `requested` and the letter that
 * state wrote has not gone out (`requestLetter.standing`: held by the letter check, waiting for the post, being made or sent, not
 * delivered), the owner's page offers none of the answers this names and the API refuses them (409 `request-not-sent`). A desk
 * (portal) provider sees the request only once its letter is made and not held, and its desk refuses an answer until then
 * (`letter-pending`). Other states' letters (a reminder, our answer to its question) chase a request the provider has: its
 * answers stay open there.
 */
export function answersTheRequest(event: string, state: string): boolean {
  return state === 'requested' && ANSWERS_TO_REQUEST.includes(event);
}

/** Why the request has not reached the provider, in the owner's words of the contract's status (`ContractViews.summary`). */
export function requestNotOutSaid(letter: RequestLetterStanding, provider: string, lang: Lang): string {
  const w = ownerWords(lang).contract;
  const said: Record<RequestLetterStanding, (provider: string) => string> = {
    heldBack: w.letterHeldBack,
    awaitingPost: w.letterAwaitingPost,
    beingMade: w.letterBeingMade,
    beingSent: w.letterBeingSent,
    undelivered: w.letterUndelivered,
  };
  return said[letter](provider);
}

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
 * and names the providers whose letter the letter check holds; once some went, those held are named after it.
 */
export function estateHeadline(lang: Lang, status: EstateState, contracts: readonly RequestOnEstate[]): string {
  if (status !== 'inProgress') return ownerEstateStatusText(status, lang);
  const w = ownerWords(lang).estate;
  const { held, sent, waiting } = requestsNotOut(contracts);
  const names = listed(held, lang);
  if (sent) return held.length ? `${w.requestsSent} ${w.requestHeldBeside(names)}` : w.requestsSent;
  if (waiting) return held.length ? w.requestsHeld(names) : w.requestsNotOut;
  return ownerEstateStatusText(status, lang);
}
