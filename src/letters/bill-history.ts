import type { BillOnRecord, BillStanding, SentLetter, ToldVia } from '../../letters';
import { type BillOutcome, type DisputedInvoice, type DisputesHeld, heldBills, openDisputesOf, receivedViaOf, withCredit } from '../../workflows';
import { dutchDate } from '../clock/clock';
import { storedContractStep } from '../timeline/contract-step';
import type { RecordedStep } from './request-history';

/** The contract steps that change which bills are open, and how (each records the open bills it left); v11: a corrected end date counts their disputed parts again. */
export const BILL_STEPS = ['INVOICE_AFTER_END', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'DISPUTE_RESOLVED', 'BILL_CORRECTED', 'COMPLETION_CORRECTED'];

/** A bill the estate owes, as the bills module lists it. */
export interface OwedOnRecord {
  reference: string;
  amount: number;
  paidOn: string | null;
}

type Tracked = Omit<BillOnRecord, 'disputedIn' | 'owed'>;

/** The number a bill's dispute letter named: a correction since keeps it as `recordedAs`. */
const disputedAs = (d: DisputedInvoice) => d.recordedAs ?? d.reference;
const figures = (d: DisputedInvoice) => ({
  reference: d.reference,
  invoiceDate: d.invoiceDate,
  amount: d.amount,
  periodFrom: d.periodFrom,
  periodTo: d.periodTo,
  disputed: { from: d.disputed.from, to: d.disputed.to, amount: d.disputed.amount },
});
const OUTCOMES: Record<BillOutcome, BillStanding> = { payFromEstate: 'payFromEstate', alreadyPaid: 'alreadyPaid', providerWithdrew: 'withdrawn' };

/**
 * A provider's answer the case owner recorded (README, receivedvia): how it reached her, the day she recorded it, and
 * who did when not the letter's signer; nothing for one given in the desk or recorded before the way was asked.
 */
function toldVia(entry: RecordedStep, signerId: string): { toldVia: ToldVia } | Record<string, never> {
  const via = receivedViaOf((entry.details.event as { receivedVia?: unknown } | undefined)?.receivedVia);
  if (!via || entry.actor?.type !== 'staff') return {};
  return { toldVia: { via, on: dutchDate(new Date(entry.at)), colleague: entry.actor.id === signerId ? null : entry.actor.name } };
}

/** How the step that took a bill out of the open ones ended it, and how the provider's answer that did came (`toldVia`). */
function ended(d: DisputedInvoice, entry: RecordedStep, signerId: string): Tracked {
  const step = storedContractStep({ event: entry.event, fromState: null, toState: '', details: entry.details });
  const credited = d.credited ?? 0;
  switch (entry.event) {
    case 'CREDIT_NOTE_SENT':
      // The credit notes on it added up, as the machine adds up a partial one; how it came is said only of a single one that credited it all.
      return { ...figures(d), credited: withCredit([d], { type: entry.event, invoiceReference: d.reference, amount: step.amount ?? 0 })[0].credited ?? 0, standing: 'credited', ...(credited ? {} : toldVia(entry, signerId)) };
    case 'INVOICE_WITHDRAWN':
      return { ...figures(d), credited, standing: 'withdrawn', ...toldVia(entry, signerId) };
    case 'DISPUTE_RESOLVED':
      // Only `providerWithdrew` records how it came (`disputeResolvedEvent`): the other outcomes are the owner's own.
      return { ...figures(d), credited, standing: step.outcome ? OUTCOMES[step.outcome] : 'settled', ...toldVia(entry, signerId) };
    case 'BILL_CORRECTED': {
      // Corrected so that it bills no day after the end date: owed, at its corrected figures.
      const { reference, invoiceDate, amount, periodFrom, periodTo } = entry.details.event as Pick<DisputedInvoice, 'reference' | 'invoiceDate' | 'amount' | 'periodFrom' | 'periodTo'>;
      return { reference, invoiceDate, amount, periodFrom, periodTo, disputed: null, credited, standing: 'owed' };
    }
    case 'COMPLETION_CORRECTED':
      // v11: the corrected end date leaves it no day after it; the estate's debt of it is not recorded (not `owed`).
      return { ...figures(d), disputed: null, credited, standing: 'beforeEnd' };
    default:
      return { ...figures(d), credited, standing: 'settled' };
  }
}

/**
 * The bills a dispute letter of ours objected to on this contract, oldest first, each as the record holds it
 * now: its figures (corrected, if so), what the provider credited on it, and how it stands or ended. Read from
 * the contract's bill steps (`BILL_STEPS`, oldest first), each with the open bills it left (the read model the
 * timeline keeps with it); a bill leaves the open ones by the step that ended it. `sent`: the letters that went
 * out to the provider (a bill without a dispute letter among them is left out: no dispute is claimed);
 * `owed`: the bills the estate owes (BillsService), newest first, with the day each was marked paid.
 */
export function billsOnRecord(steps: readonly RecordedStep[], sent: readonly SentLetter[], owed: readonly OwedOnRecord[], signerId: string): BillOnRecord[] {
  const bills = new Map<string, Tracked>();
  let open: DisputedInvoice[] = [];
  for (const entry of steps) {
    const projection = (entry.details.wording as { projection?: DisputesHeld } | undefined)?.projection;
    if (!projection) continue;
    const after = openDisputesOf(projection);
    const left = new Set(after.map(disputedAs));
    for (const d of open) if (!left.has(disputedAs(d))) bills.set(disputedAs(d), ended(d, entry, signerId));
    const held = new Set(heldBills(projection));
    for (const d of after) {
      const before = bills.get(disputedAs(d));
      // Held to since the rejection that said so (a credit note since is said as such, not how the rejection came).
      const rejection = !held.has(d) || d.credited ? {} : before?.standing === 'held' ? (before.toldVia ? { toldVia: before.toldVia } : {}) : entry.event === 'DISPUTE_REJECTED' ? toldVia(entry, signerId) : {};
      bills.set(disputedAs(d), { ...figures(d), credited: d.credited ?? 0, standing: held.has(d) ? 'held' : 'open', ...rejection });
    }
    open = after;
  }
  return [...bills].flatMap(([key, bill]) => {
    const letter = sent.find((l) => l.kind === 'dispute' && l.bill === key);
    if (!letter) return [];
    const owes = bill.standing === 'payFromEstate' || bill.standing === 'owed' ? owed.find((o) => o.reference === bill.reference) : undefined;
    return [{ ...bill, ...(key !== bill.reference && { recordedAs: key }), disputedIn: { date: letter.date, colleague: letter.colleague ?? null }, ...(owes && { owed: { amount: owes.amount, paidOn: owes.paidOn } }) }];
  });
}
