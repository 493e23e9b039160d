import type { CommitteeCase } from './committee';
import { dayBefore, type DisputedPart, disputedPart, disputedTotal, type InvoiceRecord } from './invoices';

/**
 * A bill we dispute: the invoice as recorded and the part of it that bills days after the end date.
 * v4 marks a bill the provider holds to with its `rejectionReason`: it stays open (still unpaid, still
 * disputed by us) until the owner settles it, so nobody reads it as done.
 * v5 records what the provider's credit notes for it came to (`credited`) while they fall short of the
 * disputed part: the provider answered and holds to the rest, so that bill too is the owner's to decide.
 */
export type DisputedInvoice = InvoiceRecord & {
  disputed: DisputedPart;
  rejectionReason?: string;
  credited?: number;
  /** v6: the invoice number the bill was recorded (and its dispute letter written) under, once a correction changed it. */
  recordedAs?: string;
  /** v21: our complaint (`dispute_escalation`) named this bill: a collection stop leaves it waiting on that complaint's answer. */
  complainedOf?: boolean;
  /** v22 (committee): the owner took this bill's dispute to the complaints body (`withCommitteeFiled`): it waits on that body's decision. */
  committee?: CommitteeCase;
};

const cents = (amount: number) => Math.round(amount * 100);

/**
 * The disputed amount of a bill: the part of it that bills days after the end date, pro rata per
 * billed day (`disputedPart`: what our dispute letter objected to, never the whole bill unless it bills
 * only such days), less what the provider credited on it so far (v5). What is still open of the bill.
 */
export const stillDisputed = (d: Pick<DisputedInvoice, 'disputed' | 'credited'>): number => disputedTotal([d]);

/** Where the open bills are read from: v4's list, or v2/v3's single bill (v1 recorded none). */
export interface DisputesHeld {
  openDispute?: DisputedInvoice | null;
  openDisputes?: DisputedInvoice[];
}

/** An answer about one disputed bill (or, from the owner, about all of them). */
export interface BillAnswer {
  type: string;
  invoiceReference?: string | null;
}

/** A bill as recorded (INVOICE_AFTER_END): v1 knew no period. */
export type RecordedBill = Omit<InvoiceRecord, 'periodFrom' | 'periodTo'> & { periodFrom?: string; periodTo?: string };

/**
 * The bill with the part of it we dispute, or null when it cannot be disputed: no confirmed end
 * date, no billed period, or no day billed after the end date.
 */
export function disputedInvoiceOf(endDate: string | null | undefined, bill: RecordedBill): DisputedInvoice | null {
  if (!endDate || !bill.periodFrom || !bill.periodTo) return null;
  const invoice = { reference: bill.reference, invoiceDate: bill.invoiceDate, periodFrom: bill.periodFrom, periodTo: bill.periodTo, amount: bill.amount };
  const disputed = disputedPart(endDate, invoice);
  return disputed && { ...invoice, disputed };
}

/**
 * rentlaw (audit104 F2): the end a bill is disputed against: the confirmed end date, or the earlier day a lease ended by law
 * (`endedByLaw`, the contracts module's `leaseEndedByLawBefore`, carried on the bill's event); a later day never moves it.
 */
export const billedAgainst = (effectiveDate: string | null | undefined, bill: { endedByLaw?: string | null; premiumStoppedPer?: string | null }): string | null | undefined =>
  [bill.endedByLaw, bill.premiumStoppedPer].reduce((end, day) => (end && day && day < end ? day : end), effectiveDate);
/**
 * payoutdate (audit105 F1): the day a life or funeral policy's premium is disputed after: the date of death, when the request asked the
 * payout (`askedInstead` 'life', whose letter asked the premium collection stopped per that day) and the insurer answered on a later day.
 * Only our request: no law or general rule ends the premium at the death (geijselkroon.nl, „Uitvaartverzekering", „Wanneer betaal ik de
 * premie?": „U betaalt premie tot de datum die u heeft afgesproken."), so the letter disputes it as far as the policy sets no premium after it.
 */
export const premiumStoppedAtDeath = (asked: string | null | undefined, dateOfDeath: string, confirmed: string | null | undefined): string | null =>
  asked === 'life' && confirmed && dateOfDeath < confirmed ? dateOfDeath : null;
