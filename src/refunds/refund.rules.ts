import { addCalendarDays } from '../clock/clock';
import type { FieldError } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import type { RefundReminderFacts } from '../../letters';
import { withoutUndonePairs } from '../timeline/undos';

/**
 * How long after the provider confirmed a refund Steward expects it on the estate's account. No Dutch rule gives a provider a
 * term to pay a refund back: the six weeks an energy supplier has are for sending its final bill (ACM, „binnen zes weken na
 * afloop van het contract"), and the refund this confirmation names is that bill already. 30 days is Steward's choice, not the law.
 */
export const REFUND_TERM_DAYS = 30;

/**
 * refundletter: the term a reminder letter asks the rest paid by, from the day the owner asked. Steward's own, as `REFUND_TERM_DAYS`:
 * no rule of law gives a provider a term to pay a refund back, so the letter states a day and claims no legal term or consequence.
 */
export const REFUND_REMINDER_TERM_DAYS = 14;

/**
 * askboth: what a receipt, its undo or a reminder answers: the refund the provider confirmed, or the money the owner asked back of a
 * final bill paid before the drop. A contract may have both: each is expected, received and reminded apart.
 */
export const RECEIPT_ANSWERS = ['refund', 'askedBack'] as const;
export type ReceiptAnswers = (typeof RECEIPT_ANSWERS)[number];

/** The timeline events of a refund received, of that undone, of the provider's report that it paid, and of the owner's reminder letter, and of one not sent as nothing was left when it was to be made (src/refunds writes them, the last the letters module; they are the estate's money, `readsEstateDebts`). */
export const REFUND_EVENTS = { received: 'refund.received', undone: 'refund.receipt_undone', paidReported: 'refund.paid_reported', reminded: 'refund.reminded', reminderUnsent: 'refund.reminder_unsent', reminderRestated: 'refund.reminder_restated', askedBack: 'refund.asked_back' } as const;

/**
 * famtext: of a list of timeline entries (oldest first), the receipts and undone receipts that still stand. An undo takes back the
 * latest receipt of its contract (`RefundsService.undoReceipt`): when that receipt is in the same list, neither is news (it was never
 * true for the reader); an undo of a receipt told before stays, as its correction. Other entries pass unchanged.
 */
export const receiptsStanding = <E extends { event: string; contractId: string | null }>(entries: E[]): E[] =>
  withoutUndonePairs(entries, (e) => (e.event === REFUND_EVENTS.received ? e.contractId : null), (e) => (e.event === REFUND_EVENTS.undone ? e.contractId : null));

/** A refund the provider confirmed with the end of the contract (a final bill below nil), and what of it the estate received. */
/** audit90 G2: a receipt of less than the confirmed refund is a part of it, told to a reader outside the estate's debts as a part (its `part` on the timeline). */
export const isPartOf = (received: number, refund: Pick<RefundStanding, 'amount'>): boolean => cents(received) < cents(refund.amount);

export interface RefundStanding {
  /** The confirmed refund, as a positive sum. */
  amount: number;
  /** The provider's reference of the confirmation (its kenmerk). */
  reference: string | null;
  /** The day of the confirmation that named this refund: the term runs from it. */
  confirmedOn: string;
  /** The day Steward expects it received by (`REFUND_TERM_DAYS` after `confirmedOn`). */
  expectedBy: string;
  /** What the estate received of it, all receipts together. */
  received: number;
  /** What is still to receive: nil once all is in. */
  left: number;
  /** The day of the latest receipt; null while nothing came. */
  lastReceivedOn: string | null;
  /** refundletter: the day the owner last asked it by letter (after the confirmation that named it), and the day that letter asks it by; null: never asked. */
  remindedOn: string | null;
  remindedPayBy: string | null;
  /** Something still to receive past `expectedBy`, or past `remindedPayBy` once a reminder went. */
  late: boolean;
  /**
   * refundclose: what the provider reported at its desk it paid, while something is still to receive: its word, not a receipt; the
   * owner records what reached the estate account. refunddesk: every report since the amount was confirmed, added up. Null when it reported nothing.
   */
  reportedPaid: ReportedPaidTotal | null;
}

