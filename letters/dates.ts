import type { Language } from './model';

const MONTHS: Record<Language, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "22 november 2026" / "22 November 2026": written out, as in a business letter. */
export function letterDate(isoDate: string, lang: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** A date as letterDate writes it, in either language, wherever it stands in a text. */
/** Days from `from` to `to`, both counted (ISO dates): the days an invoice bills. */
export function daysInclusive(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

export const DATES_IN_WORDS = new RegExp(`\\b\\d{1,2} (?:${[...MONTHS.nl, ...MONTHS.en].join('|')}) \\d{4}\\b`, 'g');

/** "€ 49,95" (nl) / "€49.95" (en): letters keep their own print form (the pages' Intl `money` puts a no-break space after €, which would change every letter's bytes). */
export function euros(amount: number, lang: Language): string {
  const fixed = Math.abs(amount).toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  const sign = amount < 0 ? '-' : '';
  return lang === 'nl' ? `${sign}€ ${grouped},${cents}` : `${sign}€${grouped}.${cents}`;
}

/** An IBAN as printed in groups of four ("NL91 ABNA 0417 1643 00"): one line never ends inside it. */
export const IBANS_IN_GROUPS = /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?\b/g;

/**
 * The parts of a Civil Code citation as the letters write them, each never broken: "artikel 7:268",
 * "lid 6 BW", "Article 7:268(6)". Whole, "artikel 7:268 lid 6 BW" would leave a ragged line above it.
 */
export const ARTICLES_OF_LAW = /\b(?:artikel|Article) \d+:\d+(?:\(\d+\))?|\blid \d+ BW\b/g;
