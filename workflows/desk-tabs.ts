import { type ContractContext, type ContractState, contractStateMeta } from './contract.machine';
import { type DeskParty, type DeskTab, PROVIDER_ANSWER_EVENTS } from './status-text-provider';
import { releaseBesideDispute } from './wording';

/** States in which no request was sent: the provider never sees these (a provider informed through the BRP gets no letter). */
export const NOT_SENT_STATES: ContractState[] = ['draft', 'ready', 'informedByBrp'];

/** Whose move it is, read from the state's declared meta; the case owner is "Steward" to a provider. */
export function partyOf(state: ContractState): DeskParty {
  const { waitingOn } = contractStateMeta(state);
  return waitingOn === 'owner' ? 'steward' : waitingOn;
}

/**
 * What decides whose move a request is beyond its state: a bank's release still owed (`releaseAwaited`); deskcorr: a correction
 * after its confirmation that asks whether its date changes, not answered yet (`correctionAwaited`, kept on the contract, not the machine's).
 */
export type DeskWait = Pick<ContractContext, 'releaseAwaited'> & { correctionAwaited?: boolean };

/**
 * Whose move a request is at the desk: its state's (`partyOf`), but a bank's release still owed beside a dispute of its costs
 * (`releaseBesideDispute`) is the bank's while the dispute waits on the case owner: bankrelease, „the release of the balance stays
 * the bank's to do" until it is recorded (bankdesk; as refunddesk2 files a refund still to transfer under „Wacht op u").
 */
export function deskPartyOf(state: ContractState, wait: DeskWait | null = null): DeskParty {
  return wait && (wait.correctionAwaited || releaseBesideDispute(state, wait)) ? 'provider' : partyOf(state);
}

/** A request is new until the provider first answers it; after that it waits on whoever owes the next move (`deskPartyOf`). */
export function tabOf(state: ContractState, providerAnswered: boolean, wait: DeskWait | null = null): DeskTab {
  const party = deskPartyOf(state, wait);
  if (party === 'provider') return providerAnswered ? 'waiting_on_you' : 'new';
  return party === 'steward' ? 'waiting_on_steward' : 'done';
}

/**
 * The desk tab a contract is listed under after an event, kept on the contract so each tab is one
 * indexed range: null while the request has not been sent, or while its letter is held back
 * (`requestHeldBack`), unless the provider answered (an answer the owner records, given by phone, says it
 * knows): a request it rejected and the owner amends is back in `ready` until it is sent again, and
 * stays on the desk meanwhile, waiting on Steward. `answeredBefore`: whether the provider had answered before this event; `wait`: the
 * request's context after it (a bank's release still owed, `deskPartyOf`).
 */
export function deskTabAfter(state: ContractState, answeredBefore: boolean, event: string, requestHeldBack = false, wait: DeskWait | null = null): { tab: DeskTab | null; providerAnswered: boolean } {
  const providerAnswered = answeredBefore || PROVIDER_ANSWER_EVENTS.includes(event);
  return { tab: (NOT_SENT_STATES.includes(state) || requestHeldBack) && !providerAnswered ? null : tabOf(state, providerAnswered, wait), providerAnswered };
}

/**
 * deskcorr: whether a step answers a correction awaited after the confirmation (`DeskWait.correctionAwaited`): the provider corrected
 * its confirmation (a new date; one that changes nothing writes no step, and the desk service records that the date stays), its
 * confirmation was taken back (it answers the corrected request anew), or the request ended.
 */
export const answersCorrection = (event: string, to: ContractState): boolean =>
  event === 'COMPLETION_CORRECTED' || event === 'TAKE_BACK_CONFIRMATION' || to === 'closed' || to === 'withdrawn';

/**
 * Whether the request is held back from the provider's desk after a letter to the provider was
 * produced (`sent`) or held back by the letter rules. The provider sees a request once a letter reached
 * it; a request it already had (an earlier letter, or its own answer) stays on its desk whatever a
 * later letter's fate.
 */
export function requestHeldBackAfter(letter: { sent: boolean }, provider: { hadLetter: boolean; answered: boolean }): boolean {
  return !letter.sent && !provider.hadLetter && !provider.answered;
}

/** How the provider was chased for its answer: a reminder, or a complaint (after the reminder, about a bill, or about its rejection). */
export type DeskChase = 'reminder' | 'complaint';
export const DESK_CHASES: Partial<Record<ContractState, DeskChase>> = { reminded: 'reminder', escalated: 'complaint', disputeEscalated: 'complaint', complained: 'complaint' };

/**
 * Whether a request is overdue on the desk: the provider owes the answer and was chased for it, or let its term pass in
 * this state (`termMissed`). The contract workflow keeps it on the contract (`desk_overdue`) so every desk list puts
 * these first from an index: a busy desk ordered by activity alone pushed them behind a day's new requests.
 */
export function deskOverdue(state: ContractState, termMissed: boolean): boolean {
  return partyOf(state) === 'provider' && (DESK_CHASES[state] !== undefined || termMissed);
}
