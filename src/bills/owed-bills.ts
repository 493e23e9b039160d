import { billedAgainst, type ContractStep, type DisputedInvoice, type DisputesHeld, disputedInvoiceOf, leftToCredit, openDisputesOf, type RecordedBill, type SettledBill, stillDisputed } from '../../workflows';
import type { FieldError } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import { billFiguresProblems } from '../contracts/bill.rules';
import { BILL_PAYMENT_EVENTS, owedPremiumOf } from '../timeline/bill-payments';
import { type CollectionClaim, type StoredStep, storedContractStep } from '../timeline/contract-step';

/** A bill the estate owes, as a step left it: its invoice number and what is still billed of it. */
export interface OwedFigures {
  reference: string;
  amount: number;
  /** The final bill the provider confirmed with the end of the contract: named by the confirmation's reference, it has no invoice number of its own. */
  finalBill: boolean;
  /**
   * The part up to the end date of a bill disputed in part: our dispute letter accepts it ("Tegen het deel tot en met de
   * einddatum maak ik geen bezwaar"), so it is owed from the day of the dispute while the rest is disputed. A bill disputed
   * in full has it too, with `amount` nil: nothing of it is owed until an end-date correction makes all of it owed.
   */
  untilEnd: boolean;
  /**
   * A collection of a bill nobody disputed, settled as paid from the estate: the agency whose letter claims it (`reference`
   * is then the agency's reference, else its name). Its letter names no bill of ours, so it is told as the agency's claim.
   */
  collectionAgency: string | null;
  /**
   * A bill for time after the contract's end date (recorded as such, so disputed) that the owner's word settled as paid from
   * the estate all the same (`payFromEstate`): the family reads why a bill after the end is still to pay.
   */
  afterEnd: boolean;
  /**
   * billsplit (audit87 F1): of an `afterEnd` bill disputed in part, what bills time after the end date (`afterEndPartOf`): the rest
   * is for days up to it. Null when all of it does, and for any other bill.
   */
  afterEndPart: number | null;
  /**
   * coverrest: a premium of the cover the insurer keeps for the estate: recorded as owed (`bill.owed`, keptcover), or disputed as after
   * the cover's end until the insurer's corrected cover took it in (`insideCover`, coverfix). Named so on every list, never "after the end".
   */
  keptCoverPremium: boolean;
  /** The day a premium recorded as owed is due, when its bill named one (`bill.owed`'s `dueOn`); null for any other bill. */
  dueOn: string | null;
  /**
   * bankdebt: an overdrawn account a bank blocked: its debit is a debt of the estate to the bank (art. 4:7 lid 1 sub c BW), owed from
   * the block's confirmation as the balance per this day (its `balanceOn`, else the confirmation's date); `reference` is the bank's
   * reference of that confirmation, `amount` the debit as a positive sum. Null for any other bill.
   */
  overdrawnOn: string | null;
  /**
   * repaybill: what the provider paid back of money we asked back (recorded receipts), owed to it again once its drop of the claim was
   * undone (`CLAIM_DROP_UNDONE`'s `repaymentWithdrawn`, `repaidAgainBill`); `reference` is the one the undo gave it. No invoice.
   */
  repaidAgain: boolean;
}

/** A bill's figures but what it is: no final bill, no part, no agency's claim, no premium (each case sets what it is). */
const BILL: Omit<OwedFigures, 'reference' | 'amount'> = { finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false };

/** The confirmations that record a final bill; the latest of a contract's stands (`TimelineService` leaves out the ones it replaced). */
const CONFIRMATIONS = new Set(['COMPLETE', 'COMPLETION_CORRECTED']);

/**
 * The bills a step left owed by the estate: those the owner's word settled as paid from it (`payFromEstate`,
 * each as it stood: its amount less any credit), or the bill a correction took out of the dispute (it bills
 * no day after the end date any more), its corrected amount less what the provider credited on it before; or the
 * final bill a confirmation recorded, when it is an amount to pay (a refund, below nil, is money to the estate), or the debit of
 * an overdrawn account a bank's confirmation blocked (`overdraftOf`, bankdebt); or a kept cover's premium the owner recorded as owed
 * (`bill.owed`, keptcover), as she typed it.
 */
