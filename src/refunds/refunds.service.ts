import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, type Actor, type StaffPrincipal } from '../auth/principal';
import { longDate } from '../../workflows';
import { addCalendarDays, Clock, dutchDate } from '../clock/clock';
import { DEFAULT_PAGE_SIZE, encodeCursor, listOf, type Page, type Position } from '../common/paging';
import { ProblemException, ValidationProblem } from '../common/problem';
import { ContractViews } from '../contracts/contract-views.service';
import { Contract } from '../contracts/contract.entity';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { ContractsService } from '../contracts/contracts.service';
import { providerLabels } from '../contracts/provider-label';
import { EstateWorkflow, type SumsLeft, refundsToComeOf } from '../estates/estate-workflow.service';
import { EstatesService } from '../estates/estates.service';
import { refundsOfEstatesSql } from '../runtime/workflow-runtime.service';
import { contractRows } from '../contracts/contract-rows';
import { ownersEstateIds } from '../estates/estate-rows';
import { providerRows } from '../providers/provider-rows';
import { timelineRows } from '../timeline/timeline-rows';
import { type PaidBillDropped, type PaidBillOnToday, TimelineService } from '../timeline/timeline.service';
import { type Lang, ownerWords, providerWords } from '../words';
import { askedBackMarkers, type AskedBackStanding, askedBackStanding, type ReceiptAnswers, cents, isPartOf, paidReportProblems, receiptProblems, REFUND_REMINDER_TERM_DAYS, REFUND_TERM_DAYS, REFUND_EVENTS, REFUND_REPORTED_CHECK_DAYS, refundMarkers, reminderFacts, type ReportedPaid, type RefundStanding, refundStanding, termConfirmation } from './refund.rules';
import type { RefundReceivedDto } from './refunds.dto';

/** The confirmations that name a final bill: the latest of a contract says the refund; the first that named its amount, the day its term runs from. */
const CONFIRMATIONS = ['COMPLETE', 'COMPLETION_CORRECTED'];

/** The final bill a confirmation's timeline entry named (its event as applied: a correction keeps the recorded one it left out). */
const confirmedAmount = (details: Record<string, unknown>): number | null => {
  const amount = (details.event as { finalInvoiceAmount?: unknown } | undefined)?.finalInvoiceAmount;
  return typeof amount === 'number' ? amount : null;
};

/**
 * refunddesk: the confirmation Steward's term runs from, in SQL (`termConfirmation`), of a refund row `r`: the first confirmation
 * after the latest that named another amount. Its `seq`, moment and day (Amsterdam), by the timeline's contract index.
 */
const TERM_CONFIRMATION = `(SELECT min(t.seq) AS seq, min(t.occurred_at) AS at, (min(t.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM ${timelineRows} t
  WHERE t.contract_id = r.contract_id AND t.event = ANY('{${CONFIRMATIONS}}'::text[])
    AND t.seq > coalesce((SELECT max(u.seq) FROM ${timelineRows} u WHERE u.contract_id = r.contract_id AND u.event = ANY('{${CONFIRMATIONS}}'::text[]) AND (u.details #>> '{event,finalInvoiceAmount}')::float8 IS DISTINCT FROM r.amount), 0))`;

/**
 * The provider's reports of its transfers of a refund row `r` since its `conf` (`TERM_CONFIRMATION`): their sum (numeric) and the day
 * of the latest, by the timeline's contract index. One reading for Today and the desk.
 */
const REPORTED_SINCE_CONFIRMATION = `(SELECT sum((t.details ->> 'amount')::numeric) AS reported, max((t.details ->> 'paidOn')::date) AS last_paid FROM ${timelineRows} t
  WHERE t.contract_id = r.contract_id AND t.event = '${REFUND_EVENTS.paidReported}' AND t.seq > conf.seq)`;

/**
 * scaletoday: the refund rows `r` beside their contract `c` of a page of contract ids (`page`, with `id`), chosen by the contracts'
 * markers (`refundMarkers`, on their partial indexes): the reads of each refund follow the page, never the open refunds of the country.
 */
const refundsOfPage = `${contractRows} c JOIN page ON page.id = c.id JOIN (${refundsOfEstatesSql(null)}) r ON r.contract_id = c.id`;

/**
 * Today's open refunds (`open`, with their markers), a statement's first CTE: of the owner's estates (`$1`) from
 * `contracts_refund_open_estate_idx`, her few read once (materialised: else PostgreSQL walks the country's by the markers' day for a
 * page of hers); every estate's for an administrator (null), inlined (also where a statement names it twice, which would
 * materialise it), so a page is read in the markers' index order.
 */
const openOnToday = (ownerId: string | null) =>
  `open AS ${ownerId ? '' : 'NOT '}MATERIALIZED (SELECT c.id, c.refund_due_on, c.refund_reminded, c.refund_check_on FROM ${contractRows} c WHERE c.refund_open${ownerId ? ` AND c.estate_id = ANY(${ownersEstateIds('$1::uuid')})` : ''})`;

/** What the estate received of a refund row `r`, in euros (float8), by `refund_receipts_contract_idx` (askboth: the refund's receipts only). */
const RECEIVED = `(SELECT coalesce(sum(x.amount), 0)::float8 AS received FROM refund_receipts x WHERE x.contract_id = r.contract_id AND x.answers = 'refund')`;

