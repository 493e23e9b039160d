/**
 * v15: which correction withdraws a complaint about a rejection (audit F-C).
 *
 * The provider's rejection is its own free text, so "what the rejection was about" is read from it: a rejection that names
 * the customer number (in the words providers use for it: klantnummer, contractnummer, polisnummer, abonnementsnummer,
 * customer/account/contract/policy number) or quotes the number our request gave is about that number. Correcting that number
 * (`accountNumber`) while complaining about such a rejection shows the rejection was right: the complaint is withdrawn and the
 * request handled again with the right number. Any other correction (the description, the date asked), or a correction of
 * the number when the rejection gave another reason (a business contract, a missing document), leaves the complaint as it is.
 */
const NUMBER_WORDS = /\b(klant|contract|polis|abonnements|relatie|customer|account|contract|policy)\s*-?\s*(nummer|number|nr\.?|no\.?)/i;

export interface CorrectedFact {
  field: string;
  from: unknown;
  to: unknown;
}

/** Whether the rejection's `reason` is about the customer number our request gave (`requestedNumber`). */
export function rejectionAboutNumber(reason: string | null, requestedNumber: string | null): boolean {
  if (!reason) return false;
  if (NUMBER_WORDS.test(reason)) return true;
  const number = requestedNumber?.trim();
  return Boolean(number && number.length >= 3 && reason.includes(number));
}

/** Whether these corrections, made while complaining about a rejection for `reason`, withdraw the complaint: the rejected number corrected. */
export function withdrawsComplaint(reason: string | null, changes: readonly CorrectedFact[]): boolean {
  const number = changes.find((c) => c.field === 'accountNumber');
  return Boolean(number) && rejectionAboutNumber(reason, typeof number!.from === 'string' ? number!.from : null);
}
