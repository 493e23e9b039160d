import { askedInstead, type DoneKind, type RequestAsked } from '../../workflows/wording';
import type { FieldError } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import { beforeDeathProblem } from '../estates/estate.rules';
import { effectiveDateProblem, type EndDateFacts } from './end-date.rules';

/**
 * answerdates (audit77 REL-1, COV-1): which days of a provider's answer can be true. One rule for every route that takes one
 * (desk API and page, owner API and page, first answer and correction, the release of a balance):
 * - an end or a transfer (`effectiveDate` of a plain confirmation): not before the death, not past the plausibility bound
 *   (`effectiveDateProblem`); it may lie ahead, as a notice runs on after it is given;
 * - a bank's or insurer's answer says what it did on a day (`answerDated`): the balance per (a block), settled per (a health
 *   policy), the day of the payout or of its answer. What has not happened yet is no answer received, so that day is not after
 *   today (rule `future`), nor before the death; a balance per a later day than the death stays taken and flagged (balancecorrect);
 * - the last day of a cover kept for the estate (`coverUntil`): not before the death, when the estate began (rule `beforeDeath`);
 *   before the day of the answer it is taken (an insurer may answer after the cover it kept ran out);
 * - the day a bank paid the balance to the estate account (`releasedOn`): not after today, not before the death, nor before the day of
 *   the balance it releases (`balanceOn`, the block's balance per; rule `beforeBalance`, bankdebt): the bank released what the account
 *   held on that day, so it cannot have paid it before it.
 * - the day the provider or agency said the collection stopped, or the provider that it withdrew a bill (`toldOn`, collrest, toldon): a
 *   day something was done, as above; for a bill, not before the date on it (`billsOn`, the latest of the bills it withdraws; rule
 *   `beforeBill`): nothing was withdrawn before it was billed.
 * Dates that did not parse are absent here (the body's own 400 named them). Every problem at once.
 */
export function answerDateProblems(
  answer: { type: string; effectiveDate?: unknown; coverUntil?: unknown; releasedOn?: unknown; toldOn?: unknown },
  facts: Pick<EndDateFacts, 'dateOfDeath' | 'asked'> & { today: string; answerDated: boolean; balanceOn?: string | null; billsOn?: string | null },
): FieldError[] {
  const problems: FieldError[] = [];
  if (answer.type === 'BALANCE_RELEASED' && typeof answer.releasedOn === 'string') problems.push(...releaseProblems(answer.releasedOn, facts));
  if (typeof answer.toldOn === 'string') problems.push(...toldOnProblems(answer.toldOn, facts));
  if (answer.type !== 'COMPLETE' && answer.type !== 'COMPLETION_CORRECTED') return problems;
  if (typeof answer.effectiveDate === 'string') {
    const problem = facts.answerDated ? doneOnProblem('effectiveDate', answer.effectiveDate, facts)[0] : effectiveDateProblem(answer.effectiveDate, facts);
    if (problem) problems.push(problem);
  }
  const early = typeof answer.coverUntil === 'string' ? beforeDeathProblem('coverUntil', answer.coverUntil, facts.dateOfDeath) : null;
  if (early) problems.push(early);
  return problems;
}

/**
 * Whether a confirmation's date is the day of what a bank or insurer did (`answerDated`) rather than an end: it says what it did
 * (`done`, or for a correction that leaves it out the one recorded), or it answers a bank's request, whose date-only answer is a
 * bank's answer all the same (balancecorrect). An insurer's date-only answer stays an end, as before bankanswer. A fund's stop
 * (`pensionStopped`) is dated as an end: payments stop per a day that may lie ahead (a fund may pay to the end of the month of the
 * death), so the day is checked as an end date is, not refused after today (audit103's walk: 30 November, answered on the 28th).
 */
export const answerDated = (action: string, asked: RequestAsked, done: DoneKind | null): boolean => (done !== null && done !== 'pensionStopped') || askedInstead(action, asked) === 'bank';

/** A day something was done: not after today, not before the death (`answerDateProblems`). */
function doneOnProblem(field: string, day: string, { dateOfDeath, today }: { dateOfDeath: string; today: string }): FieldError[] {
  if (day > today) return [afterTodayProblem(field, today)];
  const early = beforeDeathProblem(field, day, dateOfDeath);
  return early ? [early] : [];
}

/** The day of a release: a day something was done (`doneOnProblem`), and not before the day of the balance it releases (bankdebt). */
function releaseProblems(releasedOn: string, facts: { dateOfDeath: string; today: string; balanceOn?: string | null }): FieldError[] {
  const done = doneOnProblem('releasedOn', releasedOn, facts);
  if (done.length || !facts.balanceOn || releasedOn >= facts.balanceOn) return done;
  return [{ field: 'releasedOn', message: `must not be before ${facts.balanceOn}, the day of the balance the bank released`, rule: 'beforeBalance', limit: facts.balanceOn }];
}

/** The day a provider's word was said (`doneOnProblem`), and for a withdrawn bill not before the date on it (toldon). */
function toldOnProblems(toldOn: string, facts: { dateOfDeath: string; today: string; billsOn?: string | null }): FieldError[] {
  const done = doneOnProblem('toldOn', toldOn, facts);
  if (done.length || !facts.billsOn || toldOn >= facts.billsOn) return done;
  return [{ field: 'toldOn', message: `must not be before ${facts.billsOn}, the date on the bill it withdraws`, rule: 'beforeBill', limit: facts.billsOn }];
}