/** A refund the provider reported paid (more than the owner recorded received), for Today: hers to look for on the estate account. */
export interface ReportedRefund {
  contractId: string;
  estateId: string;
  providerName: string;
  /** All its reports since the amount was confirmed, together, and the day of the latest transfer. */
  reported: number;
  lastPaidOn: string;
  /** What she recorded received. */
  received: number;
}

/** A refund past its term, for Today: late, or asked for by letter and waiting for that letter's term (`remindedOn`). */
export interface LateRefund {
  contractId: string;
  estateId: string;
  providerName: string;
  reference: string | null;
  amount: number;
  received: number;
  left: number;
  confirmedOn: string;
  expectedBy: string;
  /** refundletter: the day of the latest reminder after the confirmation, and the day it asked the money by; null: none went. */
  remindedOn: string | null;
  remindedPayBy: string | null;
  /** Past `expectedBy`, or past `remindedPayBy` once a reminder went. */
  late: boolean;
}

/** A refund the estate is owed, as its lists name it. */
export interface RefundToReceive extends RefundStanding {
  contractId: string;
  /** The provider as the estate's lists name it: with the contract beside it when the estate has several with it. */
  provider: string;
}

/** askboth: the estate's money to receive, as its list names it: a refund the provider confirmed, or money asked back (`answers`). */
export type MoneyToReceive = (RefundToReceive & { answers: 'refund' }) | (AskedBackToReceive & { answers: 'askedBack' });

/** askback: a final bill paid before its provider dropped the claim, and once asked back, how that money is followed (`askedBackStanding`). */
export interface PaidBillFollowed extends PaidBillDropped {
  followed: AskedBackStanding | null;
}

/** askback: money asked back as a receipt, its undo or a reminder reads it: with the payment and the drop its letter states. */
type AskedBackFollowed = AskedBackStanding & { paidOn: string; droppedOn: string; whole: number };

/** askboth: what a standing is of, as its receipts say it. */
/** A provider's report that it paid, as the timeline keeps it (askclose: with its transfer's reference when it gave one). */
const reportOf = (r: { details: Record<string, unknown> }): ReportedPaid => ({ amount: Number(r.details.amount), paidOn: String(r.details.paidOn), ...(typeof r.details.transferReference === 'string' && { reference: r.details.transferReference }) });
const answersOf = (refund: RefundStanding | AskedBackFollowed): ReceiptAnswers => ('askedOn' in refund ? 'askedBack' : 'refund');

/** askwords: money asked back not all come, and whether it was paid after the provider's word (the family's card says which). */
export type AskedBackOpen = AskedBackStanding & Pick<PaidBillDropped, 'afterDrop'>;

/** askback: what a receipt, its undo or a reminder of money asked back answers: the contract, its provider, and where the money stands. */
export interface AskedBackToReceive extends AskedBackStanding {
  contractId: string;
  provider: string;
}

/**
 * Money a provider confirmed it owes the estate (a final bill below nil, from the contract's confirmation) and what of it reached
 * the estate account (`refund_receipts`, this module's table). Receiving it is the estate's business, not a step with the
 * provider: no contract workflow is involved (machine v19 unchanged), as bills to pay are kept.
 */
/** The list of the money an estate is still to receive (cursorbind). */
export const moneyToReceiveOf = (estateId: string) => listOf('money-to-receive', estateId);

