import { type Biller, longDate, money, periodSpan } from '../../workflows/wording';
import { familyWords, type Lang, ownerWords } from '../words';
import { withoutUndonePairs } from './undos';

/**
 * The timeline events of a bill owed by the estate marked paid, and of that undone; and of a kept cover's premium recorded as owed
 * (keptcover: no workflow step, the estate simply owes it). src/bills writes them; they are the estate's debts (`readsEstateDebts`).
 */
export const BILL_PAYMENT_EVENTS = { paid: 'bill.paid', undone: 'bill.payment_undone', owed: 'bill.owed' } as const;

export const isBillPaymentEvent = (event: string): boolean => event === BILL_PAYMENT_EVENTS.paid || event === BILL_PAYMENT_EVENTS.undone || event === BILL_PAYMENT_EVENTS.owed;

/** What a premium recorded as owed stores (`bill.owed`), language-neutral: the bill as the owner typed it from the paper. */
export interface OwedPremiumDetails {
  providerName: string;
  description: string;
  reference: string;
  amount: number;
  invoiceDate: string;
  periodFrom: string;
  periodTo: string;
  /** The day the bill says it is due; null when it gives none. */
  dueOn: string | null;
}

export const owedPremiumOf = (details: Record<string, unknown>): OwedPremiumDetails | null =>
  typeof details.reference === 'string' && typeof details.amount === 'number' && typeof details.periodFrom === 'string' && typeof details.periodTo === 'string' && typeof details.providerName === 'string'
    ? (details as unknown as OwedPremiumDetails)
    : null;

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
  /** bankdebt: the debit of an overdrawn account the bank blocked (`reference` is the bank's), per this day; absent for any other bill. */
  overdrawnOn?: string;
  /** corrpaid (audit91 F8): of an undo, what is open of the bill after it, as the bill then stood; absent in entries written before it was kept. */
  open?: number;
  /** repaybill: money the provider paid back, owed to it again once its drop of the claim was undone (`OwedBill.repaidAgain`); absent for any other bill. */
  repaidAgain?: true;
}

/** A payment's final bill as the words name it: a pension fund's is its recovery (`OwedBill.recovery`); repaybill: money paid back owed again is named so. */
const finalBillOf = (d: BillPaymentDetails, biller: Biller): boolean | 'recovery' | 'repaidAgain' => (d.repaidAgain ? 'repaidAgain' : d.finalBill && biller === 'fund' ? 'recovery' : Boolean(d.finalBill));

const detailsOf = (details: Record<string, unknown>): BillPaymentDetails | null =>
  typeof details.reference === 'string' && typeof details.paidOn === 'string' && typeof details.amount === 'number' && typeof details.providerName === 'string' ? (details as unknown as BillPaymentDetails) : null;

/**
 * The owner's words for a payment entry, after the contract's description as its steps say it; null for another entry. `biller`: whose
 * bills the contract's are, read from the contract, so entries written before say it too: a bank's are its costs (bankentries), a
 * pension fund's final bill is its recovery of pension paid in excess (fundwords).
 */
export function ownerBillPaymentText(entry: { event: string; details: Record<string, unknown> }, lang: Lang, biller: Biller = undefined): string | null {
  const premium = entry.event === BILL_PAYMENT_EVENTS.owed ? owedPremiumOf(entry.details) : null;
  if (premium) {
    const said = ownerWords(lang).timeline.premiumOwed(premium.reference, premium.providerName, money(premium.amount, lang), periodSpan(premium.periodFrom, premium.periodTo, lang), premium.dueOn && longDate(premium.dueOn, lang));
    return `${premium.description}: ${said}`;
  }
  const d = isBillPaymentEvent(entry.event) ? detailsOf(entry.details) : null;
  if (!d) return null;
  const w = ownerWords(lang).timeline;
  const named = [d.reference, d.providerName, money(d.amount, lang), longDate(d.paidOn, lang), finalBillOf(d, biller), d.collectionAgency ?? null, d.overdrawnOn !== undefined, biller === 'bank'] as const;
  const said = entry.event === BILL_PAYMENT_EVENTS.paid ? w.billPaid(...named) : w.billPaymentUndone(...named, d.open !== undefined && d.open !== d.amount ? money(d.open, lang) : null);
  return `${d.description}: ${said}`;
}

/** The family's words for a payment entry; `provider`: the contract's provider as the family's timeline names it; `biller`: as the owner's. */
export function familyBillPaymentText(entry: { event: string; details: Record<string, unknown> }, lang: Lang, provider: string | undefined, biller: Biller = undefined): string | null {
  const premium = entry.event === BILL_PAYMENT_EVENTS.owed ? owedPremiumOf(entry.details) : null;
  if (premium) return familyWords(lang).premiumOwedEntry(premium.reference, provider ?? premium.providerName, money(premium.amount, lang));
  const d = isBillPaymentEvent(entry.event) ? detailsOf(entry.details) : null;
  if (!d) return null;
  const w = familyWords(lang);
  const named = provider ?? d.providerName;
  const said = [d.reference, named, money(d.amount, lang), longDate(d.paidOn, lang), finalBillOf(d, biller), d.collectionAgency ?? null, d.overdrawnOn !== undefined, biller === 'bank'] as const;
  return entry.event === BILL_PAYMENT_EVENTS.paid ? w.billPaidEntry(...said) : w.billPaymentUndoneEntry(...said);
}

/**
 * famdigest2 (audit97 F4): of a list of timeline entries (oldest first), the payments and undone payments that still stand. An undo takes
 * back the latest payment of its bill (`BillsService.undo`): both in one list are no news; an undo of a payment told before stays.
 */
export const paymentsStanding = <E extends { event: string; contractId: string | null; details: Record<string, unknown> }>(entries: E[]): E[] => {
  const bill = (e: E) => `${e.contractId} ${String(e.details.reference)}`;
  return withoutUndonePairs(entries, (e) => (e.event === BILL_PAYMENT_EVENTS.paid ? bill(e) : null), (e) => (e.event === BILL_PAYMENT_EVENTS.undone ? bill(e) : null));
};