/** The provider's report that it paid (some of) a refund: how much, and the day of its transfer. */
export interface ReportedPaid {
  amount: number;
  paidOn: string;
  /** askclose: the transfer's own reference as the provider gave it (its betalingskenmerk), when it gave one. */
  reference?: string;
}

/** refunddesk: the provider's reports together: `amount` their sum, `paidOn` the latest transfer's day, each report in the order it came. */
export interface ReportedPaidTotal extends ReportedPaid {
  reports: ReportedPaid[];
}

/** A confirmation of a contract's end as the timeline keeps it: the final bill it named (below nil: a refund), in the order they came. */
export interface RefundConfirmation {
  finalInvoiceAmount: number | null;
}

/**
 * refunddesk: the confirmation Steward's term runs from: the first of the latest ones that named the amount as it now stands. A
 * correction of only the end date or the kenmerk leaves the money owed as it was, so its term runs on; a new amount is a new
 * refund to expect. Null without confirmations.
 */
export function termConfirmation<C extends RefundConfirmation>(confirmations: C[]): C | null {
  let since: C | null = null;
  for (const [i, c] of confirmations.entries()) if (i === 0 || c.finalInvoiceAmount !== confirmations[i - 1].finalInvoiceAmount) since = c;
  return since;
}

/**
 * refundletter: what a reminder letter states of the refund (as recorded: the confirmation, what came so far, what is left) and the
 * day it asks the rest by. refunddesk: read again when the letter is made, so a receipt recorded after she pressed „Herinnering
 * sturen" is in it; null once nothing is left to ask.
 */
export const reminderFacts = (refund: RefundStanding | undefined, payBy: string): RefundReminderFacts | null =>
  refund && refund.left > 0 ? { amount: refund.amount, reference: refund.reference, confirmedOn: refund.confirmedOn, received: refund.received, lastReceivedOn: refund.lastReceivedOn, left: refund.left, payBy } : null;

/**
 * askback: money the owner asked back by letter (paiddrop's `repayment_request`: a final bill paid before its provider dropped the
 * claim), followed as a refund is: what came of it (`refund_receipts`, whole or in part), the day it is asked by — the latest
 * reminder's once one went (`REFUND_REMINDER_TERM_DAYS` after it, Steward's term, as the first letter's) — and late past that day
 * while anything is left. No confirmation of the provider's is involved: the sum is what the estate paid, as recorded.
 */
export interface AskedBackStanding {
  reference: string;
  amount: number;
  askedOn: string;
  /** The day the latest letter asks the money by (the request's, or a reminder's). */
  payBy: string;
  received: number;
  left: number;
  lastReceivedOn: string | null;
  /** The day of the latest reminder since the request; null: none went. */
  remindedOn: string | null;
  late: boolean;
  /** askdesk: what the provider reported at its desk it paid back since the request, while something is still to receive (as a refund's `reportedPaid`). */
  reportedPaid: ReportedPaidTotal | null;
}
export function askedBackStanding(asked: { reference: string; amount: number; askedOn: string; payBy: string }, receipts: { amount: number; receivedOn: string }[], remindedOn: string | null, today: string, reports: ReportedPaid[] = []): AskedBackStanding {
  const received = cents(receipts.reduce((sum, r) => sum + r.amount, 0));
  const left = Math.max(0, cents(asked.amount - received));
  const payBy = remindedOn ? addCalendarDays(remindedOn, REFUND_REMINDER_TERM_DAYS) : asked.payBy;
  const lastReceivedOn = receipts.reduce<string | null>((last, r) => (last === null || r.receivedOn > last ? r.receivedOn : last), null);
  return { reference: asked.reference, amount: asked.amount, askedOn: asked.askedOn, payBy, received, left, lastReceivedOn, remindedOn, late: left > 0 && today > payBy, reportedPaid: left > 0 ? reportedTotal(reports) : null };
}

