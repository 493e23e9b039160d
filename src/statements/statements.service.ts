import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../clock/clock';
import { Actor, actorOf, FamilyPrincipal, StaffPrincipal } from '../auth/principal';
import { cursorTimestamp, DEFAULT_PAGE_SIZE, listOf, pageOf, Position } from '../common/paging';
import { FieldError, NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { ContractsService } from '../contracts/contracts.service';
import { ACCOUNT_NUMBER_MAX_LENGTH } from '../contracts/contract.dto';
import { DocumentsService } from '../documents/documents.service';
import { euros, type NameOrder } from '../../letters';
import { Estate, fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { ProvidersService } from '../providers/providers.service';
import { TimelineService } from '../timeline/timeline.service';
import { DetectedSeries, SeriesDetector } from './detection';
import { knownContract, ProviderMatcher } from './matching';
import { StatementFinding, StatementImport } from './statement.entity';
import { INTERVAL_NL } from './statement.views';
import { openStatement } from './statement-parser';
import { copying, keepsFile, STATEMENT_MEDIA_TYPES, StatementUpload } from './statement-upload';
import { StatementFormatError } from './transaction';
import { deleted } from '../database/deleted';
import { estateRows, familyMemberRows } from '../estates/estate-rows';

/** relupload: the series of statement import `i` the owner used: one made a contract, or one an earlier statement had found (see `withdrawFromFamily`). */
const USED_FINDINGS = `SELECT 1 FROM statement_findings f WHERE f.import_id = i.id AND (f.contract_id IS NOT NULL OR f.created_at < i.created_at)`;

/** A relative's own statements cursor: when sent, and the id. */
export const OWN_STATEMENTS_CURSOR = ['timestamp', 'uuid'] as const;

/** The findings list's cursor: ran after the death ('1'/'0'), last date, id. */
export const FINDINGS_CURSOR = ['int', 'date', 'uuid'] as const;

export interface ImportSummary {
  import: StatementImport;
  /** Transactions read and thrown away: everything that is not evidence of a series. */
  discarded: number;
  /** The owner-only document the file was kept as, when the owner asked. */
  documentId: string | null;
}

/** The statements' lists (cursorbind): the findings of an estate's statements, and the statements one relative sent. */
export const statementLists = {
  findings: (estateId: string) => listOf('statement-findings', estateId),
  sentBy: (familyMemberId: string) => listOf('own-statements', familyMemberId),
};

@Injectable()
export class StatementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly providers: ProvidersService,
    private readonly contracts: ContractsService,
    private readonly timeline: TimelineService,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes the imported statements and what was found in them; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM statement_findings WHERE estate_id = $1', 'DELETE FROM statement_imports WHERE estate_id = $1'], [estateId]);
  }

  /** The owner's upload; with "bewaar het bestand als document" the file is also kept, owner-only. */
  async importFor(principal: StaffPrincipal, estateId: string, upload: StatementUpload): Promise<ImportSummary> {
    const estate = await this.estates.requireAccess(principal, estateId);
    return this.import(estate, upload, actorOf(principal), keepsFile(upload));
  }

  /**
   * A family member's upload lands with the case owner (on their queue until seen): the family sees
   * that it arrived, never the findings. The file is not kept: keeping is the owner's choice.
   */
  async importFromFamily(principal: FamilyPrincipal, upload: StatementUpload): Promise<ImportSummary> {
    return this.import(await this.estates.findWithOwner(principal.estateId), upload, actorOf(principal), false);
  }

  /**
   * relupload: a page of the statements this relative sent, newest first (`statement_imports_estate_idx`, then hers; an estate holds
   * few), each with whether she may still withdraw it (`used`: see `withdrawFromFamily`). `after`: a decoded OWN_STATEMENTS_CURSOR.
   */
  async sentBy(p: FamilyPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE) {
    const rows: { id: string; fileName: string | null; periodFrom: string | null; periodTo: string | null; transactionCount: number; createdAt: Date; used: boolean; cursor_at: string }[] = await this.db.query(
      `SELECT i.id, i.file_name AS "fileName", to_char(i.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(i.period_to, 'YYYY-MM-DD') AS "periodTo", i.transaction_count AS "transactionCount",
              i.created_at AS "createdAt", ${cursorTimestamp('i.created_at')} AS cursor_at, EXISTS (${USED_FINDINGS}) AS used
         FROM statement_imports i
        WHERE i.estate_id = $1 AND i.uploaded_by_type = 'family' AND i.uploaded_by_id = $2 AND ($3::timestamptz IS NULL OR (i.created_at, i.id) < ($3::timestamptz, $4::uuid))
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $5`,
      [p.estateId, p.familyMemberId, ...(after ?? [null, null]), limit + 1],
    );
    return pageOf(statementLists.sentBy(p.familyMemberId), rows, limit, (r) => [r.cursor_at, r.id], ({ cursor_at: _at, used, ...r }) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), changeable: !used }));
  }

  /**
   * relupload: the relative withdraws a statement she sent while the owner has not used it. Used, as recorded: a payment series found
   * in it became a contract, or it was found again in it after an earlier statement had found it (the owner's finding now holds her
   * lines; erasing it would take the owner's away too). Withdrawn: the import and the series found in it go (the file itself was never
   * kept: `importFromFamily`), so the owner's findings and Today follow at once; the timeline keeps that she withdrew one. Another's
   * statement or another estate's: 404; used: 409 naming whom to ask. `told`: famnews, the owner hears it in the same transaction.
   */
  async withdrawFromFamily(p: FamilyPrincipal, importId: string, used: (manager: EntityManager) => Promise<Error>, told: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [row]: { id: string; used: boolean }[] = await manager.query(
        `SELECT i.id, EXISTS (${USED_FINDINGS}) AS used FROM statement_imports i
          WHERE i.id = $1 AND i.estate_id = $2 AND i.uploaded_by_type = 'family' AND i.uploaded_by_id = $3 FOR UPDATE OF i`,
        [importId, p.estateId, p.familyMemberId],
      );
      if (!row) throw new NotFoundProblem();
      if (row.used) throw await used(manager);
      // Its series go with it (`ON DELETE CASCADE`, by `statement_findings_import_idx`).
      await manager.query('DELETE FROM statement_imports WHERE id = $1', [row.id]);
      await this.timeline.append(manager, {
        estateId: p.estateId,
        actor: actorOf(p),
        event: 'statement.withdrawn',
        summary: 'A bank statement sent by a relative was withdrawn by her; what was read from it was erased.',
        details: { importId: row.id },
      });
      await told(manager);
    });
  }

  /** Statements family members uploaded that the owner has not looked at yet (admins: every estate's). */
  async unseenFamilyUploads(principal: StaffPrincipal, limit: number) {
    const rows: { id: string; estateId: string; createdAt: Date; reference: string; givenNames: string; surnamePrefix: string | null; surname: string; nameOrder: NameOrder; uploadedBy: string | null; relation: string | null; familyMemberId: string }[] = await this.db.query(
      `SELECT i.id, i.estate_id AS "estateId", i.created_at AS "createdAt", e.reference, e.deceased_given_names AS "givenNames",
              e.deceased_surname_prefix AS "surnamePrefix", e.deceased_surname AS surname, e.deceased_name_order AS "nameOrder", m.name AS "uploadedBy",
              m.relation, i.uploaded_by_id AS "familyMemberId"
         FROM statement_imports i JOIN ${estateRows} e ON e.id = i.estate_id LEFT JOIN ${familyMemberRows} m ON m.id = i.uploaded_by_id
        WHERE i.uploaded_by_type = 'family' AND i.seen_at IS NULL AND ($1::uuid IS NULL OR e.owner_id = $1)
        ORDER BY i.created_at
        LIMIT $2`,
      [principal.role === 'admin' ? null : principal.userId, limit],
    );
    return rows.map((r) => ({ importId: r.id, estateId: r.estateId, estateReference: r.reference, deceasedName: fullName(r), uploadedBy: r.uploadedBy ?? 'the family', relation: r.relation, familyMemberId: r.familyMemberId, createdAt: r.createdAt }));
  }

  /** The owner has looked at a family member's statement: it leaves their queue. */
  async markSeen(principal: StaffPrincipal, estateId: string, importId: string): Promise<void> {
    const estate = await this.estates.requireAccess(principal, estateId);
    await this.db.manager.update(StatementImport, { id: importId, estateId: estate.id, seenAt: IsNull() }, { seenAt: this.clock.now() });
  }

  /**
   * Reads the whole file before writing anything, then stores the series in one transaction: a file
   * that breaks half-way leaves nothing behind. Only series and their evidence lines are kept.
   */
  private async import(estate: Estate, upload: StatementUpload, actor: Actor, keep: boolean): Promise<ImportSummary> {
    const kept: Buffer[] = [];
    const detector = new SeriesDetector();
    const accounts = new Set<string>();
    let from: string | null = null;
    let to: string | null = null;
    let format;
    try {
      const statement = await openStatement(keep ? copying(upload.content, kept) : upload.content);
      format = statement.format;
      for await (const batch of statement.transactions) {
        for (const tx of batch) {
          detector.add(tx);
          accounts.add(tx.account);
          if (!from || tx.bookingDate < from) from = tx.bookingDate;
          if (!to || tx.bookingDate > to) to = tx.bookingDate;
        }
      }
    } catch (error) {
      if (error instanceof StatementFormatError) {
        throw new ProblemException(422, 'unreadable-statement', upload.refusals.unreadable(String(error.line), error.element, error.message), {
          errors: [{ field: 'file', message: error.message, rule: 'statementLine', limit: String(error.line) }],
        });
      }
      throw error;
    }
    if (!detector.count) throw new ProblemException(422, 'unreadable-statement', upload.refusals.noTransactions, { errors: [{ field: 'file', message: 'holds no transactions', rule: 'noTransactions' }] });
    const series = detector.series(estate.deceased.dateOfDeath);
    const matcher = new ProviderMatcher(await this.providers.list());
    return this.db.transaction(async (manager) => {
      const fileName = upload.fileName?.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || null;
      const record = await manager.save(
        manager.create(StatementImport, {
          estateId: estate.id,
          format,
          fileName,
          accounts: [...accounts].sort(),
          transactionCount: detector.count,
          seriesCount: series.length,
          periodFrom: from,
          periodTo: to,
          uploadedByType: actor.type,
          uploadedById: actor.id,
          seenAt: actor.type === 'family' ? null : this.clock.now(),
        }),
      );
      for (const s of series) {
        const match = matcher.match(s);
        // A series found again (a later statement) is updated in place; a draft made from it stays linked.
        await manager.createQueryBuilder().insert().into(StatementFinding).values(findingValues(estate.id, record.id, s, match)).orUpdate(UPDATED_ON_CONFLICT, ['estate_id', 'series_key']).execute();
      }
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor,
        event: 'statement.imported',
        summary: `Bank statement read (${detector.count} transactions, ${series.length} recurring payments kept; the other transactions were not stored).`,
        details: { importId: record.id, format, transactions: detector.count, recurring: series.length },
      });
      const content = Buffer.concat(kept);
      const document = keep ? await this.documents.keepStatement(manager, estate.id, { originalname: fileName ?? 'bankafschrift', buffer: content, size: content.length }, STATEMENT_MEDIA_TYPES[format], actor) : null;
      return { import: record, discarded: detector.count - series.reduce((n, s) => n + s.evidence.length, 0), documentId: document?.id ?? null };
    });
  }

  /**
   * One keyset page of the estate's findings, those still running after the death first, then by the
   * newest last payment (`after`: a decoded FINDINGS_CURSOR), with the unknown creditors and the imports.
   */
  async findings(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE) {
    const estate = await this.estates.requireAccess(principal, estateId);
    return { estate, ...(await this.findingsIn(estate.id, await this.contracts.inEstate(estate.id), after, limit)) };
  }

  /**
   * The findings page of an estate whose access the caller checked and whose contracts it read (the
   * estate page). Every finding comes from an import, so an estate without imports is one read.
   */
  async findingsIn(estateId: string, contracts: { id: string; providerId: string; accountNumber: string }[], after: Position | null, limit = DEFAULT_PAGE_SIZE) {
    const imports = await this.db.manager.find(StatementImport, { where: { estateId }, order: { createdAt: 'DESC' } });
    if (!imports.length) return { items: [], nextCursor: null, unknownCreditors: [], imports };
    const query = this.db.manager
      .createQueryBuilder(StatementFinding, 'f')
      .where('f.estate_id = :estateId', { estateId })
      .orderBy('f.ran_after_death', 'DESC')
      .addOrderBy('f.last_date', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere('(f.ran_after_death, f.last_date, f.id) < (:ran::boolean, :last::date, :id::uuid)', { ran: after[0] === '1', last: after[1], id: after[2] });
    const [rows, unknownCreditors] = await Promise.all([
      query.getMany(),
      this.db.manager.find(StatementFinding, { where: { estateId, providerId: IsNull() }, order: { counterpartyName: 'ASC' } }),
    ]);
    const page = pageOf(statementLists.findings(estateId), rows, limit, (f) => [f.ranAfterDeath ? '1' : '0', f.lastDate, f.id], (f) => ({ finding: f, knownContractId: f.contractId ?? knownContract(f.providerId, f.mandateId, contracts)?.id ?? null }));
    return { ...page, unknownCreditors, imports };
  }

  /**
   * Turns chosen findings into draft contracts (to cancel, the mandate reference as account number, or for a
   * finding without one the number the owner gives: the payee's IBAN is the provider's bank account, and a
   * letter naming it as the deceased's account number would be untrue),
   * all or none, through the contracts module so each starts its workflow like any other. A finding whose
   * provider and account number a contract of the estate already has (the owner's, or one made from another
   * ticked finding) is refused like one turned into a contract before (`alreadyContract`, naming the creditor).
   */
  async createContracts(principal: StaffPrincipal, estateId: string, findingIds: string[], accountNumbers: Record<string, unknown> = {}) {
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager, true);
      const findings = await manager.find(StatementFinding, { where: { id: In(findingIds), estateId: estate.id } });
      const problems: FieldError[] = findingIds.filter((id) => !findings.some((f) => f.id === id)).map((id) => ({ field: 'findingIds', message: `${id} is not a finding of this estate`, rule: 'choice' as const }));
      const already = (f: StatementFinding): FieldError => ({ field: 'findingIds', message: `${f.counterpartyName ?? f.id}: already a contract`, rule: 'alreadyContract', limit: f.counterpartyName ?? f.id });
      const numbers = new Map<string, string>();
      for (const f of findings) {
        if (!f.providerId) problems.push({ field: 'findingIds', message: `${f.counterpartyName ?? f.id}: add the creditor to the provider directory first`, rule: 'unknownCreditor', limit: f.counterpartyName ?? f.id });
        if (f.contractId) problems.push(already(f));
        // Asked only of a finding that could become a contract: the other refusals come first.
        if (!f.providerId || f.contractId) continue;
        const number = accountNumberOf(f, accountNumbers);
        if (number === null) problems.push({ field: `accountNumbers.${f.id}`, message: `${f.counterpartyName ?? f.id}: no mandate on the statement; give the account number at the provider`, rule: 'accountNumberNeeded', limit: f.counterpartyName ?? f.id });
        else if (number.length > ACCOUNT_NUMBER_MAX_LENGTH) problems.push({ field: `accountNumbers.${f.id}`, message: `must be at most ${ACCOUNT_NUMBER_MAX_LENGTH} characters`, rule: 'maxLength', limit: String(ACCOUNT_NUMBER_MAX_LENGTH) });
        else numbers.set(f.id, number);
      }
      if (problems.length) throw new ValidationProblem(problems);
      const created = [];
      for (const f of findings) {
        const draft = {
          providerId: f.providerId!,
          // The description is printed in the contract's letters: the amount in the letters' own print form.
          description: `${f.counterpartyName ?? 'Incasso'}: ${INTERVAL_NL[f.interval]} ${euros(f.typicalAmountCents / 100, 'nl')} (gevonden op bankafschrift)`.slice(0, 300),
          accountNumber: numbers.get(f.id)!,
          action: 'cancel' as const,
        };
        // Asked before adding, so every such finding is named in one answer; nothing is kept if any is.
        if (await this.contracts.sameAccountContract(manager, estate.id, draft.providerId, draft.accountNumber)) {
          problems.push(already(f));
          continue;
        }
        const contract = await this.contracts.addToEstate(manager, estate, draft, actorOf(principal), principal.lang);
        await manager.update(StatementFinding, { id: f.id }, { contractId: contract.id });
        created.push(contract);
      }
      if (problems.length) throw new ValidationProblem(problems);
      return created;
    });
  }
}

