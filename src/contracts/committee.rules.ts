import type { AnyEventObject } from 'xstate';
import { ProblemException, ValidationProblem } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import { answeredBill, type DisputedInvoice, type DisputesHeld, type FinalBillPaid, invoiceReferenceProblem, leftToCredit, openDisputesOf, type SettledBill } from '../../workflows/disputes';
import { type CommitteeDecision, committeeDecisionOf, decisionAsGiven, decisionChanged, type DecisionCorrected, decisionProblem, type DecisionSaid, filingChanges, filingCorrected, outcomeOfDecision, owedAfterDecision, paidAboveDecision } from '../../workflows/committee';
import { COMMITTEE_DECISION_CORRECTED, correctedDecisions } from '../timeline/decision-corrections';
import type { RestoredTerm } from '../../workflows/deadlines';
import { ownerWords } from '../words';
import type { Lang } from '../words';
import { heardByKifid } from '../providers/complaints-bodies';
import type { Contract } from './contract.entity';

/** kifidrest: whose money Kifid would hear, where the provider's body is Kifid (a bank's costs, an insurer's bill); null: another body or none. */
export const kifidOf = (c: Pick<Contract, 'insuranceKind' | 'provider'>): 'bank' | 'insurer' | null =>
  heardByKifid(c.provider.category, c.insuranceKind) ? (c.provider.category === 'bank' ? 'bank' : 'insurer') : null;

/**
 * committee: a filing or decision dated after today is refused naming its day (rule `future`, in the reader's words); insurerwords: a
 * filing where Kifid hears the case (`kifid`) names the day filed with Kifid (`kifid.filedOn`), any other the disputes committee's
 * (`committee.filedOn`; kifidwords: the DTO's own label, before the contract is read, names no body).
 */
export function assertNotFuture(field: 'filedOn' | 'decidedOn', day: string, today: string, kifid = false): void {
  if (day > today) throw new ValidationProblem([{ ...afterTodayProblem(field, today), ...(field === 'filedOn' ? { labelled: kifid ? 'kifid.filedOn' : 'committee.filedOn' } : {}) }]);
}

/** committee: the bill a filing names must be open (`invoiceReferenceProblem`): 422 naming `invoiceReference`. */
export function assertFilable(held: DisputesHeld, event: AnyEventObject): void {
  const problem = invoiceReferenceProblem(openDisputesOf(held), event);
  if (problem) throw new ValidationProblem([{ field: 'invoiceReference', message: problem }]);
}

/**
 * committee: the owner's word of the complaints body's decision (`DISPUTE_RESOLVED` carrying `committee`), completed from the bill it is
 * about: the case as she filed it, and the outcome the bills module and the readers go by (`outcomeOfDecision`). Refused naming the
 * field in her words: a bill not with the body (409 `not-with-committee`), a lowered bill without an amount or one above the bill, a day
 * before the filing (422). `kifid`: the provider's body is Kifid (a bank's costs, an insurer's bill), so the 409 names Kifid.
 */
export function decidedEvent(held: DisputesHeld, event: AnyEventObject, today: string, provider: string, lang: Lang, kifid: 'bank' | 'insurer' | null): AnyEventObject {
  const given = event.committee as DecisionSaid;
  const open = openDisputesOf(held);
  const bill = invoiceReferenceProblem(open, event) === null ? answeredBill(open, event) : null;
  assertDecision(bill, given, today, provider, lang, kifid);
  const committee: CommitteeDecision = { ...bill!.committee!, ...given, amount: given.decision === 'billLowered' || given.decision === 'settled' ? (given.amount ?? 0) : null };
  return { ...event, invoiceReference: bill!.reference, committee, outcome: outcomeOfDecision(owedAfterDecision(committee, leftToCredit(bill!))) };
}

/** committee, comcorr2: a decision (or its correction) about `bill` as given, refused naming the field in her words (`decidedEvent`). */
function assertDecision(bill: Pick<DisputedInvoice, 'amount' | 'credited' | 'committee'> | null, given: DecisionSaid, today: string, provider: string, lang: Lang, kifid: 'bank' | 'insurer' | null): void {
  assertNotFuture('decidedOn', given.decidedOn, today);
  const problem = decisionProblem(bill, given);
  const { errors } = ownerWords(lang);
  if (problem?.problem === 'notWithCommittee') {
    throw new ProblemException(409, 'not-with-committee', errors.details.notWithCommittee(provider, kifid), { errors: [{ field: 'invoiceReference', message: 'names no bill the complaints body has' }] });
  }
  if (problem?.problem === 'beforeFiling') {
    throw new ProblemException(422, 'before-filing', errors.details.decidedBeforeFiling(bill!.committee!.filedOn), { errors: [{ field: 'decidedOn', message: `is before the filing on ${bill!.committee!.filedOn}` }] });
  }
  if (problem) {
    const above = problem.problem === 'amountAboveBill';
    throw new ValidationProblem([{ field: problem.field, message: above ? 'is more than is billed' : 'is required for a lowered bill', rule: above ? 'max' : 'required', ...(above && { limit: String(leftToCredit(bill!)) }) }]);
  }
}

/** A contract's entry as `correctedDecision` reads it: its decisions, their corrections and the bills' recordings, in writing order. */
type Recording = { id: string; event: string; details: Record<string, unknown> };
const eventOf = (r: Recording) => (r.details.event ?? {}) as Record<string, unknown>;

/**
 * comcorr2, decisionfix: the decision she recorded that a correction is about (the newest about `invoiceReference`, else the newest) and
 * what it now says (its newest correction, else the decision), or null when none is recorded: the correction starts from it, and so
 * does the contract page's form.
 */