/** A bill's disputed part counted from that earlier day (`billedAgainst`): it starts on or before the confirmed end, after which any other starts. */
export const disputedFromLawEnd = (effectiveDate: string | null | undefined, bill: { disputed: { from: string } }): boolean => Boolean(effectiveDate) && bill.disputed.from <= effectiveDate!;
/**
 * payoutdate: a payout request's nota (`asked` 'life') disputed from the date of death (`premiumStoppedAtDeath`) or wholly: its disputed part
 * is after the death. False: a nota counted from the answer's day. payoutdate2: read by the desk's status and field label, the owner's Today
 * and the family's card alike.
 */
export const disputedAfterDeath = (asked: string | null | undefined, effectiveDate: string | null | undefined, bill: { disputed: { from: string }; periodFrom: string }): boolean =>
  asked === 'life' && (disputedFromLawEnd(effectiveDate, bill) || bill.disputed.from === bill.periodFrom);
/** payoutdate2: every one of a payout request's disputed notas is after the death (`disputedAfterDeath`); none: false. */
export const allAfterDeath = (asked: string | null | undefined, effectiveDate: string | null | undefined, bills: readonly { disputed: { from: string }; periodFrom: string }[]): boolean =>
  bills.length > 0 && bills.every((b) => disputedAfterDeath(asked, effectiveDate, b));
/**
 * rentlaw: the day the disputed parts are after, when it is not the confirmed end: a part that starts on or before that end was
 * measured from the earlier day a lease ended by law (`billedAgainst`), the day before the part starts. Null: the confirmed end.
 * rentlaw2: read by the desk's, the owner's and the family's words alike.
 */
export function endedByLawOf(c: { effectiveDate?: string | null }, bills: readonly DisputedInvoice[]): string | null {
  return bills.length && bills.every((b) => disputedFromLawEnd(c.effectiveDate, b)) ? dayBefore(bills[0].disputed.from) : null;
}

/** Every bill still open, oldest first, from any machine version's context or read model. */
export function openDisputesOf(held: DisputesHeld): DisputedInvoice[] {
  return held.openDisputes ?? (held.openDispute ? [held.openDispute] : []);
}

/**
 * What keeps a confirmation from being corrected (v5 to v10, `COMPLETION_CORRECTED`): the open bills, whose disputed part
 * hangs on the end date our dispute letter quoted, and a collection stop still asked; null when nothing does. Only where
 * the workflow's own version refuses the correction in its state (v11 takes it while a bill is open): its callers ask it.
 */
export function confirmationHeldBy(state: string, held: DisputesHeld): { bills: string[]; collectionStop: boolean } | null {
  const bills = openDisputesOf(held).map((d) => d.reference);
  const collectionStop = state === 'collectionStopRequested';
  return bills.length || collectionStop ? { bills, collectionStop } : null;
}

/**
 * v11: the open bills once the provider corrected its end date (a mistyped end date, the final bill already sent):
 * each bill's disputed part counted again from the corrected end date (`disputedPart`, as when it was recorded);
 * a bill that now bills no day after it is owed and leaves the dispute. What the provider credited on a bill
 * stays recorded; `refused` when that credit would exceed the part still disputed (the credit note answered a
 * dispute the correction takes back: the owner sorts that out with the provider, the end date stays).
 */
export function billsAfterEndDateCorrected(endDate: string, open: readonly DisputedInvoice[]): DisputedInvoice[] | 'refused' {
  if (creditTakenBack(endDate, open)) return 'refused';
  return open.map((d) => ({ ...d, disputed: disputedPart(endDate, d) })).filter((d): d is DisputedInvoice => d.disputed !== null);
}

/**
 * v11: the open bills a corrected end date takes out of the dispute (they now bill no day after it), each named by the
 * number it was recorded (and disputed) under, with what is owed of it: all of it less what the provider credited on it.
 * Recorded with the correction (`billsOwed`) because after the step nothing else says why the bill left the dispute.
 */
export function billsOwedAfterEndDate(endDate: string, open: readonly DisputedInvoice[]): { reference: string; amount: number }[] {
  return open.filter((d) => disputedPart(endDate, d) === null).map((d) => ({ reference: d.recordedAs ?? d.reference, amount: leftToCredit(d) }));
}

