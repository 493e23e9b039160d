import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorOf, StaffPrincipal } from '../auth/principal';
import { NotFoundProblem } from '../common/problem';
import { EstatesService } from '../estates/estates.service';
import { ProvidersService } from '../providers/providers.service';
import { Clock } from '../clock/clock';
import { ContractsService } from '../contracts/contracts.service';
import { deleted } from '../database/deleted';
import { readAll } from '../database/reads';
import { TimelineService } from '../timeline/timeline.service';
import { erasureRecipients, unconfirmedSince } from './erasure-rules';
import type { EstateDocument } from './document.entity';
import { ownersEstateIds } from '../estates/estate-rows';
import { SentDocuments } from './sent-documents';

/** A deletion request as the desk and the owner read it. */
export interface DocumentErasure {
  documentId: string;
  providerId: string;
  contractId: string;
  requestedAt: Date;
  /** The day its letter went out; null while it is being made, or held back by the letter rules. */
  sentOn: string | null;
  confirmedAt: Date | null;
}

interface ErasureRow {
  document_id: string;
  provider_id: string;
  contract_id: string;
  requested_at: Date;
  sent_on: string | null;
  confirmed_at: Date | null;
}

/** How the letters module leaves a withdrawn document out of the letters that enclose it and have not left (README docwithdraw). */
export type LeaveOut = (manager: EntityManager, document: EstateDocument, by: Actor) => Promise<void>;

const erasureOf = (r: ErasureRow): DocumentErasure => ({
  documentId: r.document_id,
  providerId: r.provider_id,
  contractId: r.contract_id,
  requestedAt: r.requested_at,
  sentOn: r.sent_on,
  confirmedAt: r.confirmed_at,
});
/** What a deletion request reads, of the table as `e`. */
const COLUMNS = 'e.document_id, e.provider_id, e.contract_id, e.requested_at, e.sent_on::text AS sent_on, e.confirmed_at';

/**
 * Deletion requests for withdrawn documents. Art. 19 GDPR: "The controller shall communicate any
 * rectification or erasure of personal data … carried out in accordance with … Article 17(1) … to
 * each recipient to whom the personal data have been disclosed, unless this proves impossible or
 * involves disproportionate effort" (https://rgpd.com/chapter-3-rights-of-the-data-subject/article-19-notification-obligation-regarding-rectification-or-erasure-of-personal-data-or-restriction-of-processing).
 * A withdrawal is the owner's choice to stop using the document, not always an erasure under art.
 * 17(1), and the GDPR does not apply to the deceased's own data (recital 27,
 * https://overview.legal/laws/gdpr/rec-27); a document of the living (an heir's passport, a medical
 * statement) may fall under it. So every provider that received it is asked, and the letter asks: it
 * claims no duty of the provider's that art. 19 does not state (it binds us, not the recipient).
 */