/** A sum of euros rounded to whole cents (sums of floats leave 0.30000000000000004). */
export const cents = (n: number) => Math.round(n * 100) / 100;

/** What is still to receive of a confirmed refund (`finalInvoiceAmount` below nil) once `received` came: nil once all is in, or for a bill to pay. */
export const refundLeftOf = (finalInvoiceAmount: number | null, received: number) =>
  finalInvoiceAmount === null || finalInvoiceAmount >= 0 ? 0 : Math.max(0, cents(cents(-finalInvoiceAmount) - cents(received)));

/** Where a confirmed refund (`finalInvoiceAmount` below nil) stands, by its receipts; null for a final bill to pay or none. */
export function refundStanding(finalInvoiceAmount: number | null, reference: string | null, confirmedOn: string, receipts: { amount: number; receivedOn: string }[], today: string, remindedOn: string | null = null, reports: ReportedPaid[] = []): RefundStanding | null {
  if (finalInvoiceAmount === null || finalInvoiceAmount >= 0) return null;
  const amount = cents(-finalInvoiceAmount);
  const received = cents(receipts.reduce((sum, r) => sum + r.amount, 0));
  const left = refundLeftOf(finalInvoiceAmount, received);
  const expectedBy = addCalendarDays(confirmedOn, REFUND_TERM_DAYS);
  const lastReceivedOn = receipts.reduce<string | null>((last, r) => (last === null || r.receivedOn > last ? r.receivedOn : last), null);
  const remindedPayBy = remindedOn && addCalendarDays(remindedOn, REFUND_REMINDER_TERM_DAYS);
  return { amount, reference, confirmedOn, expectedBy, received, left, lastReceivedOn, remindedOn, remindedPayBy, late: left > 0 && today > (remindedPayBy ?? expectedBy), reportedPaid: left > 0 ? reportedTotal(reports) : null };
}

/** refunddesk: the provider's reports added up (null: none). */
export function reportedTotal(reports: ReportedPaid[]): ReportedPaidTotal | null {
  if (!reports.length) return null;
  return { amount: cents(reports.reduce((sum, r) => sum + r.amount, 0)), paidOn: reports.reduce((last, r) => (r.paidOn > last ? r.paidOn : last), reports[0].paidOn), reports };
}

/**
 * refunddesk2: what the provider still has to transfer of a refund it confirmed: what has not been received, less what it reported
 * transferred beyond what was recorded received (its reports and her receipts may be the same money, so the smaller rest counts). A
 * report is its word, not a receipt: `left` stays for the owner, but the desk is not asked to pay what it says it paid.
 */
export const leftToTransfer = (refund: Pick<RefundStanding, 'amount' | 'left' | 'reportedPaid'>): number =>
  refund.left > 0 ? Math.max(0, cents(Math.min(refund.left, refund.amount - (refund.reportedPaid?.amount ?? 0)))) : 0;

/**
 * refunddesk2: where a refund leaves the provider's request once nothing else is asked of it (stored tab „done"): `transfer`, something
 * is still its to transfer (its move: open, „Wacht op u", `refund-paid` offered); `reported`, it reported all of it and the case owner
 * has still to record it received (Steward's move); null, all of it came (done). Kept on the contract (`refundMarkers`, `refund_step`), which the desk's tabs read (deskscale).
 */
export type DeskRefundStep = 'transfer' | 'reported';
export function deskRefundStep(refund: Pick<RefundStanding, 'amount' | 'left' | 'reportedPaid'> | undefined): DeskRefundStep | null {
  if (!refund || refund.left <= 0) return null;
  return leftToTransfer(refund) > 0 ? 'transfer' : 'reported';
}

