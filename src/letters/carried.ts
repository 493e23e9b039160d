import type { LetterKind } from '../../letters/model';

/**
 * insurerletters (audit73 F-H): which documents the letters of one contract carried to its provider, as a later letter names
 * them. A provider files what it got by the letter it came with, so a deletion request names that letter's day, and says
 * which newer document of the same kind it holds and may keep; an answer calls a document a new one when another of its
 * kind went before.
 */

/** A letter of ours to the provider that reached it, with what it carried: the day it did (`sentOn`), and who signed it. */
export interface CarryingLetter {
  enclosureIds: string[];
  on: string;
  /** Its kind, by whose title the provider files it (docwithdraw, audit75 F-3: two letters of one day told apart). */
  kind: LetterKind;
  /** Whether the provider got its enclosures as files under their names (e-mail attachments, the desk), not on paper. */
  asFiles: boolean;
  /** The colleague who signed it, when not the signer of the letter now written; null: that signer. */
  colleague: string | null;
}

/** A document of the estate as these rules read it. */
export interface CarriedDocument {
  id: string;
  kind: string;
  createdAt: Date;
  withdrawnAt: Date | null;
  /** The corrected version that replaced it, if any: then it no longer stands (README familyrest2, docwithdraw). */
  supersededById: string | null;
}

/**
 * The letter a deletion request names the withdrawn document by: one of this letter's signer if any carried it (then "van
 * mij" is true), else the first; and the newest document of its kind recorded after it that still stands (neither withdrawn
 * nor replaced by a corrected version) and that a letter carried to the provider (the first such letter): that one stands.
 * A replaced one stands only as its replacement, when a letter carried that (README docwithdraw, audit75 F-11: "blijft geldig"
 * of a verklaring the heirs corrected is untrue). Of an "overig" one only its own corrected version stands (docwords). `letters` oldest first.
 */
export function erasedCarriage<D extends CarriedDocument>(letters: CarryingLetter[], withdrawn: D, documents: D[]): { carrier: CarryingLetter | null; stands: CarryingLetter | null; standing: D | null } {
  const carrying = (id: string) => letters.filter((l) => l.enclosureIds.includes(id));
  const carriers = carrying(withdrawn.id);
  const carrier = carriers.find((l) => l.colleague === null) ?? carriers[0] ?? null;
  // docwords: "overig" documents are no one kind: for one of them only its own corrected versions can stand.
  const versions = new Set<string>();
  for (let id = withdrawn.supersededById; id && !versions.has(id); id = documents.find((d) => d.id === id)?.supersededById ?? null) versions.add(id);
  const newer = documents
    .filter((d) => d.kind === withdrawn.kind && (d.kind !== 'other' || versions.has(d.id)) && d.id !== withdrawn.id && !d.withdrawnAt && !d.supersededById && d.createdAt > withdrawn.createdAt && carrying(d.id).length)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return { carrier, stands: newer ? carrying(newer.id)[0] : null, standing: newer ?? null };
}

/**
 * amenddoc: the letter that carried an older document of this one's kind that the letter now written no longer carries
 * (`enclosedIds`): the one it is sent in place of (the latest such letter). Never of "overig", whose documents are no one kind.
 */
export function replacedCarriage(letters: CarryingLetter[], document: Pick<CarriedDocument, 'id' | 'kind' | 'createdAt'>, documents: Pick<CarriedDocument, 'id' | 'kind' | 'createdAt'>[], enclosedIds: readonly string[]): CarryingLetter | null {
  if (document.kind === 'other') return null;
  const earlier = documents.filter((d) => d.kind === document.kind && d.createdAt < document.createdAt && !enclosedIds.includes(d.id)).map((d) => d.id);
  return [...letters].reverse().find((l) => l.enclosureIds.some((id) => earlier.includes(id))) ?? null;
}

/** Whether an older document of this one's kind went to the provider: the answer then calls it a new one. Never of "overig", whose documents are no one kind. */
export const renewsKind = (letters: CarryingLetter[], document: Pick<CarriedDocument, 'id' | 'kind' | 'createdAt'>, documents: Pick<CarriedDocument, 'id' | 'kind' | 'createdAt'>[]): boolean =>
  document.kind !== 'other' && documents.some((d) => d.kind === document.kind && d.createdAt < document.createdAt && letters.some((l) => l.enclosureIds.includes(d.id)));

/**
 * A document as a letter carried it: with the words it printed (`LetterEffect.described`: her words, or the items she sent it as),
 * not those she corrected them to since (pickwords). A letter made before its words were kept names it as it stands: nothing else is
 * recorded. One rule for the desk's thread and the owner's letters list (docrest).
 */
export function carriedAs<T extends { id: string; description: string | null }>(d: T, described: Record<string, string> | null | undefined): T {
  return described ? { ...d, description: described[d.id] ?? null } : d;
}