export function owedBillsOf(entry: StoredStep): OwedFigures[] {
  if (entry.event === BILL_PAYMENT_EVENTS.owed) {
    const premium = owedPremiumOf(entry.details);
    return premium ? [{ ...BILL, reference: premium.reference, amount: premium.amount, keptCoverPremium: true, dueOn: premium.dueOn ?? null }] : [];
  }
  if (entry.event === 'INVOICE_AFTER_END') {
    const reference = (entry.details.event as { reference?: unknown } | undefined)?.reference;
    const open = openDisputesOf((entry.details.wording as { projection?: DisputesHeld } | undefined)?.projection ?? {});
    if (typeof reference !== 'string' || !open.some((d) => (d.recordedAs ?? d.reference) === reference)) return [];
    return [{ ...BILL, reference, amount: undisputedPart(open, reference) ?? 0, untilEnd: true }];
  }
  if (CONFIRMATIONS.has(entry.event)) {
    if (!changesFinalBill(entry)) return [];
    const overdraft = overdraftOf(entry.details);
    if (overdraft) return [{ ...BILL, ...overdraft }];
    const { providerReference, finalInvoiceAmount } = ((entry.details.wording as { projection?: Record<string, unknown> } | undefined)?.projection ?? {}) as { providerReference?: unknown; finalInvoiceAmount?: unknown };
    return typeof finalInvoiceAmount === 'number' && finalInvoiceAmount > 0 && typeof providerReference === 'string' ? [{ ...BILL, reference: providerReference, amount: finalInvoiceAmount, finalBill: true }] : [];
  }
  const step = storedContractStep(entry);
  const repaid = step.repaymentWithdrawn;
  if (repaid) return repaid.owedAs !== null && repaid.repaid > 0 ? [{ ...BILL, reference: repaid.owedAs, amount: repaid.repaid, repaidAgain: true }] : [];
  if (step.outcome === 'payFromEstate') {
    // bankdebt: the day its bill said it is due, kept on the resolution by the contracts service (`rejudgeBillsByCover`).
    const { dueOn } = (entry.details.event ?? {}) as { dueOn?: unknown };
    const premiums = step.insideCover ? step.settled.map((b) => ({ ...BILL, reference: b.reference, amount: b.amount, keptCoverPremium: true, dueOn: typeof dueOn === 'string' ? dueOn : null })) : [];
    // committee: a bill the complaints body upheld or lowered is owed for what it decided (`settledByDecision`), its words the body's.
    const decided = step.committee && !step.insideCover ? step.settled.map((b) => ({ ...BILL, reference: b.reference, amount: b.amount })) : [];
    return [...paidAfterEnd(step).map((b) => ({ ...BILL, reference: b.reference, amount: b.amount, afterEnd: afterEndKnown(b), afterEndPart: afterEndPartOf(b) })), ...decided, ...premiums, ...collectionOwed(entry)];
  }
  if (!step.billCorrected?.withdrawn) return [];
  const { reference, amount, credited } = (entry.details.event ?? {}) as { reference?: unknown; amount?: unknown; credited?: unknown };
  if (typeof reference !== 'string' || typeof amount !== 'number') return [];
  return [{ ...BILL, reference, amount: leftToCredit({ amount, credited: typeof credited === 'number' ? credited : undefined }) }];
}

/**
 * The bills a step settled as paid from the estate (`payFromEstate`): each bills time after the end date (it was recorded as such,
 * so disputed), and is owed all the same by the owner's word (`OwedFigures.afterEnd`); not a kept cover's premium the insurer's
 * corrected cover took in (`insideCover`, coverfix): that one bills time inside the cover; nor one the complaints body decided (committee):
 * its words say so, not that the contact person decided it.
 */
export const paidAfterEnd = (step: Pick<ContractStep, 'outcome' | 'settled' | 'insideCover' | 'committee'>): SettledBill[] => (step.outcome === 'payFromEstate' && !step.insideCover && !step.committee ? step.settled : []);