/**
 * refunddesk: how many days after the day a provider reported its transfer the owner is asked on Today to look for it. A SEPA
 * credit transfer is on the payee's bank's account by the end of the next business day (PSD2, Directive (EU) 2015/2366, art. 83(1));
 * three calendar days cover a transfer on a Friday. Steward's choice, not a term of anyone's.
 */
export const REFUND_REPORTED_CHECK_DAYS = 3;

/**
 * scaletoday: what Today and the desk choose a contract's refund by, kept on the contract with each change of it (migration
 * 1763820300000), so their pages read an index range, not every open refund: whether anything is still to come (`open`), where it
 * leaves the provider's request (`step`, `deskRefundStep`), the day its term ends — a reminder's once one went (`dueOn`, `reminded`:
 * late after it, Today's „Terugbetaling te laat") — and the day she is asked to look for a reported transfer (`checkOn`:
 * `REFUND_REPORTED_CHECK_DAYS` after the latest, while the provider reported more than she recorded received).
 */
export interface RefundMarkers {
  open: boolean;
  step: DeskRefundStep | null;
  dueOn: string | null;
  reminded: boolean;
  checkOn: string | null;
}
const CLOSED: RefundMarkers = { open: false, step: null, dueOn: null, reminded: false, checkOn: null };
export function refundMarkers(refund: RefundStanding | undefined): RefundMarkers {
  if (!refund || refund.left <= 0) return CLOSED;
  return { open: true, step: deskRefundStep(refund), dueOn: refund.remindedPayBy ?? refund.expectedBy, reminded: refund.remindedOn !== null, checkOn: checkOnOf(refund) };
}

/** The day she is asked to look for a reported transfer: `REFUND_REPORTED_CHECK_DAYS` after the latest, while it reported more than she recorded received. */
const checkOnOf = ({ reportedPaid: reported, received }: Pick<RefundStanding, 'reportedPaid' | 'received'>): string | null =>
  reported && reported.amount > received ? addCalendarDays(reported.paidOn, REFUND_REPORTED_CHECK_DAYS) : null;

/**
 * askdesk: the markers of money asked back (`AskedBackStanding`) on a contract without a refund of its own, kept with the letter and each
 * receipt, report or undo: open and its desk step while anything is left, so the desk's lists and tab counts file the request as its page
 * does (`contracts_desk_refund_idx`), and the day to look for a reported transfer (Today). No due day: Today finds it late by the
 * timeline's own index (askback), and a due day is what tells a refund's markers from these (`ContractWorkflow` keeps these open).
 */
/** askdesk: the markers `askedBackMarkers` writes, read in SQL on `contracts` (`c`: its alias with the dot, or none): open, a desk step, no due day. */
export const askedBackMarked = (c = '') => `(${c}refund_open AND ${c}refund_due_on IS NULL AND ${c}refund_step IS NOT NULL)`;

export function askedBackMarkers(asked: AskedBackStanding | null | undefined): RefundMarkers {
  if (!asked || asked.left <= 0) return CLOSED;
  return { open: true, step: deskRefundStep(asked), dueOn: null, reminded: false, checkOn: checkOnOf(asked) };
}

/**
 * refunddesk2 (audit81): a correction of the confirmation that names another final bill (`corrected`: its `finalInvoiceAmount`, left
 * out keeps the one confirmed) than the refund the provider reported transferring. Refused (409 `refund-reported`), to the desk and
 * to the owner alike: the reports belong to the amount they were made on, and with another amount or none they would no longer be
 * said anywhere while the money may be on its way. A wrong amount is settled between the case owner and the provider first.
 */
export const reportedRefundChanged = (refund: Pick<RefundStanding, 'amount' | 'reportedPaid'> | null | undefined, corrected: unknown): boolean =>
  refundAmountFixed(refund) && corrected !== undefined && corrected !== -refund!.amount;

