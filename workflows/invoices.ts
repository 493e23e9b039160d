/** An invoice that arrived after the end date, as the owner (or the family) recorded it. */
export interface InvoiceRecord {
  /** The invoice number. */
  reference: string;
  invoiceDate: string;
  /** First and last day the invoice bills, `YYYY-MM-DD`, both included. */
  periodFrom: string;
  periodTo: string;
  amount: number;
}

/** The part of an invoice that bills days after the end date: what we dispute, and nothing more. */
export interface DisputedPart {
  from: string;
  to: string;
  days: number;
  amount: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The calendar day before `iso` (`YYYY-MM-DD`). */
export const dayBefore = (iso: string) => isoOf(dayNumber(iso) - 1);

/**
 * Which part of `invoice` bills days after `endDate`, pro rata per billed day (rounded to the cent),
 * or null when it bills none. The invoice date does not matter: every final bill is dated after the
 * end date, and one that bills the days up to it is payable.
 */
export function disputedPart(endDate: string, invoice: Pick<InvoiceRecord, 'periodFrom' | 'periodTo' | 'amount'>): DisputedPart | null {
  if (invoice.periodTo <= endDate || invoice.periodTo < invoice.periodFrom) return null;
  const first = Math.max(dayNumber(invoice.periodFrom), dayNumber(endDate) + 1);
  const last = dayNumber(invoice.periodTo);
  const billed = last - dayNumber(invoice.periodFrom) + 1;
  const days = last - first + 1;
  const amount = days === billed ? invoice.amount : Math.round((invoice.amount * days * 100) / billed) / 100;
  return { from: isoOf(first), to: invoice.periodTo, days, amount };
}

/**
 * The amounts we still dispute on these bills together, to the cent (the family's texts, the desk, the
 * complaint letter): each bill's disputed part less what the provider credited on it so far (v5).
 */
export const disputedTotal = (bills: readonly { disputed: Pick<DisputedPart, 'amount'>; credited?: number }[]) =>
  bills.reduce((cents, d) => cents + Math.round(d.disputed.amount * 100) - Math.round((d.credited ?? 0) * 100), 0) / 100;

/** What an invoice bills up to the end date: its amount less the part after it, which we dispute (a collection stop names both). */
export const undisputedPart = (invoice: Pick<InvoiceRecord, 'amount'> & { disputed: Pick<DisputedPart, 'amount'> }) =>
  (Math.round(invoice.amount * 100) - Math.round(invoice.disputed.amount * 100)) / 100;

/** The amounts of these invoices together, to the cent. */
export const billedTotal = (invoices: readonly Pick<InvoiceRecord, 'amount'>[]) => invoices.reduce((cents, i) => cents + Math.round(i.amount * 100), 0) / 100;

/**
 * stopclaim (audit96 F5): what our collection stop compares a collection's claim with. `billed`: the bills after the end date our stop
 * names; `withFinalBill`: those and the provider's final bill that no objection is about, when one is on record (null otherwise): the
 * claim may cover both, so a claim above the disputed bills alone is never said to be above all that is billed. Null when the claim
 * is not above the named bills (or no claim or bill is recorded). Only sums of what is recorded: no rule of law is applied here.
 */
export function claimAboveBilled(claim: number | null | undefined, bills: readonly Pick<InvoiceRecord, 'amount'>[], finalBill: Pick<InvoiceRecord, 'amount'> | null | undefined): { billed: number; withFinalBill: number | null } | null {
  const billed = billedTotal(bills);
  if (!claim || !bills.length || claim <= billed) return null;
  return { billed, withFinalBill: finalBill ? billedTotal([...bills, finalBill]) : null };
}
