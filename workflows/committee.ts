import type { Biller } from './wording';
import { answeredBill, type BillAnswer, type BillOutcome, billsAfterAnswer, creditsPart, type DisputedInvoice, type DisputesHeld, invoiceReferenceProblem, isHeld, openDisputesOf } from './disputes';

/**
 * committee (v22): a bill's dispute the owner took to the complaints body the provider is with (`complaintsBodyFor`: for telecom the
 * Geschillencommissie Telecommunicatie), as she recorded it: the body's name, the day she submitted it, its case number if it gave one.
 */
export interface CommitteeCase {
  /** The body's name with its article, as each language writes it (`complaintsBodyFor`). */
  body: { nl: string; en: string };
  filedOn: string;
  caseNumber: string | null;
}

/**
 * How long a case takes there is not given: De Geschillencommissie sends its decision "doorgaans binnen 4 tot 6 weken" after the
 * hearing (https://www.degeschillencommissie.nl/procesinformatie/besluiten/), and the hearing follows the intake, the fee and the
 * provider's answer, whose times its process page gives only as averages (https://www.degeschillencommissie.nl/process-information/).
 * So no deadline is set on the body: the owner is reminded to look how the case stands after twelve weeks (60 business days), and again
 * twelve weeks later while it runs.
 */
export const COMMITTEE_LOOK_AFTER_BUSINESS_DAYS = 60;

/**
 * What the committee decided about a bill: in the family's favour (`billDropped`: nothing to pay; `billLowered`: to pay only `amount`),
 * in the provider's (`billUpheld`: paid from the estate), or the parties settled while it ran (`settled`, `amount` what is paid, 0 or
 * absent nothing). Recorded with the owner's word that the bill is settled (`DISPUTE_RESOLVED`'s `committee`), never as a withdrawal.
 */
export const COMMITTEE_DECISIONS = ['billDropped', 'billLowered', 'billUpheld', 'settled'] as const;
export type CommitteeDecisionKind = (typeof COMMITTEE_DECISIONS)[number];
export interface CommitteeDecision extends CommitteeCase {
  decision: CommitteeDecisionKind;
  decidedOn: string;
  /** `billLowered` and `settled`: what the estate pays of the bill; absent for the others. */
  amount: number | null;
}

/** The open bills the committee has (`committee`): while any is there, nobody but the committee decides on it. */
export const billsWithCommittee = (held: DisputesHeld): DisputedInvoice[] => openDisputesOf(held).filter((d) => d.committee);

/** The bills once the owner filed: the one named (else every open bill) is with the committee, with the case as she recorded it. */
export function withCommitteeFiled(open: readonly DisputedInvoice[], filing: BillAnswer & CommitteeCase): DisputedInvoice[] {
  const { body, filedOn, caseNumber } = filing;
  return open.map((d) => (!filing.invoiceReference || d.reference === filing.invoiceReference ? { ...d, committee: { body, filedOn, caseNumber } } : d));
}

/** Whether a decision about one bill leaves another still with the committee: the contract then stays with it. */
export const othersStayWithCommittee = (open: readonly DisputedInvoice[], answer: BillAnswer): boolean => billsAfterAnswer(open, answer).some((d) => d.committee);

/** What the estate pays of the bill after the decision (`left`: what was still billed of it), or 0: nothing. */
export function owedAfterDecision(decision: Pick<CommitteeDecision, 'decision' | 'amount'>, left: number): number {
  if (decision.decision === 'billUpheld') return left;
  return decision.decision === 'billDropped' ? 0 : Math.min(decision.amount ?? 0, left);
}

/** The settled bill's outcome for the bills module and the readers: paid from the estate when something is owed, else none (not a withdrawal). */
export const outcomeOfDecision = (owed: number): BillOutcome | null => (owed > 0 ? 'payFromEstate' : null);

/**
 * Why a decision cannot be recorded as given (the field and its message), or null: `amount` is required for a lowered bill, never
 * above what is billed; the day is never before the filing. Messages in the owner's language are the catalogue's (`COMMITTEE_PROBLEMS`).
 */
export function decisionProblem(bill: Pick<DisputedInvoice, 'amount' | 'credited' | 'committee'> | null, d: Pick<CommitteeDecision, 'decision' | 'decidedOn'> & { amount?: number | null }): { field: 'invoiceReference' | 'amount' | 'decidedOn'; problem: 'notWithCommittee' | 'amountRequired' | 'amountAboveBill' | 'beforeFiling' } | null {
  if (!bill?.committee) return { field: 'invoiceReference', problem: 'notWithCommittee' };
  if (d.decision === 'billLowered' && !(typeof d.amount === 'number' && d.amount > 0)) return { field: 'amount', problem: 'amountRequired' };
  if (typeof d.amount === 'number' && Math.round(d.amount * 100) > Math.round((bill.amount - (bill.credited ?? 0)) * 100)) return { field: 'amount', problem: 'amountAboveBill' };
  if (d.decidedOn < bill.committee.filedOn) return { field: 'decidedOn', problem: 'beforeFiling' };
  return null;
}

