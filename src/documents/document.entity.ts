import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentAudience } from './document-audience';
import { documentOversaid, oversaidWarnings } from './description-rules';

/** What a document is, in the words providers use when they ask for one. */
export const DOCUMENT_KINDS = [
  'death_certificate', // akte van overlijden / uittreksel BRP
  'certificate_of_inheritance', // verklaring van erfrecht
  'power_of_attorney', // volmacht van de erfgenamen
  'will', // testament
  'executor_appointment', // verklaring van executele
  'id_document', // identiteitsbewijs van de nabestaande
  'invoice', // een factuur of rekening
  'collection_letter', // brief van een incassobureau
  'provider_letter', // brief van een aanbieder
  'other',
] as const;

/**
 * The deceased's bank statement, kept only when the owner asks at import ("bewaar het bestand als
 * document"). Not in DOCUMENT_KINDS: nobody uploads it as a document, asks for it or requires it.
 * It shows every payment of the deceased, so it is the owner's alone: never the family's, never enclosed.
 */
export const BANK_STATEMENT = 'bank_statement';
export type DocumentKind = (typeof DOCUMENT_KINDS)[number] | typeof BANK_STATEMENT;

/** An uploaded document of an estate; the bytes live in PostgreSQL so one backup holds the dossier. */
@Entity('documents')
export class EstateDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  /** docdesc: her words for an "overig" document, which letters and the desk name it by; null: none given ("een document"). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column()
  fileName: string;

  @Column()
  mediaType: string;

  @Column('int')
  sizeBytes: number;

  @Column()
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  /** Who in the family it is for (see document-audience.ts); the owner always sees it. */
  @Column({ type: 'text' })
  audience: DocumentAudience;

  @Column({ type: 'text' })
  uploadedByType: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The newer version that replaced this one; the old bytes stay for the retention period and the audit. */
  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  /** familyupload: the owner who took a relative's upload into the estate as a kind, and when; null: not a taken upload. */
  @Column({ type: 'uuid', nullable: true })
  takenById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  takenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawnByType: string | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById: string | null;
}

export function documentView(d: EstateDocument) {
  return {
    id: d.id,
    estateId: d.estateId,
    kind: d.kind,
    description: d.description,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    audience: d.audience,
    // Kept for clients of the first API: true when anyone in the family may see it.
    visibleToFamily: d.audience !== 'owner',
    status: d.withdrawnAt ? 'withdrawn' : d.supersededById ? 'superseded' : 'current',
    supersededById: d.supersededById,
    withdrawn: d.withdrawnAt && { at: d.withdrawnAt.toISOString(), reason: d.withdrawnReason, byType: d.withdrawnByType, byId: d.withdrawnById },
    uploadedByType: d.uploadedByType,
    uploadedById: d.uploadedById,
    uploadedAt: d.createdAt.toISOString(),
    // familyupload: a relative's upload the owner took into the estate (who, when); null otherwise.
    taken: d.takenAt && { at: d.takenAt.toISOString(), byId: d.takenById },
    // docwarn: while her words name it, what they seem to hold that no provider needs (AVG art. 5 lid 1 sub c); a warning, not a refusal.
    warnings: oversaidWarnings('description', documentOversaid(d), 'letters and the provider desk name the document by these words, and a provider does not need that number'),
  };
}
