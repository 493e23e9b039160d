import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

/** Kinds the family never sees, whatever a document's own flag says. */
export const OWNER_ONLY_KINDS: readonly DocumentKind[] = [BANK_STATEMENT];

/** Whether the family portal (pages, downloads, the dossier) may show a document. */
export function familyMaySee(document: Pick<EstateDocument, 'kind' | 'visibleToFamily'>): boolean {
  return document.visibleToFamily && !OWNER_ONLY_KINDS.includes(document.kind);
}

/** An uploaded document of an estate; the bytes live in PostgreSQL so one backup holds the dossier. */
@Entity('documents')
export class EstateDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

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

  @Column()
  visibleToFamily: boolean;

  @Column({ type: 'text' })
  uploadedByType: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export function documentView(d: EstateDocument) {
  return {
    id: d.id,
    estateId: d.estateId,
    kind: d.kind,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    visibleToFamily: d.visibleToFamily,
    uploadedAt: d.createdAt.toISOString(),
  };
}
