import type { Correction, LetterKind } from '../../letters';
import type { DocumentAudience } from '../documents/document-audience';

/**
 * Who in the family may read a sent letter, in the audiences of documents (document-audience.ts: the
 * same reach per role, one rule). A transfer letter prints the new holder's IBAN, date of birth,
 * address, email and phone for their signature; a correction of those prints the old and the new
 * values. Such a letter is for the heirs (and the representative, who acts for them) and for the new
 * holder it is about (`letters.new_holder_id`), not for every relative: the portal's corrections mask
 * those values for the others too. A deletion request is about a document withdrawn from the family
 * too: the owner's alone. Every other letter is the whole family's.
 */
export function letterAudience(kind: LetterKind, corrections: readonly Pick<Correction, 'field'>[] = []): DocumentAudience {
  if (kind === 'document_erasure') return 'owner';
  const aboutNewHolder = kind === 'transfer' || (kind === 'correction' && corrections.some((c) => c.field.startsWith('newHolder')));
  return aboutNewHolder ? 'heirs' : 'family';
}
