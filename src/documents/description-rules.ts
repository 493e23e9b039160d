/**
 * What her words for an "overig" document (docdesc) may say more than a provider needs (docrest). They travel in letters and at
 * the desk, so AVG art. 5 lid 1 sub c (minimale gegevensverwerking) asks that they hold no more than names the document. A BSN may
 * be used only to carry out the law that prescribes it or for purposes a law sets (UAVG art. 46 lid 1), and no law makes it part
 * of our description: a warning, not a refusal — the number may be something else that merely passes its check (an order number).
 */
export const OVERSAID = ['bsn', 'iban'] as const;
export type Oversaid = (typeof OVERSAID)[number];

/** How a number is copied from a statement in groups: a space, a dot, a dash or a slash ("111-222-333", "NL91/ABNA/…"). */
const SEPARATOR = '[ ./-]';
/**
 * Nine digits, written together or in groups ("1234 56 782", "123.456.782", "111-222-333"), not inside a longer number: nothing
 * before or after that is a digit, alone or behind one separator — so a phone number ("+31 20 555 0101", ten or more digits) or a
 * date ("02-11-2026", eight) never yields nine digits of its own.
 */
const NINE_DIGITS = new RegExp(`(?<!\\d${SEPARATOR}?|\\.)\\d(?:${SEPARATOR}?\\d){8}(?!${SEPARATOR}?\\d)`, 'g');
/** Two letters, two check digits, then 11 to 30 letters or digits, together or in groups of four ("NL91 ABNA 0417 1643 00"). */
const IBAN_LIKE = new RegExp(`\\b[A-Z]{2}\\d{2}(?:(?:${SEPARATOR}[A-Z0-9]{4})+(?:${SEPARATOR}[A-Z0-9]{1,3})?|[A-Z0-9]{11,30})\\b`, 'gi');

/** The BSN's elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (RvIG, "Burgerservicenummer (BSN)": the eleven test). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** An IBAN's own check (ISO 13616): the letters and digits moved and read as a number leave 1 when divided by 97. */
export function passesIbanCheck(candidate: string): boolean {
  const iban = candidate.replace(/[ ./-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const numeric = [...(iban.slice(4) + iban.slice(0, 4))].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return [...numeric].reduce((rest, d) => (rest * 10 + Number(d)) % 97, 0) === 1;
}

/** What a description holds that looks like a BSN (nine digits passing the elfproef) or an IBAN (passing its check), each once. */
export function oversaid(description: string | null | undefined): Oversaid[] {
  if (!description) return [];
  const found: Oversaid[] = [];
  if ([...description.matchAll(NINE_DIGITS)].some((m) => passesElfproef(m[0].replace(/[ ./-]/g, '')))) found.push('bsn');
  if ([...description.matchAll(IBAN_LIKE)].some((m) => passesIbanCheck(m[0]))) found.push('iban');
  return found;
}

/** What a document's own words still oversay: only a current "overig" one's words name it in letters and at the desk. */
export function documentOversaid(d: { kind: string; description: string | null; withdrawnAt: Date | null; supersededById: string | null }): Oversaid[] {
  return d.withdrawnAt || d.supersededById || d.kind !== 'other' ? [] : oversaid(d.description);
}

/** docwarn: the API's warning beside words it kept (a warning, not a refusal): the field and the rule, in the English of `errors[]`. */
export interface OversaidWarning {
  field: string;
  rule: Oversaid;
  message: string;
}
const SEEMS: Record<Oversaid, string> = {
  bsn: 'seems to hold a citizen service number (BSN), nine digits passing its elfproef',
  iban: 'seems to hold an account number (IBAN), passing its mod-97 check',
};
/** One warning per kind of number found; `why` says where the words go, so why that number is not needed there. */
export const oversaidWarnings = (field: string, found: Oversaid[], why: string): OversaidWarning[] => found.map((rule) => ({ field, rule, message: `${SEEMS[rule]}; ${why}` }));
