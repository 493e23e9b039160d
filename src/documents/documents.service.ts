import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../clock/clock';
import { Actor, actorOf, FamilyPrincipal, Principal, StaffPrincipal } from '../auth/principal';
import { createdAtPage, CREATED_AT_CURSOR, cursorTimestamp, DEFAULT_PAGE_SIZE, filledPage, listOf, Page, pageOf, Position } from '../common/paging';
import { NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { emptiedField } from '../common/validation';
import { CorrectDocumentDto } from './correct-document.dto';
import { CheckOutOfTime, ChecksBusy, PrintableChecks } from './printable-checks';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { EstatesService } from '../estates/estates.service';
import { TimelineService } from '../timeline/timeline.service';
import type { FamilyMember } from '../estates/family-member.entity';
import { audienceAfterKindCorrection, canSee, defaultAudience, DocumentAudience, isCurrent, OWNER_ONLY_KINDS, versionsOf } from './document-audience';
import { BANK_STATEMENT, DOCUMENT_KINDS, DocumentKind, EstateDocument } from './document.entity';
import { deleted } from '../database/deleted';
import { familyWords, type Lang, ownerWords } from '../words';
import { DocumentErasuresService } from './document-erasures.service';
import { ProvidersService } from '../providers/providers.service';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * A refused file's detail in its uploader's words (the owner's or the family's catalogue): the sentence their pages
 * show for the same rule, and that nothing changed. `errors[].message` stays the API's English.
 */
function refusedFile(actor: Actor, lang: Lang, rule: 'tooLarge' | 'fileType' | 'pdfReadTooLong' | 'checksBusy', mb = ''): string {
  if (actor.type === 'family') {
    const w = familyWords(lang).errors;
    return w.refused(w.refusals[rule]('', mb));
  }
  const w = ownerWords(lang).errors;
  return w.details.refused(w.refusals[rule]('', mb));
}

/** A document over `MAX_DOCUMENT_BYTES` (the upload counts one to its end without keeping it: `DocumentUpload`). */
function documentTooLarge(actor: Actor, lang: Lang): ProblemException {
  const mb = String(MAX_DOCUMENT_BYTES / 1024 / 1024);
  return new ProblemException(413, 'too-large', refusedFile(actor, lang, 'tooLarge', mb), { errors: [{ field: 'file', message: `must be at most ${mb} MB`, rule: 'tooLarge', limit: mb }] });
}

/** Accepted uploads, recognised by their first bytes rather than by what the client claims. */
const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/**
 * Whether the file can travel in an envelope, read on a thread of `PrintableChecks` (never on the event loop): a PDF not read within
 * the budget is refused as too long to read (an image, which pdf-lib only embeds, as unreadable), and with every thread busy and
 * the few places to wait taken, the uploader is asked to try again (503) — nothing is kept either way.
 */
async function readable(checks: PrintableChecks, mediaType: string, content: Buffer, actor: Actor, lang: Lang): Promise<boolean> {
  try {
    return await checks.printable({ mediaType, content });
  } catch (error) {
    if (error instanceof CheckOutOfTime && mediaType === 'application/pdf') {
      const seconds = String(checks.seconds);
      throw new ProblemException(422, 'validation', refusedFile(actor, lang, 'pdfReadTooLong', seconds), { errors: [{ field: 'file', message: `could not be read within ${seconds} seconds`, rule: 'pdfReadTooLong', limit: seconds }] });
    }
    if (error instanceof CheckOutOfTime) return false;
    if (error instanceof ChecksBusy) throw new ProblemException(503, 'busy', refusedFile(actor, lang, 'checksBusy'), { errors: [{ field: 'file', message: 'too many files are being checked at once: try again in a minute', rule: 'checksBusy' }] });
    throw error;
  }
}

export function sniffMediaType(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte))?.mediaType ?? null;
}

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** An upload `checkFile` accepted (its size, its kind by its first bytes, readable as pages): what `store` keeps. */
export interface CheckedFile {
  readonly file: UploadedFile;
  readonly mediaType: string;
}

