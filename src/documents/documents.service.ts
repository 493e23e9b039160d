import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, actorOf, Principal, StaffPrincipal } from '../auth/principal';
import { createdAtPage, DEFAULT_PAGE_SIZE, Page, Position } from '../common/paging';
import { NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { EstatesService } from '../estates/estates.service';
import { TimelineService } from '../timeline/timeline.service';
import { BANK_STATEMENT, DocumentKind, EstateDocument, familyMaySee } from './document.entity';
import { deleted } from '../database/deleted';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Accepted uploads, recognised by their first bytes rather than by what the client claims. */
const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export function sniffMediaType(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte))?.mediaType ?? null;
}

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
    private readonly contractWorkflow: ContractWorkflow,
  ) {}

  /** What this family member uploaded (without the bytes), oldest first (their personal-data export). */
  uploadedBy(manager: EntityManager, estateId: string, familyMemberId: string): Promise<EstateDocument[]> {
    return manager.find(EstateDocument, { where: { estateId, uploadedByType: 'family', uploadedById: familyMemberId }, order: { createdAt: 'ASC' } });
  }

  /** Part of the retention purge (one transaction per estate): deletes who viewed the estate's documents and the documents with their bytes; returns how many documents. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM document_views WHERE estate_id = $1', 'DELETE FROM documents WHERE estate_id = $1'], [estateId]);
  }

  async upload(principal: StaffPrincipal, estateId: string, kind: DocumentKind, file: UploadedFile | undefined, visibleToFamily: boolean) {
    if (!file) throw new ValidationProblem([{ field: 'file', message: 'a file is required' }], 400);
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager);
      return this.store(manager, estate.id, kind, file, visibleToFamily, actorOf(principal));
    });
  }

  /** Stores a document inside the caller's transaction (also used for family reports and provider replies). */
  async store(manager: EntityManager, estateId: string, kind: DocumentKind, file: UploadedFile, visibleToFamily: boolean, actor: Actor) {
    if (file.size === 0) throw new ValidationProblem([{ field: 'file', message: 'is empty' }]);
    if (file.size > MAX_DOCUMENT_BYTES) {
      throw new ProblemException(413, 'too-large', `Documents may be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    }
    const mediaType = sniffMediaType(file.buffer);
    if (!mediaType) throw new ProblemException(415, 'unsupported-type', 'Upload a PDF, PNG or JPEG file.', { errors: [{ field: 'file', message: 'must be a PDF, PNG or JPEG file' }] });
    return this.save(manager, estateId, kind, file, mediaType, visibleToFamily, actor);
  }

  /**
   * Keeps a bank statement the statements module has just read (it checked the content and the size:
   * XML, CSV or TXT up to its own limit, which no other document may be). Owner-only, always.
   */
  keepStatement(manager: EntityManager, estateId: string, file: UploadedFile, mediaType: string, actor: Actor) {
    return this.save(manager, estateId, BANK_STATEMENT, file, mediaType, false, actor);
  }

  private async save(manager: EntityManager, estateId: string, kind: DocumentKind, file: UploadedFile, mediaType: string, visibleToFamily: boolean, actor: Actor) {
    const document = manager.create(EstateDocument, {
      estateId,
      kind,
      fileName: file.originalname.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || 'document',
      mediaType,
      sizeBytes: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      content: file.buffer,
      visibleToFamily,
      uploadedByType: actor.type,
      uploadedById: actor.id,
    });
    await manager.save(document);
    await this.timeline.append(manager, {
      estateId,
      actor,
      event: 'document.uploaded',
      summary: `Document added: ${document.fileName} (${kind.replace(/_/g, ' ')}).`,
      details: { documentId: document.id, kind },
    });
    await this.contractWorkflow.refreshDocuments(manager, estateId, actor);
    return document;
  }

  /** One page of the estate's documents, newest first (index `(estate_id, created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  async listFor(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<EstateDocument>> {
    const estate = await this.estates.requireAccess(principal, estateId);
    const query = this.db.manager.createQueryBuilder(EstateDocument, 'd').where('d.estate_id = :estateId', { estateId: estate.id });
    return createdAtPage(query, 'd', after, limit);
  }

  list(estateId: string, manager: EntityManager = this.db.manager): Promise<EstateDocument[]> {
    return manager.find(EstateDocument, { where: { estateId }, order: { createdAt: 'ASC' } });
  }

  /** The documents with these ids, whatever their estate (the caller checks). */
  byIds(manager: EntityManager, ids: string[]): Promise<EstateDocument[]> {
    return ids.length ? manager.find(EstateDocument, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** The documents with these ids and their bytes, in the order asked (the caller checks who may have them). */
  async withContent(manager: EntityManager, ids: string[]): Promise<EstateDocument[]> {
    if (!ids.length) return [];
    const found = await manager.createQueryBuilder(EstateDocument, 'd').addSelect('d.content').where('d.id IN (:...ids)', { ids }).getMany();
    return ids.flatMap((id) => found.filter((d) => d.id === id));
  }

  /** One document with its bytes, for a caller that has decided the viewer may open it; the view is logged. */
  async openFor(manager: EntityManager, documentId: string, viewer: Actor): Promise<EstateDocument> {
    const document = await manager.createQueryBuilder(EstateDocument, 'd').addSelect('d.content').where('d.id = :documentId', { documentId }).getOneOrFail();
    await this.logView(manager, document, viewer);
    return document;
  }

  /**
   * Opens a document for someone entitled to it, and logs the view (least data: every view counts).
   * Staff need the estate; family only their own estate's family-visible documents.
   */
  async open(principal: Principal, documentId: string): Promise<{ document: EstateDocument; content: Buffer }> {
    return this.db.transaction(async (manager) => {
      const document = await manager
        .createQueryBuilder(EstateDocument, 'd')
        .addSelect('d.content')
        .where('d.id = :documentId', { documentId })
        .getOne();
      if (!document || !(await this.mayOpen(manager, principal, document))) throw new NotFoundProblem('document');
      await this.logView(manager, document, actorOf(principal));
      return { document, content: document.content };
    });
  }

  async logView(manager: EntityManager, document: EstateDocument, viewer: Actor): Promise<void> {
    await manager.query(
      'INSERT INTO document_views (estate_id, document_id, viewer_type, viewer_id) VALUES ($1, $2, $3, $4)',
      [document.estateId, document.id, viewer.type, viewer.id],
    );
  }

  private async mayOpen(manager: EntityManager, principal: Principal, document: EstateDocument): Promise<boolean> {
    switch (principal.kind) {
      case 'staff':
        return this.estates.requireAccess(principal, document.estateId, manager).then(() => true, () => false);
      case 'family':
        return principal.estateId === document.estateId && familyMaySee(document);
      case 'provider':
        return false; // providers reach documents only through their own request (provider desk)
    }
  }
}
