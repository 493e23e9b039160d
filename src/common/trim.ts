import { ValidateBy } from 'class-validator';

/**
 * The one way a body's text loses the spaces around it, for `@Transform(…)`: a pasted name or number
 * often carries them, and a stored " KPN-77" would not match "KPN-77" later.
 */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For optional text where blank means "nothing" (a search box, a label with a default): trimmed, and left out when nothing is left. */
export const trimmedOrLeftOut = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

/**
 * After `trimmed`: optional text that was given must say something. A blank one is refused (rule `blank`)
 * rather than stored as an empty text that pages and letters would show as if something were said.
 */
export function IsNotBlank() {
  return ValidateBy({
    name: 'isNotBlank',
    validator: { validate: (value: unknown) => typeof value !== 'string' || value !== '', defaultMessage: () => '$property must not be blank' },
  });
}
