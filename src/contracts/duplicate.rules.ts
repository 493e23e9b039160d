/**
 * Whether a contract the owner adds is likely one recorded already at the same provider (README, dupwithdraw and agencytold):
 * the same description, case and spacing ignored ("Internet" and " internet "), or descriptions that carry the same phone
 * number ("Mobiel 06-1234" and "Mobiel abonnement 06 1234") or the same long digit sequence (a meter or connection number of
 * six digits or more). A date in a description ("vanaf 01-01-2026") is no number of the contract: it is left out.
 * Only asked, never refused: the owner confirms a true second contract.
 */
export function likelyDuplicate(added: string, recorded: string): boolean {
  if (normalised(added) === normalised(recorded)) return true;
  const ours = numbersIn(added);
  return numbersIn(recorded).some((n) => ours.includes(n));
}

/** Six digits or more in a row: shorter runs (a year, a house number, "2 personen") say nothing of which contract it is. */
const LONG_DIGITS = 6;
const normalised = (description: string) => description.trim().replace(/\s+/g, ' ').toLowerCase();
/** A date as people type it (day, month, year), taken out before numbers are read. */
const DATE = /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g;
/** A Dutch phone number as typed: 0 or +31, then digits with a space or dash here and there ("06-1234 5678", "+31 6 12345678"). */
const PHONE = /(?:\+31[ -]?|\b0)\d(?:[ -]?\d){4,}/g;

/** The phone numbers (as digits, +31 read as 0) and long digit runs a description carries. */
function numbersIn(description: string): string[] {
  const text = description.replace(DATE, ' ');
  const phones = [...text.matchAll(PHONE)].map((m) => m[0].replace(/^\+31/, '0').replace(/\D/g, ''));
  const runs = (text.replace(PHONE, ' ').match(new RegExp(`\\d{${LONG_DIGITS},}`, 'g')) ?? []);
  return [...phones, ...runs];
}