/**
 * billsplit (audit87 F1): of a bill settled as paid from the estate after it was disputed as after the end (`paidAfterEnd`), what bills
 * time after the end date when that is less than all of it (a bill disputed in part: a charge of € 3,95 for 1–28 February with the
 * date confirmed 16 February, € 1,69 of it), else null: all of it does, or nothing is known of it (`afterEndKnown`). Every reader names
 * that part, never the whole bill as "after the end".
 */
export const afterEndPartOf = (bill: Pick<SettledBill, 'amount' | 'disputed'>): number | null =>
  afterEndKnown(bill) && Math.round(bill.disputed! * 100) < Math.round(bill.amount * 100) ? bill.disputed! : null;

/**
 * bankentries: whether what our objection disputed of a settled bill is known — kept with the decision (billsplit), or found on read for
 * a decision recorded before (`settledAsDisputed`) — and is something: an end date corrected since may leave it no day after it
 * (bankend). When it is not known (no period or end date to be found), nothing is said of its days: "for days after the date" of the
 * whole bill could be untrue.
 */
export const afterEndKnown = (bill: Pick<SettledBill, 'disputed'>): boolean => bill.disputed !== undefined && Math.round(bill.disputed * 100) > 0;

/** bankend: a decision's details (`DISPUTE_RESOLVED`) that settled bills as paid from the estate after their dispute as after the end (`paidAfterEnd`). */
export const paysAfterEnd = (details: Record<string, unknown>): boolean => settledAfterEnd(details).length > 0;
const settledAfterEnd = (details: Record<string, unknown>): SettledBill[] => paidAfterEnd(storedContractStep({ event: 'DISPUTE_RESOLVED', fromState: null, toState: '', details }));

/** A decision's details (`DISPUTE_RESOLVED`) that settled a bill without its disputed part kept: recorded before billsplit. */
export const lacksDisputedPart = (details: Record<string, unknown>): boolean => {
  const { settled } = (details.event ?? {}) as { settled?: unknown };
  return Array.isArray(settled) && (settled as SettledBill[]).some((b) => b.disputed === undefined);
};

/** A bill as recorded, with the day a lease ended by law it was counted from (rentlaw's `endedByLaw`), when it was. */
type RecordedBillWithLaw = RecordedBill & { endedByLaw?: string };
/** The bill's figures a step recorded (`INVOICE_AFTER_END`, or `BILL_CORRECTED`'s corrected ones), as the machine disputed them. */
const recordedBillOf = (details: Record<string, unknown>): RecordedBillWithLaw | null => {
  const { reference, invoiceDate, amount, periodFrom, periodTo, endedByLaw } = (details.event ?? {}) as Record<string, unknown>;
  if (typeof reference !== 'string' || typeof invoiceDate !== 'string' || typeof amount !== 'number') return null;
  return { reference, invoiceDate, amount, ...(typeof periodFrom === 'string' && { periodFrom }), ...(typeof periodTo === 'string' && { periodTo }), ...(typeof endedByLaw === 'string' && { endedByLaw }) };
};

/** The steps whose figures `settledAsDisputed` reads a bill from. */
export const BILL_RECORDING_EVENTS = ['INVOICE_AFTER_END', 'BILL_CORRECTED'];

/**
 * bankentries (billsplit's Not done 1): a decision that the estate pays disputed bills, recorded before the disputed part was kept with
 * each (`SettledBill.disputed`), read with that part: billsplit's rule (`disputedInvoiceOf`, `stillDisputed`, what the objection letter
 * disputed) on the bill as its contract last recorded it before the decision (`recorded`: its `BILL_RECORDING_EVENTS` entries, in order)
 * and the end date the decision stood on. A bill whose period or end date is not found stays without (`afterEndKnown`).
 * bankend: `endDate`, the end date as a correction of the confirmation after the decision left it (`endDateCorrected`): every bill's part
 * is then worked out from it, nothing when it bills no day after it. The decision's details as they are when nothing is missing or moved.
 * rentlaw2: a bill recorded against a lease's end by law (`endedByLaw`, art. 7:268 lid 6 BW) keeps being counted from that day.
 */