/**
 * coverfix: the open bills a kept cover's corrected last day (`coverUntil`; null: no last day) takes in, wholly or in part: each
 * was disputed as billing only time after the earlier last day, and its premium up to the new one is owed by the estate.
 */
export const billsInsideCover = (coverUntil: string | null, open: readonly DisputedInvoice[]): DisputedInvoice[] =>
  open.filter((d) => coverUntil === null || d.periodFrom <= coverUntil);

/** v11: the bill whose credit a corrected end date would take back (credited at least what would still be disputed of it), or null: why such a correction is refused. */
export const creditTakenBack = (endDate: string, open: readonly DisputedInvoice[]): DisputedInvoice | null =>
  open.find((d) => d.credited && cents(d.credited) >= cents(disputedPart(endDate, d)?.amount ?? 0)) ?? null;

/** v11: where a corrected end date leaves the open bills: none (`closesAll`), only held ones, or one still unanswered. */
export function endDateCorrectionOutcome(endDate: string, open: readonly DisputedInvoice[]): 'refused' | 'closesAll' | 'leavesHeldBill' | 'leavesUnansweredBill' {
  const bills = billsAfterEndDateCorrected(endDate, open);
  if (bills === 'refused') return 'refused';
  if (!bills.length) return 'closesAll';
  return bills.every(isHeld) ? 'leavesHeldBill' : 'leavesUnansweredBill';
}

/**
 * The open bills the provider holds to (rejected, or v5: credited in part): the owner's to decide. comlater: a bill with the complaints
 * body (`committee`) is neither this nor unanswered: it waits on the body's decision, so no reader asks her to decide it or the
 * provider to answer it. The machine routes by `isHeld` alone, as every version did.
 */
export const heldBills = (held: DisputesHeld): DisputedInvoice[] => openDisputesOf(held).filter((d) => isHeld(d) && !d.committee);
export const isHeld = (d: DisputedInvoice) => Boolean(d.rejectionReason || d.credited);

/** The open bills the provider has not answered yet (a bill with the complaints body waits on the body instead). */
export const unansweredBills = (held: DisputesHeld): DisputedInvoice[] => openDisputesOf(held).filter((d) => !isHeld(d) && !d.committee);

/** The newest open bill, or null: what `openDispute` has always said. */
export const newestDispute = (held: DisputesHeld): DisputedInvoice | null => openDisputesOf(held).at(-1) ?? null;

/** Whether a bill with this invoice number is open already (it is then not disputed twice). */
export const isOpen = (open: readonly DisputedInvoice[], reference: string) => open.some((d) => d.reference === reference);

/**
 * Why `answer` cannot be applied to the open bills (the message for the field `invoiceReference`), or
 * null when it can. A named bill must be open. Without a name the answer is about the only open bill;
 * with several open it must name one, except the owner's word that the matter is settled, which
 * closes them all. With none open (a debt collection of a bill nobody disputed) a credit note or a
 * rejection has no bill to answer: a credit note of € 10 closed a € 112,40 collection with nothing stopped
 * (audit44). The collection ends by its stop, the owner's word, or the provider withdrawing the bill it
 * collects (nothing left to collect). Every version from v4 reads its guards through here, so old
 * instances refuse them too: the event was never true there, and refusing it changes no state they hold.
 */
export function invoiceReferenceProblem(open: readonly DisputedInvoice[], answer: BillAnswer): string | null {
  const list = open.map((d) => d.reference).join(', ');
  if (answer.invoiceReference) return isOpen(open, answer.invoiceReference) ? null : open.length ? `names no open bill; open: ${list}` : 'names a bill, but no bill is disputed';
  if (!open.length) return answersABill(answer.type) ? 'names no bill, and no bill is disputed on this contract: there is none to answer' : null;
  return open.length > 1 && answer.type !== 'DISPUTE_RESOLVED' ? `is required: ${open.length} bills are disputed (${list}); name the one you answer` : null;
}

/** The provider's answers that need a disputed bill (offered only while one is open; see `invoiceReferenceProblem`). */
const BILL_ANSWER_TYPES: readonly string[] = ['CREDIT_NOTE_SENT', 'DISPUTE_REJECTED'];
export const answersABill = (type: string): boolean => BILL_ANSWER_TYPES.includes(type);

