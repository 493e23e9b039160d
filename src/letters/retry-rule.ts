import { CORRECTED_FIELDS, type CorrectedField } from '../../letters';
import { CORRECTED_BEFORE_POST, type Letter } from './letter.entity';

/**
 * Why a letter may not be produced again ("De brief opnieuw maken"), or null when it may:
 * - `not-blocked`: only a letter the rules held back is produced again;
 * - `not-reproducible`: it was archived before letters kept the effect they were made from;
 * - `sent-again`: the same letter went out already — this one produced again, or the letter it was
 *   itself produced again from, or any other letter of that chain (one origin, followed by `retryOf`).
 *   A letter by post set apart before it was printed (`neverPrinted`: a fact it printed was corrected
 *   while it waited, or its printed term had passed when its batch was downloaded) did not go out: it
 *   reached no one, so a held-back letter made anew from it may still be produced (README, queuedrest);
 *   one posted after its printed term did reach the provider, and still counts;
 * - `overtaken`: a correction letter of which a later correction of the same contract to the same
 *   addressee (the provider, or the agency of a collection stop) names one of its fields too, whether
 *   that one went out or is held back as well. The value this letter prints
 *   is then no longer the record's, and read after the later letter it would undo it.
 * - `superseded`: any other letter of which the contract has a later letter of the same kind, about
 *   the same bill for a dispute letter, the same document for a deletion request: the conversation
 *   moved on (a cancellation asked again after an amend, the reminder of a later round), and this one
 *   would tell the provider an old round. A dispute letter whose bill is no longer disputed (a correction
 *   found it owed, or it was answered or settled) is superseded too: produced again it would object to a
 *   bill we no longer object to (`bill-not-disputed`, answered as `letter-superseded`).
 * Choice: a correction is about a field, which has one current value, so only a later correction of
 * one of its fields overtakes it; a correction partly overtaken is refused whole: sending the stale
 * part is worse than not sending the rest. A dispute letter is about its bill, so another bill's
 * dispute leaves it alone; so does another document's deletion request. "Later" is the order the
 * letters were first made in: when the first letter of each chain was made, so a letter produced
 * again late stays as old as it is. The case owner's Today queue lists exactly the held-back letters
 * this rule lets go (`awaitsRetry`).
 */
export type RetryRefusal = 'not-blocked' | 'not-reproducible' | 'sent-again' | 'overtaken' | 'superseded' | 'bill-not-disputed' | 'request-remade';

/** What the rule reads of a letter. */
export interface RetryFacts {
  id: string;
  kind: string;
  status: Letter['status'];
  createdAt: Date;
  /** It kept the effect it was produced from. */
  reproducible: boolean;
  /** A letter by post set apart unprinted (`failed`): made, but never in an envelope. */
  neverPrinted: boolean;
  /** Set apart before it went because a fact it printed was corrected, and made again from the corrected record (`CORRECTED_BEFORE_POST`). */
  correctedBeforeItWent: boolean;
  /** The letter it was produced again from. */
  retryOf: string | null;
  /** The fields a correction letter tells the provider of; none for other letters. */
  correctedFields: CorrectedField[];
  /** The bill a dispute letter objects to, or a bill correction corrects; null for other letters. */
  bill: string | null;
  /** Whether a dispute letter's bill is still disputed on its contract; true for other letters. */
  billDisputed: boolean;
  /** The withdrawn document a deletion request asks back; null for other letters. */
  document: string | null;
  /**
   * Whom it went to: `provider`, or an agency (`agency:` and, for a correction, the collection stop to it that
   * it corrects). Only a later letter to the same addressee replaces one: each was told its own letter's facts.
   */
  addressee: string;
}