/**
 * The settled bills of a committee's decision as the bills module reads them (`owedBillsOf`): each with what the estate pays of it
 * (`owedAfterDecision`), so a bill lowered is owed for the lower amount only.
 */
export const settledByDecision = <B extends { amount: number }>(settled: readonly B[], decision: Pick<CommitteeDecision, 'decision' | 'amount'>): B[] =>
  settled.map((b) => ({ ...b, amount: owedAfterDecision(decision, b.amount) }));

/** A decision as a stored step recorded it (`DISPUTE_RESOLVED`'s `committee`), or null: none, or recorded otherwise. */
export function committeeDecisionOf(value: unknown): CommitteeDecision | null {
  const d = value as Partial<CommitteeDecision> | null | undefined;
  return d && typeof d === 'object' && typeof d.decision === 'string' && typeof d.decidedOn === 'string' && d.body ? (d as CommitteeDecision) : null;
}

/** A filing as a stored step recorded it (`COMMITTEE_FILED`), or null when it lacks the body or the day. */
export function committeeCaseOf(value: unknown): CommitteeCase | null {
  const k = value as Partial<CommitteeCase> | null | undefined;
  return k && typeof k.filedOn === 'string' && k.body && typeof k.body.nl === 'string' ? { body: k.body, filedOn: k.filedOn, caseNumber: k.caseNumber ?? null } : null;
}

/**
 * comlater (v23): an answer about a bill that leaves open only bills the committee has: nothing waits on the provider or the owner any
 * more, so the contract waits on the body again (`withCommittee`).
 */
export function leavesOnlyCommitteeBills(open: readonly DisputedInvoice[], answer: BillAnswer): boolean {
  const left = answer.invoiceReference ? billsAfterAnswer(open, answer) : [];
  return left.length > 0 && left.every((d) => d.committee);
}

/**
 * comlater (v23): beside the bill answered, the only bills the provider has not answered are with the committee: they wait on its
 * decision, not on the provider's answer, so the contract does not keep waiting on the provider for them (a bill it holds to is then
 * the owner's).
 */
export function onlyCommitteeLeftUnanswered(open: readonly DisputedInvoice[], answer: BillAnswer): boolean {
  const bill = invoiceReferenceProblem(open, answer) === null ? answeredBill(open, answer) : null;
  const unanswered = open.filter((d) => d !== bill && !isHeld(d));
  return bill !== null && unanswered.length > 0 && unanswered.every((d) => d.committee);
}

/** comlater (v23): a filing that leaves another open bill outside the committee: that bill keeps the state it is in, and its term. */
export const filingLeavesOtherBills = (open: readonly DisputedInvoice[], filing: BillAnswer & CommitteeCase): boolean =>
  withCommitteeFiled(open, filing).some((d) => !d.committee);

/**
 * comlater (v23): a credit note for part of a bill the committee has. It is the provider's offer while the case runs: the bill stays with
 * the committee, for what is left of it, until the owner records the decision or a settlement (`settled`).
 */
export function creditsCommitteeBill(open: readonly DisputedInvoice[], answer: BillAnswer & { amount: number }): boolean {
  const bill = invoiceReferenceProblem(open, answer) === null ? answeredBill(open, answer) : null;
  return Boolean(bill?.committee) && creditsPart(open, answer);
}

/** comlater2 (v24): every open bill is with the committee: nothing waits on the provider or the owner, only on the body. */
export const onlyCommitteeBillsOpen = (held: DisputesHeld): boolean => billsWithCommittee(held).length > 0 && openDisputesOf(held).every((d) => d.committee);

/** comlater2 (v24): the provider holds to a bill the committee has: the committee decides it, not the owner. */
export function rejectsCommitteeBill(open: readonly DisputedInvoice[], answer: BillAnswer): boolean {
  return invoiceReferenceProblem(open, answer) === null && Boolean(answeredBill(open, answer)?.committee);
}

/**
 * comlater3: the provider holding to a bill the committee has, read on the bills the step left (the bill stays open there). It changes no
 * term: the body decides the bill, so the reminder to look after the case keeps its day, and another bill's term with the provider runs on
 * (the runtime keeps the state's due date, as for `TERM_KEEPING_EVENTS`). Only v24's targetless step names such a bill and keeps the state.
 */
export const rejectionKeepsTerm = (event: BillAnswer, openAfter: readonly DisputedInvoice[]): boolean =>
  event.type === 'DISPUTE_REJECTED' && rejectsCommitteeBill(openAfter, event);

/**
 * comcorr (v26): what the owner recorded of a filing, corrected: the day and the case number as they should have been, for the named bill
 * the body has (without a name, every bill it has). `term` (`RestoredTerm`, set by the contracts service) only when the day changed: the
 * reminder to look then counts from the corrected day; a case number alone keeps the reminder's day.
 */
export type FilingCorrection = BillAnswer & Pick<CommitteeCase, 'filedOn' | 'caseNumber'>;
/** comcorr: a filing's particular as recorded (`from`) and as corrected (`to`); a case number left out is null. */
export interface FilingChange {
  field: 'filedOn' | 'caseNumber';
  from: string | null;
  to: string | null;
}

