import { CONTRACT_STATES, type ContractState, contractStateMeta } from '../../workflows';
import type { RequestLetterStanding } from '../letters/letters.service';
import { familyWords, type FamilyWords, type Lang } from '../words';

/** How the portal groups contracts for the family: whose move it is, in plain words. */
export type ContractGroup = 'withOwner' | 'waitingOnProvider' | 'done';
export const CONTRACT_GROUPS: readonly ContractGroup[] = ['withOwner', 'waitingOnProvider', 'done'];

/**
 * Done for the family when nobody owes us anything (confirmed, settled, closed, withdrawn, informed
 * through the BRP); a later bill makes it wait on the organisation again. A letter that has not gone out
 * (`letter`: the state's letter standing, held back by the letter rules or by post not posted yet) has not
 * reached the organisation: sending or posting it is our move. A finished contract whose bill the estate still
 * owes (`owesBills`) is not done for the family either: paying it is (the owner's next step says "Nog te betalen").
 * Nor is one a relative's report still waits on the owner about (`reported`, README amenddoc): its card says the report
 * is with her, so the progress line does not count it as done; nor one whose later end date she looks at (`reported` too, rentlaw). Nor is one whose provider confirmed a refund that has not all
 * reached the estate account (`refundOpen`, README refundrest): paying it is the organisation's move, so it waits on the organisation.
 * The portal's overview and the progress report to the family group by this alone.
 */
export function contractGroup(state: ContractState, letter?: RequestLetterStanding, owesBills = false, reported = false, refundOpen = false): ContractGroup {
  const { waitingOn } = contractStateMeta(state);
  // comweb: a bill with the complaints body (`withCommittee`, nobody's move) is not done either: it waits on the body's decision.
  if (waitingOn === 'nobody') return owesBills || reported ? 'withOwner' : refundOpen || state === 'withCommittee' ? 'waitingOnProvider' : 'done';
  return waitingOn === 'provider' && letter === undefined ? 'waitingOnProvider' : 'withOwner';
}

/**
 * What the family is told of a contract whose state's letter has not gone out (`letter`), where the state's own words
 * (`statusText`) would say it did: held back by the letter rules, or by post and not posted yet (a later state's own
 * words stay, followed by the letter waiting for the post). `nextStep` null: the state's own. Null when the letter went.
 * `firstBill`: the bill disputed is the first the family hears of (`firstBillHeard`), as the state's own words say it.
 */
export function unsentLetterWords(c: { providerName: string; state: ContractState; action: string; statusText: string; bank: boolean; firstBill: boolean }, letter: RequestLetterStanding | undefined, words: FamilyWords): { statusText: string; nextStep: string | null } | null {
  // An e-mail that did not arrive was made and sent: it is not "prepared until everything is in order" (audit 77, MAIL-2); it is sent
  // again (made anew when its date passed). One not made yet may still be held: for the family, a letter still being prepared.
  if (letter === 'undelivered') return { statusText: words.letterUndelivered(c.providerName), nextStep: words.letterBeingSentNext(c.providerName) };
  if (letter === 'heldBack' || letter === 'beingMade') return { statusText: words.letterHeldBack(c.providerName), nextStep: words.letterHeldBackNext };
  if (letter === 'beingSent') return { statusText: words.letterBeingSent(c.providerName), nextStep: words.letterBeingSentNext(c.providerName) };
  if (letter !== 'awaitingPost') return null;
  if (c.state === 'requested') return { statusText: words.letterAwaitingPost(c.providerName), nextStep: words.letterAwaitingPostNext(c.providerName) };
  // A reminder, complaint or objection to a bill by post: its state's words say it was sent ("we hebben bezwaar gemaakt").
  if (Object.hasOwn(words.chaseAwaitingPost, c.state)) return { statusText: words.chaseAwaitingPost[c.state as keyof FamilyWords['chaseAwaitingPost']](c.providerName, c.bank ? 'bank' : c.action === 'cancel' ? 'cancel' : 'transfer', c.firstBill), nextStep: words.letterAwaitingPostNext(c.providerName) };
  return { statusText: `${c.statusText} ${words.letterStillForPost(c.providerName)}`, nextStep: null };
}

/** Contract states worth a rating: the provider confirmed, or it is all done. */
const MILESTONE_STATES: readonly string[] = ['confirmed', 'settled', 'closed'];

/**
 * The contracts whose provider the family may be asked to rate: one that reached a milestone, while
 * none of that provider's contracts still waits (asking how KPN did while its debt collector
 * writes to the widow would be tone-deaf). Waiting as its card groups it (`group`, `contractGroup`): closewords, a refund
 * still to come, a bill still to pay or a relative's open report is not done for the family, so KPN is not rated while it owes.
 */
export function ratableContracts<C extends { providerId: string; state: string; group: ContractGroup }>(contracts: readonly C[]): C[] {
  const waiting = new Set(contracts.filter((c) => c.group !== 'done').map((c) => c.providerId));
  return contracts.filter((c) => MILESTONE_STATES.includes(c.state) && !waiting.has(c.providerId));
}

export interface Progress {
  total: number;
  done: number;
  waitingOnProvider: number;
  withOwner: number;
}

/**
 * The whole estate's progress from its contracts counted per state (an aggregate: the list itself is paged);
 * `notOut` of those waiting on the organisation by their state have a letter that has not gone out, and `owing` of
 * those done by their state a bill the estate still owes or a relative's open report: ours (`contractGroup`); `refunding` of
 * those done by their state, none of that, a refund still to come: the organisation's.
 */
export function progressOf(counts: readonly { state: ContractState; count: number }[], notOut = 0, owing = 0, refunding = 0): Progress {
  const progress: Progress = { total: 0, done: 0, waitingOnProvider: 0, withOwner: 0 };
  for (const { state, count } of counts) {
    progress.total += count;
    progress[contractGroup(state)] += count;
  }
  progress.waitingOnProvider -= notOut;
  progress.withOwner += notOut;
  progress.done -= owing + refunding;
  progress.withOwner += owing;
  progress.waitingOnProvider += refunding;
  return progress;
}

/** The states in which the organisation is to answer: where a letter that has not gone out changes whose move it is. */
export const WAITING_ON_PROVIDER_STATES: readonly ContractState[] = CONTRACT_STATES.filter((s) => contractGroup(s) === 'waitingOnProvider');
/** The states done for the family while the estate owes none of their bills. */
export const DONE_STATES: readonly ContractState[] = CONTRACT_STATES.filter((s) => contractGroup(s) === 'done');

/** "3 van 12 afgerond, 2 wachten op de organisatie": the one line a family member reads first, in her words. */
export const progressLine = (p: Progress, lang: Lang): string => familyWords(lang).progressLine(p);
