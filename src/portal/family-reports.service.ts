import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { type ContractProjection, openDisputesOf, unpaidWhileDisputed } from '../../workflows';
import { Actor, actorOf, FamilyPrincipal, StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { cursorTimestamp, DEFAULT_PAGE_SIZE, pageOf, Position } from '../common/paging';
import { NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { billFiguresProblems } from '../contracts/bill.rules';
import { Contract } from '../contracts/contract.entity';
import { ContractStanding, ContractWorkflow } from '../contracts/contract-workflow.service';
import { ContractsService, invoiceAfterEndProblems } from '../contracts/contracts.service';
import { readsEstateDebts } from '../documents/document-audience';
import { DocumentKind } from '../documents/document.entity';
import { DocumentsService, UploadedFile } from '../documents/documents.service';
import type { NameOrder } from '../../letters';
import { Estate, fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { TimelineService } from '../timeline/timeline.service';
import { FamilyReportDto, ReportKind } from './portal.dto';
import { deleted } from '../database/deleted';
import { DEFAULT_LANG, familyWords, ownerWords } from '../words';

/** A family reports cursor (the owner's open ones, a family member's own): the report's creation time and id. */
export const FAMILY_REPORT_CURSOR = ['timestamp', 'uuid'] as const;

/**
 * What Steward does with a new report straight away; 'queued' = nothing yet, the owner decides. Reports made before the
 * familyreports change may still carry `collection_stop_requested` (the owner's words keep it for them).
 */
export const REPORT_OUTCOMES = ['dispute_started', 'contract_added', 'contract_known', 'queued'] as const;
export type ReportOutcome = Exclude<(typeof REPORT_OUTCOMES)[number], 'queued'>;

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
}
const reportedCollection = (dto: FamilyReportDto): ReportedCollection | null =>
  dto.kind === 'collection_letter' ? { agency: dto.agency ?? null, reference: dto.reference ?? null, amount: dto.amount ?? null } : null;

/** As much of the family's message as the staff timeline repeats. */
const excerpt = (message: string) => message.slice(0, 200);

/** The dispute a report started, as the contract recorded it: what the family need not pay follows from it. */
export type StartedDispute = Pick<ContractProjection, 'action' | 'effectiveDate' | 'openDisputes'>;

/**
 * What the family is told happens now (Dutch and English, the family catalogue's `followUps`), by outcome. After a dispute, what need not be
 * paid comes from the recorded dispute (only the part after the end date, unless that is the whole
 * bill), given to a reader of the estate's debts; without it, only that we objected. A report on a closed estate waits for the owner, who
 * decides whether to reopen it (`estateClosed`).
 */
export function reportFollowUp(outcome: ReportOutcome | null, ownerName: string, lang: 'nl' | 'en', dispute: StartedDispute | null = null, estateClosed = false): string {
  const w = familyWords(lang).followUps;
  if (outcome === 'dispute_started') return w.dispute_started(dispute ? unpaidWhileDisputed(dispute, lang) : '');
  return w[outcome ?? (estateClosed ? 'closed' : 'queued')](ownerName);
}

interface ReportRow {
  id: string;
  estate_id: string;
  kind: StoredKind;
  message: string;
  contract_id: string | null;
  document_id: string | null;
  outcome: ReportOutcome | null;
  collection: ReportedCollection | null;
  status: 'open' | 'handled';
  reply: string | null;
  created_at: Date;
}

/**
 * Reports from the family: a bill after the end date, a collection letter, a letter to the deceased,
 * a contract nobody knew about. Each lands on the case owner's queue; when it carries enough to act
 * on, it drives the contract workflow at once (dispute, new contract draft). A collection letter waits
 * for the owner: what the family typed reaches a provider only once she has recorded it.
 */
@Injectable()
export class FamilyReportsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly workflow: ContractWorkflow,
    private readonly documents: DocumentsService,
    private readonly timeline: TimelineService,
  ) {}

  onModuleInit(): void {
    this.estates.onOpenFamilyReports((manager, estateId) => this.openCount(manager, estateId));
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
    return this.db.transaction(async (manager) => {
      const actor = actorOf(p);
      const estate = await this.estates.findWithOwner(p.estateId, manager);
      // A contract of another estate is as unknown here as anywhere else: 404, nothing written.
      const contract = dto.contractId ? await manager.findOneBy(Contract, { id: dto.contractId, estateId: p.estateId }) : null;
      if (dto.contractId && !contract) throw new NotFoundProblem();
      const document = file ? await this.documents.store(manager, p.estateId, DOCUMENT_KIND[dto.kind], file, null, actor, p.lang ?? DEFAULT_LANG) : null;

      // On a closed estate nothing starts by itself: the report waits on the owner's Today, who may reopen the estate.
      const closed = await this.estates.isClosed(manager, estate.id);
      const act = closed ? { outcome: null } : await this.act(manager, dto, contract, actor, estate);
      const [row]: ReportRow[] = await manager.query(
        `INSERT INTO family_reports (estate_id, family_member_id, contract_id, kind, message, document_id, outcome, collection, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [p.estateId, p.familyMemberId, act.contractId ?? contract?.id ?? null, dto.kind, dto.message, document?.id ?? null, act.outcome, reportedCollection(dto), this.clock.now()],
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
      // What need not be paid is the estate's debts: told to a reporter who reads them (`readsEstateDebts`).
      const dispute = act.dispute && readsEstateDebts(await this.documents.viewerOf(p, manager)) ? act.dispute : null;
      const followUp = (lang: 'nl' | 'en') => reportFollowUp(act.outcome, estate.owner.name, lang, dispute, closed);
      return { ...reportView(row), followUp: { nl: followUp('nl'), en: followUp('en') } };
    });
  }

  /** Drives the workflow when the report says enough; otherwise the owner decides (outcome null). */
  private async act(manager: EntityManager, dto: FamilyReportDto, contract: Contract | null, actor: Actor, estate: Estate): Promise<{ outcome: ReportOutcome | null; contractId?: string; dispute?: StartedDispute | null }> {
    // A collection letter is not acted on by itself (outcome null): its agency, reference and amount would go unreviewed into an
    // urgent letter to the provider and the provider's export, and the letter may be one already handled (a collection NRC said
    // had stopped). The owner reads the family's fields on her queue and timeline and records the notice herself, the same day.
    // Only a bill whose period is known can be disputed for the right days, and only one the owner could record
    // (`invoiceAfterEndProblems`: a period up to the end date, a bill disputed already); otherwise the owner looks at it.
    if (dto.kind === 'invoice_after_end' && contract && dto.invoiceDate && dto.amount && dto.reference && dto.periodFrom && dto.periodTo) {
      const invoice = { invoiceDate: dto.invoiceDate, amount: dto.amount, reference: dto.reference, periodFrom: dto.periodFrom, periodTo: dto.periodTo };
      const event = { type: 'INVOICE_AFTER_END', ...invoice };
      return (await this.applyIfAllowed(manager, contract, event, actor, (standing) => !invoiceAfterEndProblems(standing.context, invoice, this.clock.today()).length))
        ? { outcome: 'dispute_started', dispute: await this.startedDispute(estate.id, contract.id, manager) }
        : { outcome: null };
    }
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

  /** The dispute a contract of this estate has open now (null: none recorded, or not this estate's contract). */
  async startedDispute(estateId: string, contractId: string, manager: EntityManager = this.db.manager): Promise<StartedDispute | null> {
    if (!(await manager.existsBy(Contract, { id: contractId, estateId }))) return null;
    const standing = (await this.workflow.standings(manager, [contractId])).get(contractId);
    return standing && openDisputesOf(standing.context).length ? standing.context : null;
  }

  private async applyIfAllowed(manager: EntityManager, contract: Contract, event: AnyEventObject, actor: Actor, check: (standing: ContractStanding) => boolean = () => true): Promise<boolean> {
    const standing = await this.workflow.lock(manager, contract.id);
    if (!standing || !check(standing)) return false;
    // A bill on a contract closed with the estate (reopened since): on the version that takes it.
    await this.workflow.moveForEvent(manager, contract.id, standing, event.type);
    return this.workflow.applyIfAccepted(manager, contract.id, event, actor);
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

  /** The ids of everything this family member reported, call-backs included (index `(family_member_id, created_at, id)`). */
  async idsOf(familyMemberId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM family_reports WHERE family_member_id = $1', [familyMemberId]);
    return new Set(rows.map((r) => r.id));
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
    return pageOf(rows, limit, (r) => [r.cursor_at, r.id], reportView);
  }

  /**
   * A page of the open reports on the estates this owner holds (admins: all), oldest first: they have
   * waited longest. `after` is a decoded FAMILY_REPORT_CURSOR; index `(created_at, id) WHERE open`.
   */
  async openForOwner(principal: StaffPrincipal, after: Position | null, limit: number) {
    const rows: (ReportRow & { reference: string; given_names: string; surname_prefix: string | null; surname: string; name_order: NameOrder; reporter: string; cursor_at: string })[] = await this.db.query(
      `SELECT r.*, e.reference, e.deceased_given_names AS given_names, e.deceased_surname_prefix AS surname_prefix, e.deceased_surname AS surname, e.deceased_name_order AS name_order, m.name AS reporter,
              ${cursorTimestamp('r.created_at')} AS cursor_at
         FROM family_reports r JOIN estates e ON e.id = r.estate_id JOIN family_members m ON m.id = r.family_member_id
        WHERE r.status = 'open' AND ($1::uuid IS NULL OR e.owner_id = $1)
          AND ($2::timestamptz IS NULL OR (r.created_at, r.id) > ($2::timestamptz, $3::uuid))
        ORDER BY r.created_at, r.id
        LIMIT $4`,
      [principal.role === 'admin' ? null : principal.userId, ...(after ?? [null, null]), limit + 1],
    );
    return pageOf(rows, limit, (r) => [r.cursor_at, r.id], (r) => ({
      ...reportView(r),
      estateReference: r.reference,
      deceasedName: fullName({ givenNames: r.given_names, surnamePrefix: r.surname_prefix, surname: r.surname, nameOrder: r.name_order }),
      reportedBy: r.reporter,
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
      if (row.status === 'handled') throw new ProblemException(409, 'already-handled', ownerWords(principal.lang).errors.details.reportHandledAlready);
      await manager.query(`UPDATE family_reports SET status = 'handled', handled_at = $2, handled_by = $3, reply = $4 WHERE id = $1`, [reportId, this.clock.now(), principal.userId, reply]);
      await this.timeline.append(manager, {
        estateId: row.estate_id,
        contractId: row.contract_id,
        actor: actorOf(principal),
        event: 'family_report.handled',
        summary: `The report of ${KIND_WORDS[row.kind]} was handled.${reply ? ` Reply: "${reply}"` : ''}`,
        details: { reportId, kind: row.kind, ...(reply && { reply }) },
      });
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
    status: r.status,
    reply: r.reply,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