/** The bills still open after a credit note, a withdrawal or the owner's word: the one answered leaves, or (unnamed) all. */
export function billsAfterAnswer(open: readonly DisputedInvoice[], answer: BillAnswer): DisputedInvoice[] {
  return answer.invoiceReference ? open.filter((d) => d.reference !== answer.invoiceReference) : [];
}

/** The bills after the provider holds to one: it stays open, with the reason. */
export function withRejection(open: readonly DisputedInvoice[], answer: BillAnswer & { reason: string }): DisputedInvoice[] {
  const rejected = answer.invoiceReference ?? (open.length === 1 ? open[0].reference : null);
  return open.map((d) => (d.reference === rejected ? { ...d, rejectionReason: answer.reason } : d));
}

/**
 * What a credit note, a withdrawal or the owner's word does to the open bills (v4): `refused` when it
 * names no open bill as it must; else none left (`closesAll`: confirmed, the quiet period starts
 * over), one left that the provider holds to (`leavesHeldBill`: the owner decides), or others left
 * that wait on the provider (`leavesOthers`: the contract stays waiting on it).
 */
export function answerOutcome(open: readonly DisputedInvoice[], answer: BillAnswer): 'refused' | 'closesAll' | 'leavesHeldBill' | 'leavesOthers' {
  if (invoiceReferenceProblem(open, answer) !== null) return 'refused';
  const remaining = billsAfterAnswer(open, answer);
  if (!remaining.length) return 'closesAll';
  return remaining.some(isHeld) ? 'leavesHeldBill' : 'leavesOthers';
}

/**
 * The open bills a withdrawal is about: the one it names; unnamed, the owner's word settles every open bill (`billsSettled`), the
 * provider's withdrawal the only one open (`answeredBill`).
 */
export const billsWithdrawnBy = (open: readonly DisputedInvoice[], answer: BillAnswer): DisputedInvoice[] =>
  answer.invoiceReference || answer.type !== 'DISPUTE_RESOLVED' ? [answeredBill(open, answer)].filter((d): d is DisputedInvoice => d !== null) : [...open];

/** The open bill an answer is about: the one it names, else the only one open. */
export const answeredBill = (open: readonly DisputedInvoice[], answer: BillAnswer): DisputedInvoice | null =>
  (answer.invoiceReference ? open.find((d) => d.reference === answer.invoiceReference) : open.length === 1 ? open[0] : undefined) ?? null;

/**
 * The bills a step answers, each by the invoice number its dispute letter named (`recordedAs`), and who answered: the owner's
 * word settles the bills it names (`settled`, added to the event by the contracts service; README, agencytold), a provider's
 * credit note, withdrawal or rejection answers the bill it names, else the only one open (`answeredBill`). An objection to such
 * a bill still waiting for the post would object to what is settled or answered already (README, setapartrest). `open`: the
 * bills open before the step. Any other step answers none.
 */
export function billsAnsweredBy(event: BillAnswer & { settled?: unknown }, open: readonly DisputedInvoice[]): { by: 'owner' | 'provider'; references: string[] } | null {
  const disputedAs = (reference: string) => open.find((d) => d.reference === reference)?.recordedAs ?? reference;
  if (event.type === 'DISPUTE_RESOLVED') return { by: 'owner', references: ((event.settled ?? []) as { reference: string }[]).map((s) => disputedAs(s.reference)) };
  if (!PROVIDER_BILL_ANSWERS.includes(event.type)) return null;
  const bill = answeredBill(open, event);
  return bill ? { by: 'provider', references: [bill.recordedAs ?? bill.reference] } : null;
}
const PROVIDER_BILL_ANSWERS: readonly string[] = ['CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED'];

/**
 * One rejection per bill: the provider holds to a bill once, and a second rejection would only repeat itself in the
 * thread and the owner's status (audit). The bills a rejection form offers, on the desk and the owner's page alike.
 */
export const rejectable = (bill: DisputedInvoice): boolean => !bill.rejectionReason;

/** The bill a rejection (`DISPUTE_REJECTED`) names that the provider rejected already (not `rejectable`), or null. */
export function rejectedAlready(open: readonly DisputedInvoice[], answer: BillAnswer): DisputedInvoice | null {
  const bill = answer.type === 'DISPUTE_REJECTED' ? answeredBill(open, answer) : null;
  return bill && !rejectable(bill) ? bill : null;
}

