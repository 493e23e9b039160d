import type { LetterHistory, Rejection, RequestedFacts, SentLetter } from '../../letters';
import { amendedDocumentsOf, type InsuranceKind } from '../../workflows/wording';
import { type ContractState, contractStateMeta, type DisputesHeld, unansweredBills } from '../../workflows';
import { dutchDate } from '../clock/clock';
import { undelivered } from './letter.entity';

/** One entry of a contract's timeline, as `TimelineService.ofContract` reads it. */
export interface RecordedStep {
  event: string;
  at: string;
  details: Record<string, unknown>;
  /** Who wrote it, when read with it: a provider's answer the case owner recorded says who (`billsOnRecord`). */
  actor?: { type: string; id: string | null; name: string };
}

/** A letter of ours as the archive holds it: how it went, whether it went, and when. */
export interface ArchivedSending {
  channel: string;
  deliveryStatus: string;
  letterDate: string;
  /** By post: the moment its batch was marked posted. */
  deliveredAt: Date | null;
}

/**
 * The day a later letter names a letter of ours by: a letter by post waits for its print batch and reaches the
 * addressee only once posted, so it is named by the posting day (the day it left, not the date it bears), and not
 * at all (null) before then; an e-mail by the day it was delivered (a retry may deliver it days after its date),
 * and not at all while it is not delivered (`undelivered`). Any other letter, or one with no moment recorded, by its date.
 */
export function sentOn(letter: ArchivedSending): string | null {
  if (undelivered(letter)) return null;
  if (letter.channel === 'post' && letter.deliveryStatus !== 'posted') return null;
  return letter.deliveredAt ? dutchDate(letter.deliveredAt) : letter.letterDate;
}

/** The entries that tell what became of a request after it went out: its letter, corrections of the contract, a rejection and the owner's answer to it. */
export const REQUEST_STEPS = ['letter.sent', 'contract.corrected', 'REJECT', 'AMEND'];

const REQUESTED_FIELDS = ['description', 'accountNumber', 'requestedEndDate'] as const;

/**
 * What followed the request letter `requestLetterId` on the timeline: what it printed of the contract,
 * where a correction since changed the record (`requestedBefore`; null when nothing changed), and the provider's
 * rejection of it with its own reason and the owner's answer to it (the `answer` recorded with the amend that
 * followed it; its case-file `note` stays out).
 */
export function sinceRequest(steps: RecordedStep[], requestLetterId: string | null, now: RequestedFacts): { requested: RequestedFacts | null; rejection: Rejection | null } {
  const start = steps.findIndex((s) => s.event === 'letter.sent' && s.details.letterId === requestLetterId);
  if (start < 0) return { requested: null, rejection: null };
  let rejection: Rejection | null = null;
  for (const step of steps.slice(start + 1)) {
    const { reason, answer } = (step.details.event ?? {}) as { reason?: unknown; answer?: unknown };
    if (step.event === 'REJECT' && typeof reason === 'string') rejection = { date: dutchDate(new Date(step.at)), reason };
    if (step.event === 'AMEND' && rejection && typeof answer === 'string' && answer.trim()) rejection = { ...rejection, answer: answer.trim() };
  }
  return { requested: requestedBefore(steps.slice(start + 1), now), rejection };
}

/** amenddoc: the documents each amend among `steps` chose to send with the request (ids, oldest amend first; `AmendedDocument`). */
export const amendChoices = (steps: RecordedStep[]): string[][] =>
  steps.filter((s) => s.event === 'AMEND').map((s) => amendedDocumentsOf((s.details.event as { documents?: unknown } | undefined)?.documents).map((d) => d.id));

/**
 * The request's facts as they were before `steps` (the first correction of each field among them knew its earlier value),
 * or null when none of them changed the record as it is `now`.
 */
export function requestedBefore(steps: RecordedStep[], now: RequestedFacts): RequestedFacts | null {
  const { insuranceKind, ...requested } = now;
  const seen = new Set<string>();
  let kind: { was: InsuranceKind | null } | null = null;
  for (const step of steps) {
    if (step.event !== 'contract.corrected' || !Array.isArray(step.details.changes)) continue;
    for (const { field, from } of step.details.changes as { field: string; from: unknown }[]) {
      // An insurer's kind as the request asked it: a request sent again after a rejection describes the earlier one so (insurancerest).
      if (field === 'insuranceKind' && !kind) kind = { was: (from as InsuranceKind | null) ?? null };
      const known = REQUESTED_FIELDS.find((f) => f === field);
      if (!known || seen.has(known)) continue;
      seen.add(known);
      if (known === 'requestedEndDate') requested.requestedEndDate = typeof from === 'string' ? from : null;
      else requested[known] = String(from);
    }
  }
  // Only a caller that passes the kind recorded now asks for it (`RequestedFacts.insuranceKind`).
  const kindChanged = kind !== null && insuranceKind !== undefined && kind.was !== insuranceKind;
  return REQUESTED_FIELDS.some((f) => requested[f] !== now[f]) || kindChanged ? { ...requested, ...(kindChanged && { insuranceKind: kind!.was }) } : null;
}

/**
 * What the provider still owes an answer to in `state` (`LetterHistory.awaiting`), each by the latest letter that asked it:
 * the collection stop (it restates every disputed bill), the complaint about unanswered objections (it names each), else
 * the objection to each bill nobody answered. The due date only while the contract waits on the provider: a bill left
 * open while the owner decides on another has no date of the provider's. Null when nothing is owed.
 */
export function awaitedAnswers(state: string, held: DisputesHeld, sent: SentLetter[], due: string | null): LetterHistory['awaiting'] {
  const latest = (kind: SentLetter['kind'], bill?: string) => [...sent].reverse().find((l) => l.kind === kind && (bill === undefined || l.bill === bill));
  const asking =
    state === 'collectionStopRequested' ? [latest('collection_stop')]
    : state === 'disputeEscalated' ? [latest('dispute_escalation')]
    : unansweredBills(held).map((d) => latest('dispute', d.recordedAs ?? d.reference));
  const letters = asking.filter((l): l is SentLetter => Boolean(l));
  if (!letters.length) return null;
  return { letters, due: contractStateMeta(state as ContractState).waitingOn === 'provider' ? due : null };
}
