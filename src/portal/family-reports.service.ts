import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorOf, FamilyPrincipal, StaffPrincipal } from '../auth/principal';
import { Clock, dutchDate } from '../clock/clock';
import { cursorTimestamp, DEFAULT_PAGE_SIZE, listOf, pageOf, Position } from '../common/paging';
import { NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { billFiguresProblems } from '../contracts/bill.rules';
import { DatedBillDto } from '../contracts/contract-events.dto';
import { Contract } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { DocumentKind, EstateDocument } from '../documents/document.entity';
import { DocumentsService, UploadedFile } from '../documents/documents.service';
import type { NameOrder } from '../../letters';
import type { Language } from '../../workflows/wording';
import { Estate, fullName } from '../estates/estate.entity';
import { estateRows, familyMemberRows } from '../estates/estate-rows';
import { EstatesService } from '../estates/estates.service';
import { TimelineService } from '../timeline/timeline.service';
import { NotificationsService } from '../notifications/notifications.service';
import { openFamilyReportRows } from './family-report-rows';
import { FamilyReportDto, ReportKind } from './portal.dto';
import { deleted } from '../database/deleted';
import { DEFAULT_LANG, familyWords, ownerWords } from '../words';
import { oversaid, oversaidWarnings } from '../documents/description-rules';
import { correctedReport, photoChange, reportChange, withinDebtsReach } from './report-change.rules';
import { readsEstateDebts } from '../documents/document-audience';

/** A family reports cursor (the owner's open ones, a family member's own): the report's creation time and id. */
export const FAMILY_REPORT_CURSOR = ['timestamp', 'uuid'] as const;

/**
 * What Steward does with a new report straight away; 'queued' = nothing yet, the owner decides ('bill_queued': a bill, which
 * she records or not). Reports made before the familyreports change may still carry `collection_stop_requested`, and before
 * the familybill change `dispute_started` (the owner's words keep both for them).
 */
export const REPORT_OUTCOMES = ['contract_added', 'contract_known', 'queued', 'bill_queued'] as const;
export type ReportOutcome = Exclude<(typeof REPORT_OUTCOMES)[number], 'queued' | 'bill_queued'>;

/**
 * What the owner decided on a reported bill: recorded as the contract's bill, or nothing to do (her reply says why); `document_taken`
 * (familyupload): the file that came with the report taken into the estate as a kind.
 */
export type ReportDecision = 'bill_recorded' | 'nothing_to_do' | 'collection_recorded' | 'document_taken';

/** An uploaded photo or PDF is filed under the kind of paper it is. */
const DOCUMENT_KIND: Record<ReportKind, DocumentKind> = {
  invoice_after_end: 'invoice',
  collection_letter: 'collection_letter',
  letter_to_deceased: 'provider_letter',
  new_contract: 'invoice',
  other: 'other',
};

/** A report the family files through the form, or a call-back asked for after a low rating. */
type StoredKind = ReportKind | 'callback';

const KIND_WORDS: Record<StoredKind, string> = {
  invoice_after_end: 'a bill after the end date',
  collection_letter: 'a debt-collection letter',
  letter_to_deceased: 'a letter addressed to the deceased',
  new_contract: 'a contract nobody knew about',
  other: 'something else',
  callback: 'a wish to be called back',
};

/** What the family typed off a collection letter, kept with the report for the owner to record the notice from; null for other kinds. */
export interface ReportedCollection {
  agency: string | null;
  reference: string | null;
  amount: number | null;
  /** The agency's own file number; absent in a report made before the family could give it (README, collectionwords). */
  dossierNumber?: string | null;
  /** agencylang2: the language of the agency's letter, if the relative gave it. */
  agencyLanguage?: Language | null;
}
const reportedCollection = (dto: FamilyReportDto): ReportedCollection | null =>
  dto.kind === 'collection_letter' ? { agency: dto.agency ?? null, reference: dto.reference ?? null, dossierNumber: dto.dossierNumber ?? null, amount: dto.amount ?? null, ...(dto.agencyLanguage && { agencyLanguage: dto.agencyLanguage }) } : null;

/** What the family typed off a bill, kept with the report for the owner to record the bill from (corrected); null for other kinds. */
export interface ReportedBill {
  invoiceDate: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  amount: number | null;
  reference: string | null;
}
const reportedBill = (dto: FamilyReportDto): ReportedBill | null =>
  dto.kind === 'invoice_after_end'
    ? { invoiceDate: dto.invoiceDate ?? null, periodFrom: dto.periodFrom ?? null, periodTo: dto.periodTo ?? null, amount: dto.amount ?? null, reference: dto.reference ?? null }
    : null;

/** A bill the family reported that waits for the owner's decision: nothing started from it (none since familybill; before, one short of figures), still open. */
const waitingBill = (r: Pick<ReportRow, 'kind' | 'outcome' | 'status'>) => r.kind === 'invoice_after_end' && r.outcome === null && r.status === 'open';

/** As much of the family's message as the staff timeline repeats. */
const excerpt = (message: string) => message.slice(0, 200);

/**
 * What the family is told happens now (Dutch and English, the family catalogue's `followUps`), by outcome: `queued` for a report
 * that waits for the owner, `bill_queued` for a bill (she checks it and decides). A report on a closed estate waits for the owner,
 * who decides whether to reopen it (`estateClosed`).
 */
export function reportFollowUp(notice: ReportNotice, ownerName: string, lang: 'nl' | 'en', estateClosed = false): string {
  return familyWords(lang).followUps[estateClosed && (notice === 'queued' || notice === 'bill_queued') ? 'closed' : notice](ownerName);
}

export type ReportNotice = (typeof REPORT_OUTCOMES)[number];
/** The follow-up of a new report: what it started, or that it waits (a bill: for the owner to check). */
export const reportNotice = (report: { kind: string; outcome: ReportOutcome | null }): ReportNotice =>
  report.outcome ?? (report.kind === 'invoice_after_end' ? 'bill_queued' : 'queued');

interface ReportRow {
  id: string;
  estate_id: string;
  family_member_id: string;
  kind: StoredKind;
  message: string;
  contract_id: string | null;
  document_id: string | null;
  outcome: ReportOutcome | null;
  collection: ReportedCollection | null;
  bill: ReportedBill | null;
  decision: ReportDecision | null;
  status: 'open' | 'handled' | 'withdrawn';
  reply: string | null;
  created_at: Date;
  corrected_at: Date | null;
}

/** What a relative may send to correct her own report (`PATCH /portal/reports/:id`): her message, and the figures her kind of report holds. */
export interface ReportCorrection {
  message?: string;
  invoiceDate?: string;
  periodFrom?: string;
  periodTo?: string;
  amount?: number;
  reference?: string;
  agency?: string;
  dossierNumber?: string;
  agencyLanguage?: Language;
}

/** A stored figure as the bill rules read it: absent, not null. */
const given = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

/**
 * Reports from the family: a bill after the end date, a collection letter, a letter to the deceased,
 * a contract nobody knew about. Each lands on the case owner's queue; a new contract named well enough
 * is drafted at once. A bill and a collection letter wait for the owner: what the family typed reaches a
 * provider only once she has recorded it.
 */
/** The family reports' lists (cursorbind): what one relative reported, and the open ones of an owner's estates (an administrator's: all). */
export const reportLists = {
  sentBy: (familyMemberId: string) => listOf('family-reports-sent', familyMemberId),
  open: (principal: StaffPrincipal) => listOf('family-reports-open', principal.role === 'admin' ? null : principal.userId),
};

@Injectable()
export class FamilyReportsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly documents: DocumentsService,
    private readonly timeline: TimelineService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.estates.onOpenFamilyReports((manager, estateId) => this.openCount(manager, estateId));
    this.contracts.onCollectionRecorded((manager, principal, notice) => this.collectionRecorded(manager, principal, notice));
    this.contracts.onBillRecorded((manager, principal, bill) => this.billRecorded(manager, principal, bill));
  }

  /**
   * famgap: the owner recorded a bill on the contract herself: the relative's report of a bill waiting on it that she names
   * (`answersReport`) is handled with it (`bill_recorded`), as if recorded from the report. Nothing named, or `none`: another bill,
   * the reports stay open; a bill is never linked by guess (audit88 F1: the only waiting report was, and another bill told her hers
   * was recorded). Index `(contract_id, kind)`.
   */
  private async billRecorded(manager: EntityManager, principal: StaffPrincipal, bill: { contractId: string; amount: number; reference: string; invoiceDate: string; answersReport: string | undefined }): Promise<void> {
    if (!bill.answersReport || bill.answersReport === 'none') return;
    const [answered]: ReportRow[] = await manager.query(
      `SELECT * FROM family_reports WHERE contract_id = $1 AND kind = 'invoice_after_end' AND status = 'open' AND outcome IS NULL AND id = $2 FOR UPDATE`,
      [bill.contractId, bill.answersReport],
    );
    if (!answered) throw new ValidationProblem([{ field: 'answersReport', message: 'is no open report of a bill on this contract', rule: 'choice' }], 422);
    await this.markHandled(manager, principal, answered, null, 'bill_recorded', { amount: bill.amount, reference: bill.reference, invoiceDate: bill.invoiceDate });
  }

  /** The relatives' reports of a bill still waiting on this contract, oldest first, for the contract page's bill form to offer (famgap). */
  async waitingBills(contractId: string): Promise<{ id: string; reportedBy: string; reportedOn: string; bill: ReportedBill | null }[]> {
    return this.db.query(
      `SELECT r.id, m.name AS "reportedBy", to_char(r.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "reportedOn", r.bill FROM family_reports r JOIN ${familyMemberRows} m ON m.id = r.family_member_id
        WHERE r.contract_id = $1 AND r.kind = 'invoice_after_end' AND r.status = 'open' AND r.outcome IS NULL ORDER BY r.created_at, r.id`,
      [contractId],
    );
  }

  /**
   * The owner recorded a collection notice on this contract (README, printwords): each open report of a collection letter on it that
   * names the same collection (the agency's reference or its file number, spaces and case aside: the form started from them) is
   * handled with it (`collection_recorded`), as a reported bill is when its bill is recorded. One about another collection, or that
   * named neither, stays open for her. Index `(contract_id, kind)`.
   */
  private async collectionRecorded(manager: EntityManager, principal: StaffPrincipal, notice: { contractId: string; agency: string; reference: string; dossierNumber: string | null }): Promise<void> {
    const same = (reported: string, recorded: string) => `lower(regexp_replace(collection ->> '${reported}', '\\s', '', 'g')) = lower(regexp_replace(${recorded}::text, '\\s', '', 'g'))`;
    const rows: ReportRow[] = await manager.query(
      `SELECT * FROM family_reports WHERE contract_id = $1 AND kind = 'collection_letter' AND status = 'open' AND (${same('reference', '$2')} OR ${same('dossierNumber', '$3')})
        ORDER BY created_at, id FOR UPDATE`,
      [notice.contractId, notice.reference, notice.dossierNumber],
    );
    for (const row of rows) await this.markHandled(manager, principal, row, null, 'collection_recorded', undefined, { agency: notice.agency, reference: notice.reference });
  }

  /** How many of the estate's reports wait on the owner (index `(estate_id, status)`). */
  private async openCount(manager: EntityManager, estateId: string): Promise<number> {
    const [{ open }] = await manager.query(`SELECT count(*)::int AS open FROM family_reports WHERE estate_id = $1 AND status = 'open'`, [estateId]);
    return open;
  }

  /** What this family member reported, oldest first (their personal-data export). */
  byFamilyMember(manager: EntityManager, familyMemberId: string): Promise<{ kind: string; message: string; status: string; createdAt: Date; handledAt: Date | null; reply: string | null }[]> {
    return manager.query(
      'SELECT kind, message, status, created_at AS "createdAt", handled_at AS "handledAt", reply FROM family_reports WHERE family_member_id = $1 ORDER BY created_at',
      [familyMemberId],
    );
  }

  /** Part of the retention purge (one transaction per estate): deletes what the family reported; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM family_reports WHERE estate_id = $1'], [estateId]);
  }

  async report(p: FamilyPrincipal, dto: FamilyReportDto, file?: UploadedFile) {
    // The bill's dates by the rules the owner records a bill by: a date on the bill still to come is a misreading
    // the relative can put right herself, before it reaches anyone (nothing stored, the form kept).
    const misdated = billFiguresProblems(dto, this.clock.today());
    if (misdated.length) throw new ValidationProblem(misdated, 422);
    // A contract of another estate is as unknown here as anywhere else: 404, nothing written; asked before the file is read.
    const reported = async (manager: EntityManager) => {
      const contract = dto.contractId ? await manager.findOneBy(Contract, { id: dto.contractId, estateId: p.estateId }) : null;
      if (dto.contractId && !contract) throw new NotFoundProblem();
      return contract;
    };
    const actor = actorOf(p);
    await reported(this.db.manager);
    // Read holding no connection (`checkFile`: up to its time budget on a thread), then stored with the report.
    const checked = file ? await this.documents.checkFile(file, actor, p.lang ?? DEFAULT_LANG) : null;
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.findWithOwner(p.estateId, manager);
      const contract = await reported(manager);
      const document = checked ? await this.documents.store(manager, p.estateId, DOCUMENT_KIND[dto.kind], checked, null, actor) : null;

      // On a closed estate nothing starts by itself: the report waits on the owner's Today, who may reopen the estate.
      const closed = await this.estates.isClosed(manager, estate.id);
      const act = closed ? { outcome: null } : await this.act(manager, dto, actor, estate);
      const [row]: ReportRow[] = await manager.query(
        `INSERT INTO family_reports (estate_id, family_member_id, contract_id, kind, message, document_id, outcome, collection, bill, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [p.estateId, p.familyMemberId, act.contractId ?? contract?.id ?? null, dto.kind, dto.message, document?.id ?? null, act.outcome, reportedCollection(dto), reportedBill(dto), this.clock.now()],
      );
      await this.timeline.append(manager, {
        estateId: p.estateId,
        contractId: row.contract_id,
        actor,
        event: 'family_report.received',
        summary: `${p.name} reported ${KIND_WORDS[dto.kind]}: "${excerpt(dto.message)}"${act.outcome ? ` (${act.outcome.replace(/_/g, ' ')})` : ''}.`,
        // The staff timeline says it again in each reader's language (owner-timeline.ts); the reporter is the entry's actor.
        details: { reportId: row.id, kind: dto.kind, outcome: act.outcome, message: excerpt(dto.message) },
      });
      const followUp = (lang: 'nl' | 'en') => reportFollowUp(reportNotice(row), estate.owner.name, lang, closed);
      // docwarn: their words come with their upload and are kept; a BSN or an IBAN in them is more than a report needs (AVG art. 5 lid 1 sub c).
      const warnings = oversaidWarnings('message', oversaid(dto.message), 'the report is for the case owner only and Steward sends it to no company; leave the number out if the report does not need it');
      return { ...(await this.inHerReach(manager, p, reportView(row))), warnings, followUp: { nl: followUp('nl'), en: followUp('en') } };
    });
  }

  /** Drafts a contract the family names well enough; anything else the owner decides (outcome null). */
  private async act(manager: EntityManager, dto: FamilyReportDto, actor: Actor, estate: Estate): Promise<{ outcome: ReportOutcome | null; contractId?: string }> {
    // A collection letter and a bill are not acted on by themselves (outcome null): what the family typed off them (an agency, a
    // bill's number and amount) would go unreviewed into a letter to the provider and the provider's export, and the paper may be
    // one already handled (a collection NRC said had stopped, a bill disputed already). The owner reads the family's fields on her
    // queue and records the notice or the bill herself, corrected where the family misread it (`recordBill`).
    if (dto.kind === 'new_contract' && dto.providerId && dto.accountNumber) {
      // Already on the inventory (`report` holds the estate's lock): a second contract would send a second letter, so the
      // report is attached to the one there, and stays open for the owner to see what the family added.
      const known = await this.contracts.sameAccountContract(manager, estate.id, dto.providerId, dto.accountNumber);
      if (known) return { outcome: 'contract_known', contractId: known.id };
      const added = await this.contracts.addToEstate(manager, estate, {
        providerId: dto.providerId,
        accountNumber: dto.accountNumber,
        action: 'cancel',
        // Goes into letters to the provider: neutral words; what the family wrote stays on the report.
        description: 'Overeenkomst gemeld door de familie',
        // Its estate-closed refusal never reaches the family: `report` acts only on an estate still open.
      }, actor, DEFAULT_LANG);
      return { outcome: 'contract_added', contractId: added.id };
    }
    return { outcome: null };
  }

  /**
   * A family member who rated the handling low asks to be called: an open report on the owner's
   * Today. One open call-back per member is enough; asking again while it is open changes nothing.
   */
  async requestCallback(p: FamilyPrincipal, message: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [open] = await manager.query(`SELECT 1 FROM family_reports WHERE family_member_id = $1 AND kind = 'callback' AND status = 'open' FOR UPDATE`, [p.familyMemberId]);
      if (open) return;
      const [row]: ReportRow[] = await manager.query(
        `INSERT INTO family_reports (estate_id, family_member_id, kind, message, created_at) VALUES ($1, $2, 'callback', $3, $4) RETURNING *`,
        [p.estateId, p.familyMemberId, message, this.clock.now()],
      );
      await this.timeline.append(manager, {
        estateId: p.estateId,
        contractId: null,
        actor: actorOf(p),
        event: 'family_report.callback_requested',
        summary: `${p.name} asked to be called back: "${excerpt(message)}".`,
        details: { reportId: row.id, kind: 'callback', message: excerpt(message) },
      });
    });
  }

  /**
   * familyupload3: the estate's reports whose file the owner took into the estate, each with its document (index `(estate_id, status)`):
   * by it the family's timeline and email name what it was taken in as, to whom may see it.
   */
  async takenUploads(estateId: string, manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    // No `document_id IS NOT NULL` in SQL: it would steer the planner to that partial index, every estate's files (`family_reports_document_idx`).
    const rows: { id: string; document_id: string | null }[] = await manager.query(
      `SELECT id, document_id FROM family_reports WHERE estate_id = $1 AND status = 'handled' AND decision = 'document_taken'`,
      [estateId],
    );
    return new Map(rows.flatMap((r) => (r.document_id ? [[r.id, r.document_id] as const] : [])));
  }

  /** The ids of everything this family member reported, call-backs included (index `(family_member_id, created_at, id)`). */
  async idsOf(familyMemberId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM family_reports WHERE family_member_id = $1', [familyMemberId]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The estate's reports still waiting for the owner (`openFamilyReportRows`), oldest first, each with its reporter: the portal tells
   * her own as hers and another's as a relative's; `manager`: the daily email's, read in its transaction.
   */
  openInEstate(estateId: string, manager: EntityManager = this.db.manager): Promise<{ createdAt: Date; contractId: string | null; familyMemberId: string }[]> {
    return manager.query(
      `SELECT created_at AS "createdAt", contract_id AS "contractId", family_member_id AS "familyMemberId" FROM ${openFamilyReportRows} r
        WHERE estate_id = $1 ORDER BY created_at, id`,
      [estateId],
    );
  }

  /** A page of what this family member reported, newest first (index `(family_member_id, created_at, id)`); `after` is a decoded FAMILY_REPORT_CURSOR. */
  async pageForFamilyMember(p: FamilyPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE) {
    const rows: (ReportRow & { cursor_at: string })[] = await this.db.query(
      `SELECT r.*, ${cursorTimestamp('r.created_at')} AS cursor_at FROM family_reports r
        WHERE r.family_member_id = $1 AND ($2::timestamptz IS NULL OR (r.created_at, r.id) < ($2::timestamptz, $3::uuid))
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $4`,
      [p.familyMemberId, ...(after ?? [null, null]), limit + 1],
    );
    return pageOf(reportLists.sentBy(p.familyMemberId), rows, limit, (r) => [r.cursor_at, r.id], reportView);
  }

  /**
   * What a relative typed off a collection letter about this contract, in the latest of those reports still open, for the
   * owner's collection-notice form to start from (README, collectionwords); null when none waits. Index `(contract_id, kind)`.
   */
  async reportedCollection(contractId: string): Promise<ReportedCollection | null> {
    const [row]: { collection: ReportedCollection }[] = await this.db.query(
      `SELECT collection FROM family_reports WHERE contract_id = $1 AND kind = 'collection_letter' AND status = 'open' AND collection IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 1`,
      [contractId],
    );
    return row?.collection ?? null;
  }

  /**
   * A page of the open reports on the estates this owner holds (admins: all), oldest first: they have
   * waited longest. `after` is a decoded FAMILY_REPORT_CURSOR; index `(created_at, id) WHERE open`.
   */
  async openForOwner(principal: StaffPrincipal, after: Position | null, limit: number) {
    const rows: (ReportRow & { reference: string; given_names: string; surname_prefix: string | null; surname: string; name_order: NameOrder; reporter: string; reporter_relation: string; cursor_at: string })[] = await this.db.query(
      `SELECT r.*, e.reference, e.deceased_given_names AS given_names, e.deceased_surname_prefix AS surname_prefix, e.deceased_surname AS surname, e.deceased_name_order AS name_order, m.name AS reporter, m.relation AS reporter_relation,
              ${cursorTimestamp('r.created_at')} AS cursor_at
         FROM family_reports r JOIN ${estateRows} e ON e.id = r.estate_id JOIN ${familyMemberRows} m ON m.id = r.family_member_id
        WHERE r.status = 'open' AND ($1::uuid IS NULL OR e.owner_id = $1)
          AND ($2::timestamptz IS NULL OR (r.created_at, r.id) > ($2::timestamptz, $3::uuid))
        ORDER BY r.created_at, r.id
        LIMIT $4`,
      [principal.role === 'admin' ? null : principal.userId, ...(after ?? [null, null]), limit + 1],
    );
    return pageOf(reportLists.open(principal), rows, limit, (r) => [r.cursor_at, r.id], (r) => ({
      ...reportView(r),
      estateReference: r.reference,
      deceasedName: fullName({ givenNames: r.given_names, surnamePrefix: r.surname_prefix, surname: r.surname, nameOrder: r.name_order }),
      reportedBy: r.reporter,
      /** famnews (audit93 F7): who she is to the deceased, and her entry on the estate, so the owner knows whom to call. */
      reporterRelation: r.reporter_relation,
      familyMemberId: r.family_member_id,
    }));
  }

  /** The owner marks a report as dealt with, with her `reply` to the relative or none; it leaves the queue and the timeline says so. */
  async handle(principal: StaffPrincipal, reportId: string, reply: string | null): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [row]: ReportRow[] = await manager.query('SELECT * FROM family_reports WHERE id = $1 FOR UPDATE', [reportId]);
      if (!row) throw new NotFoundProblem();
      await this.estates.requireAccess(principal, row.estate_id, manager).catch(() => {
        throw new NotFoundProblem();
      });
      // A bill that waited for her and is handled without recording it: nothing to do, and the relative reads why (422 without).
      if (waitingBill(row) && !reply) throw new ValidationProblem([{ field: 'reply', message: 'must tell the family why nothing is done with the bill they reported', rule: 'required' }], 422);
      await this.markHandled(manager, principal, row, reply, waitingBill(row) ? 'nothing_to_do' : null);
    });
  }

  /**
   * familyupload (audit103 F3): the owner takes the file a relative sent with her report into the estate as `kind` (`takeFromFamily`:
   * re-pointed, not copied), so an answer to a provider may enclose it; the report is handled with it (`document_taken`) in the same
   * transaction when it still waits, and she reads under it what her file was used for. Outside the owner's reach: 404; a report
   * without a file: 409 `no-upload`; taken already: 409 `upload-taken`.
   */
  async takeDocument(principal: StaffPrincipal, reportId: string, kind: string) {
    return this.db.transaction(async (manager) => {
      const [row]: ReportRow[] = await manager.query('SELECT * FROM family_reports WHERE id = $1 FOR UPDATE', [reportId]);
      if (!row) throw new NotFoundProblem();
      await this.estates.requireAccess(principal, row.estate_id, manager).catch(() => {
        throw new NotFoundProblem();
      });
      if (!row.document_id) throw new ProblemException(409, 'no-upload', ownerWords(principal.lang).errors.details.reportWithoutUpload, { errors: [{ field: 'request', message: 'the report came without a file', rule: 'documentMissing' }] });
      await this.estates.assertOpen(manager, row.estate_id, principal.lang);
      const document = await this.documents.takeFromFamily(manager, principal, row.document_id, kind, row.id);
      if (row.status === 'open') await this.markHandled(manager, principal, row, null, 'document_taken', undefined, undefined, document.kind);
      return document;
    });
  }

  /**
   * The owner records a bill the family reported as the contract's bill, the way she records one herself (`reportInvoiceAfterEnd`:
   * its checks, its dispute, its letter), from her own figures: what she corrected is what the letters say. The report is handled
   * (`bill_recorded`) in the same transaction, so a report handled meanwhile (409) records no bill. `contractId`: the report's
   * contract when the family named none (422 naming it otherwise); one of another estate is unknown (404). `reply`: to the reporter, as `handle` takes it.
   */
  async recordBill(principal: StaffPrincipal, reportId: string, dto: DatedBillDto & { reply?: string }, contractId?: string): Promise<string> {
    const [row]: ReportRow[] = await this.db.query('SELECT * FROM family_reports WHERE id = $1', [reportId]);
    if (!row) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, row.estate_id).catch(() => {
      throw new NotFoundProblem();
    });
    const w = ownerWords(principal.lang).errors.details;
    if (!waitingBill(row)) throw new ProblemException(409, 'not-a-waiting-bill', w.reportNotAWaitingBill);
    const contract = contractId ?? row.contract_id;
    if (!contract) throw new ValidationProblem([{ field: 'contractId', message: 'the report names no contract: say which contract the bill is for' }], 422);
    if (!(await this.db.manager.existsBy(Contract, { id: contract, estateId: row.estate_id }))) throw new NotFoundProblem();
    // The bill's figures alone (its due date when it names one, overdraftrest): the event carries nothing else.
    const { invoiceDate, periodFrom, periodTo, amount, reference, dueOn } = dto;
    await this.contracts.reportInvoiceAfterEnd(principal, contract, { invoiceDate, periodFrom, periodTo, amount, reference, ...(dueOn !== undefined && { dueOn }) }, (manager) =>
      this.markHandled(manager, principal, { ...row, contract_id: contract }, dto.reply ?? null, 'bill_recorded', { amount, reference, invoiceDate }),
    );
    return contract;
  }

  /**
   * relcorr (audit91 F5): the relative corrects her own report while the owner has not handled it. The owner's queue, Today and the
   * contract page read the row, so they show the new values at once, marked corrected by her (`correctedAt`); the staff timeline
   * says from what to what (principle 6). Fields her kind of report does not hold are refused by name (422), as are a bill's dates
   * by the rules of the report itself (`billFiguresProblems`).
   */
  async correct(p: FamilyPrincipal, reportId: string, dto: ReportCorrection) {
    return this.db.transaction(async (manager) => {
      const row = await this.ownChangeable(manager, p, reportId);
      const { message, ...figures } = dto;
      const before = row.kind === 'collection_letter' ? row.collection : row.bill;
      const result = correctedReport(row.kind, { message: row.message, figures: before as Record<string, string | number | null> | null }, { ...(message !== undefined && { message }), ...figures });
      if ('problems' in result) throw new ValidationProblem(result.problems, 422);
      const now = result.figures ?? {};
      if (row.kind === 'invoice_after_end') {
        const misdated = billFiguresProblems({ invoiceDate: given(now.invoiceDate as string | null), periodFrom: given(now.periodFrom as string | null), periodTo: given(now.periodTo as string | null) }, this.clock.today());
        if (misdated.length) throw new ValidationProblem(misdated, 422);
      }
      // An UPDATE's answer is its rows and its count.
      const [[corrected]]: [ReportRow[], number] = await manager.query(
        `UPDATE family_reports SET message = $2, bill = $3, collection = $4, corrected_at = $5 WHERE id = $1 RETURNING *`,
        [row.id, result.message, row.kind === 'invoice_after_end' ? result.figures : row.bill, row.kind === 'collection_letter' ? result.figures : row.collection, this.clock.now()],
      );
      const changes = Object.fromEntries(result.changed.map((f) => [f, f === 'message' ? { from: excerpt(row.message), to: excerpt(result.message) } : { from: before?.[f as keyof typeof before] ?? null, to: now[f] ?? null }]));
      await this.timeline.append(manager, {
        estateId: row.estate_id,
        contractId: row.contract_id,
        actor: actorOf(p),
        event: 'family_report.corrected',
        summary: `${p.name} corrected their report of ${KIND_WORDS[row.kind]}: ${result.changed.join(', ')}.`,
        details: { reportId: row.id, kind: row.kind, changes },
      });
      // famnews: the owner hears which of it changed, never the values (she may withdraw the report later).
      await this.tellOwner(manager, row, 'family_report_corrected', (w, kind) => w.familyReportCorrected(p.name, kind, result.changed.map((f) => w.reportFigures[f] ?? f).join(', ')));
      return this.inHerReach(manager, p, reportView(corrected));
    });
  }

  /** relupload: the answer to her report or its correction, as her list shows it (`withinDebtsReach`): no figure outside the estate's debts. */
  private async inHerReach<R extends { kind: string; bill: unknown; collection: unknown }>(manager: EntityManager, p: FamilyPrincipal, view: R) {
    return withinDebtsReach(view, readsEstateDebts(await this.documents.viewerOf(p, manager)));
  }

  /**
   * relcorr: the relative withdraws her own report while the owner has not handled it. It leaves the owner's queue and Today (they read
   * only open reports); what she wrote and typed is cleared from the report (least data): it keeps its kind and day, so her list and the
   * family timeline say what she withdrew, without the content. The staff timeline is append-only: its entries of the report stay.
   */
  async withdraw(p: FamilyPrincipal, reportId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const row = await this.ownChangeable(manager, p, reportId);
      // relupload: the photo she sent with it goes too, unless the owner already made it hers (`photoChange`): then it stays hers.
      const photo = row.document_id ? await this.documents.ownUpload(manager, p, row.document_id).catch(() => null) : null;
      if (photo && photoChange(row, photo, DOCUMENT_KIND[row.kind as ReportKind]) === 'changeable') await this.documents.eraseUpload(manager, photo, actorOf(p));
      await manager.query(`UPDATE family_reports SET status = 'withdrawn', message = '', bill = NULL, collection = NULL, handled_at = $2 WHERE id = $1`, [row.id, this.clock.now()]);
      await this.timeline.append(manager, {
        estateId: row.estate_id,
        contractId: row.contract_id,
        actor: actorOf(p),
        event: 'family_report.withdrawn',
        summary: `${p.name} withdrew their report of ${KIND_WORDS[row.kind]}.`,
        details: { reportId: row.id, kind: row.kind },
      });
      // corrnews: her correction of it that the owner has not read yet is replaced by this news, not followed by it.
      await this.tellOwner(manager, row, 'family_report_withdrawn', (w, kind) => w.familyReportWithdrawn(p.name, kind), 'family_report_corrected');
    });
  }

  /**
   * relupload: the relative takes back the photo or PDF she sent with a report, while the owner has not used it (`photoChange`): it is
   * erased with its bytes, and the report stays, without it. Another's upload, or one of another estate: 404. Used: 409 naming whom to ask.
   */
  async withdrawPhoto(p: FamilyPrincipal, documentId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const photo = await this.documents.ownUpload(manager, p, documentId);
      // Index `family_reports_document_idx`.
      const [row]: ReportRow[] = await manager.query('SELECT * FROM family_reports WHERE document_id = $1 FOR UPDATE', [photo.id]);
      if (!row || photoChange(row, photo, DOCUMENT_KIND[row.kind as ReportKind]) === 'used') throw await this.usedUpload(manager, p.estateId);
      await this.documents.eraseUpload(manager, photo, actorOf(p));
      await this.notifications.tellOwnerOfRelative(manager, { estateId: p.estateId, contractId: row.contract_id, topic: 'family_upload_taken_back', say: (lang) => ownerWords(lang).timeline.documentTakenBack(p.name, ownerWords(lang).estate.documentKinds[photo.kind] ?? null) });
    });
  }

  /** famnews: a relative withdrew a bank statement she sent (`StatementsService.withdrawFromFamily`): the owner hears it, named. */
  async statementTakenBack(manager: EntityManager, p: FamilyPrincipal): Promise<void> {
    await this.notifications.tellOwnerOfRelative(manager, { estateId: p.estateId, contractId: null, topic: 'family_statement_taken_back', say: (lang) => ownerWords(lang).timeline.statementTakenBack(p.name) });
  }

  /**
   * famnews: her correction or withdrawal of a report as the owner's news, in the timeline's words for it (`say`), with the report's kind;
   * corrnews: about the report, replacing the owner's unread news of it of the topic `replaces` (a second correction does not replace the
   * first: each names only what it changed).
   */
  private tellOwner(manager: EntityManager, row: ReportRow, topic: string, say: (w: ReturnType<typeof ownerWords>['timeline'], kind: string) => string, replaces?: string): Promise<void> {
    return this.notifications.tellOwnerOfRelative(manager, { estateId: row.estate_id, contractId: row.contract_id, topic, say: (lang) => say(ownerWords(lang).timeline, ownerWords(lang).today.reportKinds[row.kind as ReportKind] ?? row.kind), about: { reportId: row.id, replaces } });
  }

  /** relupload: which of these documents on her page are photos she sent that she may still take back (`photoChange`); index `family_reports_document_idx`. */
  async changeablePhotos(p: FamilyPrincipal, documents: EstateDocument[]): Promise<Set<string>> {
    const hers = documents.filter((d) => d.uploadedByType === 'family' && d.uploadedById === p.familyMemberId);
    if (!hers.length) return new Set();
    const rows: ReportRow[] = await this.db.query('SELECT * FROM family_reports WHERE document_id = ANY($1::uuid[])', [hers.map((d) => d.id)]);
    const reportOf = new Map(rows.map((r) => [r.document_id, r]));
    return new Set(hers.filter((d) => { const r = reportOf.get(d.id); return r !== undefined && photoChange(r, d, DOCUMENT_KIND[r.kind as ReportKind]) === 'changeable'; }).map((d) => d.id));
  }

  /** relupload: 409 for an upload the owner used, naming her: only she can take it away now. */
  async usedUpload(manager: EntityManager, estateId: string): Promise<ProblemException> {
    const owner = (await this.estates.findWithOwner(estateId, manager)).owner.name;
    return new ProblemException(409, 'upload-used', `Your case owner ${owner} has already used this file, so it can no longer be withdrawn here. Ask ${owner} if it should go. Nothing was changed.`, {
      errors: [{ field: 'request', message: 'the case owner has used the upload', rule: 'uploadUsed', limit: owner }],
    });
  }

  /**
   * The relative's own report, locked, while she may change it. Another relative's report is the reporter's own business (README F8):
   * it is not shown to the others, so it is as unknown to them as one of another estate (404). Handled: 409 naming the owner, whom to
   * ask; withdrawn already: 409.
   */
  private async ownChangeable(manager: EntityManager, p: FamilyPrincipal, reportId: string): Promise<ReportRow> {
    const [row]: ReportRow[] = await manager.query('SELECT * FROM family_reports WHERE id = $1 AND family_member_id = $2 AND estate_id = $3 FOR UPDATE', [reportId, p.familyMemberId, p.estateId]);
    if (!row) throw new NotFoundProblem();
    const change = reportChange(row);
    if (change === 'withdrawn') {
      throw new ProblemException(409, 'report-withdrawn', 'You withdrew this report already. Nothing was changed.', { errors: [{ field: 'request', message: 'the report was withdrawn', rule: 'reportWithdrawn' }] });
    }
    if (change === 'handled') {
      const owner = (await this.estates.findWithOwner(p.estateId, manager)).owner.name;
      throw new ProblemException(409, 'report-handled', `Your case owner ${owner} has already dealt with this report, so it can no longer be changed here. Ask ${owner} if something in it is wrong. Nothing was changed.`, {
        errors: [{ field: 'request', message: 'the case owner has handled the report', rule: 'reportHandled', limit: owner }],
      });
    }
    return row;
  }

  /** The contract as the owner knows it: its provider and her description. */
  private async contractNamed(manager: EntityManager, contractId: string): Promise<{ providerName: string; description: string }> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    return { providerName: contract.provider.name, description: contract.description };
  }

  /**
   * Handled only while still open, in one write: a report handled meanwhile (another tab, the bill recorded twice) answers 409 and its
   * caller's transaction (a bill recorded with it) is undone. The row is read once, before: what it says besides its status is not changed by anyone.
   * `recorded`: the bill as she recorded it (`bill_recorded`). The timeline names the decision (owner-timeline.ts): the bill with the
   * contract as she knows it, or handled without recording it, with her reply; the family's digest tells the reporter the same once.
   */
  private async markHandled(
    manager: EntityManager,
    principal: StaffPrincipal,
    row: ReportRow,
    reply: string | null,
    decision: ReportDecision | null,
    recorded?: { amount: number; reference: string; invoiceDate: string },
    collection?: { agency: string; reference: string },
    takenAs?: string,
  ): Promise<void> {
    const [, updated]: [unknown, number] = await manager.query(
      `UPDATE family_reports SET status = 'handled', handled_at = $2, handled_by = $3, reply = $4, decision = $5, contract_id = $6 WHERE id = $1 AND status = 'open'`,
      [row.id, this.clock.now(), principal.userId, reply, decision, row.contract_id],
    );
    if (!updated) throw new ProblemException(409, 'already-handled', ownerWords(principal.lang).errors.details.reportHandledAlready);
    const bill = recorded && { ...recorded, ...(await this.contractNamed(manager, row.contract_id!)) };
    const notice = collection && { ...collection, ...(await this.contractNamed(manager, row.contract_id!)) };
    const how = bill
      ? `: recorded as bill ${bill.reference} of ${bill.providerName} — ${bill.description}, EUR ${bill.amount.toFixed(2)}`
      : notice ? `: recorded as the collection of ${notice.agency} (reference ${notice.reference}) on ${notice.providerName} — ${notice.description}`
      : decision === 'nothing_to_do' ? ' without recording the bill'
      : takenAs ? `: the file taken into the estate as ${takenAs.replace(/_/g, ' ')}` : '';
    await this.timeline.append(manager, {
      estateId: row.estate_id,
      contractId: row.contract_id,
      actor: actorOf(principal),
      event: 'family_report.handled',
      summary: `The report of ${KIND_WORDS[row.kind]} was handled${how}.${reply ? ` Reply: "${reply}"` : ''}`,
      // `familyMemberId`: the reporter, whom the daily email tells the decision (family-digest.service.ts); `reported`: the bill as the
      // family typed it, by which the email names a report handled without recording it (README familyopen); `reportedOn`: the day
      // she reported it, by which the others read which report named no contract (`reportAboutText`, README familyline). `takenAs`
      // (familyupload2): the kind her file was taken as, by which her timeline and her email say what it was used for.
      details: { reportId: row.id, kind: row.kind, familyMemberId: row.family_member_id, reportedOn: dutchDate(row.created_at), ...(reply && { reply }), ...(decision && { decision }), ...(bill && { bill }), ...(notice && { collection: notice }), ...(!bill && row.bill && { reported: row.bill }), ...(takenAs && { takenAs }) },
    });
  }
}

function reportView(r: ReportRow) {
  return {
    id: r.id,
    estateId: r.estate_id,
    kind: r.kind,
    message: r.message,
    contractId: r.contract_id,
    documentId: r.document_id,
    outcome: r.outcome,
    collection: r.collection,
    bill: r.bill,
    decision: r.decision,
    status: r.status,
    reply: r.reply,
    createdAt: new Date(r.created_at).toISOString(),
    /** relcorr: when the relative last corrected it herself, else null. */
    correctedAt: r.corrected_at ? new Date(r.corrected_at).toISOString() : null,
    /** relcorr: whether the relative who made it may still correct or withdraw it (`reportChange`). */
    changeable: reportChange(r) === 'changeable',
  };
}
