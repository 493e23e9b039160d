import { type Language, longDate } from '../../workflows';
import { type AskedInstead, billerOf, money } from '../../workflows/wording';
import { familyEn } from './family.en';
import { familyNl } from './family.nl';
import { ownerEn } from './owner.en';
import { ownerNl } from './owner.nl';
import { providerEn } from './provider.en';
import { providerNl } from './provider.nl';

/**
 * Words for people live here: one catalogue per audience (owner = the workspace, provider = the desk,
 * family = the portal) and per language. The Dutch catalogue is the reference shape; every other
 * language is typed as that shape, so a key missing (or extra) in either language does not compile,
 * and words.spec.ts checks the same at run time (functions' arity, lists' length).
 * Dutch is the default everywhere: our users are Dutch specialists, desks and families.
 */
export type Lang = Language;
export const DEFAULT_LANG: Lang = 'nl';

/** Anything that is not exactly 'en' is Dutch: a stale cookie or a missing column never shows an error. */
export const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'nl');

export type OwnerWords = typeof ownerNl;
const OWNER: Record<Lang, OwnerWords> = { nl: ownerNl, en: ownerEn };

/** The workspace's words in the specialist's own language. */
export const ownerWords = (lang: Lang): OwnerWords => OWNER[lang];

/** The owner's names of document kinds in both languages, as her status lines write them mid-sentence (`StatusWords.documentKinds`). */
export const OWNER_DOCUMENT_KINDS: Record<Lang, Record<string, string>> = { nl: ownerNl.estate.documentKinds, en: ownerEn.estate.documentKinds };

/**
 * A document by what it is, never by its file name (docrest: a file name is not what anyone calls it, and may say more than meant):
 * its kind in the reader's `kinds`, an "overig" one with her words when she gave them (docdesc) — the owner's lists, the desk, the digest.
 */
export const documentNamed = (kinds: Record<string, string>, d: { kind: string; description?: string | null }): string =>
  `${Object.hasOwn(kinds, d.kind) ? kinds[d.kind] : d.kind.replace(/_/g, ' ')}${d.kind === 'other' && d.description ? `: ${d.description}` : ''}`;

export type ProviderWords = typeof providerNl;
const PROVIDER: Record<Lang, ProviderWords> = { nl: providerNl, en: providerEn };

/** The desk's words in the desk user's language (`ProviderPrincipal.lang`). */
export const providerWords = (lang: Lang): ProviderWords => PROVIDER[lang];
/**
 * The desk's words of a request's bills in place of an invoice's, by whose bills they are: a bank's costs (bankdispute), an insurer's
 * nota (notawords), a pension fund's recovery (fundwords2); null: an invoice's (`request`, `fields`, `answers` as they are).
 */
export const deskBillWords = (w: ProviderWords, asked: AskedInstead | null | undefined) => {
  const biller = billerOf(asked);
  return biller === 'bank' ? w.charge : biller === 'insurer' ? w.nota : biller === 'fund' ? w.fund : null;
};

export type FamilyWords = typeof familyNl;
const FAMILY: Record<Lang, FamilyWords> = { nl: familyNl, en: familyEn };

/** The portal's words in the family member's language. */
export const familyWords = (lang: Lang): FamilyWords => FAMILY[lang];

/** Every catalogue, for the completeness test. */
export const CATALOGUES: Record<string, Record<Lang, object>> = { owner: OWNER, provider: PROVIDER, family: FAMILY };

/**
 * Words that only English has; a Dutch text holding one of them has English in it. One pattern for
 * the catalogues' test and for the browser tests that read a Dutch page's visible text.
 */
export const ENGLISH_ONLY = /\b(the|and|your|you|with|this|please|which|should|could|been|from|there|sign in|sign out)\b/i;

/**
 * coverrest: a kept cover's premium as the lists of bills to pay name it (`keptCoverPremium`), with the day it is due in the reader's
 * words when its bill named one; null for any other bill. What the catalogues' bill words take as `premium`.
 */
export const premiumListed = (b: { keptCoverPremium: boolean; dueOn: string | null }, lang: Lang): { due: string | null } | null =>
  b.keptCoverPremium ? { due: b.dueOn && longDate(b.dueOn, lang) } : null;

/**
 * billsplit (audit87 F1): a bill decided payable from the estate after it was disputed as after the end (`afterEnd`) as the lists name
 * it: true when all of it bills time after the end date, else the part that does (`afterEndPart`) in the reader's money; false for any
 * other bill. What the catalogues' bill words take as `afterEnd`.
 */
export const afterEndListed = (b: { afterEnd?: boolean; afterEndPart?: number | null }, lang: Lang): boolean | string =>
  Boolean(b.afterEnd) && (typeof b.afterEndPart === 'number' ? money(b.afterEndPart, lang) : true);

/**
 * audit104: the part of a bill disputed in part that is owed (`untilEnd`) as the lists name it: 'transfer' when its contract was taken
 * over, whose date is the transfer's, never an end date; else whether it is that part. What the catalogues' bill words take as `untilEnd`.
 */
export const untilListed = (b: { untilEnd?: boolean; transferred?: boolean }): boolean | 'transfer' => (b.untilEnd && b.transferred ? 'transfer' : Boolean(b.untilEnd));
/**
 * fundanswer: a final bill as the lists name it (`finalBill`): a pension fund's is its recovery of pension paid in excess (`recovery`).
 * repaybill: money the provider paid back, owed to it again once its drop of the claim was undone (`repaidAgain`), is no invoice: named so.
 */
export const finalBillListed = (b: { finalBill: boolean; recovery?: boolean; repaidAgain?: boolean }): boolean | 'recovery' | 'repaidAgain' => (b.repaidAgain ? 'repaidAgain' : b.recovery ? 'recovery' : b.finalBill);

/**
 * bankdebt: an overdrawn account's debit as the lists of bills to pay name it (`overdrawnOn`): the day of its balance in the reader's
 * words; null for any other bill. What the catalogues' bill words take as `overdrawn`.
 */
/** An overdraft as a bill line names it: per the day of its balance when the list knows it, else (a paid one, `overdraft`) by its reference alone (audit79 BD-2). */
export const overdrawnListed = (b: { overdrawnOn?: string | null; overdraft?: boolean }, lang: Lang): { on: string | null } | null =>
  b.overdrawnOn ? { on: longDate(b.overdrawnOn, lang) } : b.overdraft ? { on: null } : null;
export { type PaidOnDropSaid, paidOnDropSaid } from './paid-on-drop';