export function settledAsDisputed(decision: Record<string, unknown>, recorded: readonly Record<string, unknown>[], endDate: string | null = null): Record<string, unknown> {
  const decidedOn = ((decision.wording as { projection?: { effectiveDate?: unknown } } | undefined)?.projection?.effectiveDate ?? null) as string | null;
  const moved = endDate !== null && endDate !== decidedOn;
  if (!moved && !lacksDisputedPart(decision)) return decision;
  const event = decision.event as { settled?: SettledBill[] } | undefined;
  if (!Array.isArray(event?.settled)) return decision;
  const from = moved ? endDate : decidedOn;
  const bills = recorded.map(recordedBillOf).filter((b): b is RecordedBillWithLaw => b !== null);
  const settled = event.settled.map((b) => {
    const bill = !moved && b.disputed !== undefined ? null : [...bills].reverse().find((r) => r.reference === b.reference);
    if (!bill || typeof from !== 'string') return b;
    // rentlaw2: a rent bill recorded against a lease's end by law (`endedByLaw`) is counted from that day, whatever end date moved.
    const disputed = disputedInvoiceOf(billedAgainst(from, bill), bill);
    if (disputed) return { ...b, disputed: Math.max(0, stillDisputed({ disputed: disputed.disputed, credited: b.credited })) };
    // A bill with its period known that bills no day after the corrected date: nothing of it is for time after it.
    return moved && bill.periodFrom && bill.periodTo ? { ...b, disputed: 0 } : b;
  });
  return { ...decision, event: { ...event, settled } };
}

/** bankend: the step that corrects a confirmation, and so may move its end date (or a bank's confirmed date, `effectiveDate`). */
export const END_DATE_CORRECTION = 'COMPLETION_CORRECTED';

/** bankend: the end date a correction of the confirmation left (`effectiveDate`), or null. */
export const endDateCorrected = (details: Record<string, unknown>): string | null => {
  const { effectiveDate } = (details.event ?? {}) as { effectiveDate?: unknown };
  return typeof effectiveDate === 'string' ? effectiveDate : null;
};

/** bankend: of a bill decided paid from the estate, how much of it is for time after the end date before and after a correction of that date. */
export interface AfterEndMoved {
  reference: string;
  amount: number;
  /** What was for time after the end date before the correction: null when nothing was said of it (not known). */
  from: number | null;
  /** What is after it: nothing (0), a part, or all of it (`amount`). */
  to: number;
}

/**
 * bankend: what a correction of the end date moved of the bills a decision settled as paid from the estate after their dispute
 * (`paidAfterEnd`): `before` and `after`, the decision's details read from the end date before and after it (`settledAsDisputed`).
 * Only bills whose part changed, and only where the new part is known.
 */
export function afterEndMoved(before: Record<string, unknown>, after: Record<string, unknown>): AfterEndMoved[] {
  const was = settledAfterEnd(before);
  return settledAfterEnd(after).flatMap((b) => {
    const earlier = was.find((w) => w.reference === b.reference);
    if (b.disputed === undefined || !earlier) return [];
    const from = earlier.disputed ?? null;
    return from !== null && Math.round(from * 100) === Math.round(b.disputed * 100) ? [] : [{ reference: b.reference, amount: b.amount, from, to: b.disputed }];
  });
}

/**
 * bankentries: the agencies whose claims a contract's decisions (`DISPUTE_RESOLVED` details) left owed, by the claim's reference
 * (`collectionOwed`): what a payment of that reference paid, whatever its own entry kept.
 */
export const claimsSettled = (decisions: readonly Pick<StoredStep, 'event' | 'details'>[]): Map<string, string> =>
  new Map(decisions.flatMap((d) => owedBillsOf({ ...d, fromState: null, toState: '' }).flatMap((b) => (b.collectionAgency === null ? [] : [[b.reference, b.collectionAgency] as [string, string]]))));

/**
 * bankentries: a payment's entry (`bill.paid`, `bill.payment_undone`) of a bill named by its number that kept no agency: written before
 * bankwords3 kept one, it may have paid an agency's claim (`claimsSettled` says).
 */
