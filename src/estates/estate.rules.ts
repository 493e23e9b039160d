import type { FieldError } from '../common/problem';

/** Date rules for a recorded death, checked against today in the Netherlands. */
export function deceasedDateProblems(d: { dateOfBirth: string; dateOfDeath: string }, today: string, path = 'deceased'): FieldError[] {
  const problems: FieldError[] = [];
  if (d.dateOfDeath > today) problems.push({ field: `${path}.dateOfDeath`, message: 'must not be in the future' });
  if (d.dateOfDeath < d.dateOfBirth) problems.push({ field: `${path}.dateOfDeath`, message: 'must not be before the date of birth' });
  if (d.dateOfBirth > today) problems.push({ field: `${path}.dateOfBirth`, message: 'must not be in the future' });
  return problems;
}

/** A new estate reference: short, unambiguous to read out on the phone, unique by sequence. */
export function estateReference(year: number, sequence: number): string {
  return `ST-${year}-${String(sequence).padStart(5, '0')}`;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A family access code like "K7QM-2XWD-RT9P": no 0/O or 1/I to mistype, ~60 bits of chance. */
export function formatAccessCode(randomBytes: Buffer): string {
  const chars = [...randomBytes.subarray(0, 12)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}

/** Codes are compared case- and dash-insensitively, as people type them. */
export function normaliseAccessCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