/** Whether the provider can still reject a bill: one open that is `rejectable`. */
export const mayReject = (held: DisputesHeld): boolean => openDisputesOf(held).some(rejectable);

/**
 * collwithdraw: a withdrawal answers a disputed bill (the desk's document says so). On a collection stop of a bill nobody
 * disputed it named no bill, closed the stop with nothing stopped and left the owner told to pay the bill "withdrawn"
 * (audit81 COLL-1): that stop is answered by the word that the collection stopped, so the desk and the owner's page offer no
 * withdrawal there, and both refuse one (409 `no-disputed-bill`). Not a machine guard: the machine (v19) still takes it, so
 * the services refuse it before it reaches the machine.
 */
export const withdrawsNoDisputedBill = (type: string, held: DisputesHeld): boolean => type === 'INVOICE_WITHDRAWN' && !openDisputesOf(held).length;

/**
 * Whether an answer may be offered now, on the desk and the owner's contract page alike: a credit note needs an
 * open bill (`answersABill`), a withdrawal too (`withdrawsNoDisputedBill`), a rejection one the provider has not rejected
 * yet (`mayReject`); any other answer may.
 */
export function answerOffered(type: string, held: DisputesHeld): boolean {
  if (type === 'DISPUTE_REJECTED') return mayReject(held);
  if (withdrawsNoDisputedBill(type, held)) return false;
  return !answersABill(type) || openDisputesOf(held).length > 0;
}

/**
 * v8: whether an answer about one bill (whatever it does to that bill: closes it, holds to it, credits
 * part of it, or a correction drops it) leaves another open bill the provider has not answered: the
 * provider then still owes an answer, so the contract keeps waiting on it. False for an answer that
 * cannot be applied, or one that settles every bill (the owner's word without a name).
 */
export function leavesUnanswered(open: readonly DisputedInvoice[], answer: BillAnswer): boolean {
  const bill = invoiceReferenceProblem(open, answer) === null ? answeredBill(open, answer) : null;
  return bill !== null && open.some((d) => d !== bill && !isHeld(d));
}

/**
 * v5: whether a credit note of `amount` falls short of what is still disputed of the bill it answers
 * (it then closes only the credited part); one of that much or more closes the bill as before.
 */
export function creditsPart(open: readonly DisputedInvoice[], answer: BillAnswer & { amount: number }): boolean {
  const bill = invoiceReferenceProblem(open, answer) === null ? answeredBill(open, answer) : null;
  return bill !== null && cents(answer.amount) < cents(stillDisputed(bill));
}

/** What is left of a bill to credit: its amount less what was credited on it already. */
export const leftToCredit = (d: Pick<DisputedInvoice, 'amount' | 'credited'>) => (cents(d.amount) - cents(d.credited ?? 0)) / 100;
/** A credit note for more than is left of its bill: a typing error (crediting the whole bill, beyond the disputed part, is not). */
export const creditsMoreThanLeft = (d: DisputedInvoice, amount: number) => cents(amount) > cents(leftToCredit(d));

/**
 * What is left to pay of a bill once a credit note of `amount` closes it: the bill less every credit on it, never below
 * nil, and never more than the part up to the end date that our dispute letter accepted (a v4 credit note short of the
 * disputed part closed the bill too; the rest was disputed, not owed). Audit: € 10,00 of a € 31,00 bill was lost.
 */
export const leftAfterCredit = (d: Pick<DisputedInvoice, 'amount' | 'credited' | 'disputed'>, amount: number) =>
  Math.max(0, Math.min(cents(d.amount) - cents(d.disputed.amount), cents(leftToCredit(d)) - cents(amount))) / 100;

/** v5: the bills after a partial credit note: the answered bill stays open, with what was credited on it added up. */
export function withCredit(open: readonly DisputedInvoice[], answer: BillAnswer & { amount: number }): DisputedInvoice[] {
  const bill = answeredBill(open, answer);
  return open.map((d) => (d === bill ? { ...d, credited: (cents(d.credited ?? 0) + cents(answer.amount)) / 100 } : d));
}

/**
 * What happens with a bill the owner settles (`DISPUTE_RESOLVED`'s `outcome`), so the family is told
 * whether to pay it: `payFromEstate` — it is owed and is paid from the estate; `alreadyPaid` — it was
 * paid before the dispute ended; `providerWithdrew` — the provider dropped it after all (a phone call).
 */
