import { createHash } from 'node:crypto';
import { ownerWords, type Lang } from '../words';
import { ProblemException } from './problem';

/**
 * versions: what a correction can be refused as stale for — a contract, the estate, a family member, a recorded call. Its
 * problem type is `<what>-changed` (409 naming `version`); the owner reads which one was corrected since (`changedSince`).
 */
export type Corrected = 'contract' | 'estate' | 'family-member' | 'call';

/**
 * The version of the facts a correction replaces (auditmend, audit93 F1; versions): a digest of them, so it changes
 * exactly when one of them does and needs no column. Object keys are taken sorted (an address read back from jsonb
 * keeps no order of its own).
 */
export function factsVersion(facts: readonly unknown[]): string {
  const sorted = (_: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;
  return createHash('sha256').update(JSON.stringify(facts, sorted)).digest('base64url').slice(0, 16);
}

/** The entity tag of a version (RFC 9110 §8.8.3): a strong one, so `If-Match`'s strong comparison (§13.1.1) can hold. */
export const entityTag = (version: string): string => `"${version}"`;

/**
 * Whether an `If-Match` header holds for this version (RFC 9110 §13.1.1): `*`, or one of its listed tags strong and carrying it —
 * `"<version>"`, or a GET's `"<version>.<answer digest>"` (`versionedTag`: only the facts' part is compared, see entity-tags.ts).
 */
export function ifMatchHolds(header: string, version: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((listed) => {
    const tag = listed.trim();
    return tag === entityTag(version) || (tag.startsWith(`"${version}.`) && tag.endsWith('"'));
  });
}

/** The version a correction was made from: `version` in its body (a form, an API client), or an API client's `If-Match` header. */
export interface CorrectedFrom {
  version?: string | null;
  ifMatch?: string;
}

/**
 * A correction made from another version of the facts than those recorded now is refused, nothing saved: an `If-Match`
 * that does not hold answers 412 Precondition Failed naming `If-Match` (RFC 9110 §13.1.1, §15.5.13); a stale `version`
 * 409 `<what>-changed` naming `version`. Both carry the `version` of now. Neither given: the correction applies to the
 * facts as they stand, as it did before versions. Call it under the lock the correction takes, on the facts read there.
 */
export function refuseStale(what: Corrected, now: string, from: CorrectedFrom, lang: Lang): void {
  const details = ownerWords(lang).errors.details;
  if (from.ifMatch !== undefined && !ifMatchHolds(from.ifMatch, now)) {
    throw new ProblemException(412, 'precondition-failed', details.preconditionFailed, {
      errors: [{ field: 'If-Match', message: 'does not match the current entity tag', rule: 'changedSince' }],
      version: now,
    });
  }
  if (from.version != null && from.version !== now) {
    throw new ProblemException(409, `${what}-changed`, details.changedSince(what), {
      errors: [{ field: 'version', message: `the ${what.replace('-', ' ')} was corrected since this version`, rule: 'changedSince' }],
      version: now,
    });
  }
}