export const lacksAgency = (event: string, details: Record<string, unknown>): boolean =>
  (event === BILL_PAYMENT_EVENTS.paid || event === BILL_PAYMENT_EVENTS.undone) && typeof details.reference === 'string' && !details.finalBill && details.overdrawnOn === undefined && details.collectionAgency === undefined;

/**
 * bankdebt: the debt a bank's confirmation recorded when the account it blocked was overdrawn (`done` accountBlocked, a balance below
 * nil: machine v18 `balanceToRelease` leaves nothing to release), as `OwedFigures` names it; null for any other confirmation.
 * `STEP_BILLS` in the bills service reads the same in SQL.
 */
export function overdraftOf(details: Record<string, unknown>): Pick<OwedFigures, 'reference' | 'amount' | 'overdrawnOn'> | null {
  const { done, balance, reference, balanceOn, effectiveDate } = (details.event ?? {}) as { done?: unknown; balance?: unknown; reference?: unknown; balanceOn?: unknown; effectiveDate?: unknown };
  if (done !== 'accountBlocked' || typeof balance !== 'number' || balance >= 0 || typeof reference !== 'string') return null;
  const day = typeof balanceOn === 'string' ? balanceOn : typeof effectiveDate === 'string' ? effectiveDate : null;
  return { reference, amount: Math.round(-balance * 100) / 100, overdrawnOn: day };
}

/**
 * Whether a confirmation step made its final bill (or a bank's overdraft, bankdebt) owed anew: a confirmation does, a correction
 * only when it changed the final bill's amount or reference, the balance or what was done (or was recorded before `corrected` was
 * kept). A correction of the end date alone leaves the final bill owed since the confirmation before it (audit: it jumped from 3 to
 * 18 December on Today's list). `BILLS_OWED` in the timeline service says the same in SQL.
 */
export function changesFinalBill(entry: Pick<StoredStep, 'event' | 'details'>): boolean {
  const { corrected } = (entry.details.event ?? {}) as { corrected?: unknown };
  if (entry.event !== 'COMPLETION_CORRECTED' || !Array.isArray(corrected)) return true;
  return (corrected as { field?: unknown }[]).some((c) => typeof c.field === 'string' && DEBT_FIELDS.has(c.field));
}

/** The facts of a confirmation that say what the estate owes by it: the final bill and its reference, a bank's balance and what it did. */
const DEBT_FIELDS = new Set(['finalInvoiceAmount', 'reference', 'balance', 'done']);

/**
 * collwho (audit78 DATE-1), bankpages: since when the final bill or a bank's overdraft (`overdraft`) a confirmation step (`entryId`)
 * names is owed, from the contract's confirmation steps in order: the day of the latest one up to it that changed the debt itself (a
 * confirmation, or a correction of the final bill's amount, of the balance or of what the bank did, or one recorded before
 * `corrected` was kept). A correction of only the reference it is named by or of the date leaves the debt as it was known;
 * `atEntry` when the steps do not hold it.
 */
export function debtSince(steps: readonly (Pick<StoredStep, 'event' | 'details'> & { id: string; at: string })[], entryId: string, atEntry: string, overdraft: boolean): string {
  const fields = overdraft ? OVERDRAFT_FIELDS : FINAL_BILL_FIELDS;
  const upTo = steps.findIndex((s) => s.id === entryId);
  for (let i = upTo; i >= 0; i--) {
    const { corrected } = (steps[i].details.event ?? {}) as { corrected?: unknown };
    if (steps[i].event !== 'COMPLETION_CORRECTED' || !Array.isArray(corrected) || corrected.some((c: { field?: unknown }) => typeof c.field === 'string' && fields.has(c.field))) return steps[i].at;
  }
  return atEntry;
}

/** The facts whose correction makes a final bill, or an overdraft (the debit and that it was a block), a debt known anew. */
const FINAL_BILL_FIELDS = new Set(['finalInvoiceAmount']);
const OVERDRAFT_FIELDS = new Set(['balance', 'done']);