/** The documents' lists (cursorbind): an estate's, those one relative may see, and who viewed one document. */
export const documentLists = {
  ofEstate: (estateId: string) => listOf('documents', estateId),
  seenBy: (familyMemberId: string) => listOf('family-documents', familyMemberId),
  views: (documentId: string) => listOf('document-views', documentId),
};

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
    private readonly contractWorkflow: ContractWorkflow,
    private readonly clock: Clock,
    private readonly erasures: DocumentErasuresService,
    private readonly providers: ProvidersService,
    private readonly checks: PrintableChecks,
  ) {}

  /** What this family member uploaded (without the bytes), oldest first (their personal-data export). */
  uploadedBy(manager: EntityManager, estateId: string, familyMemberId: string): Promise<EstateDocument[]> {
    return manager.find(EstateDocument, { where: { estateId, uploadedByType: 'family', uploadedById: familyMemberId }, order: { createdAt: 'ASC' } });
  }

  /**
   * relupload: a relative's own upload, locked, in her estate; any other document (another relative's, another estate's, the owner's)
   * is as unknown to her as any id (404). The caller decides whether she may still take it back.
   */
  async ownUpload(manager: EntityManager, p: FamilyPrincipal, documentId: string): Promise<EstateDocument> {
    const document = await manager.createQueryBuilder(EstateDocument, 'd').setLock('pessimistic_write')
      .where(`d.id = :documentId AND d.estate_id = :estateId AND d.uploaded_by_type = 'family' AND d.uploaded_by_id = :memberId`, { documentId, estateId: p.estateId, memberId: p.familyMemberId })
      .getOne();
    if (!document) throw new NotFoundProblem();
    return document;
  }

  /**
   * relupload: the relative takes back her upload before the owner used it: the row goes with its bytes (least data; who viewed it goes
   * with it, a report it came with keeps no link), so every list, the owner's and the family's, follows at once. The timeline keeps that
   * she took a document back, as every step is kept.
   */
  async eraseUpload(manager: EntityManager, document: EstateDocument, actor: Actor): Promise<void> {
    await manager.query('DELETE FROM documents WHERE id = $1', [document.id]);
    await this.timeline.append(manager, {
      estateId: document.estateId,
      actor,
      event: 'document.taken_back',
      summary: `Document taken back by the relative who uploaded it; its file was erased (${document.kind.replace(/_/g, ' ')}).`,
      details: { documentId: document.id, kind: document.kind },
    });
    await this.contractWorkflow.refreshDocuments(manager, document.estateId, actor);
  }

  /**
   * familyupload (audit103 F3): the owner takes a relative's upload into the estate as `kind`, inside the caller's transaction (the
   * report it came with is handled in it). The row is re-pointed rather than copied: its bytes stay where they are, it keeps who
   * uploaded it (she still sees her own file), and takes the kind and that kind's audience as if the owner had uploaded it, with who
   * took it when; from then on it goes to a provider as any estate document (`mayEnclose`). Taken once: 409.
   */
  async takeFromFamily(manager: EntityManager, principal: StaffPrincipal, documentId: string, asKind: string, reportId: string): Promise<EstateDocument> {
    const kind = DOCUMENT_KINDS.find((k) => k === asKind);
    if (!kind) throw new ValidationProblem([{ field: 'kind', message: `must be one of: ${DOCUMENT_KINDS.join(', ')}`, rule: 'choice' }]);
    const document = await this.currentForOwner(manager, principal, documentId);
    if (document.takenAt) throw new ProblemException(409, 'upload-taken', ownerWords(principal.lang).errors.details.uploadTaken, { errors: [{ field: 'kind', message: 'the upload was taken into the estate already', rule: 'uploadTaken', limit: document.kind }] });
    const actor = actorOf(principal);
    const taken = { kind, audience: defaultAudience(kind, actor.type), description: kind === 'other' ? document.description : null, takenById: actor.id, takenAt: this.clock.now() };
    await manager.update(EstateDocument, { id: document.id }, taken);
    await this.timeline.append(manager, {
      estateId: document.estateId,
      actor,
      event: 'document.taken',
      summary: `A relative's upload taken into the estate: ${document.fileName} as ${kind.replace(/_/g, ' ')} (was ${document.kind.replace(/_/g, ' ')}).`,
      details: { documentId: document.id, reportId, from: document.kind, kind, audience: taken.audience, fileName: document.fileName },
    });
    // Counted by kind from now on: a request waiting for this kind may become ready.
    await this.contractWorkflow.refreshDocuments(manager, document.estateId, actor);
    return Object.assign(document, taken);
  }

  /** Part of the retention purge (one transaction per estate): deletes who viewed the estate's documents and the documents with their bytes; returns how many documents. */
  async eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    await this.erasures.eraseEstate(manager, estateId);
    return deleted(manager, ['DELETE FROM document_views WHERE estate_id = $1', 'DELETE FROM documents WHERE estate_id = $1'], [estateId]);
  }

  /** `audience` null: the kind's default (document-audience.ts); `description`: her words for an "overig" one (docdesc). */
  async upload(principal: StaffPrincipal, estateId: string, kind: DocumentKind, file: UploadedFile | undefined, audience: DocumentAudience | null, description?: string) {
    if (!file) throw new ValidationProblem([{ field: 'file', message: 'a file is required', rule: 'required' }], 400);
    const described = describedOther(kind, description);
    const admitted = async (manager: EntityManager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager);
      // A document can make a request ready to send; a closed estate takes none until it is reopened.
      await this.estates.assertOpen(manager, estate.id, principal.lang);
      return estate;
    };
    // 404 and 409 before the file's refusals, as ever; the file is read holding no connection, and asked again when it is stored.
    await admitted(this.db.manager);
    const checked = await this.checkFile(file, actorOf(principal), principal.lang);
    return this.db.transaction(async (manager) => this.store(manager, (await admitted(manager)).id, kind, checked, audience, actorOf(principal), described));
  }

  /**
   * Refuses a file no document may be, before any transaction (also for family reports): the letters' own test of an enclosure
   * (`printable`) takes up to `STEWARD_PDF_CHECK_SECONDS` on a thread, and a transaction open meanwhile would hold a pooled
   * connection all that time. `lang`: the uploader's, for the detail of a refused file.
   */
  async checkFile(file: UploadedFile, actor: Actor, lang: Lang): Promise<CheckedFile> {
    if (file.size === 0) throw new ValidationProblem([{ field: 'file', message: 'is empty', rule: 'emptyFile' }]);
    if (file.size > MAX_DOCUMENT_BYTES) throw documentTooLarge(actor, lang);
    const mediaType = sniffMediaType(file.buffer);
    if (!mediaType) throw new ProblemException(415, 'unsupported-type', refusedFile(actor, lang, 'fileType'), { errors: [{ field: 'file', message: 'must be a PDF, PNG or JPEG file', rule: 'fileType' }] });
    // A file no envelope could hold is refused now, not found out when a letter is held back for it.
    if (!(await readable(this.checks, mediaType, file.buffer, actor, lang))) {
      throw new ValidationProblem([{ field: 'file', message: 'cannot be read as pages (damaged, encrypted or without pages)', rule: 'unreadable' }]);
    }
    return { file, mediaType };
  }

  /** Stores a checked document inside the caller's transaction (also used for family reports); `audience` null: the default. */
  store(manager: EntityManager, estateId: string, kind: DocumentKind, { file, mediaType }: CheckedFile, audience: DocumentAudience | null, actor: Actor, description: string | null = null) {
    return this.save(manager, estateId, kind, file, mediaType, audience ?? defaultAudience(kind, actor.type), actor, description);
  }

  /**
   * Keeps a bank statement the statements module has just read (it checked the content and the size:
   * XML, CSV or TXT up to its own limit, which no other document may be). Owner-only, always.
   */
  keepStatement(manager: EntityManager, estateId: string, file: UploadedFile, mediaType: string, actor: Actor) {
    return this.save(manager, estateId, BANK_STATEMENT, file, mediaType, 'owner', actor);
  }

  private async save(manager: EntityManager, estateId: string, kind: DocumentKind, file: UploadedFile, mediaType: string, audience: DocumentAudience, actor: Actor, description: string | null = null) {
    const document = manager.create(EstateDocument, {
      estateId,
      kind,
      description,
      fileName: file.originalname.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || 'document',
      mediaType,
      sizeBytes: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      content: file.buffer,
      audience,
      uploadedByType: actor.type,
      uploadedById: actor.id,
      // The service's day, not the database's: the desk and the letter asking it back name it.
      createdAt: this.clock.now(),
    });
    await manager.save(document);
    await this.timeline.append(manager, {
      estateId,
      actor,
      event: 'document.uploaded',
      summary: `Document added: ${document.fileName} (${kind.replace(/_/g, ' ')}).`,
      details: { documentId: document.id, kind, fileName: document.fileName },
    });
    await this.contractWorkflow.refreshDocuments(manager, estateId, actor);
    return document;
  }

  /** One page of the estate's documents, newest first (index `(estate_id, created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  async listFor(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<EstateDocument>> {
    const estate = await this.estates.requireAccess(principal, estateId);
    return this.pageInEstate(estate.id, after, limit);
  }

  private pageInEstate(estateId: string, after: Position | null, limit: number): Promise<Page<EstateDocument>> {
    return createdAtPage(documentLists.ofEstate(estateId), this.db.manager.createQueryBuilder(EstateDocument, 'd').where('d.estate_id = :estateId', { estateId }), 'd', after, limit);
  }

  /**
   * One page of the documents this family member may see (`canSee`, which code decides, so the list
   * is read on until the page is full), newest first; `after` is a decoded CREATED_AT_CURSOR.
   */
  visiblePage(member: FamilyMember, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<EstateDocument>> {
    return filledPage(documentLists.seenBy(member.id), documentLists.ofEstate(member.estateId), (position, room) => this.pageInEstate(member.estateId, position, room), (d) => (canSee(member, d) ? d : null), CREATED_AT_CURSOR, after, limit);
  }

  /** The estate's documents, oldest first. */
  list(estateId: string, manager: EntityManager = this.db.manager): Promise<EstateDocument[]> {
    return this.inEstates([estateId], manager);
  }

  /** The documents of several estates in one read, oldest first (a page of desk requests). */
  inEstates(estateIds: string[], manager: EntityManager = this.db.manager): Promise<EstateDocument[]> {
    return estateIds.length ? manager.find(EstateDocument, { where: { estateId: In([...new Set(estateIds)]) }, order: { createdAt: 'ASC' } }) : Promise.resolve([]);
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
   * Staff need the estate; a family member only what `canSee` allows them; anything else is a 404.
   */
  async open(principal: Principal, documentId: string): Promise<{ document: EstateDocument; content: Buffer }> {
    return this.db.transaction(async (manager) => {
      const document = await manager
        .createQueryBuilder(EstateDocument, 'd')
        .addSelect('d.content')
        .where('d.id = :documentId', { documentId })
        .getOne();
      if (!document || !(await this.mayOpen(manager, principal, document))) throw new NotFoundProblem();
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
      case 'family': {
        if (principal.estateId !== document.estateId) return false;
        const member = await this.estates.familyMember(principal.familyMemberId, manager);
        return member !== null && canSee(member, document);
      }
      case 'provider':
        return false; // providers reach documents only through their own request (provider desk)
    }
  }

  /**
   * The estate's documents this family member may see, oldest first (`canSee`); with their bytes
   * for the dossier.
   */
  async visibleTo(member: FamilyMember, manager: EntityManager = this.db.manager, withContent = false): Promise<EstateDocument[]> {
    const query = manager.createQueryBuilder(EstateDocument, 'd').where('d.estate_id = :estateId', { estateId: member.estateId }).orderBy('d.created_at', 'ASC');
    if (withContent) query.addSelect('d.content');
    return (await query.getMany()).filter((d) => canSee(member, d));
  }

  /** The document's family member in the portal, read fresh: a role changed by the owner counts at once. */
  viewerOf(p: FamilyPrincipal, manager: EntityManager = this.db.manager): Promise<FamilyMember> {
    return this.estates.familyMember(p.familyMemberId, manager).then((m) => m ?? Promise.reject(new NotFoundProblem()));
  }

  /**
   * A newer version replaces the document: same kind and audience, the old one marked superseded by
   * it. The old bytes stay (audit, retention); from now on letters, the desk and the family get the new one.
   */
  async replace(principal: StaffPrincipal, documentId: string, file: UploadedFile | undefined) {
    if (!file) throw new ValidationProblem([{ field: 'file', message: 'a file is required', rule: 'required' }], 400);
    const admitted = async (manager: EntityManager) => {
      const old = await this.currentForOwner(manager, principal, documentId);
      await this.estates.assertOpen(manager, old.estateId, principal.lang);
      return old;
    };
    const actor = actorOf(principal);
    // As an upload: 404 and 409 first, then the file read holding no connection (`checkFile`), then all asked again to store it.
    await this.db.transaction(admitted);
    const checked = await this.checkFile(file, actor, principal.lang);
    return this.db.transaction(async (manager) => {
      const old = await admitted(manager);
      // A new version is the same thing: her words for it go with it (docdesc).
      const newer = await this.store(manager, old.estateId, old.kind, checked, old.audience, actor, old.description);
      await manager.update(EstateDocument, { id: old.id }, { supersededById: newer.id });
      await this.timeline.append(manager, {
        estateId: old.estateId,
        actor,
        event: 'document.replaced',
        summary: `Document replaced: ${old.fileName} by a new version, ${newer.fileName} (${old.kind.replace(/_/g, ' ')}).`,
        details: { documentId: old.id, newDocumentId: newer.id, kind: old.kind, fileName: old.fileName, newFileName: newer.fileName },
      });
      return newer;
    });
  }

  /**
   * Withdrawn with a reason: kept for the audit, no longer sent, served at a desk or shown to the
   * family, and every provider that received it is asked to delete it (DocumentErasuresService).
   * A replaced version may be withdrawn too: a newer version alone asks nothing back (a re-issued
   * certificate leaves the old one a true record at the provider), withdrawing the old one says it was wrong.
   */
  withdraw(principal: StaffPrincipal, documentId: string, reason: string) {
    return this.db.transaction(async (manager) => {
      const document = await this.lockedForOwner(manager, principal, documentId);
      const actor = actorOf(principal);
      Object.assign(document, { withdrawnAt: this.clock.now(), withdrawnReason: reason, withdrawnByType: actor.type, withdrawnById: actor.id });
      await manager.update(EstateDocument, { id: document.id }, { withdrawnAt: document.withdrawnAt, withdrawnReason: reason, withdrawnByType: actor.type, withdrawnById: actor.id });
      await this.timeline.append(manager, {
        estateId: document.estateId,
        actor,
        event: 'document.withdrawn',
        summary: `Document withdrawn: ${document.fileName} (${document.kind.replace(/_/g, ' ')}). Reason: ${reason}`,
        details: { documentId: document.id, kind: document.kind, reason, fileName: document.fileName },
      });
      // A question another answer sent a document of the same kind for stays answered: the provider holds a valid one. A version
      // replaced by a corrected one is not (README, familyrest2): the provider holds what we no longer stand by, so the question reopens.
      await this.erasures.askRecipients(manager, document, actor, async (ids) => new Map((await this.byIds(manager, ids)).filter(isCurrent).map((d) => [d.id, d.kind])));
      // A withdrawn required document puts waiting contracts back to draft.
      await this.contractWorkflow.refreshDocuments(manager, document.estateId, actor);
      return document;
    });
  }

  /**
   * The owner corrects what a document is (recorded as the wrong kind) and chooses who in the family sees it. A new kind
   * counts from now on: for the documents a provider requires (a waiting contract may become ready, or go back to draft)
   * and for what a provider asked (the answer may enclose it). Letters already sent keep what they enclosed. An audience
   * that was the old kind's default follows the new kind's; one the owner chose stays, unless she chooses again here
   * (`audienceAfterKindCorrection`: a relative's upload she took counts as placed by her).
   */
  correct(principal: StaffPrincipal, documentId: string, change: CorrectDocumentDto) {
    if (change.kind === undefined && change.audience === undefined && change.description === undefined) {
      throw new ValidationProblem([emptiedField(CorrectDocumentDto, 'audience', 'is required unless kind is given')], 400);
    }
    return this.db.transaction(async (manager) => {
      const document = await this.currentForOwner(manager, principal, documentId);
      const kind = change.kind ?? document.kind;
      if (kind !== document.kind && OWNER_ONLY_KINDS.includes(document.kind)) {
        throw new ProblemException(409, 'document-kind-fixed', ownerWords(principal.lang).errors.details.documentKindFixed, { errors: [{ field: 'kind', message: 'of a bank statement is fixed', rule: 'ownerOnly', limit: document.kind }] });
      }
      const audience = change.audience ?? audienceAfterKindCorrection(document, kind);
      if (OWNER_ONLY_KINDS.includes(kind) && audience !== 'owner') {
        throw new ValidationProblem([{ field: 'audience', message: `a ${kind.replace(/_/g, ' ')} is for the case owner only`, rule: 'ownerOnly', limit: kind }]);
      }
      // docdesc: her words name an "overig" one only; corrected to another kind, the letters name it by that kind and her words go:
      // docwords decided so (refusing would make her clear them first to fix a misfiled kind), and the page and the history say it.
      const description = change.description !== undefined ? describedOther(kind, change.description) : kind === 'other' ? document.description : null;
      const actor = actorOf(principal);
      if (description !== document.description) {
        await manager.update(EstateDocument, { id: document.id }, { description });
        await this.timeline.append(manager, {
          estateId: document.estateId,
          actor,
          event: 'document.described',
          summary: `Document ${document.fileName}: described as "${description ?? ''}" (was "${document.description ?? ''}").`,
          details: { documentId: document.id, field: 'description', from: document.description, to: description, kind, fileName: document.fileName },
        });
      }
      if (kind !== document.kind) {
        await manager.update(EstateDocument, { id: document.id }, { kind });
        await this.timeline.append(manager, {
          estateId: document.estateId,
          actor,
          event: 'document.corrected',
          summary: ownerWords('en').timeline.documentKind(document.fileName, ownerWords('en').estate.documentKinds[document.kind] ?? document.kind, ownerWords('en').estate.documentKinds[kind] ?? kind),
          // familyupload3: `sentBy`, the relative whose file the owner took: she is told the new kind, and so is whoever may see it (portal.service.ts).
          details: { documentId: document.id, field: 'kind', from: document.kind, to: kind, kind, fileName: document.fileName, ...(document.uploadedByType === 'family' && document.takenAt && document.uploadedById && { sentBy: document.uploadedById }) },
        });
      }
      if (audience !== document.audience) {
        await manager.update(EstateDocument, { id: document.id }, { audience });
        await this.timeline.append(manager, {
          estateId: document.estateId,
          actor,
          event: 'document.audience_changed',
          summary: `Document ${document.fileName}: audience changed from ${document.audience} to ${audience}.`,
          details: { documentId: document.id, from: document.audience, to: audience, kind, fileName: document.fileName },
        });
      }
      // What the providers require is counted by kind: a corrected kind may complete a waiting request, or leave it short again.
      if (kind !== document.kind) await this.contractWorkflow.refreshDocuments(manager, document.estateId, actor);
      return Object.assign(document, { kind, audience, description });
    });
  }

  /**
   * The audit of one document for its owner: the document, every version of it (oldest first), the
   * providers asked to delete it, and a page of who viewed it, newest first (index `document_views_history_idx`). `after` is a VIEW_CURSOR.
   */
  async history(principal: StaffPrincipal, documentId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE) {
    const document = await this.db.manager.findOneBy(EstateDocument, { id: documentId });
    if (!document) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, document.estateId).catch(() => Promise.reject(new NotFoundProblem()));
    const all = await this.list(document.estateId);
    const rows: { id: string; viewer_type: string; viewer_id: string | null; viewed_at: Date; cursor_at: string }[] = await this.db.query(
      `SELECT id::text, viewer_type, viewer_id, viewed_at, ${cursorTimestamp('viewed_at')} AS cursor_at FROM document_views
        WHERE document_id = $1 ${after ? 'AND (viewed_at, id) < ($3::timestamptz, $4::bigint)' : ''}
        ORDER BY viewed_at DESC, id DESC LIMIT $2`,
      after ? [document.id, limit + 1, after[0], after[1]] : [document.id, limit + 1],
    );
    const names = new Map((await this.estates.familyMembers(document.estateId)).map((m) => [m.id, m.name]));
    const erasures = await this.erasures.ofDocument(document.id);
    const providers = new Map((await this.providers.withIds(erasures.map((e) => e.providerId))).map((p) => [p.id, p.name]));
    return {
      document,
      versions: versionsOf(document, all),
      // Each provider asked to delete it: when the request went out (null while it is made or held back) and when the provider confirmed.
      erasures: erasures.map((e) => ({ providerName: providers.get(e.providerId)!, contractId: e.contractId, sentOn: e.sentOn, confirmedAt: e.confirmedAt?.toISOString() ?? null })),
      views: pageOf(documentLists.views(document.id), rows, limit, (r) => [r.cursor_at, r.id], (r) => ({
        viewerType: r.viewer_type,
        viewerId: r.viewer_id,
        viewerName: r.viewer_type === 'family' ? (names.get(r.viewer_id ?? '') ?? null) : null,
        viewedAt: new Date(r.viewed_at).toISOString(),
      })),
    };
  }

  /** The current document, locked, for its owner; an old version or a withdrawn one cannot change any more (409). */
  private async currentForOwner(manager: EntityManager, principal: StaffPrincipal, documentId: string): Promise<EstateDocument> {
    const document = await this.lockedForOwner(manager, principal, documentId);
    if (document.supersededById) throw new ProblemException(409, 'document-not-current', ownerWords(principal.lang).errors.details.documentReplaced);
    return document;
  }

  /** The document, locked, for its owner, unless it was withdrawn (409): a replaced version too, which may still be withdrawn. */
  private async lockedForOwner(manager: EntityManager, principal: StaffPrincipal, documentId: string): Promise<EstateDocument> {
    const document = await manager.createQueryBuilder(EstateDocument, 'd').setLock('pessimistic_write').where('d.id = :documentId', { documentId }).getOne();
    if (!document) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, document.estateId, manager).catch(() => Promise.reject(new NotFoundProblem()));
    if (document.withdrawnAt) throw new ProblemException(409, 'document-not-current', ownerWords(principal.lang).errors.details.documentWithdrawn);
    return document;
  }
}

/** docdesc: her words name an "overig" document only (every other kind the letters name themselves); blank is none. */
function describedOther(kind: DocumentKind, description: string | undefined): string | null {
  if (!description) return null;
  if (kind !== 'other') throw new ValidationProblem([{ field: 'description', message: 'is for a document of kind other only', rule: 'describesOther' }]);
  return description;
}
