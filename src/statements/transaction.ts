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

  constructor(
    readonly location: string,
    message: string,
  ) {
    super(`${location}: ${message}`);
    this.line = Number(/\d+$/.exec(location)?.[0] ?? 1);
  }
}

/** "12,50", "-1.234,56", "+7.5" → cents; null when it is no amount. */
export function parseAmountCents(text: string): number | null {
  let t = text.trim().replace(/^\+/, '');
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** Mandate references and creditor IDs compare without spaces and case. */
export function normaliseId(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, '').toUpperCase();
  return v ? v : null;
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