export const BILL_OUTCOMES = ['payFromEstate', 'alreadyPaid', 'providerWithdrew'] as const;
export type BillOutcome = (typeof BILL_OUTCOMES)[number];

/**
 * A bill the owner's word settled, as its readers name it: what is still billed of it (its amount less any
 * credit), whether the provider held to it, and what it credited of it (a bill credited in part is held to
 * only for the rest; steps recorded before `credited` was kept lack it).
 */
export interface SettledBill {
  reference: string;
  amount: number;
  held: boolean;
  credited?: number;
  /**
   * billsplit (audit87 F1): what our objection still disputed of it (`stillDisputed`): the part that bills days after the end date, so
   * "after the end" is said of that part, not of a bill disputed in part as a whole. Steps recorded before it was kept lack it.
   */
  disputed?: number;
}

/** The bills the owner's word settles: the one it names, else every open bill. */
export function billsSettled(open: readonly DisputedInvoice[], answer: BillAnswer): SettledBill[] {
  return open
    .filter((d) => !answer.invoiceReference || d.reference === answer.invoiceReference)
    .map((d) => ({ reference: d.reference, amount: (cents(d.amount) - cents(d.credited ?? 0)) / 100, held: isHeld(d), ...(d.credited ? { credited: d.credited } : {}), disputed: stillDisputed(d) }));
}

/**
 * Why the owner's word that bills are settled lacks what happens with them (the message for the field
 * `outcome`), or null: required when it settles a bill the provider holds to, where "settled" alone
 * leaves the family guessing whether to pay it.
 */
export function outcomeProblem(open: readonly DisputedInvoice[], answer: BillAnswer & { outcome?: unknown }): string | null {
  if (answer.outcome || !billsSettled(open, answer).some((b) => b.held)) return null;
  return `is required: the provider holds to the bill you settle; say what happens with it (${BILL_OUTCOMES.join(', ')})`;
}

/** v6: a recorded bill as the owner corrects it: the bill it is (`invoiceReference`, see `invoiceReferenceProblem`) and its figures as they should have been recorded. */
export type BillCorrection = BillAnswer & InvoiceRecord;

/**
 * v6: what correcting a bill does to the open bills: `refused` when it names no open bill as it must,
 * would take another open bill's number, has its period backwards, or would dispute no more than the
 * provider already credited on it (credits are the provider's word about the old figures; what it
 * still owes us cannot go below nothing). Else the bill stays disputed with its new figures
 * (`corrects`), or, billing no day after the end date any more, its dispute is dropped (the bill is
 * owed) and what is left says where the contract goes, as after an answer (see `answerOutcome`).
 */
export function billCorrectionOutcome(
  endDate: string | null,
  open: readonly DisputedInvoice[],
  correction: BillCorrection,
): 'refused' | 'corrects' | 'closesAll' | 'leavesHeldBill' | 'leavesOthers' {
  const bill = open.length && invoiceReferenceProblem(open, correction) === null ? answeredBill(open, correction) : null;
  if (!bill || !endDate || correction.periodTo < correction.periodFrom) return 'refused';
  if (open.some((d) => d !== bill && d.reference === correction.reference)) return 'refused';
  const disputed = disputedPart(endDate, correction);
  if (disputed) return cents(disputed.amount) > cents(bill.credited ?? 0) ? 'corrects' : 'refused';
  return answerOutcome(open, { type: correction.type, invoiceReference: bill.reference });
}

/**
 * v6: the open bills after a correction: the named bill with its corrected figures and disputed part, and
 * what the provider answered on it (held to, credited), or without it when it no longer bills a day after
 * the end date. `recordedAs` keeps the number its dispute letter named.
 */
export function billsAfterCorrection(endDate: string | null, open: readonly DisputedInvoice[], correction: BillCorrection): DisputedInvoice[] {
  const bill = answeredBill(open, correction);
  const disputed = endDate && disputedPart(endDate, correction);
  const { reference, invoiceDate, periodFrom, periodTo, amount } = correction;
  return open.flatMap((d) => {
    if (d !== bill) return [d];
    if (!disputed) return [];
    const recordedAs = d.recordedAs ?? (d.reference === reference ? undefined : d.reference);
    return [{ ...d, reference, invoiceDate, periodFrom, periodTo, amount, disputed, ...(recordedAs && { recordedAs }) }];
  });
}