/** refundtoday: while the provider's reports of a refund stand, its amount cannot be corrected (`reportedRefundChanged`): the desk's form says so instead of offering it. */
export const refundAmountFixed = (refund: Pick<RefundStanding, 'reportedPaid'> | null | undefined): boolean => !!refund?.reportedPaid;

/**
 * Why a receipt cannot be recorded (every problem at once): nothing left to receive; an amount above what is left (more than the
 * provider confirmed is not this refund); a day after today or before the death (`dateOfDeath`: nothing of the deceased's contract
 * was settled before it needed ending). refundtoday: a day before the provider confirmed is taken — a bank transfer can reach the
 * estate account before the provider confirms at its desk (it may answer late, or pay with its final bill), as its report's day
 * since smallmends (`paidReportProblems`, the same bound).
 */
export function receiptProblems(receipt: { amount: number; receivedOn: string }, refund: Pick<RefundStanding, 'amount' | 'left'>, today: string, dateOfDeath: string, dayField: 'receivedOn' | 'paidOn' = 'receivedOn', expected = 'the provider confirmed'): FieldError[] {
  const problems: FieldError[] = [];
  if (receipt.amount > refund.left) problems.push({ field: 'amount', message: `must not be more than ${refund.left.toFixed(2)}, what is still to receive of the refund of ${refund.amount.toFixed(2)} ${expected}`, rule: 'moreThanLeft', limit: refund.left.toFixed(2) });
  if (receipt.receivedOn > today) problems.push(afterTodayProblem(dayField, today));
  else if (receipt.receivedOn < dateOfDeath) problems.push({ field: dayField, message: `must not be before ${dateOfDeath}, the date of death`, rule: 'beforeDeath', limit: dateOfDeath });
  return problems;
}

/**
 * refundclose: why the provider's report that it paid cannot be taken (`receiptProblems`, its day `paidOn`): the same bounds as a
 * receipt, for it reports paying this refund; what came is still the owner's to record. refunddesk: nor, with what it reported
 * already, more than it confirmed (`moreThanReported`): each report is a transfer of this refund, so together they cannot pass it.
 * An earlier report that was wrong is the case owner's to hear of (the refusal says so), not silently outvoted by a later one.
 * smallmends (REFDATE): its day may lie before it confirmed at the desk — a provider pays with its final bill, then answers — but
 * not before the death (`dateOfDeath`): nothing of the deceased's contract was settled before it needed ending.
 */
export function paidReportProblems(report: ReportedPaid, refund: Pick<RefundStanding, 'amount' | 'left' | 'reportedPaid'>, today: string, dateOfDeath: string, asked: 'you confirmed' | 'asked back' = 'you confirmed'): FieldError[] {
  const problems = receiptProblems({ amount: report.amount, receivedOn: report.paidOn }, refund, today, dateOfDeath, 'paidOn', asked === 'you confirmed' ? undefined : asked);
  const reported = refund.reportedPaid?.amount ?? 0;
  const room = Math.max(0, cents(refund.amount - reported));
  if (!problems.some((p) => p.field === 'amount') && report.amount > room) {
    problems.unshift({ field: 'amount', message: `must not be more than ${room.toFixed(2)}: with the ${reported.toFixed(2)} you reported already it passes the refund of ${refund.amount.toFixed(2)} ${asked}`, rule: 'moreThanReported', limit: room.toFixed(2) });
  }
  return problems;
}

/**
 * smallmends (REF-FORM-1): what her receipt form offers to record: what the provider reported transferred and she has not recorded
 * received (its reports and her receipts may be the same money), at most what is left; nil without a report. A default is no more
 * than the evidence: its report is its word, the estate account hers to check.
 */
export const reportedNotRecorded = (refund: Pick<RefundStanding, 'left' | 'received' | 'reportedPaid'>): number =>
  refund.reportedPaid ? Math.max(0, cents(Math.min(refund.left, refund.reportedPaid.amount - refund.received))) : 0;