export function recordedDecisionOf(recordings: Recording[], invoiceReference?: string): { step: Recording; reference: string; decision: CommitteeDecision; earlier?: DecisionCorrected } | null {
  const step = recordings.filter((r) => r.event === 'DISPUTE_RESOLVED' && committeeDecisionOf(eventOf(r).committee) && (!invoiceReference || eventOf(r).invoiceReference === invoiceReference)).at(-1);
  if (!step) return null;
  const earlier = correctedDecisions(recordings.filter((r) => r.event === COMMITTEE_DECISION_CORRECTED)).get(step.id);
  return { step, reference: String(eventOf(step).invoiceReference), decision: earlier?.to ?? committeeDecisionOf(eventOf(step).committee)!, earlier };
}

/**
 * comcorr2: the owner's correction of the decision she recorded (the newest about the named bill, else the newest), from what it now says
 * (its newest correction, else the decision) to what is given. What was still billed of the bill when decided (`left`): a correction's, else
 * the bill as last recorded before the decision less what was credited on it (a decision upholding it owed all of it). Refused: no decision
 * recorded (409 `no-committee-decision`, naming `invoiceReference`); the decision's own refusals (`assertDecision`); nothing changed (422
 * naming `decision`). decisionowes: a decision that left nothing owed may be corrected to one that owes (every decision's step is among
 * the steps that may leave bills owed, migration 1764004000000).
 */
export function correctedDecision(recordings: Recording[], given: DecisionSaid & { invoiceReference?: string }, today: string, provider: string, lang: Lang, kifid: 'bank' | 'insurer' | null): DecisionCorrected & { decisionId: string } {
  const { errors } = ownerWords(lang);
  const recorded = recordedDecisionOf(recordings, given.invoiceReference);
  if (!recorded) throw new ProblemException(409, 'no-committee-decision', errors.details.noCommitteeDecision(provider, kifid), { errors: [{ field: 'invoiceReference', message: 'names no bill with a decision of the complaints body recorded' }] });
  const { step: decision, reference, earlier, decision: from } = recorded;
  const before = recordings.slice(0, recordings.indexOf(decision));
  const settled = ((eventOf(decision).settled ?? []) as SettledBill[]).find((b) => b.reference === reference);
  const billed = before.filter((r) => (r.event === 'INVOICE_AFTER_END' || r.event === 'BILL_CORRECTED') && eventOf(r).reference === reference && typeof eventOf(r).amount === 'number').at(-1);
  const left = earlier?.left ?? (from.decision === 'billUpheld' || !billed ? (settled?.amount ?? 0) : leftToCredit({ amount: eventOf(billed).amount as number, credited: settled?.credited }));
  const bill = { amount: left, committee: from };
  assertDecision(bill, given, today, provider, lang, kifid);
  const to = decisionAsGiven(from, given);
  if (!decisionChanged(from, to)) throw new ValidationProblem([{ field: 'decision', message: errors.details.decisionUnchanged }]);
  return { decisionId: decision.id, reference, left, from, to };
}

/**
 * decisionowes: a correction that leaves less owed of the bill than the estate already paid of it (`paidAboveDecision`) is refused, 422
 * naming `amount` (or `decision` when the corrected decision has no amount): the message says what it leaves owed and what was paid;
 * `limit` the sum paid, its day and what is owed, one a line, so a page words it (`paidAboveDecision` of the owner's refusals).
 */
export function assertPaidWithin(corrected: DecisionCorrected, paid: FinalBillPaid | null): void {
  const above = paidAboveDecision(corrected.to, corrected.left, paid);
  if (!above) return;
  const owed = above.owed.toFixed(2);
  throw new ValidationProblem([{
    field: corrected.to.amount === null ? 'decision' : 'amount',
    message: `leaves ${owed} owed of bill ${corrected.reference}, less than the ${above.paid.toFixed(2)} the estate already paid of it on ${above.paidOn}: undo the payment first if it was recorded by mistake`,
    rule: 'paidAboveDecision',
    limit: [above.paid.toFixed(2), above.paidOn, owed].join('\n'),
  }]);
}

/**
 * comcorr (v26): the owner's correction of what she recorded of the filing, completed from the case the body has: its body (for every
 * reader's words), what changed from → to, and, when the day changed, the reminder's term counted from the corrected day (`term`). A bill
 * the body does not have answers 409 `not-with-committee` naming `invoiceReference`; a correction that changes nothing 422 naming `filedOn`.
 */
export function correctedFilingEvent(held: DisputesHeld, event: AnyEventObject, provider: string, lang: Lang, kifid: 'bank' | 'insurer' | null): AnyEventObject {
  const { errors } = ownerWords(lang);
  const recorded = filingCorrected(openDisputesOf(held), event)[0]?.committee;
  if (!recorded) throw new ProblemException(409, 'not-with-committee', errors.details.notWithCommittee(provider, kifid), { errors: [{ field: 'invoiceReference', message: 'names no bill the complaints body has' }] });
  const corrected = filingChanges(recorded, { filedOn: String(event.filedOn), caseNumber: (event.caseNumber as string | null) ?? null });
  if (!corrected.length) throw new ValidationProblem([{ field: 'filedOn', message: errors.details.filingUnchanged }]);
  const dayCorrected = corrected.some((c) => c.field === 'filedOn');
  const term: RestoredTerm = { since: String(event.filedOn), missedDueDate: null, missedWithLetter: false, missedTerms: 0, firstMissedDueDate: null };
  return { ...event, body: recorded.body, corrected, ...(dayCorrected && { term }) };
}
