import type { FamilyRole } from '../estates/family-member.entity';
import { BANK_STATEMENT, type DocumentKind } from './document.entity';

/**
 * Who in the family a document is meant for (the case owner always sees every document). Each
 * audience includes the ones before it: a document for the representative is the owner's and the
 * representative's; one for the heirs is also the representative's, who acts for them; "family" is
 * every family member with portal access.
 */
export const DOCUMENT_AUDIENCES = ['owner', 'representative', 'heirs', 'family'] as const;
export type DocumentAudience = (typeof DOCUMENT_AUDIENCES)[number];

/** The audiences each role is in. */
const REACH: Record<FamilyRole, readonly DocumentAudience[]> = {
  representative: ['representative', 'heirs', 'family'],
  heir: ['heirs', 'family'],
  other: ['family'],
};

/** The audiences this member is in: `canSee` asks it, and so does every query that filters on an audience column (letters). */
export function audiencesOf(member: Pick<Viewer, 'role'>): readonly DocumentAudience[] {
  return REACH[member.role];
}

/**
 * The audience of what tells the estate's debts: the bills to pay and paid, their amounts and numbers, the
 * estate's account, the letters about them (letter-audience.ts) and the invoices and collection letters
 * themselves. The heirs answer for the debts, and their representative acts for them.
 */
export const DEBTS_AUDIENCE: DocumentAudience = 'heirs';

/**
 * Whether a relative reads the estate's debts: the one rule every family reader asks (the bills card, the
 * contracts' words, the timeline, the letters, the dossier and the daily email). Not a grandchild, neighbour
 * or friend the owner gave access to follow the progress: they read that a bill came and how it ended.
 */
export const readsEstateDebts = (member: Pick<Viewer, 'role'>): boolean => audiencesOf(member).includes(DEBTS_AUDIENCE);

/**
 * The audience a new document gets unless the owner chooses. Identity papers and the mandate are
 * the owner's working papers; the death certificate and providers' letters concern everyone; what
 * names the heirs or the estate's debts is for the heirs; anything else stays with the owner until
 * the owner shares it. What a relative uploads is for the owner (and, as its uploader, that relative).
 */
const DEFAULT_BY_KIND: Record<DocumentKind, DocumentAudience> = {
  id_document: 'owner',
  power_of_attorney: 'owner',
  death_certificate: 'family',
  provider_letter: 'family',
  certificate_of_inheritance: 'heirs',
  will: 'heirs',
  executor_appointment: 'heirs',
  invoice: DEBTS_AUDIENCE,
  collection_letter: DEBTS_AUDIENCE,
  other: 'owner',
  [BANK_STATEMENT]: 'owner',
};

export function defaultAudience(kind: DocumentKind, uploadedByType: string): DocumentAudience {
  return uploadedByType === 'family' ? 'owner' : DEFAULT_BY_KIND[kind];
}

/**
 * familyupload2: the audience a document has once its kind is corrected and the owner chooses none with it. One that had its kind's
 * default follows the new kind's; one she chose herself stays. A relative's upload the owner took into the estate (`takenAt`) got its
 * kind's audience as if she had uploaded it (`takeFromFamily`), so its default is hers, not the relative's (`owner`): corrected from
 * the certificate of inheritance (the heirs) to the death certificate, it goes to the whole family.
 */
export function audienceAfterKindCorrection(document: { kind: DocumentKind; audience: DocumentAudience; uploadedByType: string; takenAt: Date | null }, kind: DocumentKind): DocumentAudience {
  const placedBy = document.takenAt ? 'staff' : document.uploadedByType;
  return document.audience === defaultAudience(document.kind, placedBy) ? defaultAudience(kind, placedBy) : document.audience;
}

/** Kinds that are the owner's alone whatever their audience says (a bank statement shows every payment). */
export const OWNER_ONLY_KINDS: readonly DocumentKind[] = [BANK_STATEMENT];

/** What a document's place in its history looks like. */
export interface Versioned {
  supersededById: string | null;
  withdrawnAt: Date | null;
}

/** A document that has not been replaced by a newer version nor withdrawn: the one that counts. */
export function isCurrent(document: Versioned): boolean {
  return document.supersededById === null && document.withdrawnAt === null;
}

/** Every version of one document, oldest first: its predecessors and successors through `supersededById`. */
export function versionsOf<D extends { id: string; supersededById: string | null }>(document: D, documents: D[]): D[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const predecessorOf = new Map(documents.filter((d) => d.supersededById).map((d) => [d.supersededById!, d]));
  let first = document;
  for (let p = predecessorOf.get(first.id); p; p = predecessorOf.get(p.id)) first = p;
  const chain = [first];
  for (let next = byId.get(first.supersededById ?? ''); next; next = byId.get(next.supersededById ?? '')) chain.push(next);
  return chain;
}

/**
 * The version that counts now of the document with this id: the end of its `supersededById` chain,
 * or null when that is withdrawn or unknown. What the owner attached once travels as its newest version.
 */
export function latestVersion<D extends { id: string } & Versioned>(id: string, documents: D[]): D | null {
  const byId = new Map(documents.map((d) => [d.id, d]));
  let document = byId.get(id);
  while (document?.supersededById) document = byId.get(document.supersededById);
  return document && isCurrent(document) ? document : null;
}

export interface Viewer {
  id: string;
  role: FamilyRole;
}

export interface AudienceDocument extends Versioned {
  kind: DocumentKind;
  audience: DocumentAudience;
  uploadedByType: string;
  uploadedById: string | null;
}

/**
 * Whether this family member may see this document, anywhere: the portal's pages and API, the
 * download, the dossier zip, the timeline and the daily email all ask here and nowhere else.
 * Old versions and withdrawn documents are kept for the audit but shown to no relative.
 */
export function canSee(member: Viewer, document: AudienceDocument): boolean {
  if (!isCurrent(document) || OWNER_ONLY_KINDS.includes(document.kind)) return false;
  if (document.uploadedByType === 'family' && document.uploadedById === member.id) return true;
  return audiencesOf(member).includes(document.audience);
}
