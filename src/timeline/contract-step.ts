import type { Readdressing } from '../words/readdressed';
import { type ContractStep, contractStep, type DisputesHeld, type NoticeChange } from '../../workflows';
import { collectionAnswerOf } from '../../workflows/wording';

/** What a contract step's timeline entry stored (the runtime keeps the event's data without its type, and its effects' types). */
export interface StoredStep {
  event: string;
  fromState: string | null;
  toState: string;
  details: Record<string, unknown>;
  /**
   * Who recorded it (the entry's `actor_type`), where the reader has it: a collection stop recorded by the case owner (`staff`) before
   * she was asked who answered or how names no one (README collrest2), which its event alone cannot tell from one given in the desk.
   */
  actorType?: string;
}

/** A contract's workflow step (the instance version it made), as the letters that went out for it name it. */
export function stepKey(contractId: string, step: number): string {
  return `${contractId}/${step}`;
}

/**
 * Whether a step that meant to send its provider a letter (`withLetter`) has not yet: the letter was
 * held back by the letter rules, or not made yet. `step`: the instance version the step recorded; a
 * step recorded before steps were numbered reads as sent, as it always did.
 */
export function letterNotSent(contractId: string, withLetter: boolean, step: unknown, sentSteps: ReadonlySet<string>): boolean {
  return withLetter && typeof step === 'number' && !sentSteps.has(stepKey(contractId, step));
}

/**
 * What the estate's letters say of its workflow steps (letters know, readers are told): `sent`, the steps whose
 * letter to the provider went out (`sentSteps`); `awaitingPost`, of those by post, the ones whose batch was not yet
 * marked posted (a made letter by post has not reached anyone yet).
 */
export interface StepLetters {
  sent: ReadonlySet<string>;
  awaitingPost: ReadonlySet<string>;
  /** The ids of the letters that did not reach their addressee (`undelivered`: an e-mail that failed, a letter by post set apart): not sent, whatever their entry recorded when they were made. */
  undelivered: ReadonlySet<string>;
  /** Of `undelivered`, the e-mails still being sent (`stillBeingSent`): their entries say so, not that they did not arrive. */
  beingSent: ReadonlySet<string>;
  /** Of `undelivered`, the objections by post set apart unprinted because the owner settled their bill (`SETTLED_BEFORE_POST`). */
  settledBeforePost: ReadonlySet<string>;
  /** Of `undelivered`, the objections by post set apart unprinted because the provider's answer to their bill was recorded (`ANSWERED_BEFORE_POST`). */
  answeredBeforePost: ReadonlySet<string>;
  /** Of `undelivered`, the bank's reminders of the release set apart before they went: the block they restated was taken back (`TAKEN_BACK_BEFORE_POST`, README reminderpost). */
  takenBackBeforePost: ReadonlySet<string>;
  /** collrest: letters asking an agency to close its file, set apart as it collected again before they went. */
  collectedAgainBeforePost: ReadonlySet<string>;
  /** deskundo: letters telling an agency the collection ended, set apart as the drop that made them go was undone before they went. */
  dropUndoneBeforePost: ReadonlySet<string>;
  /** Of `undelivered`, the letters by post set apart because a fact they print was corrected before they went out (`CORRECTED_BEFORE_POST`), not for a term that passed. */
  correctedBeforePost: ReadonlySet<string>;
  /** Of `undelivered`, the letters set apart and made anew when the directory corrected their provider (README, printwords), and how. */
  readdressed: ReadonlyMap<string, Readdressing>;
  /** Of `undelivered`, the letters set apart and not made anew: their step was answered since (`NOT_REMADE`). */
  notRemade: ReadonlySet<string>;
}

/**
 * Whether a step's letter by post still waits for the post (`withLetter`, `step`: as `letterNotSent`). Once it is
 * posted the step says what it did, in its own place: the posting day is told by the `letter.posted` entry, where
 * it happened, so no entry tells a day later than the entries after it (a provider's answer before the post).
 */