@Injectable()
export class DocumentErasuresService {
  private leavingOut: LeaveOut | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contracts: ContractsService,
    private readonly timeline: TimelineService,
    private readonly clock: Clock,
    private readonly estates: EstatesService,
    private readonly providers: ProvidersService,
    private readonly sent: SentDocuments,
  ) {}

  /** Letters depend on documents: the print batches register at start-up how a letter not yet left is made again without a document. */
  leaveOutWith(leaveOut: LeaveOut): void {
    this.leavingOut = leaveOut;
  }

  /** Part of the retention purge (one transaction per estate), before the documents and contracts it points at. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM document_erasures WHERE estate_id = $1'], [estateId]);
  }

  /**
   * A document is withdrawn (in the caller's transaction): every provider that received it — a sent
   * letter carried it (email, post, the desk), or its desk opened it as (a newer version of) what its request was
   * sent (`SentDocuments`) — is asked to delete it, once,
   * through the letter pipeline of one contract that took it there. A provider that never had it gets nothing.
   * `currentKinds`: the kinds of the documents with these ids that still stand: neither withdrawn nor replaced (DocumentsService reads them).
   */
  async askRecipients(manager: EntityManager, document: EstateDocument, actor: Actor, currentKinds: (documentIds: string[]) => Promise<ReadonlyMap<string, string>>): Promise<void> {
    if (!this.leavingOut) throw new Error('Nobody leaves a withdrawn document out of waiting letters: PrintBatchesService registers with leaveOutWith at start-up.');
    // README docwithdraw: a letter that has not left is made again without it first; it never carried it, so it asks nothing back.
    await this.leavingOut(manager, document, actor);
    const contracts = await this.contracts.providersOf(manager, document.estateId);
    const contractIds = contracts.map((c) => c.id);
    const [byLetter, viewers, sent, versions] = await readAll(manager, [
      () => this.sent.carrying(manager, contractIds, document.id),
      // Through `document_views_history_idx` (document, then when).
      (): Promise<{ providerId: string }[]> => manager.query(`SELECT DISTINCT viewer_id AS "providerId" FROM document_views WHERE document_id = $1 AND viewer_type = 'provider'`, [document.id]),
      () => this.sent.to(manager, contractIds),
      // The document and the versions it replaced (`supersededById` back from it): a request sent one of them is served it.
      (): Promise<{ id: string }[]> => manager.query(
        `WITH RECURSIVE v(id) AS (SELECT $1::uuid UNION SELECT d.id FROM documents d JOIN v ON d.superseded_by_id = v.id WHERE d.estate_id = $2) SELECT id FROM v`,
        [document.id, document.estateId],
      ),
    ]);
    const holding = contractIds.filter((id) => sent.get(id)!.some((sentId) => versions.some((v) => v.id === sentId)));
    // v16: a question it answered is open again, a new one following; that contract's deletion request says so.
    const reopened = await this.contracts.answerWithdrawn(manager, byLetter, document, this.clock.today(), actor, currentKinds, await this.sent.carriedTo(manager, byLetter));
    // A provider with two contracts that took it is asked about the one reopened, so the letter can say a new one follows.
    const carried = [...reopened, ...byLetter.filter((id) => !reopened.includes(id))];
    const recipients = erasureRecipients(carried, viewers.map((v) => v.providerId), contracts, holding);
    if (!recipients.length) return;
    const params: unknown[] = [document.id, document.estateId, this.clock.now()];
    const values = recipients.map((r) => `($1, $${params.push(r.providerId)}, $2, $${params.push(r.contractId)}, $3)`).join(', ');
    // The key (document, provider) makes a second request for the same pair a no-op, whoever asks.
    const asked: { contract_id: string }[] = await manager.query(
      `INSERT INTO document_erasures (document_id, provider_id, estate_id, contract_id, requested_at) VALUES ${values} ON CONFLICT DO NOTHING RETURNING contract_id`,
      params,
    );
    for (const { contract_id } of asked) await this.contracts.askErasure(manager, contract_id, document.id, reopened.includes(contract_id));
  }

  /** The letter of a deletion request was produced (`sent`, or held back by the letter rules): the owner and the desk see when it went out. */
  async recordLetter(manager: EntityManager, erasure: { documentId: string; contractId: string }, letter: { id: string; sent: boolean; letterDate: string }): Promise<void> {
    await manager.query(`UPDATE document_erasures SET letter_id = $3, sent_on = $4 WHERE document_id = $1 AND contract_id = $2`, [
      erasure.documentId,
      erasure.contractId,
      letter.id,
      letter.sent ? letter.letterDate : null,
    ]);
  }

  /** The deletion requests of one document, oldest first (its history). */
  async ofDocument(documentId: string, manager: EntityManager = this.db.manager): Promise<DocumentErasure[]> {
    const rows: ErasureRow[] = await manager.query(`SELECT ${COLUMNS} FROM document_erasures e WHERE e.document_id = $1 ORDER BY e.requested_at, e.provider_id`, [documentId]);
    return rows.map(erasureOf);
  }

  /** The deletion requests made about one contract, oldest first (its provider's desk), through `document_erasures_contract_idx`. */
  async ofContract(contractId: string, manager: EntityManager = this.db.manager): Promise<DocumentErasure[]> {
    const rows: ErasureRow[] = await manager.query(`SELECT ${COLUMNS} FROM document_erasures e WHERE e.contract_id = $1 ORDER BY e.requested_at, e.document_id`, [contractId]);
    return rows.map(erasureOf);
  }

  /**
   * The owner records a provider's confirmation that came by email, post or phone (a provider without
   * a desk has no other way). Another owner's contract, or a document not asked of it, answers 404.
   */
  recordConfirmation(principal: StaffPrincipal, contractId: string, documentId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const [erasure]: { estate_id: string }[] = await manager.query('SELECT estate_id FROM document_erasures WHERE contract_id = $1 AND document_id = $2', [contractId, documentId]);
      if (!erasure) throw new NotFoundProblem();
      await this.estates.requireAccess(principal, erasure.estate_id, manager).catch(() => Promise.reject(new NotFoundProblem()));
      await this.confirm(manager, contractId, documentId, actorOf(principal));
      return erasure.estate_id;
    });
  }

  /**
   * Deletion requests no provider confirmed within ERASURE_TERM, oldest first, of the owner's estates
   * (null: every estate), through `document_erasures_unconfirmed_idx`: the owner's Today queue.
   */
  async unconfirmed(ownerId: string | null, today: string, limit: number): Promise<(DocumentErasure & { estateId: string; documentKind: string })[]> {
    const rows: (ErasureRow & { estate_id: string; kind: string })[] = await this.db.query(
      `SELECT ${COLUMNS}, e.estate_id, d.kind
         FROM document_erasures e JOIN documents d ON d.id = e.document_id
        WHERE e.confirmed_at IS NULL AND e.sent_on <= $2
          AND ($1::uuid IS NULL OR e.estate_id = ANY(${ownersEstateIds('$1')}))
        ORDER BY e.sent_on, e.document_id LIMIT $3`,
      [ownerId, unconfirmedSince(today), limit],
    );
    return rows.map((r) => ({ ...erasureOf(r), estateId: r.estate_id, documentKind: r.kind }));
  }

  /**
   * The provider confirms it deleted the document, for a caller that checked this provider was asked
   * about it through this contract. Confirming again changes nothing (the first moment stays).
   */
  async confirm(manager: EntityManager, contractId: string, documentId: string, actor: Actor): Promise<void> {
    const [erasure]: { estate_id: string; provider_id: string; confirmed_at: Date | null; kind: string; file_name: string }[] = await manager.query(
      `SELECT e.estate_id, e.provider_id, e.confirmed_at, d.kind, d.file_name FROM document_erasures e JOIN documents d ON d.id = e.document_id
        WHERE e.contract_id = $1 AND e.document_id = $2 FOR UPDATE OF e`,
      [contractId, documentId],
    );
    if (erasure.confirmed_at) return;
    await manager.query('UPDATE document_erasures SET confirmed_at = $3 WHERE contract_id = $1 AND document_id = $2', [contractId, documentId, this.clock.now()]);
    const providerName = (await this.providers.get(erasure.provider_id)).name;
    await this.timeline.append(manager, {
      estateId: erasure.estate_id,
      contractId,
      actor,
      event: 'document.erasure_confirmed',
      summary: `${providerName} confirmed it deleted the withdrawn document ${erasure.file_name} (${erasure.kind.replace(/_/g, ' ')}).`,
      // The document's id keeps the entry from the family, who no longer see the document (portal teller); the rest lets the owner's timeline say it in her language.
      details: { documentId, providerName, kind: erasure.kind, fileName: erasure.file_name },
    });
  }
}