/**
 * collclaim: what a provider drops when it drops the whole claim it handed to a collection agency (`claimDropped` on its
 * `collection-stopped`), as the record holds it then: the final bill it confirmed, when one to pay, and every bill still
 * disputed, each with what is left of it. The readers name them; the bills module no longer lists the final bill as owed.
 * collclaim2 (audit86 COLL-2): a final bill the estate already paid (`finalBillPaidOn`, the day recorded) is not open, so not
 * dropped: it stays paid and is named apart (`paidFinalBill`), the rest of the claim dropped; the owner is told a refund may be due.
 * paiddrop: one paid in part (`finalBillPaid.amount` below the bill) is open for the rest only: that rest is dropped (`finalBill`) and
 * the part paid is named apart as paid, so nothing of it stays owed and what was paid is what the owner may ask back.
 */
export interface DroppedClaim {
  finalBill: { reference: string; amount: number } | null;
  bills: { reference: string; amount: number }[];
  paidFinalBill: { reference: string; amount: number; paidOn: string } | null;
}
/** What the estate paid of a contract's final bill, as the bills module recorded it: the sum and the day of the latest payment. */
export interface FinalBillPaid {
  amount: number;
  paidOn: string;
}
export function droppedClaimOf(context: DisputesHeld & { providerReference?: string | null; finalInvoiceAmount?: number | null }, finalBillPaid: FinalBillPaid | null = null): DroppedClaim {
  const { providerReference: reference, finalInvoiceAmount: amount } = context;
  const finalBill = typeof amount === 'number' && amount > 0 && reference ? { reference, amount } : null;
  const paid = finalBill && finalBillPaid && finalBillPaid.amount > 0 ? Math.min(finalBillPaid.amount, finalBill.amount) : 0;
  const rest = finalBill ? Math.round((finalBill.amount - paid) * 100) / 100 : 0;
  return {
    finalBill: finalBill && rest > 0 ? { reference: finalBill.reference, amount: rest } : null,
    bills: openDisputesOf(context).map((d) => ({ reference: d.reference, amount: leftToCredit(d) })),
    paidFinalBill: finalBill && paid > 0 ? { reference: finalBill.reference, amount: paid, paidOn: finalBillPaid!.paidOn } : null,
  };
}
/**
 * dropday: the final bill a dropped claim took with it, as the estate had paid it (`paidFinalBill`): what was paid, the whole bill
 * (what was paid and the rest dropped with it: audit90 G4, a part is said as a part), and whether it was paid after the provider's
 * word of the drop (`droppedOn`: the day it said so, or recorded it), which is money paid on a claim already dropped and asked back
 * alike. Null when the estate had paid none of it.
 */
export interface PaidOnDroppedBill {
  reference: string;
  paid: number;
  whole: number;
  paidOn: string;
  afterDrop: boolean;
}
/** dropday: a payment on a final bill is after the provider's word when its day is later than the day the provider said it dropped the claim. */
export const paidAfterDrop = (paidOn: string, droppedOn: string): boolean => paidOn > droppedOn;

export function paidOnDroppedBill(claim: Pick<DroppedClaim, 'finalBill' | 'paidFinalBill'>, droppedOn: string | null): PaidOnDroppedBill | null {
  const p = claim.paidFinalBill;
  if (!p) return null;
  const rest = claim.finalBill?.reference === p.reference ? claim.finalBill.amount : 0;
  return { reference: p.reference, paid: p.amount, whole: Math.round((p.amount + rest) * 100) / 100, paidOn: p.paidOn, afterDrop: droppedOn !== null && paidAfterDrop(p.paidOn, droppedOn) };
}
/** A dropped claim as a step's event recorded it (`claimDropped`), or null: none dropped, or recorded otherwise. */
export function droppedClaimIn(event: { claimDropped?: unknown }): DroppedClaim | null {
  const c = event.claimDropped as Partial<DroppedClaim> | null | undefined;
  return c && typeof c === 'object' && Array.isArray(c.bills) ? { finalBill: c.finalBill ?? null, bills: c.bills, paidFinalBill: c.paidFinalBill ?? null } : null;
}

