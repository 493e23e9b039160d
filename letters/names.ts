import type { Gender, PersonName } from './model';

/** "d'Ancona", "van 't Hooft": a prefix ending in an apostrophe joins its surname without a space. */
function withPrefix(prefix: string, surname: string): string {
  return /['’]$/.test(prefix) ? `${prefix}${surname}` : `${prefix} ${surname}`;
}

/**
 * The name as recorded: "Jan de Vries", "Zoë d'Ancona"; family name first where the person's name is
 * written that way ("Nguyễn Thị Minh Khai": surname Nguyễn, given names Thị Minh Khai).
 */
export function fullName(person: PersonName): string {
  const family = familyName(person);
  return person.nameOrder === 'family_first' ? `${family} ${person.givenNames}` : `${person.givenNames} ${family}`;
}

/** The surname with its prefix as recorded: "de Vries", "d'Ancona", "'t Hooft". */
export function familyName(person: PersonName): string {
  const prefix = person.surnamePrefix?.trim();
  return prefix ? withPrefix(prefix, person.surname) : person.surname;
}

/**
 * The surname with its prefix capitalised, as Dutch writes it when no given names precede it:
 * "De Vries", "Van den Berg", "D'Ancona" (only the first letter of the prefix; "'t Hooft" keeps its
 * lower-case t, since the apostrophe is the first character).
 */
export function surnameAlone(person: PersonName): string {
  const prefix = person.surnamePrefix?.trim();
  if (!prefix) return person.surname;
  return withPrefix(`${prefix.charAt(0).toLocaleUpperCase('nl')}${prefix.slice(1)}`, person.surname);
}

/**
 * How a letter refers to the deceased with a title: "de heer De Vries", "mevrouw Nguyễn".
 * With an unknown gender there is no title to guess: the full name is used instead.
 */
export function formalName(person: PersonName & { gender: Gender }, lang: 'nl' | 'en'): string {
  if (person.gender === 'unknown') return fullName(person);
  const title = lang === 'nl' ? (person.gender === 'male' ? 'de heer' : 'mevrouw') : person.gender === 'male' ? 'Mr' : 'Ms';
  return `${title} ${surnameAlone(person)}`;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A short value (an account number, "12345") with the word before it: alone at the head of a line
 * it reads as a stray figure, so it stays on the line of its label ("klantnummer 12345"): the space
 * before it is glued. The pattern opens with that space and the value, which the regex engine looks
 * for quickly; one opening with the word (\S+) was retried at every character of every paragraph.
 */
export const withWordBefore = (value: string) => new RegExp(` ${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'gu');

const NBSP = '\u00a0';
const MAX_UNBROKEN = 40;

/**
 * Joins the words of each phrase (names, dates) with non-breaking spaces wherever it occurs in the
 * text, so a line never ends inside "Jan de Vries" or "2 november 2026". Longest phrases first, so
 * "de heer De Vries" is kept whole before "De Vries" is.
 */
export function keepTogether(text: string, phrases: Iterable<string | RegExp>): string {
  // A phrase longer than a third of a line (a long company name) may break like any other text.
  const patterns = [...phrases].filter((p) => (typeof p === 'string' ? p.includes(' ') && p.length <= MAX_UNBROKEN : true));
  patterns.sort((a, b) => (typeof b === 'string' ? b.length : 0) - (typeof a === 'string' ? a.length : 0));
  let result = text;
  for (const phrase of patterns) {
    const glue = (match: string) => match.replace(/ /g, NBSP);
    result = typeof phrase === 'string' ? result.split(phrase).join(glue(phrase)) : result.replace(phrase, glue);
  }
  return result;
}