export function awaitingPost(contractId: string, withLetter: boolean, step: unknown, waiting: ReadonlySet<string>): boolean {
  return withLetter && typeof step === 'number' && waiting.has(stepKey(contractId, step));
}

/** The step an entry records, for the words of each reader's timeline; its read model says which bills it left open. */
export function storedContractStep(entry: StoredStep): ContractStep {
  const { event, effects, wording } = entry.details ?? {};
  const after = (wording as { projection?: DisputesHeld } | undefined)?.projection ?? null;
  const recorded = { ...(typeof event === 'object' ? event : {}), type: entry.event };
  const step = contractStep(recorded, entry.fromState, entry.toState, Array.isArray(effects) ? effects : [], after);
  return step.collectionAnswer && entry.actorType ? { ...step, collectionAnswer: collectionAnswerOf(recorded as Record<string, unknown>, entry.actorType === 'staff') } : step;
}

/**
 * agencylate: the owner's correction of a collection letter recorded once its stop's state was left (the collection stopped, the bill
 * resolved, the contract closed): no step of the workflow, an entry of its own whose `event` is the corrected notice, as the step's.
 */
export const NOTICE_CORRECTED_LATE = 'contract.collection_notice_corrected';

/**
 * agencylate2: the kinds of our letters to an agency: our stop to it, and each letter said against that stop (the end-date correction,
 * the bill correction, our objection withdrawn, the word that the collection ended and its taking back).
 */
export const AGENCY_LETTER_KINDS = ['collection_stop', 'correction', 'bill_correction', 'dispute_withdrawal', 'collection_ended', 'collection_end_undone'] as const;
export type AgencyLetterKind = (typeof AGENCY_LETTER_KINDS)[number];

/** agencylate: a letter of ours to the agency; agencylate2: of any of its kinds, with the day it went (`on`, null while on its way; missing in entries before). */
export interface AgencyLetterSent {
  kind: AgencyLetterKind;
  letterId: string;
  on?: string | null;
}

/** agencylate: the letters that can go again after a correction: our stop, or the word that the collection ended. */
export type SentAgainKind = 'collection_stop' | 'collection_ended';

/**
 * agencylate: why nothing goes again: only the amount changed, no letter went to the agency, it cannot be reached, or the collection was
 * confirmed stopped; agencylang2: only the agency's language changed once our stop is no longer asked.
 */
export type NothingAgain = 'amountOnly' | 'languageOnly' | 'noLetter' | 'unreachable' | 'stopped';

/**
 * agencylate: what the late correction's entry holds: the corrected notice (as the step's event), the letters under the wrong particulars
 * and the kind sent again; agencylate2: the kinds of the letters held back before they went (`held`), and whether the one sent again
 * replaces one that went (`replacing`; both missing in entries before, which held nothing back and replaced one).
 */
export interface LateNoticeCorrection {
  event: { type: 'COLLECTION_NOTICE_CORRECTED'; corrected: NoticeChange[] } & Record<string, unknown>;
  wrong: AgencyLetterSent[];
  held?: AgencyLetterKind[];
  again: SentAgainKind | null;
  replacing?: boolean;
  nothing: NothingAgain | null;
  providerName: string;
  description: string;
}

/** v22: the entries that record a collection letter's particulars: the notice and the owner's corrections of it (agencylate: also after the stop's state); the newest holds. */
export const COLLECTION_NOTICE_STEPS = ['COLLECTION_NOTICE', 'COLLECTION_NOTICE_CORRECTED', NOTICE_CORRECTED_LATE];

/** A collection letter as its `COLLECTION_NOTICE` step recorded it (a relative's report may lack some): who claims, its reference, how much. */
export interface CollectionClaim {
  agency: string | null;
  reference: string | null;
  amount: number | null;
}

/** The particulars of a `COLLECTION_NOTICE` step's event, each null when not recorded. */
export const collectionClaimOf = (event: Record<string, unknown>): CollectionClaim => ({
  agency: typeof event.agency === 'string' && event.agency ? event.agency : null,
  reference: typeof event.reference === 'string' && event.reference ? event.reference : null,
  amount: typeof event.amount === 'number' ? event.amount : null,
});
