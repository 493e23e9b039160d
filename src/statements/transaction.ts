/** What a statement line is, whatever the bank's format: the parsers' only output. */
export type TransactionKind = 'direct_debit' | 'transfer' | 'card' | 'other';

export interface StatementTransaction {
  /** IBAN (or account number) of the statement: a file may hold several accounts. */
  account: string;
  /** Booking date, YYYY-MM-DD. */
  bookingDate: string;
  /** Always positive; `direction` says which way the money went. */
  amountCents: number;
  currency: string;
  direction: 'debit' | 'credit';
  /** An R-transaction: a direct debit returned, refunded or reversed by the bank. */
  reversal: boolean;
  kind: TransactionKind;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** The party a payment service provider collects for (camt UltmtCdtr, Rabobank "Naam uiteindelijke partij"). */
  ultimateName: string | null;
  /** SEPA creditor identifier (incassant-ID). */
  creditorId: string | null;
  /** SEPA mandate reference (machtigingskenmerk). */
  mandateId: string | null;
  description: string;
  /** Where in the file, for evidence and errors: "line 12". */
  location: string;
}

/** A file that is not a statement, or breaks half-way; `location` names the line or element. */
export class StatementFormatError extends Error {
  /** The line the location names (each parser ends it with one: "line 12", "Ntry at line 40"), for the page to tell. */
  readonly line: number;

  /**
   * @param element the camt element the file breaks at, where the parser knows it ('' for a CSV line): the refusal's
   *   detail names it beside the line in the reader's words (the message is the API's English).
   */
  constructor(
    readonly location: string,
    message: string,
    readonly element = '',
  ) {
    super(`${location}: ${message}`);
    this.line = Number(/\d+$/.exec(location)?.[0] ?? 1);
  }
}

/**
 * "12,50", "-1.234,56", "+7.5" → cents; null when it is no amount. Every line has one, so the usual
 * forms (an optional sign, digits with a decimal comma or point, thousands points before a comma) are
 * read digit by digit, without the copies the general rule below makes; anything else goes to it.
 */
export function parseAmountCents(text: string): number | null {
  const comma = text.indexOf(',') !== -1;
  let i = text.charCodeAt(0) === 43 ? 1 : 0; // +
  const negative = text.charCodeAt(i) === 45; // -
  if (negative) i++;
  let units = 0;
  let digits = 0;
  let c = 0;
  for (; i < text.length; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      digits++;
    } else if (!(comma && c === 46)) break;
  }
  // Up to 12 digits the sum below is exact, as Math.round(Number(…) * 100) is.
  if (digits === 0 || digits > 12) return generalAmountCents(text);
  let cents = units * 100;
  if (i < text.length) {
    if (c !== (comma ? 44 : 46) || i + 2 < text.length - 1 || i + 1 === text.length) return generalAmountCents(text);
    const first = text.charCodeAt(i + 1) - 48;
    const second = i + 2 < text.length ? text.charCodeAt(i + 2) - 48 : 0;
    if (first < 0 || first > 9 || second < 0 || second > 9) return generalAmountCents(text);
    cents += first * 10 + second;
  }
  return negative ? -cents : cents;
}

/** The general rule: a comma makes points thousands separators; then at most two decimals. */
function generalAmountCents(text: string): number | null {
  let t = text.trim().replace(/^\+/, '');
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** Mandate references and creditor IDs compare without spaces and case. */
export function normaliseId(value: string | null | undefined): string | null {
  if (!value) return null;
  // Mostly already so (upper-case ASCII, no spaces): then the value itself, without two copies.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || c > 126 || (c >= 97 && c <= 122)) {
      const v = value.replace(/\s+/g, '').toUpperCase();
      return v ? v : null;
    }
  }
  return value;
}

/** Legal-form words that differ between a bank's and a directory's spelling of one company. */
const LEGAL_FORMS = new Set(['bv', 'nv', 'b', 'v', 'n', 'vof', 'cv', 'ltd', 'gmbh', 'sa', 'inc', 'the']);

/**
 * Names compared as words: lower case, no punctuation, no legal form, no words with digits (a shop's
 * branch number or a reference), so "Albert Heijn 1234" and "ALBERT HEIJN 5678" are one counterparty.
 */
export function normaliseName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w) && !/\d/.test(w))
    .join(' ');
}
