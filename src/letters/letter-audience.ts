import type { Correction, LetterKind } from '../../letters';
import { DEBTS_AUDIENCE, type DocumentAudience } from '../documents/document-audience';

/**
 * The letters about the estate's debts: a bill after the end date disputed, the complaint when it went
 * unanswered, a collection to stop (to the provider and to the agency), a disputed bill corrected, an objection dropped
 * (the bill is paid), the agency told the collection ended (collagency: it names the agency's file and a bill), and (refundletter) a refund the provider owes the estate asked for: its amounts are the estate's money as the
 * debts are, which the family's card says only to those who read them. Each prints the bill's number, and most its amounts or the
 * collection's; they are the heirs', who answer for the debts.
 */
export const DEBT_LETTER_KINDS: readonly LetterKind[] = ['dispute', 'dispute_escalation', 'collection_stop', 'bill_correction', 'dispute_withdrawal', 'refund_reminder', 'collection_ended', 'repayment_request', 'collection_end_undone', 'repayment_withdrawn'];

/** A transfer letter, or a correction of the new holder's particulars: the new holder it prints reads it too (`letters.new_holder_id`). */
export function aboutNewHolder(kind: LetterKind, corrections: readonly Pick<Correction, 'field'>[] = []): boolean {
  return kind === 'transfer' || (kind === 'correction' && corrections.some((c) => c.field.startsWith('newHolder')));
}

/**
 * Who in the family may read a sent letter, in the audiences of documents (document-audience.ts: the
 * same reach per role, one rule). A transfer letter prints the new holder's IBAN, date of birth,
 * address, email and phone for their signature; a correction of those prints the old and the new
 * values. Such a letter is for the heirs (and the representative, who acts for them) and for the new
 * holder it is about, not for every relative: the portal's corrections mask those values for the others
 * too. So is a letter about the estate's debts (`DEBT_LETTER_KINDS`, a correction of the estate's account,
 * a report to the family that `tellsDebts`): what `readsEstateDebts` allows. A deletion request is about a
 * document withdrawn from the family too: the owner's alone. Every other letter is the whole family's.
 */
export function letterAudience(kind: LetterKind, corrections: readonly Pick<Correction, 'field'>[] = [], tellsDebts = false): DocumentAudience {
  if (kind === 'document_erasure') return 'owner';
  const ofDebts = tellsDebts || DEBT_LETTER_KINDS.includes(kind) || corrections.some((c) => c.field === 'estateAccount');
  if (ofDebts) return DEBTS_AUDIENCE;
  return aboutNewHolder(kind, corrections) ? 'heirs' : 'family';
}
