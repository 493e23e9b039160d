import type { Language } from '../../workflows';
import { ownerEn } from './owner.en';
import { ownerNl } from './owner.nl';

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

/** Every catalogue, for the completeness test. */
export const CATALOGUES: Record<string, Record<Lang, object>> = { owner: OWNER };

/** Words that only English has; a Dutch page (or catalogue) holding one of them has English text in it. */
export const ENGLISH_ONLY = /\b(the|and|your|you|with|this|please|which|should|could|been|from|there|sign in|sign out)\b/i;
