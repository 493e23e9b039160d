/**
 * v15: which correction withdraws a complaint about a rejection (audit F-C).
 *
 * The provider's rejection is its own free text, so "what the rejection was about" is read from it: a rejection that names
 * the customer number (in the words providers use for it: klantnummer, contractnummer, polisnummer, abonnementsnummer,
 * customer/account/contract/policy number), says the customer is not known to it (`customerUnknown`), or quotes the number
 * our request gave is about that number. The desk's rejection has no structured reason (the v15 machine keeps the text only). Correcting that number
 * (`accountNumber`) while complaining about such a rejection shows the rejection was right: the complaint is withdrawn and the
 * request handled again with the right number. Any other correction (the description, the date asked), or a correction of
 * the number when the rejection gave another reason (a business contract, a missing document), leaves the complaint as it is.
 */
const NUMBER_WORDS = /\b(klant|contract|polis|abonnements|relatie|customer|account|contract|policy)\s*-?\s*(nummer|number|nr\.?|no\.?)/i;
/**
 * A customer (or its account, contract, policy) said not to be known, in the ways providers write it: "wij kennen deze klant niet",
 * "onbekende klant", "niet gevonden in onze administratie", "customer not found", "no such account". Read per sentence, and never of a
 * sentence that names a document ("de overlijdensakte is niet gevonden in onze administratie" is about the certificate). Who the
 * customer is ("de klant is niet de contracthouder") is not about the number: correcting the number does not answer it.
 */
const SUBJECT_NL = '(?:klant|relatie|contract|abonnement|polis)';
const SUBJECT_EN = '(?:customer|client|account|contract|policy|subscription|subscriber)';
const UNKNOWN_CUSTOMER: readonly RegExp[] = [
  new RegExp(`\\bonbekende\\s+${SUBJECT_NL}`, 'i'),
  new RegExp(`\\bkennen\\s+(?:deze|de|die|dit)?\\s*${SUBJECT_NL}\\s+niet\\b`, 'i'),
  new RegExp(`\\b${SUBJECT_NL}\\b[^.;!?]*\\bniet\\s+(?:bekend|gevonden|(?:kunnen\\s+)?(?:terug)?vinden)\\b`, 'i'),
  new RegExp(`\\bgeen\\s+${SUBJECT_NL}\\b[^.;!?]*\\b(?:bekend|gevonden)\\b`, 'i'),
  /\bniet\s+(?:bekend|gevonden)\s+in\s+onze\s+(?:administratie|systemen|systeem|registratie|klantenbestand)\b/i,
  new RegExp(`\\bunknown\\s+${SUBJECT_EN}`, 'i'),
  new RegExp(`\\bno\\s+such\\s+${SUBJECT_EN}`, 'i'),
  new RegExp(`\\b${SUBJECT_EN}\\b[^.;!?]*\\bnot\\s+(?:found|known|exist)`, 'i'),
  new RegExp(`\\b(?:could|can)\\s*not\\s+(?:find|locate)\\s+(?:this|the|that|your|such|an?)?\\s*${SUBJECT_EN}`, 'i'),
  /\bnot\s+(?:found|known)\s+in\s+our\s+(?:records|systems?|database|administration)\b/i,
];
/** A sentence about a document (a certificate, a will, a power of attorney): what was not found is that document, not the customer. */
const NAMES_DOCUMENT = /akte|certificaat|verklaring|document|bewijs|machtiging|testament|certificate|proof|attorney/i;

/** Whether one of the reason's sentences says the customer is not known (`UNKNOWN_CUSTOMER`). */
const customerUnknown = (reason: string): boolean =>
  reason.split(/[.;!?]+\s*/).some((sentence) => !NAMES_DOCUMENT.test(sentence) && UNKNOWN_CUSTOMER.some((said) => said.test(sentence)));

export interface CorrectedFact {
  field: string;
  from: unknown;
  to: unknown;
}

/** Whether the rejection's `reason` is about the customer number our request gave (`requestedNumber`). */
export function rejectionAboutNumber(reason: string | null, requestedNumber: string | null): boolean {
  if (!reason) return false;
  if (NUMBER_WORDS.test(reason) || customerUnknown(reason)) return true;
  const number = requestedNumber?.trim();
  return Boolean(number && number.length >= 3 && reason.includes(number));
}

/** Whether these corrections, made while complaining about a rejection for `reason`, withdraw the complaint: the rejected number corrected. */
export function withdrawsComplaint(reason: string | null, changes: readonly CorrectedFact[]): boolean {
  const number = changes.find((c) => c.field === 'accountNumber');
  return Boolean(number) && rejectionAboutNumber(reason, typeof number!.from === 'string' ? number!.from : null);
}
