import type { Gender, PersonName } from './model';

/** "Jan de Vries": given names, prefix as recorded (lower case), surname. */
export function fullName(person: PersonName): string {
  return [person.givenNames, person.surnamePrefix, person.surname].filter(Boolean).join(' ');
}

/**
 * The surname with its prefix capitalised, as Dutch writes it when no given names precede it:
 * "De Vries", "Van den Berg" (only the first word of the prefix is capitalised).
 */
export function surnameAlone(person: PersonName): string {
  const prefix = person.surnamePrefix?.trim();
  if (!prefix) return person.surname;
  return `${prefix.charAt(0).toLocaleUpperCase('nl')}${prefix.slice(1)} ${person.surname}`;
}

/**
 * How a letter refers to the deceased with a title: "de heer De Vries", "mevrouw Van den Berg".
 * With an unknown gender there is no title to guess: the full name is used instead.
 */
export function formalName(person: PersonName & { gender: Gender }, lang: 'nl' | 'en'): string {
  if (person.gender === 'unknown') return fullName(person);
  const title = lang === 'nl' ? (person.gender === 'male' ? 'de heer' : 'mevrouw') : person.gender === 'male' ? 'Mr' : 'Ms';
  return `${title} ${surnameAlone(person)}`;
}