/**
 * The machine's own steps (v19, unchanged) that record a dropped claim: the collection stopped, carrying what was dropped, then
 * each bill still disputed withdrawn by the provider (`INVOICE_WITHDRAWN` by its number), so the last one closes the dispute as
 * a withdrawal always does. The stop comes first: once the last bill is withdrawn while the stop is asked, the contract is done
 * and takes no stop. Without `claimDropped` the answer is the one step it always was. Each withdrawal carries `ofDroppedClaim`
 * (audit90 G5, optional data the machine ignores): it is part of the drop, not an answer of its own, so the family and the desk read
 * the drop once (`isOfDroppedClaim`).
 */
export function claimDropSteps<E extends { type: string; claimDropped?: unknown }>(event: E, context: Parameters<typeof droppedClaimOf>[0], finalBillPaid: FinalBillPaid | null = null): ({ type: string } & Record<string, unknown>)[] {
  if (event.type !== 'COLLECTION_STOPPED' || event.claimDropped !== true) return [event];
  const claim = droppedClaimOf(context, finalBillPaid);
  return [{ ...event, claimDropped: claim }, ...claim.bills.map((b) => ({ type: 'INVOICE_WITHDRAWN', invoiceReference: b.reference, note: null, ofDroppedClaim: true }))];
}

/** audit90 G5: a step recorded as part of a dropped claim (`claimDropSteps`), told with the drop, never as news or an answer of its own. */
export const isOfDroppedClaim = (event: unknown): boolean => typeof event === 'object' && event !== null && (event as { ofDroppedClaim?: unknown }).ofDroppedClaim === true;

/**
 * collagency: what the provider's answer ended of the collection our stop asked to halt, which the agency we wrote to should hear so
 * it closes its file: the collection stopped, the whole claim dropped (collclaim), or the last disputed bill withdrawn (the bill by
 * its number now). The agency knows its own word, and a suspension leaves its file open while the objection runs.
 */
export type CollectionEnd = { why: 'stopped' } | { why: 'claimDropped'; rest?: DroppedClaim } | { why: 'billWithdrawn'; bills: WithdrawnBill[] };
/** collrest: a bill whose withdrawal ended the collection, by its number now and its amount, as the agency's letter names it. */
export type WithdrawnBill = { reference: string; amount: number };

/**
 * collagency: whether an answer recorded while our collection stop was asked (`before`: the state and bills before the step) ends the
 * collection in a way the agency should hear of, and how; null for any other answer. The desk's answer is the provider's own
 * (no `answeredBy`); the owner says who answered (collwho). After a dropped claim's stop the contract has left the stop, so the
 * withdrawals that follow it (`claimDropSteps`) are never a second reason. collowner: the owner's word that the provider dropped the
 * last disputed bill after all (`DISPUTE_RESOLVED` with `providerWithdrew`, heard by phone or letter) is that withdrawal too; her
 * other outcomes are her own decision, not the provider's end of the collection. collrest: her word that settles several open bills
 * at once names them all.
 */
export function collectionEndOf(answer: BillAnswer & { answeredBy?: unknown; collection?: unknown; claimDropped?: unknown; outcome?: unknown }, before: { state: string; context: DisputesHeld }): CollectionEnd | null {
  if (before.state !== 'collectionStopRequested') return null;
  if (answer.type === 'COLLECTION_STOPPED') {
    if ((answer.answeredBy !== undefined && answer.answeredBy !== 'provider') || answer.collection === 'suspended') return null;
    // audit88rest: a final bill the estate paid (in part) before the drop was paid, not withdrawn: the agency hears both (`rest`).
    const claim = droppedClaimIn(answer);
    if (claim?.paidFinalBill) return { why: 'claimDropped', rest: claim };
    return { why: answer.claimDropped === true || claim ? 'claimDropped' : 'stopped' };
  }
  if (answer.type !== 'INVOICE_WITHDRAWN' && !(answer.type === 'DISPUTE_RESOLVED' && answer.outcome === 'providerWithdrew')) return null;
  const open = openDisputesOf(before.context);
  if (answerOutcome(open, answer) !== 'closesAll') return null;
  // collrest: the owner's word names one bill or settles every open one at once (`billsAfterAnswer`); the agency hears each.
  const closed = billsWithdrawnBy(open, answer);
  return closed.length ? { why: 'billWithdrawn', bills: closed.map((d) => ({ reference: d.reference, amount: d.amount })) } : null;
}
