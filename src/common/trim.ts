/**
 * The one way a body's text loses the spaces around it, for `@Transform(…)`: a pasted name or number
 * often carries them, and a stored " KPN-77" would not match "KPN-77" later.
 */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For optional text where blank means "nothing" (a search box, a label with a default): trimmed, and left out when nothing is left. */
export const trimmedOrLeftOut = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