/**
 * What a bill disputed in part is owed for now, by what is recorded since (as `billsOfSteps` reads it), or null when
 * nothing: while still disputed the part up to the end date (`open`, `undisputedPart`); once an end-date correction
 * took it out of the dispute (`endDateOwed`, `billsOwedOf`) all of it less credit, as a whole bill; once a credit note
 * closed it what that left (`creditLeft`); else what was paid of the part (the estate paid it, whatever the end).
 */
export function untilEndNow(facts: { open: number | null; endDateOwed?: number; creditLeft?: number; paid?: number }): { amount: number; untilEnd: boolean } | null {
  if (facts.open !== null) return { amount: facts.open, untilEnd: true };
  if (facts.endDateOwed !== undefined) return { amount: facts.endDateOwed, untilEnd: false };
  const amount = facts.creditLeft || facts.paid;
  return amount && amount > 0 ? { amount, untilEnd: false } : null;
}

/**
 * Since when a bill recorded after the end date is owed (`recordedAt`: the step that recorded it): since then when part of it
 * was owed from then (`partWhenRecorded`, the part our dispute letter accepted); a bill disputed in full only since the
 * end-date correction that made it owed (`endDateOwedAt`): before it, nothing of it was owed.
 */
export function owedSinceOf(recordedAt: string, partWhenRecorded: number, endDateOwedAt: string | undefined): string {
  return partWhenRecorded > 0 || endDateOwedAt === undefined ? recordedAt : endDateOwedAt;
}

/**
 * The bills an end-date correction took out of the dispute (`billsOwed`, added by `withCorrections`), named by the
 * number each was disputed under, with what is owed of it: listed with the step that recorded the bill, from its day.
 */
export function billsOwedOf(details: Record<string, unknown>): { reference: string; amount: number }[] {
  const { billsOwed } = (details.event ?? {}) as { billsOwed?: unknown };
  return Array.isArray(billsOwed) ? billsOwed.filter((b): b is { reference: string; amount: number } => typeof b?.reference === 'string' && typeof b?.amount === 'number') : [];
}

/**
 * What a collection letter claimed, when the owner's word settled that collection (no bill of ours disputed) as paid
 * from the estate (`collection`, added by the contracts service); a claim with no amount recorded names nothing to pay.
 * Named by the agency's reference, else its name (as `STEP_BILLS` in the bills service).
 */
function collectionOwed(entry: StoredStep): OwedFigures[] {
  const { collection } = (entry.details.event ?? {}) as { collection?: CollectionClaim | null };
  if (!collection || typeof collection.amount !== 'number' || collection.amount <= 0) return [];
  return [{ ...BILL, reference: collection.reference ?? collection.agency ?? '', amount: collection.amount, collectionAgency: collection.agency ?? '' }];
}

/**
 * Of the open disputes, the undisputed part (the days up to the end date) of the bill recorded (or, after a correction
 * renamed it, first recorded) as `reference`, or null: no such bill open, or all of it disputed (`disputedPart` never
 * disputes more than the days after the end date, so what is left is the part the dispute letter accepts).
 */
export function undisputedPart(open: DisputedInvoice[], reference: unknown): number | null {
  const bill = open.find((d) => (d.recordedAs ?? d.reference) === reference);
  if (!bill || bill.disputed.amount >= bill.amount) return null;
  return Math.round((bill.amount - bill.disputed.amount) * 100) / 100;
}

/**
 * What a credit note that closed its bill left to pay of it (`billLeft`, added to the event by the services, named by the
 * number the bill was disputed under); none for a credit note short of the disputed part or one recorded before it was kept.
 */
export function billLeftOf(details: Record<string, unknown>): { reference: string; amount: number }[] {
  const { billLeft } = (details.event ?? {}) as { billLeft?: { reference?: unknown; amount?: unknown } };
  return billLeft && typeof billLeft.reference === 'string' && typeof billLeft.amount === 'number' ? [{ reference: billLeft.reference, amount: billLeft.amount }] : [];
}

/**
 * What is still to pay of a bill: all of it while unpaid; once paid, what a correction after the payment raised
 * it by. A correction lower than what was paid leaves it paid (the estate does not pay it again).
 */