/** comcorr: the bills a correction of the filing is about: the named one if the body has it, else (no name) every bill the body has. */
export function filingCorrected(open: readonly DisputedInvoice[], correction: BillAnswer): DisputedInvoice[] {
  return open.filter((d) => d.committee && (!correction.invoiceReference || d.reference === correction.invoiceReference));
}

/** comcorr: each particular the correction changes against the case as recorded, in the order the readers say them. */
export const filingChanges = (recorded: CommitteeCase, corrected: Pick<CommitteeCase, 'filedOn' | 'caseNumber'>): FilingChange[] =>
  (['filedOn', 'caseNumber'] as const).filter((field) => (recorded[field] ?? null) !== (corrected[field] ?? null)).map((field) => ({ field, from: recorded[field] ?? null, to: corrected[field] ?? null }));

/** comcorr: the open bills once the filing is corrected: the bills it is about carry the corrected day and case number, the body unchanged. */
export function withFilingCorrected(open: readonly DisputedInvoice[], correction: FilingCorrection): DisputedInvoice[] {
  const about = filingCorrected(open, correction);
  return open.map((d) => (about.includes(d) ? { ...d, committee: { ...d.committee!, filedOn: correction.filedOn, caseNumber: correction.caseNumber } } : d));
}

/** comcorr (v26): a correction of the filing as its step recorded it: the body, and each particular from → to. */
export interface FilingCorrected {
  body: CommitteeCase['body'];
  changes: FilingChange[];
}
/** comcorr: the correction a stored step recorded (`COMMITTEE_FILING_CORRECTED` with the body the service added), or null. */
export function filingCorrectedOf(event: { body?: unknown; corrected?: unknown }): FilingCorrected | null {
  const body = event.body as CommitteeCase['body'] | undefined;
  return body && typeof body.nl === 'string' && Array.isArray(event.corrected) ? { body, changes: event.corrected as FilingChange[] } : null;
}

/**
 * comcorr2: the owner's correction of the decision she recorded (`DISPUTE_RESOLVED`'s `committee`): the decision, its day and amount as
 * they should have been. No step of the workflow (the dispute stays ended, the contract where it is): an entry of its own, and every list
 * of debts reads the decision's bill owed as corrected (`decisionAsCorrected`). `left`: what was still billed of the bill when decided.
 */
export type DecisionSaid = Pick<CommitteeDecision, 'decision' | 'decidedOn'> & { amount?: number | null };
export interface DecisionCorrected {
  reference: string;
  left: number;
  from: CommitteeDecision;
  to: CommitteeDecision;
  /** notawords2: whose bill it is, so the owner's history names an insurer's its nota; absent on corrections recorded before. */
  biller?: Biller;
}

/** comcorr2: the decision as given, on the case as filed: an amount only where the decision has one (`billLowered`, `settled`). */
export const decisionAsGiven = (recorded: CommitteeDecision, given: DecisionSaid): CommitteeDecision => ({
  ...recorded,
  decision: given.decision,
  decidedOn: given.decidedOn,
  amount: given.decision === 'billLowered' || given.decision === 'settled' ? (given.amount ?? 0) : null,
});

/** comcorr2: whether the correction says anything else than what is recorded. */
export const decisionChanged = (from: DecisionSaid, to: DecisionSaid): boolean =>
  from.decision !== to.decision || from.decidedOn !== to.decidedOn || (from.amount ?? null) !== (to.amount ?? null);

/**
 * decisionowes: what the estate already paid of the decision's bill (`paid`), when the corrected decision leaves less owed than that
 * (`owedAfterDecision`): the correction is refused, as a final bill corrected below its payment is (corrpaid): accepted, the bill would
 * read paid in full while nobody follows what came too much. Null when nothing was paid or the payment is within what it leaves.
 */
export function paidAboveDecision(to: Pick<CommitteeDecision, 'decision' | 'amount'>, left: number, paid: { amount: number; paidOn: string } | null): { owed: number; paid: number; paidOn: string } | null {
  const owed = owedAfterDecision(to, left);
  return paid && Math.round(paid.amount * 100) > Math.round(owed * 100) ? { owed, paid: paid.amount, paidOn: paid.paidOn } : null;
}

/**
 * comcorr2: a decision step's details (`DISPUTE_RESOLVED`) as the newest correction of it left them: its decision, the bill owed for what
 * the corrected decision leaves (`owedAfterDecision`) and the outcome that goes with it (`outcomeOfDecision`).
 */
export function decisionAsCorrected(details: Record<string, unknown>, c: DecisionCorrected): Record<string, unknown> {
  const event = (details.event ?? {}) as { settled?: { reference: string; amount: number }[]; committee?: unknown };
  const owed = owedAfterDecision(c.to, c.left);
  const settled = (event.settled ?? []).map((b) => (b.reference === c.reference ? { ...b, amount: owed } : b));
  return { ...details, event: { ...event, committee: c.to, settled, outcome: outcomeOfDecision(owed) } };
}
