import { longDate, money } from '../../workflows/wording';
import { familyWords, type Lang, ownerWords } from '../words';

/** The timeline events of a bill owed by the estate marked paid, and of that undone (src/bills writes them). */
export const BILL_PAYMENT_EVENTS = { paid: 'bill.paid', undone: 'bill.payment_undone' } as const;

export const isBillPaymentEvent = (event: string): boolean => event === BILL_PAYMENT_EVENTS.paid || event === BILL_PAYMENT_EVENTS.undone;

/** What a payment's entry stores, language-neutral: the contract as the owner names it, the bill and the day it was paid. */
export interface BillPaymentDetails {
  providerName: string;
  description: string;
  reference: string;
  amount: number;
  paidOn: string;
  /** The provider's final bill (then `reference` is its confirmation's); absent for an invoice. */
  finalBill?: true;
  /** The collection agency whose claim this is (the owner decided the estate pays it); absent for a bill, and in entries written before it was stored. */
  collectionAgency?: string;
}

const detailsOf = (details: Record<string, unknown>): BillPaymentDetails | null =>
  typeof details.reference === 'string' && typeof details.paidOn === 'string' && typeof details.amount === 'number' && typeof details.providerName === 'string' ? (details as unknown as BillPaymentDetails) : null;

/** The owner's words for a payment entry, after the contract's description as its steps say it; null for another entry. */
export function ownerBillPaymentText(entry: { event: string; details: Record<string, unknown> }, lang: Lang): string | null {
  const d = isBillPaymentEvent(entry.event) ? detailsOf(entry.details) : null;
  if (!d) return null;
  const w = ownerWords(lang).timeline;
  const said = entry.event === BILL_PAYMENT_EVENTS.paid ? w.billPaid(d.reference, d.providerName, money(d.amount, lang), longDate(d.paidOn, lang), d.finalBill, d.collectionAgency ?? null) : w.billPaymentUndone(d.reference, d.providerName, money(d.amount, lang), longDate(d.paidOn, lang), d.finalBill, d.collectionAgency ?? null);
  return `${d.description}: ${said}`;
}

/** The family's words for a payment entry; `provider`: the contract's provider as the family's timeline names it. */
export function familyBillPaymentText(entry: { event: string; details: Record<string, unknown> }, lang: Lang, provider: string | undefined): string | null {
  const d = isBillPaymentEvent(entry.event) ? detailsOf(entry.details) : null;
  if (!d) return null;
  const w = familyWords(lang);
  const named = provider ?? d.providerName;
  return entry.event === BILL_PAYMENT_EVENTS.paid ? w.billPaidEntry(d.reference, named, money(d.amount, lang), longDate(d.paidOn, lang), d.finalBill, d.collectionAgency ?? null) : w.billPaymentUndoneEntry(d.reference, named, money(d.amount, lang), longDate(d.paidOn, lang), d.finalBill, d.collectionAgency ?? null);
}