@Injectable()
export class RefundsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly timeline: TimelineService,
    private readonly contracts: ContractsService,
    private readonly estates: EstatesService,
    private readonly views: ContractViews,
    private readonly estateWorkflow: EstateWorkflow,
    private readonly workflow: ContractWorkflow,
  ) {}

  onModuleInit(): void {
    this.views.readRefundsWith((contracts, manager) => this.ofContracts(contracts, manager));
    this.views.readAskedBackWith((estateId, manager) => this.askedBackIn(estateId, manager));
    this.estateWorkflow.readRefundsToComeWith((manager, estateId) => this.toComeInEstate(manager, estateId));
    this.workflow.keepRefundWith((manager, contract) => this.keep(manager, contract).then(() => undefined));
  }

  /** refundclose: of the estate's refunds, those not all received (`refundsToComeOf`), for its closing step. askboth: and the money asked back not all received, each its own. */
  private async toComeInEstate(manager: EntityManager, estateId: string): Promise<SumsLeft | null> {
    const refunds = await this.ofContracts(await this.contracts.inEstate(estateId, manager), manager);
    return refundsToComeOf([...refunds.values(), ...(await this.askedBackOpenIn(estateId, manager)).values()]);
  }

  /** Of these contracts, each confirmed refund and where it stands (received in full too: its page says so). */
  async ofContracts(contracts: Pick<Contract, 'id' | 'estateId'>[], manager: EntityManager = this.db.manager): Promise<Map<string, RefundStanding>> {
    if (!contracts.length) return new Map();
    const ids = contracts.map((c) => c.id);
    const refunds: { contract_id: string; amount: number; reference: string | null }[] = await manager.query(
      `SELECT r.contract_id, r.amount, r.reference FROM (${refundsOfEstatesSql('$1::uuid[]')}) r WHERE r.contract_id = ANY($2::uuid[])`,
      [[...new Set(contracts.map((c) => c.estateId))], ids],
    );
    if (!refunds.length) return new Map();
    const withRefund = refunds.map((r) => r.contract_id);
    // One after the other: `manager` may be a transaction's, whose one connection runs a query at a time (failwords).
    const told = await this.timeline.detailsOfContracts(manager, withRefund, [...CONFIRMATIONS, REFUND_EVENTS.reminded, REFUND_EVENTS.paidReported]);
    const confirmations = told.filter((c) => CONFIRMATIONS.includes(c.event));
    const reports = told.filter((c) => c.event === REFUND_EVENTS.paidReported);
    const receipts: { contractId: string; amount: number; receivedOn: string }[] = await manager.query(`SELECT contract_id AS "contractId", amount::float8 AS amount, received_on::text AS "receivedOn" FROM refund_receipts WHERE contract_id = ANY($1::uuid[]) AND answers = 'refund' ORDER BY created_at`, [withRefund]);
    const today = this.clock.today();
    return new Map(refunds.map((r) => {
      // refunddesk: the term runs from the first confirmation of the amount as it stands (`termConfirmation`), not the latest correction.
      const confirmed = termConfirmation(confirmations.filter((c) => c.contractId === r.contract_id).map((c) => ({ ...c, finalInvoiceAmount: confirmedAmount(c.details) })));
      const confirmedOn = confirmed ? dutchDate(new Date(confirmed.at)) : today;
      // A reminder or report of a refund a new amount replaced was about another one: only those after its confirmation count (`seq`: the timeline's order).
      const since = (c: { contractId: string; event: string; seq: string }, event: string) => c.contractId === r.contract_id && c.event === event && (!confirmed || BigInt(c.seq) > BigInt(confirmed.seq));
      const reported = reports.filter((x) => since(x, REFUND_EVENTS.paidReported)).map(reportOf);
      const reminded = told.filter((c) => since(c, REFUND_EVENTS.reminded)).at(-1);
      return [r.contract_id, refundStanding(r.amount, r.reference, confirmedOn, receipts.filter((x) => x.contractId === r.contract_id), today, reminded ? dutchDate(new Date(reminded.at)) : null, reported)!] as const;
    }));
  }

  /**
   * A page of the estate's refunds still to receive (anything left), by contract: the estate page's "Terug te ontvangen". askboth: and
   * the money asked back not all received (`answers`: which of the two; a contract with both has both, on one place of the page).
   */
  async openPageForOwner(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<MoneyToReceive>> {
    const estate = await this.estates.requireAccess(principal, estateId);
    return this.openPage(estate.id, after, limit);
  }

  async openPage(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<MoneyToReceive>> {
    const askedBack = await this.askedBackOpenIn(estateId);
    const rows: { contract_id: string }[] = await this.db.query(
      `SELECT r.contract_id FROM (${refundsOfEstatesSql('ARRAY[$1::uuid]')}) r
        WHERE coalesce((SELECT sum(x.amount) FROM refund_receipts x WHERE x.contract_id = r.contract_id AND x.answers = 'refund'), 0) < -r.amount AND ($2::uuid IS NULL OR r.contract_id > $2::uuid)
        ORDER BY r.contract_id LIMIT $3`,
      [estateId, after?.[0] ?? null, limit + 1],
    );
    // The estate's few drops asked back, beside the refunds' page in contract order (uuids order as their text).
    const ids = [...new Set([...rows.map((r) => r.contract_id), ...[...askedBack.keys()].filter((id) => !after || id > String(after[0]))])].sort().slice(0, limit + 1);
    const page = ids.slice(0, limit);
    const inEstate = await this.contracts.inEstate(estateId);
    const contracts = inEstate.filter((c) => page.includes(c.id));
    const labels = providerLabels(inEstate);
    const standings = await this.ofContracts(contracts);
    const items = page.flatMap((id): MoneyToReceive[] => {
      const [refund, asked] = [standings.get(id), askedBack.get(id)];
      return [...(refund && refund.left > 0 ? [{ answers: 'refund' as const, contractId: id, provider: labels.get(id)!, ...refund }] : []), ...(asked ? [{ answers: 'askedBack' as const, contractId: id, provider: labels.get(id)!, ...asked }] : [])];
    });
    return { items, nextCursor: ids.length > limit ? encodeCursor(moneyToReceiveOf(estateId), [page[page.length - 1]]) : null };
  }

  /**
   * Today's refunds past their term with something still to come, of the owner's estates (every estate for an administrator), the
   * longest late first, the first `limit` (as Today's other small sections): the confirmation's day (refunddesk: the first that named the amount as it stands, as `termConfirmation`) and the term are in SQL, so
   * the limit counts late ones only. refundletter: one asked for by letter stays, not late, until that letter's term passed
   * (`REFUND_REMINDER_TERM_DAYS` after the latest reminder since the confirmation), after the late ones. refundtoday: the open refunds
   * only. scaletoday: the page is chosen by the contracts' markers (`refundMarkers`: the day its term ends, a reminder's once one
   * went) on `contracts_refund_due_idx`, the late ones in that index's order, then those reminded whose letter's term runs (at most
   * `REFUND_REMINDER_TERM_DAYS` ahead): two ranges with the limit, so an administrator's reads a page, not every open refund.
   */
  async lateOnToday(ownerId: string | null, today: string, limit: number): Promise<LateRefund[]> {
    const params: unknown[] = ownerId ? [ownerId] : [];
    const at = (value: unknown) => `$${params.push(value)}`;
    const onDay = at(today);
    const pageLimit = at(limit);
    const due = (range: string) => `(SELECT c.id, c.refund_due_on FROM open c WHERE ${range} ORDER BY c.refund_due_on, c.id LIMIT ${pageLimit})`;
    const rows: (Omit<LateRefund, 'amount' | 'received' | 'left'> & { amount: number; received: number })[] = await this.db.query(
      `WITH ${openOnToday(ownerId)}, page AS (${due(`c.refund_due_on < ${onDay}::date`)} UNION ALL ${due(`c.refund_reminded AND c.refund_due_on >= ${onDay}::date AND c.refund_due_on <= ${onDay}::date + ${REFUND_REMINDER_TERM_DAYS}`)})
      SELECT r.contract_id AS "contractId", r.estate_id AS "estateId", r.reference, -r.amount AS amount, got.received, conf.day::text AS "confirmedOn", (conf.day + ${REFUND_TERM_DAYS})::text AS "expectedBy", pr.name AS "providerName",
              rem.day::text AS "remindedOn", (rem.day + ${REFUND_REMINDER_TERM_DAYS})::text AS "remindedPayBy", coalesce(rem.day + ${REFUND_REMINDER_TERM_DAYS}, conf.day + ${REFUND_TERM_DAYS}) < ${onDay}::date AS late
        FROM ${refundsOfPage} JOIN ${providerRows} pr ON pr.id = c.provider_id
        CROSS JOIN LATERAL ${RECEIVED} got
        CROSS JOIN LATERAL ${TERM_CONFIRMATION} conf
        CROSS JOIN LATERAL (SELECT (max(t.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM ${timelineRows} t WHERE t.contract_id = r.contract_id AND t.event = '${REFUND_EVENTS.reminded}' AND t.occurred_at > conf.at) rem
        WHERE got.received < -r.amount AND conf.day + ${REFUND_TERM_DAYS} < ${onDay}::date
        ORDER BY late DESC, coalesce(rem.day + ${REFUND_REMINDER_TERM_DAYS}, conf.day + ${REFUND_TERM_DAYS}), r.contract_id LIMIT ${pageLimit}`,
      params,
    );
    return rows.map((r) => ({ ...r, left: cents(r.amount - r.received) }));
  }

  /**
   * refunddesk: Today's refunds the provider reported paid, `REFUND_REPORTED_CHECK_DAYS` after its latest transfer's day, of which the
   * owner recorded less received than it reported, of her estates (every estate for an administrator): the oldest report first, the
   * first `limit`. Reports since the confirmation the term runs from (`TERM_CONFIRMATION`): one about an amount replaced counts no more.
   * refundtoday: the open refunds only. scaletoday: the page is chosen by the day she is asked to look (`refundMarkers`, `checkOn`) on
   * `contracts_refund_check_idx`, in its order with the limit, as `lateOnToday`.
   */
  async reportedOnToday(ownerId: string | null, today: string, limit: number): Promise<ReportedRefund[]> {
    const [refunds, askedBack] = [await this.refundsReportedOnToday(ownerId, today, limit), await this.askedBackReportedOnToday(ownerId, today, limit)];
    return [...refunds, ...askedBack].sort((a, b) => a.lastPaidOn.localeCompare(b.lastPaidOn) || a.contractId.localeCompare(b.contractId)).slice(0, limit);
  }

  /**
   * askdesk: Today's money asked back the provider reported paid back, as `refundsReportedOnToday`: chosen by the same marker
   * (`askedBackMarkers`' `checkOn`, on `contracts_refund_check_idx`; no due day, which tells them from refunds), the page's few then
   * read as the contract page reads them (`paidBillFollowed`).
   */
  private async askedBackReportedOnToday(ownerId: string | null, today: string, limit: number): Promise<ReportedRefund[]> {
    const params: unknown[] = ownerId ? [ownerId] : [];
    const at = (value: unknown) => `$${params.push(value)}`;
    const page: { id: string; estateId: string; providerName: string }[] = await this.db.query(
      `WITH ${openOnToday(ownerId)}, page AS (SELECT c.id, c.refund_check_on FROM open c WHERE c.refund_check_on <= ${at(today)}::date AND c.refund_due_on IS NULL ORDER BY c.refund_check_on, c.id LIMIT ${at(limit)})
      SELECT c.id, c.estate_id AS "estateId", pr.name AS "providerName" FROM page JOIN ${contractRows} c ON c.id = page.id JOIN ${providerRows} pr ON pr.id = c.provider_id ORDER BY page.refund_check_on, page.id`,
      params,
    );
    const followed = await Promise.all(page.map(async (c) => ({ ...c, asked: (await this.paidBillFollowed(c.id))?.followed })));
    return followed.flatMap(({ id, estateId, providerName, asked }) =>
      asked?.reportedPaid && asked.reportedPaid.amount > asked.received ? [{ contractId: id, estateId, providerName, reported: asked.reportedPaid.amount, lastPaidOn: asked.reportedPaid.paidOn, received: asked.received }] : [],
    );
  }

  /** refunddesk: Today's refunds the provider reported paid (`reportedOnToday`). */
  private async refundsReportedOnToday(ownerId: string | null, today: string, limit: number): Promise<ReportedRefund[]> {
    const params: unknown[] = ownerId ? [ownerId] : [];
    const at = (value: unknown) => `$${params.push(value)}`;
    const onDay = at(today);
    const pageLimit = at(limit);
    return this.db.query(
      `WITH ${openOnToday(ownerId)}, page AS (SELECT c.id FROM open c WHERE c.refund_check_on <= ${onDay}::date AND c.refund_due_on IS NOT NULL ORDER BY c.refund_check_on, c.id LIMIT ${pageLimit})
      SELECT r.contract_id AS "contractId", r.estate_id AS "estateId", pr.name AS "providerName", rep.reported::float8 AS reported, rep.last_paid::text AS "lastPaidOn", got.received
        FROM ${refundsOfPage} JOIN ${providerRows} pr ON pr.id = c.provider_id
        CROSS JOIN LATERAL ${RECEIVED} got
        CROSS JOIN LATERAL ${TERM_CONFIRMATION} conf
        CROSS JOIN LATERAL ${REPORTED_SINCE_CONFIRMATION} rep
        WHERE got.received < -r.amount AND rep.reported > got.received AND rep.last_paid + ${REFUND_REPORTED_CHECK_DAYS} <= ${onDay}::date
        ORDER BY rep.last_paid, r.contract_id LIMIT ${pageLimit}`,
      params,
    );
  }

  /**
   * The owner records what reached the estate account of the contract's refund: less than what is left keeps the rest open. askback:
   * on a contract without a refund, of the money she asked back (`refundOrAskedBack`).
   */
  recordReceivedByOwner(principal: StaffPrincipal, contractId: string, dto: RefundReceivedDto): Promise<RefundToReceive | AskedBackToReceive> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      await this.serialise(manager, contract);
      const refund = await this.refundOrAskedBack(manager, contract, principal.lang, dto.answers);
      const estate = await this.estates.requireAccess(principal, contract.estateId, manager);
      const problems = receiptProblems(dto, refund, this.clock.today(), estate.deceased.dateOfDeath, 'receivedOn', 'confirmedOn' in refund ? undefined : 'asked back');
      if (problems.length) throw new ValidationProblem(problems);
      await manager.query(`INSERT INTO refund_receipts (estate_id, contract_id, amount, received_on, created_at, answers) VALUES ($1, $2, $3, $4, $5, $6)`, [contract.estateId, contract.id, dto.amount, dto.receivedOn, this.clock.now(), answersOf(refund)]);
      await this.record(manager, contract, actorOf(principal), REFUND_EVENTS.received, this.receiptDetails(dto, refund), `Refund of ${contract.provider.name}: ${dto.amount.toFixed(2)} received on ${dto.receivedOn}.`);
      return this.after(manager, contract, refund);
    });
  }

  /**
   * refundclose: the provider reports at its desk that it paid (some of) the refund, in the desk's transaction (`manager`, the request
   * already found in its reach): kept as its word on the contract's timeline, shown to the owner beside her receipt form, never as
   * received (a transfer reported is not money on the estate account). 409 `no-refund` without anything left to pay; 422 as a receipt,
   * but dated from the death on (`dateOfDeath`, `paidReportProblems`).
   */
  async reportPaidByProvider(manager: EntityManager, contractId: string, report: ReportedPaid, dateOfDeath: string, actor: Actor, lang: Lang): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    await this.serialise(manager, contract);
    const refund = (await this.ofContracts([contract], manager)).get(contract.id);
    // askdesk: on a contract without a refund of its own, the money Steward asked back by letter (as her receipts take it).
    const asked = refund ? null : (await this.paidBillFollowed(contract.id, manager))?.followed;
    const owed = refund ?? asked;
    if (!owed || owed.left <= 0) throw new ProblemException(409, 'no-refund', providerWords(lang).request.refundNothingToPay, { errors: [{ field: 'request', message: 'nothing of a refund confirmed or of money asked back on this request is left to pay', rule: 'noRefund' }] });
    const problems = paidReportProblems(report, owed, this.clock.today(), dateOfDeath, asked ? 'asked back' : undefined);
    if (problems.length) throw new ValidationProblem(problems);
    await this.record(manager, contract, actor, REFUND_EVENTS.paidReported, { amount: report.amount, paidOn: report.paidOn, reference: owed.reference, ...(report.reference && { transferReference: report.reference }), ...(asked && { askedBack: true }) }, `${contract.provider.name} reports ${report.amount.toFixed(2)} of the ${asked ? 'money asked back' : 'refund'} paid on ${report.paidOn}.`);
    await (asked ? this.keepAskedBack(manager, contract) : this.keep(manager, contract));
  }

  /** Undoes the latest receipt recorded (a wrong amount or day is corrected by undoing and recording again). */
  undoByOwner(principal: StaffPrincipal, contractId: string, answers?: ReceiptAnswers): Promise<RefundToReceive | AskedBackToReceive> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      await this.serialise(manager, contract);
      const refund = await this.refundOrAskedBack(manager, contract, principal.lang, answers);
      // askboth: the latest receipt of what it answers; the other's receipts stay.
      const [latest] = (await manager.query(`SELECT id, amount::float8 AS amount, received_on::text AS "receivedOn" FROM refund_receipts WHERE contract_id = $1 AND answers = $2 ORDER BY created_at DESC LIMIT 1 FOR UPDATE`, [contract.id, answersOf(refund)])) as { id: string; amount: number; receivedOn: string }[];
      if (!latest) throw new ProblemException(409, 'refund-not-received', ownerWords(principal.lang).errors.details.refundNotReceived, { errors: [{ field: 'request', message: 'nothing of the refund is recorded received', rule: 'notReceived' }] });
      await manager.query('DELETE FROM refund_receipts WHERE id = $1', [latest.id]);
      await this.record(manager, contract, actorOf(principal), REFUND_EVENTS.undone, this.receiptDetails(latest, refund), `Receipt of ${latest.amount.toFixed(2)} on ${latest.receivedOn} of the refund of ${contract.provider.name} undone.`);
      return this.after(manager, contract, refund);
    });
  }

  /**
   * refundletter: the owner asks the provider by letter for a refund past its term (or past an earlier reminder's): the letter
   * (`refund_reminder`, through the provider's channel as every letter) states the refund as recorded now and Steward's own new
   * term (`REFUND_REMINDER_TERM_DAYS`); Today reads it late again only after that term. 409 while it is not late or all came.
   */
  remindByOwner(principal: StaffPrincipal, contractId: string, answers?: ReceiptAnswers): Promise<RefundToReceive | AskedBackToReceive> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      await this.serialise(manager, contract);
      const refund = await this.refundOrAskedBack(manager, contract, principal.lang, answers);
      if ('askedOn' in refund) return this.remindAskedBack(manager, principal, contract, refund);
      if (!refund.late) {
        const until = refund.remindedPayBy ?? refund.expectedBy;
        throw new ProblemException(409, 'refund-not-late', ownerWords(principal.lang).errors.details.refundNotLate(contract.provider.name, refund.left > 0 ? longDate(until, principal.lang) : null), { errors: [{ field: 'request', message: refund.left > 0 ? `the refund is not late before ${until}` : 'all of the refund is recorded received', rule: 'notLate' }] });
      }
      const remindedOn = this.clock.today();
      // Late, so something is left: the facts are there.
      const asked = reminderFacts(refund, addCalendarDays(remindedOn, REFUND_REMINDER_TERM_DAYS))!;
      await this.contracts.remindOfRefund(manager, contract, asked);
      await this.record(manager, contract, actorOf(principal), REFUND_EVENTS.reminded, { ...asked, remindedOn }, `Reminder of the refund of ${contract.provider.name} (${asked.left.toFixed(2)} left) sent, asked by ${asked.payBy}.`);
      return this.standingAfter(manager, contract);
    });
  }

  /**
   * askback: a reminder of money asked back, past the day the latest letter asked it by (else 409 `refund-not-late`, as a refund's):
   * the same letter (`repayment_request`) saying when it was first asked, what came of it since, and a new day by Steward's term.
   */
  private async remindAskedBack(manager: EntityManager, principal: StaffPrincipal, contract: Contract, asked: AskedBackFollowed): Promise<AskedBackToReceive> {
    if (!asked.late) {
      throw new ProblemException(409, 'refund-not-late', ownerWords(principal.lang).errors.details.refundNotLate(contract.provider.name, asked.left > 0 ? longDate(asked.payBy, principal.lang) : null), { errors: [{ field: 'request', message: asked.left > 0 ? `the money asked back is not late before ${asked.payBy}` : 'all of the money asked back is recorded received', rule: 'notLate' }] });
    }
    const remindedOn = this.clock.today();
    const payBy = addCalendarDays(remindedOn, REFUND_REMINDER_TERM_DAYS);
    const reminder = { askedOn: asked.askedOn, received: asked.received, lastReceivedOn: asked.lastReceivedOn, left: asked.left };
    await this.contracts.askRepayment(manager, contract, { reference: asked.reference, amount: asked.amount, paidOn: asked.paidOn, droppedOn: asked.droppedOn, whole: asked.whole, payBy, reminder });
    await this.record(manager, contract, actorOf(principal), REFUND_EVENTS.reminded, { askedBack: true, reference: asked.reference, amount: asked.amount, left: asked.left, payBy, remindedOn }, `Reminder to ${contract.provider.name} to pay back ${asked.left.toFixed(2)} asked back, by ${payBy}.`);
    return this.askedBackAfter(manager, contract);
  }

  /**
   * paiddrop: the owner asks the provider by letter to pay back a final bill the estate paid before it dropped the claim (collowner's
   * `paidBillDropped`): the letter (`repayment_request`, through the provider's channel as every letter) states what was paid and
   * when, the day the provider dropped the claim (dropday: the day it said so), the whole final bill, and Steward's own term (`REFUND_REMINDER_TERM_DAYS`, as a refund reminder's). Recorded on the
   * timeline (`refund.asked_back`): Today's row leaves and the contract page says when it was asked. 409 `nothing-to-ask-back` without
   * such a bill, `asked-back-already` once asked. askback: then followed as a refund (`paidBillFollowed`).
   */
  askBackByOwner(principal: StaffPrincipal, contractId: string): Promise<PaidBillFollowed> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      await this.serialise(manager, contract);
      const w = ownerWords(principal.lang).errors.details;
      const paid = await this.timeline.paidBillDropped(contract.id, manager);
      if (!paid) throw new ProblemException(409, 'nothing-to-ask-back', w.nothingToAskBack(contract.provider.name), { errors: [{ field: 'request', message: 'no final bill paid before the provider dropped its claim is recorded on this contract', rule: 'nothingToAskBack' }] });
      if (paid.askedOn) throw new ProblemException(409, 'asked-back-already', w.askedBackAlready(contract.provider.name, longDate(paid.askedOn, principal.lang)), { errors: [{ field: 'request', message: `was asked back on ${paid.askedOn}`, rule: 'askedBackAlready', limit: paid.askedOn }] });
      const askedOn = this.clock.today();
      const repayment = { reference: paid.reference, amount: paid.amount, paidOn: paid.paidOn, droppedOn: paid.droppedOn, whole: paid.whole, payBy: addCalendarDays(askedOn, REFUND_REMINDER_TERM_DAYS) };
      await this.contracts.askRepayment(manager, contract, repayment);
      await this.record(manager, contract, actorOf(principal), REFUND_EVENTS.askedBack, repayment, `${contract.provider.name} asked by letter to pay back ${paid.amount.toFixed(2)} paid on ${paid.paidOn} on final bill ${paid.reference}, by ${repayment.payBy}.`);
      // askdesk: with the letter, the desk's lists file the request as waiting on the provider (`askedBackMarkers`).
      await this.keepAskedBack(manager, contract);
      return (await this.paidBillFollowed(contract.id, manager))!;
    });
  }

  /**
   * paiddrop: Today's final bills paid before their provider dropped the claim, not asked back yet, of the owner's estates (every
   * estate's for an administrator), each with its provider's name. askback: and those asked back and late (`askedOn` set).
   */
  async paidBillsDroppedOnToday(ownerId: string | null, today: string, limit: number): Promise<(PaidBillOnToday & { providerName: string })[]> {
    const bills = await this.timeline.paidBillsDroppedOnToday(ownerId, today, limit);
    if (!bills.length) return [];
    const names: { id: string; name: string }[] = await this.db.query(`SELECT c.id, pr.name FROM ${contractRows} c JOIN ${providerRows} pr ON pr.id = c.provider_id WHERE c.id = ANY($1::uuid[])`, [bills.map((b) => b.contractId)]);
    return bills.map((b) => ({ ...b, providerName: names.find((n) => n.id === b.contractId)!.name }));
  }

  /**
   * askback: the contract's final bill paid before the drop (`paidBillDropped`) and, once asked back, where that money stands: its
   * receipts (`refund_receipts` answering it: askboth, a contract's refund keeps its own) and the latest reminder since the request.
   */
  async paidBillFollowed(contractId: string, manager: EntityManager = this.db.manager): Promise<PaidBillFollowed | null> {
    const paid = await this.timeline.paidBillDropped(contractId, manager);
    if (!paid) return null;
    if (!paid.askedOn || !paid.payBy) return { ...paid, followed: null };
    const receipts: { amount: number; receivedOn: string }[] = await manager.query(`SELECT amount::float8 AS amount, received_on::text AS "receivedOn" FROM refund_receipts WHERE contract_id = $1 AND answers = 'askedBack' ORDER BY created_at`, [contractId]);
    // The reminders and (askdesk) the provider's reports of this money since it was asked.
    const since = (await this.timeline.detailsOfContracts(manager, [contractId], [REFUND_EVENTS.reminded, REFUND_EVENTS.paidReported])).filter((r) => r.details.askedBack && dutchDate(new Date(r.at)) >= paid.askedOn!);
    const reminded = since.filter((r) => r.event === REFUND_EVENTS.reminded).at(-1);
    const reports = since.filter((r) => r.event === REFUND_EVENTS.paidReported).map(reportOf);
    return { ...paid, followed: askedBackStanding({ reference: paid.reference, amount: paid.amount, askedOn: paid.askedOn, payBy: paid.payBy }, receipts, reminded ? dutchDate(new Date(reminded.at)) : null, this.clock.today(), reports) };
  }

  /**
   * dropdesk (audit89 F3): of the estate's contracts, the money asked back (a final bill paid before the drop) that has not all come,
   * per contract: the family's card says it and invites no rating while it is open; askboth: the estate page's list and its closing step count it.
   */
  async askedBackOpenIn(estateId: string, manager: EntityManager = this.db.manager): Promise<Map<string, AskedBackOpen>> {
    return new Map([...(await this.askedBackIn(estateId, manager))].filter(([, a]) => a.left > 0));
  }

  /** askclose: the same, received in full too: the final report to the family tells what came back and what is still asked. */
  async askedBackIn(estateId: string, manager: EntityManager = this.db.manager): Promise<Map<string, AskedBackOpen>> {
    const asked = new Map<string, AskedBackOpen>();
    // One after the other: `manager` may be a transaction's (the closing step's), whose one connection runs a query at a time.
    for (const id of await this.timeline.paidDroppedContracts(estateId, manager)) {
      const paid = await this.paidBillFollowed(id, manager);
      if (paid?.followed) asked.set(id, { ...paid.followed, afterDrop: paid.afterDrop });
    }
    return asked;
  }

  /**
   * One receipt or undo of a contract's refund at a time, until the transaction ends: two at once would each see the same amount
   * left and together record more than the provider confirmed. A transaction-level advisory lock, so no other module's row is locked.
   */
  private async serialise(manager: EntityManager, contract: Contract): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('refund_receipts:' || $1))`, [contract.id]);
  }

  /** The contract's confirmed refund, or 409 naming none: a contract whose provider confirmed no refund has nothing to receive. */
  private async refundOf(manager: EntityManager, contract: Contract, lang: StaffPrincipal['lang']): Promise<RefundStanding> {
    const refund = (await this.ofContracts([contract], manager)).get(contract.id);
    if (!refund) throw new ProblemException(409, 'no-refund', ownerWords(lang).errors.details.noRefund(contract.provider.name), { errors: [{ field: 'request', message: 'the provider confirmed no refund on this contract', rule: 'noRefund' }] });
    return refund;
  }

  /**
   * askback: the contract's refund (as `refundOf`) or, on a contract without one, the money she asked back of a final bill paid before
   * the drop, once asked; 409 `no-refund` naming neither. askboth: the one `answers` names when she says which (a contract may have
   * both): 422 naming `answers` when the contract has not that one.
   */
  private async refundOrAskedBack(manager: EntityManager, contract: Contract, lang: StaffPrincipal['lang'], answers?: ReceiptAnswers): Promise<RefundStanding | AskedBackFollowed> {
    const refund = answers === 'askedBack' ? undefined : (await this.ofContracts([contract], manager)).get(contract.id);
    if (refund) return refund;
    if (answers === 'refund') throw new ValidationProblem([{ field: 'answers', message: 'the provider confirmed no refund on this contract', rule: 'noRefund' }]);
    const paid = await this.paidBillFollowed(contract.id, manager);
    if (paid?.followed) return { ...paid.followed, paidOn: paid.paidOn, droppedOn: paid.droppedOn, whole: paid.whole };
    if (answers === 'askedBack') throw new ValidationProblem([{ field: 'answers', message: 'no money is asked back by letter on this contract', rule: 'notAskedBack' }]);
    return this.refundOf(manager, contract, lang);
  }

  /** What the timeline keeps of a receipt or its undo: the sum, its day, and what it answered (money asked back; a part of it). */
  private receiptDetails(receipt: { amount: number; receivedOn: string }, refund: RefundStanding | AskedBackFollowed): Record<string, unknown> {
    return { amount: receipt.amount, receivedOn: receipt.receivedOn, reference: refund.reference, ...('askedOn' in refund && { askedBack: true }), ...(isPartOf(receipt.amount, refund) && { part: true }) };
  }

  /** After a receipt or its undo: where the money it answered stands. */
  private after(manager: EntityManager, contract: Contract, refund: RefundStanding | AskedBackFollowed): Promise<RefundToReceive | AskedBackToReceive> {
    return 'askedOn' in refund ? this.askedBackAfter(manager, contract) : this.standingAfter(manager, contract);
  }

  /** askback: after a receipt, its undo or a reminder of money asked back: where it stands. */
  private async askedBackAfter(manager: EntityManager, contract: Contract): Promise<AskedBackToReceive> {
    return { contractId: contract.id, provider: contract.provider.name, ...(await this.keepAskedBack(manager, contract))! };
  }

  /** askdesk: the money asked back as it stands and, in the same transaction, its markers (`askedBackMarkers`: cleared once all came). */
  private async keepAskedBack(manager: EntityManager, contract: Pick<Contract, 'id'>): Promise<AskedBackStanding | null> {
    const asked = (await this.paidBillFollowed(contract.id, manager))?.followed ?? null;
    await this.contracts.refundMarkers(manager, contract.id, askedBackMarkers(asked));
    return asked;
  }

  /** After a change of the refund (a receipt, its undo, a reminder): the refund as it stands, its markers kept with it (`keep`). */
  private async standingAfter(manager: EntityManager, contract: Contract): Promise<RefundToReceive> {
    return { contractId: contract.id, provider: contract.provider.name, ...(await this.keep(manager, contract))! };
  }

  /**
   * refundscale, scaletoday: the contract's refund as it stands and, in the same transaction, what Today and the desk choose it by
   * (`refundMarkers`: open, its desk step, the days of its term and of a reported transfer). After every change of it: a receipt or its
   * undo, a report, a reminder, and a step of the contract that confirms or corrects a refund (`ContractWorkflow.keepRefundWith`).
   */
  private async keep(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>): Promise<RefundStanding | undefined> {
    const refund = (await this.ofContracts([contract], manager)).get(contract.id);
    await this.contracts.refundMarkers(manager, contract.id, refundMarkers(refund));
    return refund;
  }

  /** Each change of a refund is on the timeline and is the request's activity at the desk (`touched`: its list and `updatedSince`). */
  private async record(manager: EntityManager, contract: Contract, actor: Actor, event: string, details: Record<string, unknown>, summary: string): Promise<void> {
    await this.timeline.append(manager, { estateId: contract.estateId, contractId: contract.id, actor, event, summary, details: { providerName: contract.provider.name, description: contract.description, ...details } });
    await this.contracts.touched(manager, contract.id, this.clock.now());
  }
}