/** A finding's account number: its mandate reference, else what the owner typed for it (trimmed), else none. */
function accountNumberOf(f: StatementFinding, given: Record<string, unknown>): string | null {
  if (f.mandateId) return f.mandateId.slice(0, ACCOUNT_NUMBER_MAX_LENGTH);
  const typed = Object.hasOwn(given, f.id) ? given[f.id] : undefined;
  return typeof typed === 'string' && typed.trim() ? typed.trim() : null;
}

const UPDATED_ON_CONFLICT = ['import_id', 'kind', 'counterparty_name', 'counterparty_iban', 'creditor_ids', 'mandate_id', 'umbrella', 'interval', 'typical_amount_cents', 'currency', 'first_date', 'last_date', 'occurrences', 'reversals', 'ran_after_death', 'provider_id', 'matched_by', 'evidence', 'updated_at'];

function findingValues(estateId: string, importId: string, s: DetectedSeries, match: ReturnType<ProviderMatcher['match']>) {
  return {
    estateId,
    importId,
    seriesKey: s.key,
    kind: s.kind,
    counterpartyName: s.counterpartyName,
    counterpartyIban: s.counterpartyIban,
    creditorIds: s.creditorIds,
    mandateId: s.mandateId,
    umbrella: s.umbrella,
    interval: s.interval,
    typicalAmountCents: s.typicalAmountCents,
    currency: s.currency,
    firstDate: s.firstDate,
    lastDate: s.lastDate,
    occurrences: s.occurrences,
    reversals: s.reversals,
    ranAfterDeath: s.ranAfterDeath,
    providerId: match?.providerId ?? null,
    matchedBy: match?.matchedBy ?? null,
    evidence: s.evidence,
    updatedAt: () => 'now()',
  };
}