export function stillToPay(bill: { amount: number; paidAmount: number | null }): number {
  return bill.paidAmount === null ? bill.amount : Math.max(0, Math.round((bill.amount - bill.paidAmount) * 100) / 100);
}

/**
 * Of these owed bills, per contract, the bills disputed in part whose part up to the end date is marked paid in full:
 * the family's words of the dispute then say it was paid, not that it is owed.
 */
export function untilEndPaidByContract(bills: { contractId: string; reference: string; untilEnd: boolean; amount: number; paidAmount: number | null }[]): Map<string, string[]> {
  const paid = new Map<string, string[]>();
  for (const b of bills) if (b.untilEnd && b.paidAmount !== null && stillToPay(b) <= 0) paid.set(b.contractId, [...(paid.get(b.contractId) ?? []), b.reference]);
  return paid;
}

/**
 * bankpages (audit79 BD-1): of these owed bills, per contract, the day its overdraft (bankdebt) was marked paid in full: the block's
 * words then say it was paid. None while any of the debit is still to pay (a correction raised it after a payment).
 */
export function overdraftPaidByContract(bills: { contractId: string; overdrawnOn: string | null; amount: number; paidAmount: number | null; paidOn: string | null }[]): Map<string, string> {
  return new Map(bills.filter((b) => b.overdrawnOn !== null && b.paidOn !== null && b.paidAmount !== null && stillToPay(b) <= 0).map((b) => [b.contractId, b.paidOn!]));
}

/**
 * dropdesk (audit90 G6): whether the payment of a final bill recorded before its provider dropped the claim may be undone (the
 * message for `reference`), or null. Recorded by mistake, it is undone as any payment, while Steward has not asked it back: once the
 * repayment letter went, it states the payment to the provider as made, so an undo would leave a letter sent that is no longer true;
 * the owner settles that with the provider first.
 */
export const droppedPaymentUndoProblem = (paid: { askedOn: string | null }): FieldError | null =>
  paid.askedOn ? { field: 'reference', message: `was asked back by letter on ${paid.askedOn}; that letter states this payment, so it cannot be undone`, rule: 'askedBackAlready', limit: paid.askedOn } : null;

/**
 * Why a payment date cannot be recorded (the message for the field `paidOn`), or null: not after today (the
 * Dutch day), nor before the day the bill became owed (`owedOn`): a bill paid before the owner decided is
 * one the owner records as already paid, not one to pay from the estate.
 */
export function paidOnProblem(paidOn: string, today: string, owedOn: string): FieldError | null {
  if (paidOn > today) return afterTodayProblem('paidOn', today);
  if (paidOn < owedOn) {
    return { field: 'paidOn', message: `must not be before ${owedOn}, the day the bill became owed by the estate; a bill paid before then was paid already, not from the estate, and the case owner records it so`, rule: 'beforeOwed', limit: owedOn };
  }
  return null;
}

/**
 * keptcover: why a kept cover's premium cannot be recorded as owed (every problem at once): its figures as any bill's; a period
 * that starts after `coverUntil`, the last day the insurer said the cover continues (that bill is one after the end, disputed as
 * such); a due date before the bill's own date; a number recorded already on the contract (`recorded`: a bill owed or disputed).
 */
export function owedPremiumProblems(
  bill: { invoiceDate: string; periodFrom: string; periodTo: string; reference: string; dueOn?: string },
  today: string,
  coverUntil: string | null,
  recorded: string[],
): FieldError[] {
  const problems = billFiguresProblems(bill, today);
  if (coverUntil && bill.periodFrom > coverUntil) {
    problems.push({ field: 'periodFrom', message: `is after ${coverUntil}, the last day the insurer said the cover continues: a bill for time after it is recorded as a bill after the end`, rule: 'afterCover', limit: coverUntil });
  }
  if (recorded.includes(bill.reference)) problems.push({ field: 'reference', message: `bill ${bill.reference} is recorded already`, rule: 'recordedAlready', limit: bill.reference });
  return problems;
}
