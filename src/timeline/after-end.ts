import { askedInstead, type ContractContext, contractChangeText, type ContractStep, type Language, type RequestAsked } from '../../workflows';
import { money } from '../../workflows/wording';
import { type AfterEndMoved, afterEndKnown, afterEndPartOf, paidAfterEnd } from '../bills/owed-bills';
import type { AfterEndPartMoved } from '../words/family.nl';
import { familyWords, type Lang, ownerWords } from '../words';

/**
 * The family's words of a contract step, in their timeline and the daily email alike: what happened (`contractChangeText`),
 * then, after the owner's decision that the estate pays bills for time after the end date all the same (`paidAfterEnd`), that
 * they are such bills, as their card says (`afterEnd`); to a relative who does not read the estate's debts without a number.
 * `asked`: what the request asked beyond an end or a transfer (`RequestAsked`: an insurer's kind, a bank account's block and balance).
 * Said from what the step recorded when it is read, so steps recorded before read it too. `moved`: of a correction of the end date, what
 * it moved of such bills' parts (bankend, `TimelineService.withBillFacts`), said after it.
 */
export function familyStepText(step: ContractStep, context: ContractContext, lang: Lang, provider: string, readsDebts: boolean, asked: RequestAsked = {}, moved: readonly AfterEndMoved[] = []): string {
  const text = contractChangeText(step, context, lang, provider, readsDebts, asked);
  const { whole, parts } = afterEndSaid(step, lang);
  if (!whole.length && !parts.length && !moved.length) return text;
  const w = familyWords(lang);
  // bankforms: a bank's are its costs, for days after the date it confirmed (it gives no end date).
  const bank = askedInstead(context.action, asked) === 'bank';
  const said = readsDebts
    ? [whole.length ? w.afterEndDecided(whole, bank) : '', ...parts.map((b) => w.afterEndPartDecided(b.reference, b.part, bank)), ...partsMoved(moved, lang).map((m) => w.afterEndPartMoved(m, bank))]
    : [whole.length ? w.afterEndDecidedUnnamed(whole.length > 1, bank) : '', parts.length ? w.afterEndPartDecidedUnnamed(bank) : '', moved.length ? w.afterEndPartMovedUnnamed(bank) : ''];
  return [text, ...said].filter(Boolean).join(' ');
}

/**
 * The owner's words of a contract step (`change`), then, of the same decision, that its bills are for time after the end date (`bank`:
 * its costs); of a correction of the end date, what it moved of such bills' parts (`moved`, bankend).
 */
export function ownerStepText(change: string, step: ContractStep, lang: Lang, bank: boolean, moved: readonly AfterEndMoved[] = []): string {
  const { whole, parts } = afterEndSaid(step, lang);
  const w = ownerWords(lang).timeline;
  return [change, whole.length ? w.afterEndDecided(whole, bank) : '', ...parts.map((b) => w.afterEndPartDecided(b.reference, b.part, bank)), ...partsMoved(moved, lang).map((m) => w.afterEndPartMoved(m, bank))].filter(Boolean).join(' ');
}

/** bankend: the parts a correction of the end date moved, in the reader's money: nothing, all of the bill, or a part. */
const partsMoved = (moved: readonly AfterEndMoved[], lang: Language): AfterEndPartMoved[] =>
  moved.map((m) => ({ reference: m.reference, now: Math.round(m.to * 100) > 0 ? money(m.to, lang) : null, whole: Math.round(m.to * 100) >= Math.round(m.amount * 100), was: m.from === null ? null : money(m.from, lang) }));

/**
 * billsplit (audit87 F1): the bills a decision settled as paid from the estate after their dispute as after the end (`paidAfterEnd`):
 * those wholly for time after the end date, by number, and of those disputed in part the part that is (`afterEndPartOf`), in money;
 * nothing of a bill whose disputed part is not known (`afterEndKnown`).
 */
function afterEndSaid(step: ContractStep, lang: Language): { whole: string[]; parts: { reference: string; part: string }[] } {
  const bills = paidAfterEnd(step).filter(afterEndKnown).map((b) => ({ reference: b.reference, part: afterEndPartOf(b) }));
  return {
    whole: bills.filter((b) => b.part === null).map((b) => b.reference),
    parts: bills.flatMap((b) => (b.part === null ? [] : [{ reference: b.reference, part: money(b.part, lang) }])),
  };
}
