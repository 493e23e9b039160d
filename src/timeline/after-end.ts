import { askedInstead, type ContractContext, contractChangeText, type ContractStep, type RequestAsked } from '../../workflows';
import { paidAfterEnd } from '../bills/owed-bills';
import { familyWords, type Lang, ownerWords } from '../words';

/**
 * The family's words of a contract step, in their timeline and the daily email alike: what happened (`contractChangeText`),
 * then, after the owner's decision that the estate pays bills for time after the end date all the same (`paidAfterEnd`), that
 * they are such bills, as their card says (`afterEnd`); to a relative who does not read the estate's debts without a number.
 * `asked`: what the request asked beyond an end or a transfer (`RequestAsked`: an insurer's kind, a bank account's block and balance).
 * Said from what the step recorded when it is read, so steps recorded before read it too.
 */
export function familyStepText(step: ContractStep, context: ContractContext, lang: Lang, provider: string, readsDebts: boolean, asked: RequestAsked = {}): string {
  const text = contractChangeText(step, context, lang, provider, readsDebts, asked);
  const bills = paidAfterEnd(step).map((b) => b.reference);
  if (!bills.length) return text;
  const w = familyWords(lang);
  // bankforms: a bank's are its costs, for days after the date it confirmed (it gives no end date).
  const bank = askedInstead(context.action, asked) === 'bank';
  return `${text} ${readsDebts ? w.afterEndDecided(bills, bank) : w.afterEndDecidedUnnamed(bills.length > 1, bank)}`;
}

/** The owner's words of a contract step (`change`), then, of the same decision, that its bills are for time after the end date (`bank`: its costs). */
export function ownerStepText(change: string, step: ContractStep, lang: Lang, bank: boolean): string {
  const bills = paidAfterEnd(step).map((b) => b.reference);
  return bills.length ? `${change} ${ownerWords(lang).timeline.afterEndDecided(bills, bank)}` : change;
}
