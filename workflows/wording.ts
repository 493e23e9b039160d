import type { ContractContext, ContractState } from './contract.machine';
import { remembered } from './memo';

/**
 * What the three audience tables (family `status-text.ts`, owner `status-text-owner.ts`, provider
 * `status-text-provider.ts`) share: languages, dates and amounts as the letters write them, and
 * how a phrase is filled in. The sentences themselves live only in the tables.
 */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export interface StatusWords {
  /** The provider as the reader knows it ("KPN"). */
  providerName?: string;
  /** The due date of the current state, `YYYY-MM-DD`, if it has one. */
  dueDate?: string | null;
  /** The provider's independent complaints body with its article, per language ("de Geschillencommissie Energie"), where it has one. */
  complaintsBody?: Partial<Record<Language, string | null>>;
}

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Dates already written out, per language: a page writes the same few days many times, each an Intl call. Bounded. */
const LONG_DATES: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };

/** Written out as in the letters: "7 december 2026" / "7 December 2026". */
export function longDate(isoDate: string, lang: Language): string {
  return remembered(LONG_DATES[lang], isoDate, 8192, () => DATE_FORMATS[lang].format(new Date(`${isoDate}T12:00:00Z`)));
}

const MONEY: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** "€ 15,00" / "€15.00". */
export function money(amount: number, lang: Language): string {
  return MONEY[lang].format(amount);
}

/** "uiterlijk 7 december 2026", or words that still read well when there is no date. */
export const nlBy = (due: string | null, otherwise: string) => (due ? `uiterlijk ${due}` : otherwise);
export const enBy = (due: string | null, otherwise: string) => (due ? `by ${due}` : otherwise);

/** What a phrase gets: provider name, written-out due date (null when unknown), the context, the complaints body (null when none or unknown). */
export interface Said {
  p: string;
  due: string | null;
  c: ContractContext;
  body: string | null;
}
export type Phrase = (s: Said) => string;
/** One audience's sentences: every state, every language. */
export type Phrases = Record<ContractState, Record<Language, Phrase>>;

/** Used when the caller has no provider name at hand. */
const SOME_PROVIDER: Record<Language, string> = { nl: 'de organisatie', en: 'the organisation' };
/** For a state a table does not know (a newer machine version): something true rather than a crash. */
const IN_HAND: Record<Language, Phrase> = {
  nl: ({ p }) => `We zijn bezig met het contract bij ${p}.`,
  en: ({ p }) => `We are handling the contract with ${p}.`,
};

/** Fills in `phrases[state][lang]`. */
export function say(phrases: Phrases, state: ContractState, context: ContractContext, lang: Language, words: StatusWords): string {
  const phrase = phrases[state]?.[lang] ?? IN_HAND[lang];
  const text = phrase({
    p: words.providerName || SOME_PROVIDER[lang],
    due: words.dueDate ? longDate(words.dueDate, lang) : null,
    c: context,
    body: words.complaintsBody?.[lang] ?? null,
  });
  // Only the fallback name needs a capital at the start of a sentence; real names stay as written ("bol.com").
  return words.providerName ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