/** The facts of an archived letter read with its `effect`; `disputed`: the bills its contract disputes now, by the number each was disputed under. */
export function retryFacts(letter: Pick<Letter, 'id' | 'kind' | 'status' | 'createdAt' | 'effect' | 'channel' | 'deliveryStatus' | 'deliveryError'>, disputed: readonly string[]): RetryFacts {
  const payload = letter.effect?.payload as { retryOf?: unknown; effect?: { to?: unknown }; event?: { type?: unknown; changes?: unknown; reference?: unknown; documentId?: unknown; agencyLetterId?: unknown } } | undefined;
  const changes = payload?.event?.type === 'CORRECTION' && Array.isArray(payload.event.changes) ? (payload.event.changes as { field: CorrectedField }[]) : [];
  const bill = (letter.kind === 'dispute' || letter.kind === 'bill_correction') && typeof payload?.event?.reference === 'string' ? payload.event.reference : null;
  return {
    id: letter.id,
    kind: letter.kind,
    status: letter.status,
    createdAt: letter.createdAt,
    reproducible: Boolean(letter.effect),
    // Final for the post only: a failed e-mail may still be tried again by the outbox and arrive.
    neverPrinted: letter.channel === 'post' && letter.deliveryStatus === 'failed',
    correctedBeforeItWent: letter.deliveryStatus === 'failed' && letter.deliveryError === CORRECTED_BEFORE_POST,
    retryOf: typeof payload?.retryOf === 'string' ? payload.retryOf : null,
    // As the letter input reads them: only the fields a letter prints.
    correctedFields: changes.map((c) => c.field).filter((field) => CORRECTED_FIELDS.includes(field)),
    // A bill correction names the bill by the number it was disputed under, as its dispute letter does.
    bill,
    billDisputed: letter.kind !== 'dispute' || (bill !== null && disputed.includes(bill)),
    document: letter.kind === 'document_erasure' && typeof payload?.event?.documentId === 'string' ? payload.event.documentId : null,
    addressee: payload?.effect?.to === 'agency' ? `agency:${typeof payload.event?.agencyLetterId === 'string' ? payload.event.agencyLetterId : ''}` : 'provider',
  };
}

function originOf(letter: RetryFacts, byId: Map<string, RetryFacts>): RetryFacts {
  let at = letter;
  while (at.retryOf && byId.has(at.retryOf)) at = byId.get(at.retryOf)!;
  return at;
}

/** The ids of every letter made from the same effect as this one (itself included): its chain of retries. */
export function sameLetter(letterId: string, letters: RetryFacts[]): string[] {
  const byId = new Map(letters.map((l) => [l.id, l]));
  const origin = originOf(byId.get(letterId)!, byId);
  return letters.filter((l) => originOf(l, byId) === origin).map((l) => l.id);
}

/** Why `letterId` may not be produced again, judged among the letters of its contract (`contractLetters` holds it too). */
export function retryRefusal(letterId: string, contractLetters: RetryFacts[]): RetryRefusal | null {
  const letter = contractLetters.find((l) => l.id === letterId)!;
  if (letter.status !== 'blocked') return 'not-blocked';
  if (!letter.reproducible) return 'not-reproducible';
  return replacement(letter, contractLetters);
}

/** What made a letter needless: its chain went out, or a later letter tells the provider what it told. */
function replacement(letter: RetryFacts, contractLetters: RetryFacts[]): Exclude<RetryRefusal, 'not-blocked' | 'not-reproducible'> | null {
  const byId = new Map(contractLetters.map((l) => [l.id, l]));
  const origin = originOf(letter, byId);
  if (contractLetters.some((l) => l.status === 'sent' && !l.neverPrinted && originOf(l, byId) === origin)) return 'sent-again';
  if (!letter.billDisputed) return 'bill-not-disputed';
  // README slipback: the request it corrects never went, and was made again after it from the corrected record.
  if (letter.kind === 'correction' && letter.addressee === 'provider' && contractLetters.some((l) => l.createdAt > letter.createdAt && l.retryOf && byId.get(l.retryOf)?.correctedBeforeItWent && byId.get(l.retryOf)!.createdAt < letter.createdAt))
    return 'request-remade';
  const later = contractLetters.filter((l) => l.kind === letter.kind && l.addressee === letter.addressee && originOf(l, byId).createdAt > origin.createdAt);
  if (letter.kind === 'correction') return later.some((l) => l.correctedFields.some((f) => letter.correctedFields.includes(f))) ? 'overtaken' : null;
  return later.some((l) => l.bill === letter.bill && l.document === letter.document) ? 'superseded' : null;
}

/**
 * Whether a held-back letter waits on the case owner (Today's queue): nothing replaced it, whether
 * the owner can produce it again or (archived before letters kept their effect) must start the step
 * again. Of a chain of retries all held back only the newest waits: producing it is producing the letter.
 */
export function awaitsRetry(letterId: string, contractLetters: RetryFacts[]): boolean {
  const letter = contractLetters.find((l) => l.id === letterId)!;
  return letter.status === 'blocked' && replacement(letter, contractLetters) === null && !contractLetters.some((l) => l.retryOf === letterId);
}
