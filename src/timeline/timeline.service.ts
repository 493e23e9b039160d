import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal';
import { Clock } from '../clock/clock';
import { Statement, WriteBatch } from '../database/write-batch';
import { type CursorList, DEFAULT_PAGE_SIZE, listOf, Page, pageOf, Position } from '../common/paging';
import type { Lang } from '../words';
import { type DroppedClaim, paidOnDroppedBill, PROVIDER_ANSWER_EVENTS, type ReceivedVia, receivedViaOf, STEWARD_ANSWER_EVENTS } from '../../workflows';
import { type CollectionAnswer, collectionAnswerOf } from '../../workflows/wording';
import { CORRECTION_EVENTS } from './corrections';
import { type ContractStepWording, ownerTimelineText, type StepAsked } from './owner-timeline';
import { TimelineEntry } from './timeline-entry.entity';
import { COLLECTION_NOTICE_STEPS, type CollectionClaim, collectionClaimOf, type StepLetters, type StoredStep } from './contract-step';
import { deleted } from '../database/deleted';
import { ownersEstateIds } from '../estates/estate-rows';
import { REFUND_EVENTS } from '../refunds/refund.rules';
import { refundReceiptRows } from '../refunds/refund-rows';
import { type AfterEndMoved, afterEndMoved, BILL_RECORDING_EVENTS, claimsSettled, END_DATE_CORRECTION, endDateCorrected, lacksAgency, lacksDisputedPart, paysAfterEnd, settledAsDisputed } from '../bills/owed-bills';
import { BILL_PAYMENT_EVENTS } from './bill-payments';
import { correctedDropDays, DROP_DAY_CORRECTED } from './drop-days';
import { COMMITTEE_DECISION_CORRECTED, correctedDecisions } from './decision-corrections';
import { HANDOVER_APPOINTMENT_GIVEN } from '../contracts/handover-appointment';
import { decisionAsCorrected } from '../../workflows/committee';
import { DROP_EVENTS } from './taken-back';
import { CONFIRMATION_EVENTS } from './recorded-answers';

export interface TimelineRecord {
  estateId: string;
  contractId?: string | null;
  actor: Actor;
  event: string;
  summary: string;
  fromState?: string | null;
  toState?: string | null;
  details?: Record<string, unknown>;
}

export interface TimelineView {
  id: string;
  at: string;
  /** `id`: the user, relative or provider (null for Steward itself), so a reader can tell their own steps from another's. */
  actor: { type: string; id: string | null; name: string };
  event: string;
  contractId: string | null;
  fromState: string | null;
  toState: string | null;
  summary: string;
  details: Record<string, unknown>;
  /** A provider's answer the case owner recorded: how it reached her (README, receivedvia); null for any other entry. */
  receivedVia: ReceivedVia | null;
}

/** One entry of a contract's history (`at`: ISO; `contractId` null for an estate's own letter that went out among it, a report to the family). */
export interface HistoryEntry {
  event: string;
  actorType: TimelineEntry['actorType'];
  at: string;
  contractId: string | null;
  fromState: string | null;
  toState: string | null;
  details: Record<string, unknown>;
}

/** The entries that repeat what a relative wrote in her report (`withWithdrawnWords`). */
const REPORT_WORDS_EVENTS = new Set(['family_report.received', 'family_report.corrected']);

/** A timeline cursor: the entry's `seq`, unique and in writing order. */
export const TIMELINE_CURSOR = ['int'] as const;

/** The timeline's lists, each by what decides its rows: a cursor of one is refused by the others (cursorbind). */
export const timelineLists = {
  estate: (estateId: string) => listOf('timeline', estateId),
  billsOwed: (estateId: string, contractIds?: string[]) => listOf('bills-owed', estateId, contractIds),
  billsOwedAcross: (ownerId: string | null) => listOf('bills-owed-across', ownerId),
  contract: (contractId: string) => listOf('contract-history', contractId),
  deskThread: (contractId: string) => listOf('desk-thread', contractId),
  event: (contractId: string, event: string) => listOf('contract-events', contractId, event),
};

/** A step as `stepsBack` reads it: its place in the history (`seq`), `at` as the database gives it. */
type StepRow = Omit<HistoryEntry, 'at'> & { id: string; seq: string; at: Date };
/** A step as the rules read it, with its entry's id (a drop's day correction names the drop by it). */
export type StepEntry = HistoryEntry & { id: string };
const historyEntry = ({ seq: _seq, ...r }: StepRow): StepEntry => ({ ...r, at: new Date(r.at).toISOString() });

/** How many steps `stepsBack` reads back at a time: more than the terms that pass in a row before an owner acts. */
const STEPS_READ_BACK = 20;

/**
 * deskthread2: the entries the desk's thread may show (`threadOf`): an answer, a refund reported paid, a step that asked for a letter,
 * a letter sent that no step shows (stepless, or sent again; `askedByStep` and `toAgency` say the others), our letter that came back by
 * post (not the agency's copy); calls, notes and internal steps show nothing. Word for word the predicate of `timeline_entries_desk_thread_idx`
 * (migration 1764002800000; 1764003400000 added comcorr's correction, 1764003500000 v27's two undos, 1764003900000 the returns, 1764004000000
 * the decision's correction, 1764005600000 the handover appointment a corporation gave), so a page of the thread walks that index and is a page of what the desk reads.
 */
const DESK_THREAD_ENTRIES = `(t.event IN (${[...PROVIDER_ANSWER_EVENTS, ...STEWARD_ANSWER_EVENTS, REFUND_EVENTS.paidReported, COMMITTEE_DECISION_CORRECTED, HANDOVER_APPOINTMENT_GIVEN].map((e) => `'${e}'`).join(', ')})
  OR (t.event = 'letter.sent' AND t.details->'askedByStep' IS NULL AND t.details->'toAgency' IS NULL) OR (t.event = 'letter.returned' AND t.details->'toAgency' IS NULL) OR t.details->'effects' @> '["letter"]')`;

/** An entry `threadContext…` reads for a page of the desk's thread: what its words need, shown on no page of its own. */
export interface ThreadContextEntry {
  id: string;
  at: string;
  event: string;
  details: Record<string, unknown>;
  actor: { type: string; name: string };
}
type ThreadContextRow = Omit<ThreadContextEntry, 'at' | 'actor'> & { seq: string; at: Date; type: string; name: string };
const THREAD_CONTEXT_COLUMNS = `id, seq::text AS seq, event, actor_type AS type, actor_name AS name, occurred_at AS at, details`;
/** Rows read by `seq` (a text), once each, in the history's order. */
const inHistoryOrder = <R extends { seq: string }>(rows: R[]): R[] => [...new Map(rows.map((r) => [r.seq, r])).values()].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
const threadContextEntry = (r: ThreadContextRow): ThreadContextEntry => ({ id: r.id, at: new Date(r.at).toISOString(), event: r.event, details: r.details, actor: { type: r.type, name: r.name } });

/** An entry as `withBillFacts` reads it (a page's entity, or a row of the estate's steps); its details are given the bill's facts. */
type BillFactsEntry = { id: string; contractId: string | null; event: string; details: Record<string, unknown> };

/**
 * `lang`: a staff reader's language, to say the entry in it (see owner-timeline.ts); without it, the
 * stored sentence. `stepLetters`: the steps whose letter went out (and by post, when posted), so a held-back one or one
 * waiting for the post is not told as sent.
 */
const timelineView = (e: TimelineEntry, lang?: Lang, stepLetters?: StepLetters, firstAsked?: StepAsked): TimelineView => ({
  id: e.id,
  at: e.occurredAt.toISOString(),
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  event: e.event,
  contractId: e.contractId,
  fromState: e.fromState,
  toState: e.toState,
  summary: lang ? ownerTimelineText(e, lang, stepLetters, firstAsked) : e.summary,
  details: e.details,
  receivedVia: receivedViaOf((e.details?.event as { receivedVia?: unknown } | undefined)?.receivedVia),
});

/**
 * The entries the family's daily email tells besides the workflows' news: corrections, new documents (each
 * reader only what concerns them), letters by post that went into the mail and the calls the owner recorded, and the
 * workflow step that writes no family notification but has a line on their timeline (v16 `ANSWER_WITHDRAWN`), and a kept cover's
 * premium recorded as owed (`bill.owed`, coverrest: no step tells it), and a refund's receipt (`refund.received`, refundrest; famdigest: a
 * part of it too; famtext: a receipt undone, which the email tells as its correction, or not at all with its receipt in the same email), and
 * the letter by e-mail telling a collection agency the collection ended (famdigest, audit87 F7: no step tells it; one by post is told by its
 * `letter.posted`), and askback's letter asking back a final bill paid before the drop (`refund.asked_back`: no step tells it), and a bill
 * the owner marked paid from the estate, or its payment undone (famdigest2, audit97 F4: no step tells them), and the handover appointment a
 * corporation gave or changed (rentkeys2: data on the contract, no step). They wait in
 * `timeline_family_news` until a digest takes them.
 */
const QUEUE_FAMILY_NEWS = 'INSERT INTO timeline_family_news (entry_id, estate_id, occurred_at) SELECT id, estate_id, occurred_at';
const FAMILY_NEWS = new Set([...Object.values(CORRECTION_EVENTS), DROP_DAY_CORRECTED, COMMITTEE_DECISION_CORRECTED, 'document.uploaded', 'letter.posted', 'letter.returned', 'contract.call_recorded', 'family_report.handled', 'ANSWER_WITHDRAWN', BILL_PAYMENT_EVENTS.owed, BILL_PAYMENT_EVENTS.paid, BILL_PAYMENT_EVENTS.undone, REFUND_EVENTS.received, REFUND_EVENTS.undone, REFUND_EVENTS.askedBack, HANDOVER_APPOINTMENT_GIVEN]);
// askclose: the provider's report that it paid back money asked back is told as its word (a refund's own report is not news for the family).
// familyupload3: and the kind of a file a relative sent, corrected after the owner took it (`sentBy`).
const isFamilyNews = (record: TimelineRecord) =>
  FAMILY_NEWS.has(record.event) || (record.event === REFUND_EVENTS.paidReported && Boolean(record.details?.askedBack)) || (record.event === 'letter.sent' && Boolean(record.details?.collectionEnded) && record.details?.channel !== 'post') || (record.event === 'document.corrected' && typeof record.details?.sentBy === 'string');

/**
 * The predicate of the partial index `timeline_entries_bills_owed_idx` (migration 1763810500000), written as it
 * is there: the steps that left bills owed by the estate. The owner's word that bills are paid from it
 * (`DISPUTE_RESOLVED` with outcome `payFromEstate`), a bill correction after which the corrected bill is no
 * longer among the open bills of the read model the step stored (it bills no day after the end date any more),
 * and a confirmation (or its correction) whose read model holds a final bill to pay (an amount above nil: a
 * refund is money to the estate, not owed by it); and a bill after the end date that was disputed: its part up to the end
 * date our dispute letter accepts is owed while the rest is disputed, and all of it once an end-date correction took it
 * out of the dispute, also a bill disputed in full (`owedSteps` in src/bills reads which; migration 1763810500000); and a kept
 * cover's premium the owner recorded as owed (`bill.owed`, keptcover; migration 1763813250000); and a bank's confirmation of a block
 * whose balance is below nil: the overdrawn account's debit (`overdraftOf`, bankdebt; migration 1763815400000). decisionowes: and every decision of a
 * complaints body (`committee`), whatever it left: one that left nothing may be corrected to one that owes (migration 1764004000000).
 * repaybill: and an undo of a claim's drop that found money the provider had paid back, owed to it again (`repaymentWithdrawn.owedAs`,
 * `repaidAgainBill`; migration 1764005700000).
 */
const BILLS_OWED_STEPS = `((t.event = 'DISPUTE_RESOLVED' AND ((t.details -> 'event' ->> 'outcome') = 'payFromEstate' OR t.details @? '$.event.committee'))
  OR (t.event = 'BILL_CORRECTED' AND t.details @? '$.wording.projection.openDisputes' AND NOT t.details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')
  OR (t.event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND t.details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')
  OR (t.event = 'INVOICE_AFTER_END' AND t.details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')
  OR t.event = 'bill.owed'
  OR (t.event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND t.details @? '$.event ? (@.done == "accountBlocked" && @.balance < 0)')
  OR (t.event = 'CLAIM_DROP_UNDONE' AND t.details @? '$.event.repaymentWithdrawn.owedAs ? (@.type() == "string")'))`;

/**
 * Whether confirmation step `x` made its final bill (or a bank's overdraft) owed anew (`changesFinalBill` in src/bills): a confirmation,
 * or a correction that changed the final bill's amount or reference, the balance or what was done (or was recorded before `corrected` was kept).
 */
const changesFinalBill = (x: string) => `(${x}.event = 'COMPLETE' OR ${corrected(x, ['finalInvoiceAmount', 'reference', 'balance', 'done'])})`;

/** Whether correction step `x` corrected one of these fields (or was recorded before `corrected` was kept). */
const corrected = (x: string, fields: string[]) =>
  `(NOT ${x}.details @? '$.event.corrected' OR ${x}.details @? '$.event.corrected[*] ? (${fields.map((f) => `@.field == "${f}"`).join(' || ')})')`;

/**
 * collclaim2 (audit86 COLL-1): whether the whole claim the provider dropped (collclaim) still holds its final bill at step `upTo` of the
 * contract: a drop that carried a final bill, and no step after it up to there that owes one anew — a confirmation, one taken back, or a
 * correction of the amount (or the balance, what was done, or one recorded before `corrected` was kept). A correction of only its
 * kenmerk or end date is the same bill, still dropped. The desk cannot change the amount while it stands (`claim-dropped`, 409); the
 * owner, recording what the provider wrote, can: then it is owed anew. Both reads go by `timeline_entries_contract_idx`.
 * collowner: `bill` `paidFinalBill`, the same of a final bill the estate had paid before the drop (collclaim2): the provider claims it anew by such a step.
 * dropdesk (audit90 G6): and it is no longer paid once that payment was undone (a payment recorded by mistake, `bill.payment_undone`).
 * claimundo2: nor a drop undone afterwards on the provider's word (v27 `CLAIM_DROP_UNDONE`, at any step, `upTo` or not): the claim was
 * never dropped, so its final bill is owed as before and nothing paid on it is asked back.
 */
const dropHolds = (d: string, upTo: string | null, bill: 'finalBill' | 'paidFinalBill' = 'finalBill') => `(${d}.event = 'COLLECTION_STOPPED' AND ${d}.details @? '$.event.claimDropped.${bill}.amount'
    AND NOT EXISTS (SELECT 1 FROM timeline_entries u WHERE u.contract_id = ${d}.contract_id AND u.seq > ${d}.seq AND u.event = 'CLAIM_DROP_UNDONE')
    AND NOT EXISTS (SELECT 1 FROM timeline_entries m WHERE m.contract_id = ${d}.contract_id AND m.seq > ${d}.seq${upTo ? ` AND m.seq <= ${upTo}` : ''}
      AND (m.event IN ('COMPLETE', 'TAKE_BACK_CONFIRMATION') OR m.event = 'COMPLETION_CORRECTED' AND ${corrected('m', ['finalInvoiceAmount', 'balance', 'done'])}${
        bill === 'paidFinalBill' ? ` OR m.event = '${BILL_PAYMENT_EVENTS.undone}' AND m.details ? 'finalBill'` : ''
      })))`;

/** The day (Amsterdam) entry `x` was written. */
const AMSTERDAM_DAY = (x: string) => `(${x}.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date::text`;

/** paiddrop: the owner's latest request to pay back a final bill paid before the drop `d` (refunds writes it), by `timeline_entries_contract_idx`. */
const ASKED_BACK_SINCE = (d: string) => `SELECT a.details, a.occurred_at FROM timeline_entries a WHERE a.contract_id = ${d}.contract_id AND a.seq > ${d}.seq AND a.event = '${REFUND_EVENTS.askedBack}' ORDER BY a.seq DESC LIMIT 1`;

/** askback: the latest letter asking back the final bill paid before the drop `d` since: the request or a reminder of it (its `payBy`), by `timeline_entries_contract_idx`. */
const LATEST_ASKED_SINCE = (d: string) => `SELECT p.event, p.details, p.occurred_at FROM timeline_entries p WHERE p.contract_id = ${d}.contract_id AND p.seq > ${d}.seq
    AND (p.event = '${REFUND_EVENTS.askedBack}' OR p.event = '${REFUND_EVENTS.reminded}' AND p.details ? 'askedBack') ORDER BY p.seq DESC LIMIT 1`;

/**
 * dropday (audit89 F1): the day of a drop `d`: the day the provider said it (`toldOn`, when the owner recorded its word later), else
 * the day it was recorded. What the repayment letter, Today, the notification and the contract page say.
 */
const DROPPED_ON = (d: string) => `COALESCE(${d}.details #>> '{event,toldOn}', ${AMSTERDAM_DAY(d)})`;

/** paiddrop: a final bill the estate paid on a claim its provider dropped (`paidBillDropped`). */
export interface PaidBillDropped {
  reference: string;
  /** What the estate paid of it, and the day of the (latest) payment. */
  amount: number;
  paidOn: string;
  /** dropday (audit90 G4): the whole final bill, what was paid and the rest dropped with it; `amount` below it is a part. */
  whole: number;
  /** The day the provider dropped the claim (`DROPPED_ON`), and whether the payment came after that (still asked back: money paid on a dropped claim). */
  droppedOn: string;
  afterDrop: boolean;
  /** The owner's latest request to pay it back since: its day and the day it asked the money by; null: not asked. */
  askedOn: string | null;
  payBy: string | null;
}

const paidDropped = (claim: DroppedClaim, droppedOn: string): Pick<PaidBillDropped, 'reference' | 'amount' | 'paidOn' | 'whole' | 'droppedOn' | 'afterDrop'> => {
  const b = paidOnDroppedBill(claim, droppedOn)!;
  return { reference: b.reference, amount: b.paid, paidOn: b.paidOn, whole: b.whole, droppedOn, afterDrop: b.afterDrop };
};

/** askback: Today's row of a final bill paid before the drop: not asked back (`askedOn` null), or asked back and late. */
export interface PaidBillOnToday extends PaidBillDropped {
  estateId: string;
  contractId: string;
  /** The day of the latest reminder since the request, if one went; what came of it so far. */
  remindedOn: string | null;
  received: number;
}

/**
 * Those steps, less a confirmation a later one of its contract replaced (a correction that changed the final bill,
 * or set it to none) or took back (v14: recorded by mistake, its final bill is not this contract's), or whose final bill the provider
 * dropped with the whole claim it handed to a collection agency (collclaim, `droppedClaimOf`) and did not claim anew (`dropHolds`): only the final bill as it stands is owed. A correction of the end date alone changed no bill:
 * it is not such a step, and the final bill stays owed since the confirmation before it. The later step is found by
 * `timeline_entries_contract_idx`.
 */
const BILLS_OWED = `(${BILLS_OWED_STEPS} AND (t.event <> 'COMPLETION_CORRECTED' OR ${changesFinalBill('t')}) AND NOT (t.event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND (EXISTS (
  SELECT 1 FROM timeline_entries later WHERE later.contract_id = t.contract_id AND later.seq > t.seq AND later.event IN ('COMPLETE', 'COMPLETION_CORRECTED', 'TAKE_BACK_CONFIRMATION') AND ${changesFinalBill('later')})
    OR EXISTS (SELECT 1 FROM timeline_entries d WHERE d.contract_id = t.contract_id AND ${dropHolds('d', 't.seq')}))))`;

/** What an estate's letters say of its workflow steps: which went out, which by post and whether posted (letters know). */
export type StepLettersReader = (manager: EntityManager, estateId: string) => Promise<StepLetters>;
/** What each contract's request of an estate asked when first made (`StepAsked`): contracts know. */
export type StepAskedReader = (manager: EntityManager, estateId: string) => Promise<StepAsked>;

/** The append-only estate history. Writes always join the caller's transaction. */
/** deskwords (audit92 F12): a collection only suspended (`TimelineService.suspendedCollections`): who said so, when, and which collection. */
export interface SuspendedCollection {
  answer: CollectionAnswer;
  /** When the answer was recorded (ISO). */
  on: string;
  claim: CollectionClaim;
}

@Injectable()
export class TimelineService {
  private stepLetters: StepLettersReader | null = null;
  private firstAsked: StepAskedReader | null = null;

  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Letters register here which steps' letters went out (and by post, whether posted): they own that fact and write to this timeline, so it cannot ask them. */
  readStepLettersWith(reader: StepLettersReader): void {
    this.stepLetters = reader;
  }

  /** Contracts register here what each request asked when first made: they own that fact, this timeline cannot ask them. */
  readFirstAskedWith(reader: StepAskedReader): void {
    this.firstAsked = reader;
  }

  /**
   * For a staff reader (`lang`): what each request asked when first made, read only when `entries` hold a request step whose
   * words did not store it (steps stored before insurancerest), or a contract's addition: only those say what it asks; or a payment of a
   * bill (bankentries: a bank's are its costs); or a corrected decision that did not store whose bill it was (notawords3: an insurer's nota).
   */
  private async firstAskedFor(manager: EntityManager, estateId: string, entries: TimelineEntry[], lang?: Lang): Promise<StepAsked | undefined> {
    const reader = lang ? this.firstAsked : null;
    const unstored = entries.some((e) => (e.toState === 'requested' && e.details?.wording && !(e.details.wording as ContractStepWording).asked) || (e.event === 'contract.added' && !e.details?.asked) || e.event === BILL_PAYMENT_EVENTS.paid || e.event === BILL_PAYMENT_EVENTS.undone || (e.event === COMMITTEE_DECISION_CORRECTED && !('biller' in (e.details ?? {}))));
    return reader && unstored ? reader(manager, estateId) : undefined;
  }

  /** Part of the retention purge (one transaction per estate): deletes the estate's timeline; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM timeline_family_news WHERE estate_id = $1', 'DELETE FROM timeline_entries WHERE estate_id = $1'], [estateId]);
  }

  /** When the estate (not a contract) last entered `state`, e.g. when it was closed; null if never. */
  async estateEnteredAt(manager: EntityManager, estateId: string, state: string): Promise<Date | null> {
    const [row]: { at: Date }[] = await manager.query(
      'SELECT occurred_at AS at FROM timeline_entries WHERE estate_id = $1 AND contract_id IS NULL AND to_state = $2 ORDER BY seq DESC LIMIT 1',
      [estateId, state],
    );
    return row?.at ?? null;
  }

  /** The staff timeline's entries about one family member (added, corrected, acting in the portal), oldest first. */
  async aboutFamilyMember(manager: EntityManager, estateId: string, familyMemberId: string): Promise<TimelineView[]> {
    const rows = await manager
      .createQueryBuilder(TimelineEntry, 't')
      .where(`t.estateId = :estateId AND (t.details->>'familyMemberId' = :familyMemberId OR CAST(t.actorId AS text) = :familyMemberId)`, { estateId, familyMemberId })
      .orderBy('t.seq', 'ASC')
      .getMany();
    await this.withWithdrawnWords(manager, estateId, rows);
    return rows.map((e) => timelineView(e));
  }

  async append(manager: EntityManager, record: TimelineRecord): Promise<void> {
    const [insert, parameters] = this.insertion(record);
    // Family news waits for the daily email in the same statement, so it is queued exactly when it is written.
    const sql = isFamilyNews(record) ? `WITH entry AS (${insert} RETURNING id, estate_id, occurred_at) ${QUEUE_FAMILY_NEWS} FROM entry` : insert;
    await manager.query(sql, parameters);
  }

  /** The same as `append`, sent with the caller's other writes in one statement (a workflow transition); a data-modifying WITH cannot nest, so family news is a part of its own. */
  appendIn(batch: WriteBatch, record: TimelineRecord): void {
    const [insert, parameters] = this.insertion(record);
    if (isFamilyNews(record)) {
      const entry = batch.add([`${insert} RETURNING id, estate_id, occurred_at`, parameters]);
      batch.add([`${QUEUE_FAMILY_NEWS} FROM ${entry}`, []]);
    } else {
      batch.add([insert, parameters]);
    }
  }

  private insertion(record: TimelineRecord): Statement {
    return [
      `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, from_state, to_state, summary, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        record.estateId, record.contractId ?? null, this.clock.now(), record.actor.type, record.actor.id, record.actor.name,
        record.event, record.fromState ?? null, record.toState ?? null, record.summary, JSON.stringify(record.details ?? {}),
      ],
    ];
  }

  /**
   * Estates with corrections, documents or posted letters written before `cutoff` that no family digest took yet, the next `limit`
   * after estate `after` in id order (scaledigest: a digest round reads them a batch at a time, never every estate). From
   * `timeline_family_news_estate_idx`: the table holds only the news no digest took, so the rows read are that news, not the estates.
   */
  async estatesWithFamilyNews(manager: EntityManager, cutoff: Date, after: string, limit: number): Promise<string[]> {
    const rows: { estate_id: string }[] = await manager.query(
      'SELECT DISTINCT estate_id FROM timeline_family_news WHERE estate_id > $2 AND occurred_at < $1 ORDER BY estate_id LIMIT $3',
      [cutoff, after, limit],
    );
    return rows.map((r) => r.estate_id);
  }

  /** Whether the estate still has such news from before `cutoff` (a digest of another instance may have taken it a moment ago). */
  async hasFamilyNews(manager: EntityManager, estateId: string, cutoff: Date): Promise<boolean> {
    const [row]: { found: boolean }[] = await manager.query('SELECT EXISTS (SELECT 1 FROM timeline_family_news WHERE estate_id = $1 AND occurred_at < $2) AS found', [estateId, cutoff]);
    return row.found;
  }

  /**
   * Takes one estate's corrections and new documents from before `cutoff` for a family digest, oldest
   * first; DELETE … RETURNING takes each once, whichever instance asks.
   */
  async takeFamilyNews(manager: EntityManager, estateId: string, cutoff: Date): Promise<Pick<TimelineView, 'id' | 'actor' | 'event' | 'contractId' | 'fromState' | 'toState' | 'details'>[]> {
    // digest3: with who wrote it (every entry's actor columns, since the first migration), so a relative is not told her own doing.
    return manager.query(
      `WITH taken AS (DELETE FROM timeline_family_news WHERE estate_id = $1 AND occurred_at < $2 RETURNING entry_id)
       SELECT t.id, json_build_object('type', t.actor_type, 'id', t.actor_id, 'name', t.actor_name) AS actor, t.event, t.contract_id AS "contractId", t.from_state AS "fromState", t.to_state AS "toState", t.details
         FROM timeline_entries t JOIN taken ON taken.entry_id = t.id ORDER BY t.seq`,
      [estateId, cutoff],
    );
  }

  /**
   * Which of these contracts' histories hold one of these events (e.g. which had a letter go out):
   * one statement for the lot, through `timeline_entries_contract_event_idx` (those kinds' entries only).
   */
  async contractsWithEvent(manager: EntityManager, contractIds: string[], events: string[]): Promise<Set<string>> {
    if (!contractIds.length) return new Set();
    const rows: { contract_id: string }[] = await manager.query('SELECT DISTINCT contract_id FROM timeline_entries WHERE contract_id = ANY($1::uuid[]) AND event = ANY($2::text[])', [contractIds, events]);
    return new Set(rows.map((r) => r.contract_id));
  }

  /** The contract's latest entry of these events (its event and details), or null: what a letter may say happened last. */
  async latestOfContract(manager: EntityManager, contractId: string, events: string[]): Promise<Pick<TimelineView, 'event' | 'details'> | null> {
    const [row] = await manager.query('SELECT event, details FROM timeline_entries WHERE contract_id = $1 AND event = ANY($2::text[]) ORDER BY seq DESC LIMIT 1', [contractId, events]);
    return row ?? null;
  }

  /** Whether the contract's latest rejection was taken back (audit88 F6: a second take-back is told so), by `timeline_entries_contract_event_idx`. */
  async rejectionTakenBack(manager: EntityManager, contractId: string): Promise<boolean> {
    return (await this.latestOfContract(manager, contractId, ['REJECT', 'REJECTION_WITHDRAWN']))?.event === 'REJECTION_WITHDRAWN';
  }

  /** Each of these contracts' latest entry of these events (its details), in one statement through `timeline_entries_contract_event_idx`; contracts without one are left out. */
  async latestOfContracts(manager: EntityManager, contractIds: string[], events: string[]): Promise<Map<string, Record<string, unknown>>> {
    return new Map((await this.latestRowsOfContracts(manager, contractIds, events)).map((r) => [r.contract_id, r.details]));
  }

  /** Which of these events each of these contracts' latest entry is, with the workflow step it recorded and its details, as `latestOfContracts` reads it. */
  async latestEventOfContracts(manager: EntityManager, contractIds: string[], events: string[]): Promise<Map<string, { event: string; step: number | null; details: Record<string, unknown> }>> {
    return new Map((await this.latestRowsOfContracts(manager, contractIds, events)).map((r) => [r.contract_id, { event: r.event, step: typeof r.details.step === 'number' ? r.details.step : null, details: r.details }]));
  }

  /** When each of these contracts' latest entry of these events happened (Today's take-back row: the step's day, not its news'). */
  async latestAtOfContracts(contractIds: string[], events: string[]): Promise<Map<string, Date>> {
    return new Map((await this.latestRowsOfContracts(this.db.manager, contractIds, events)).map((r) => [r.contract_id, r.occurred_at]));
  }

  private async latestRowsOfContracts(manager: EntityManager, contractIds: string[], events: string[]): Promise<{ contract_id: string; event: string; details: Record<string, unknown>; occurred_at: Date }[]> {
    if (!contractIds.length) return [];
    return manager.query(
      'SELECT DISTINCT ON (contract_id) contract_id, event, details, occurred_at FROM timeline_entries WHERE contract_id = ANY($1::uuid[]) AND event = ANY($2::text[]) ORDER BY contract_id, seq DESC',
      [contractIds, events],
    );
  }

  /** collclaim2: the final bill the provider dropped with the whole claim, while the drop still holds it (`dropHolds`), or null. */
  async droppedFinalBill(contractId: string, manager: EntityManager = this.db.manager): Promise<{ reference: string; amount: number } | null> {
    const [row] = (await manager.query(
      `SELECT t.details -> 'event' -> 'claimDropped' -> 'finalBill' AS bill FROM timeline_entries t WHERE t.contract_id = $1 AND ${dropHolds('t', null)} ORDER BY t.seq DESC LIMIT 1`,
      [contractId],
    )) as { bill: { reference: string; amount: number } }[];
    return row?.bill ?? null;
  }

  /**
   * collowner: the final bill the estate had paid when the provider dropped the rest of the claim (collclaim2, `paidFinalBill`: its
   * number, what was paid (paiddrop: in full or in part) and the day paid), while no later step claims it anew (`dropHolds`), or null.
   * paiddrop: with the day the drop was recorded, and the owner's latest request to pay it back since (`refund.asked_back`: its day and
   * the day it asked the money by), null while she has not asked.
   */
  async paidBillDropped(contractId: string, manager: EntityManager = this.db.manager): Promise<PaidBillDropped | null> {
    const row = await this.paidDropStep(contractId, manager);
    return row ? { ...paidDropped(row.claim, row.droppedOn), askedOn: row.askedOn, payBy: row.payBy } : null;
  }

  /**
   * olddebts2: who recorded the drop `paidBillDropped` reads (its step's actor), a case owner only (null: the provider's own desk, or
   * none): a repayment request made by a colleague since (a handover) says the provider told her.
   */
  async paidDropRecordedBy(contractId: string, manager: EntityManager = this.db.manager): Promise<Actor | null> {
    const row = await this.paidDropStep(contractId, manager);
    return row?.actor.type === 'staff' ? row.actor : null;
  }

  /** The contract's latest drop still holding a paid final bill, with the owner's latest request since, and who recorded the drop. */
  private async paidDropStep(contractId: string, manager: EntityManager): Promise<{ claim: DroppedClaim; droppedOn: string; askedOn: string | null; payBy: string | null; actor: Actor } | null> {
    const [row] = (await manager.query(
      // The contract's own stops first (`timeline_entries_contract_event_idx`, a few rows): left to itself PostgreSQL walked every paid
      // drop in the country backwards by `timeline_entries_paid_dropped_seq_idx` for a contract with none (3,491 rows on the contract page).
      `WITH stops AS MATERIALIZED (SELECT * FROM timeline_entries WHERE contract_id = $1 AND event = 'COLLECTION_STOPPED')
       SELECT t.details -> 'event' -> 'claimDropped' AS claim, ${DROPPED_ON('t')} AS "droppedOn", ${AMSTERDAM_DAY('a')} AS "askedOn", a.details ->> 'payBy' AS "payBy",
              t.actor_type AS "actorType", t.actor_id AS "actorId", t.actor_name AS "actorName"
         FROM stops t LEFT JOIN LATERAL (${ASKED_BACK_SINCE('t')}) a ON true
        WHERE ${dropHolds('t', null, 'paidFinalBill')} ORDER BY t.seq DESC LIMIT 1`,
      [contractId],
    )) as { claim: DroppedClaim; droppedOn: string; askedOn: string | null; payBy: string | null; actorType: Actor['type']; actorId: string | null; actorName: string }[];
    return row ? { claim: row.claim, droppedOn: row.droppedOn, askedOn: row.askedOn, payBy: row.payBy, actor: { type: row.actorType, id: row.actorId, name: row.actorName } } : null;
  }

  /**
   * dropdesk (audit89 F3): the estate's contracts whose final bill was paid before their provider dropped the claim, the drop still
   * holding it (`dropHolds`), by `timeline_entries_paid_dropped_idx` (the estate's few such stops): the family's cards read where the
   * money asked back of these stands.
   */
  async paidDroppedContracts(estateId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { contractId: string }[] = await manager.query(
      `SELECT DISTINCT t.contract_id AS "contractId" FROM timeline_entries t
        WHERE t.estate_id = $1 AND t.event = 'COLLECTION_STOPPED' AND t.details @? '$.event.claimDropped.paidFinalBill.amount' AND ${dropHolds('t', null, 'paidFinalBill')}`,
      [estateId],
    );
    return rows.map((r) => r.contractId);
  }

  /**
   * paiddrop: Today's final bills the estate paid before their provider dropped the claim, not asked back yet (`askedOn` null), of the
   * owner's estates (every estate's for an administrator), the oldest drop first, the first `limit`. askback: and those asked back of
   * which something is still to come (`refund_receipts`, `refundReceiptRows`) past the day the latest letter asked it by (the
   * request's, or a reminder's: `refund.reminded` with `askedBack`), with that day and the reminder's. Hers by
   * `timeline_entries_paid_dropped_idx` (her estates), everyone's in the order of `timeline_entries_paid_dropped_seq_idx`
   * (migration 1763821600000), so a page is read, not every such stop of the country sorted.
   */
  async paidBillsDroppedOnToday(ownerId: string | null, today: string, limit: number): Promise<PaidBillOnToday[]> {
    const rows: { estateId: string; contractId: string; claim: DroppedClaim; droppedOn: string; askedOn: string | null; payBy: string | null; remindedOn: string | null; received: number }[] = await this.db.query(
      `SELECT t.estate_id AS "estateId", t.contract_id AS "contractId", t.details -> 'event' -> 'claimDropped' AS claim, ${DROPPED_ON('t')} AS "droppedOn",
              ${AMSTERDAM_DAY('a')} AS "askedOn", p.details ->> 'payBy' AS "payBy", CASE WHEN p.event = '${REFUND_EVENTS.reminded}' THEN ${AMSTERDAM_DAY('p')} END AS "remindedOn", got.received
         FROM timeline_entries t LEFT JOIN LATERAL (${ASKED_BACK_SINCE('t')}) a ON true
         LEFT JOIN LATERAL (${LATEST_ASKED_SINCE('t')}) p ON true
         CROSS JOIN LATERAL (SELECT coalesce(sum(x.amount), 0)::float8 AS received FROM ${refundReceiptRows} x WHERE x.contract_id = t.contract_id AND x.answers = 'askedBack') got
        WHERE t.event = 'COLLECTION_STOPPED' AND t.details @? '$.event.claimDropped.paidFinalBill.amount' ${ownerId ? `AND t.estate_id = ANY(${ownersEstateIds('$3::uuid')})` : ''}
          AND ${dropHolds('t', null, 'paidFinalBill')}
          AND (a.occurred_at IS NULL OR (got.received < (t.details #>> '{event,claimDropped,paidFinalBill,amount}')::numeric AND (p.details ->> 'payBy')::date < $2::date))
        ORDER BY t.seq LIMIT $1`,
      ownerId ? [limit, today, ownerId] : [limit, today],
    );
    return rows.map(({ claim, droppedOn, ...r }) => ({ ...r, ...paidDropped(claim, droppedOn), received: Number(r.received) }));
  }

  /**
   * collrest: the letters made for a contract since it last came into `state` from another (`letter.sent` after that step), by id: a
   * stop to an agency made before then belongs to a collection whose stop was answered, or its bills closed, already.
   * dropmore: a drop undone (`DROP_UNDONE`) returns to the collection it left, so it is no coming in. On `timeline_entries_contract_idx`.
   */
  async lettersSinceEntering(manager: EntityManager, contractId: string, state: string): Promise<Set<string>> {
    const rows: { letterId: string }[] = await manager.query(
      `SELECT t.details ->> 'letterId' AS "letterId" FROM timeline_entries t WHERE t.contract_id = $1 AND t.event = 'letter.sent'
          AND t.seq > COALESCE((SELECT max(e.seq) FROM timeline_entries e WHERE e.contract_id = $1 AND e.to_state = $2 AND e.from_state IS DISTINCT FROM $2 AND e.event <> 'DROP_UNDONE'), 0)`,
      [contractId, state],
    );
    return new Set(rows.map((r) => r.letterId));
  }

  /** The newest collection letter recorded on a contract (its `COLLECTION_NOTICE` step, or v22's correction of it), or null when none was. */
  async collectionClaim(contractId: string, manager: EntityManager = this.db.manager): Promise<CollectionClaim | null> {
    const notice = await this.collectionNotice(contractId, manager);
    return notice ? collectionClaimOf(notice) : null;
  }

  /** v22: the newest collection letter's particulars as recorded or corrected (its step's event), for the correction form to start from; null when none was. */
  async collectionNotice(contractId: string, manager: EntityManager = this.db.manager): Promise<Record<string, unknown> | null> {
    const details = (await this.latestOfContracts(manager, [contractId], COLLECTION_NOTICE_STEPS)).get(contractId);
    return details ? ((details.event ?? {}) as Record<string, unknown>) : null;
  }

  /**
   * deskwords (audit92 F12): of these contracts, the collection an answer to our stop only suspended, while that answer is the latest word
   * on it: no later stop (a final one, or the claim dropped) and no later collection letter. Its answer as recorded (`collectionAnswerOf`,
   * by its author), the day, and the letter's particulars as recorded or corrected (`collectionClaimOf`). Each contract's latest step of
   * each kind by `timeline_entries_contract_event_idx`, one row each however long its history; the caller asks only while a bill is disputed.
   * `halts`: the answers read; the family's card reads a collection stopped too (audit95 F5), not a claim dropped (its bills are withdrawn).
   * audit101rest (F4): a stop that does not say how the collection halted (the desk's `collection-stopped`) said it stopped (`collectionAnswerOf`).
   */
  async suspendedCollections(manager: EntityManager, contractIds: string[], halts: readonly ('suspended' | 'stopped')[] = ['suspended']): Promise<Map<string, SuspendedCollection>> {
    if (!contractIds.length) return new Map();
    const latest = (alias: string, event: string, after = '', join = 'LEFT JOIN') =>
      `${join} LATERAL (SELECT seq, occurred_at, actor_type, details FROM timeline_entries WHERE contract_id = c.id AND event = '${event}'${after} ORDER BY seq DESC LIMIT 1) ${alias} ON TRUE`;
    const rows: { id: string; at: Date; actorType: TimelineEntry['actorType']; stop: Record<string, unknown>; notice: Record<string, unknown> | null; corrected: Record<string, unknown> | null }[] = await manager.query(
      // agencylate: the newest of the machine's correction (k) and one made after the stop's state (l), each by its own event.
      `SELECT c.id, s.occurred_at AS at, s.actor_type AS "actorType", s.details -> 'event' AS stop, n.details -> 'event' AS notice,
              CASE WHEN l.seq > COALESCE(k.seq, 0) THEN l.details ELSE k.details END -> 'event' AS corrected
         FROM unnest($1::uuid[]) AS c(id)
         ${latest('s', 'COLLECTION_STOPPED', '', 'JOIN')}
         ${latest('n', COLLECTION_NOTICE_STEPS[0])}
         ${latest('k', COLLECTION_NOTICE_STEPS[1], ' AND seq > n.seq')}
         ${latest('l', COLLECTION_NOTICE_STEPS[2], ' AND seq > n.seq')}
        WHERE COALESCE(s.details -> 'event' ->> 'collection', 'stopped') = ANY($2::text[]) AND n.seq < s.seq`,
      [contractIds, halts],
    );
    const read = rows.map((r) => [r.id, { answer: collectionAnswerOf(r.stop, r.actorType === 'staff'), on: r.at.toISOString(), claim: collectionClaimOf(r.corrected ?? r.notice ?? {}) }] as const);
    return new Map(read.filter(([, halted]) => halted.answer.dropped === null));
  }

  /** Several contracts' entries of these events in one statement (`timeline_entries_contract_event_idx`): each one's contract, time, author's kind, details and place in the history (`seq`), in the order they were written (by the column, not its text alias: "10" sorts before "9"). */
  async detailsOfContracts(manager: EntityManager, contractIds: string[], events: string[]): Promise<{ id: string; event: string; contractId: string; at: string; seq: string; actorType: TimelineEntry['actorType']; details: Record<string, unknown> }[]> {
    if (!contractIds.length) return [];
    const rows: { id: string; event: string; contractId: string; at: Date; seq: string; actorType: TimelineEntry['actorType']; details: Record<string, unknown> }[] = await manager.query(
      'SELECT id, event, contract_id AS "contractId", occurred_at AS at, seq::text AS seq, actor_type AS "actorType", details FROM timeline_entries t WHERE contract_id = ANY($1::uuid[]) AND event = ANY($2::text[]) ORDER BY t.seq',
      [contractIds, events],
    );
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  /**
   * dropcorr: a drop of a bill the owner recorded reads the day it was said as last corrected (`DROP_DAY_CORRECTED`), wherever the
   * history is read; read only when the entries hold a drop she recorded (`receivedVia`).
   */
  private async withCorrectedDropDays(manager: EntityManager, entries: BillFactsEntry[]): Promise<void> {
    const drops = entries.filter((e) => e.contractId !== null && (e.event === 'DISPUTE_RESOLVED' || e.event === 'INVOICE_WITHDRAWN') && typeof (e.details.event as { receivedVia?: unknown } | undefined)?.receivedVia === 'string');
    if (!drops.length) return;
    const days = correctedDropDays(await this.detailsOfContracts(manager, [...new Set(drops.map((e) => e.contractId!))], [DROP_DAY_CORRECTED]));
    for (const e of drops) if (days.has(e.id)) e.details = { ...e.details, event: { ...(e.details.event as object), toldOn: days.get(e.id) } };
  }

  /**
   * comcorr2: a list of debts reads a decision of the complaints body as last corrected (`COMMITTEE_DECISION_CORRECTED`): its bill owed for
   * what the corrected decision leaves. One read of the corrections of the decisions' contracts, only when the entries hold such a decision.
   */
  private async withCorrectedDecisions(manager: EntityManager, entries: BillFactsEntry[]): Promise<void> {
    const decisions = entries.filter((e) => e.contractId !== null && e.event === 'DISPUTE_RESOLVED' && Boolean((e.details.event as { committee?: unknown } | undefined)?.committee));
    if (!decisions.length) return;
    const corrected = correctedDecisions(await this.detailsOfContracts(manager, [...new Set(decisions.map((e) => e.contractId!))], [COMMITTEE_DECISION_CORRECTED]));
    for (const e of decisions) {
      const correction = corrected.get(e.id);
      if (correction) e.details = decisionAsCorrected(e.details, correction);
    }
  }

  /** dropcorr: the contract's steps that may record a drop of a bill, and its undos (`timeline_entries_contract_event_idx`), oldest first, with their ids. */
  async dropSteps(manager: EntityManager, contractId: string): Promise<(HistoryEntry & { id: string })[]> {
    const rows: (Omit<HistoryEntry, 'at'> & { id: string; at: Date })[] = await manager.query(
      `SELECT id, event, actor_type AS "actorType", occurred_at AS at, contract_id AS "contractId", from_state AS "fromState", to_state AS "toState", details
         FROM timeline_entries WHERE contract_id = $1 AND event = ANY($2::text[]) ORDER BY seq`,
      [contractId, DROP_EVENTS],
    );
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  /** The contract's entries of these events in the order they were written (`timeline_entries_contract_event_idx`: those kinds' only, however long the history): what happened in between. */
  async ofContract(manager: EntityManager, contractId: string, events: string[]): Promise<Pick<TimelineView, 'id' | 'event' | 'at' | 'details' | 'actor'>[]> {
    const rows: { id: string; event: string; at: Date; details: Record<string, unknown>; type: string; actorId: string | null; name: string }[] = await manager.query(
      'SELECT id, event, occurred_at AS at, details, actor_type AS type, actor_id AS "actorId", actor_name AS name FROM timeline_entries WHERE contract_id = $1 AND event = ANY($2::text[]) ORDER BY seq',
      [contractId, events],
    );
    return rows.map(({ type, actorId, name, ...r }) => ({ ...r, at: new Date(r.at).toISOString(), actor: { type, id: actorId, name } }));
  }

  /** The estate's contract entries of these events in the order they were written (`timeline_entries_estate_idx`). */
  async ofEstate(manager: EntityManager, estateId: string, events: string[]): Promise<(Pick<TimelineView, 'id' | 'event' | 'at' | 'details'> & { contractId: string })[]> {
    const rows: { id: string; event: string; at: Date; details: Record<string, unknown>; contractId: string }[] = await manager.query(
      'SELECT id, event, occurred_at AS at, details, contract_id AS "contractId" FROM timeline_entries WHERE estate_id = $1 AND contract_id IS NOT NULL AND event = ANY($2::text[]) ORDER BY seq',
      [estateId, events],
    );
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  /**
   * deskread: the contract's history from its latest confirmation (a `COMPLETE` step) on, with the estate's own letters sent since, or none
   * when it has none: what the take-back's refusals ask (`takeBackCheckOf`), read as the entries since that step — the confirmation
   * by `timeline_entries_contract_event_idx`, the contract's entries since by `timeline_entries_contract_idx`, the estate's own
   * letters since by `timeline_entries_estate_idx` — not the contract's whole history on every visit of her contract page. A `COMPLETE`
   * entry is the runtime's step, with the states it left and reached: asked for `to_state` too, PostgreSQL read every confirmation in
   * the country from `timeline_entries_event_idx` (which includes it) instead (`query-plans`).
   */
  async historySinceConfirmation(manager: EntityManager, estateId: string, contractId: string): Promise<HistoryEntry[]> {
    const rows: (Omit<HistoryEntry, 'at'> & { at: Date })[] = await manager.query(
      `WITH confirmation AS MATERIALIZED (
              SELECT seq FROM timeline_entries WHERE contract_id = $2 AND event = 'COMPLETE' ORDER BY seq DESC LIMIT 1)
       SELECT event, actor_type AS "actorType", occurred_at AS at, contract_id AS "contractId", from_state AS "fromState", to_state AS "toState", details
         FROM (SELECT * FROM timeline_entries WHERE contract_id = $2 AND seq >= (SELECT seq FROM confirmation)
               UNION ALL
               SELECT * FROM timeline_entries WHERE estate_id = $1 AND seq > (SELECT seq FROM confirmation) AND contract_id IS NULL AND event = 'letter.sent') since
        ORDER BY seq`,
      [estateId, contractId],
    );
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  /**
   * deskpage: the steps before the contract's latest confirmation that taking it back restores from (`takeBackOf`), not its whole
   * history: every acknowledgement (the provider's latest reference), the latest request, the latest question with the answers and
   * withdrawals since (`timeline_entries_contract_event_idx`), and the latest steps back past the terms that passed in a row in
   * `backTo`, the state it was confirmed from (`timeline_entries_contract_steps_idx`, a page at a time). In history order.
   */
  async stepsBeforeConfirmation(manager: EntityManager, contractId: string, backTo: string): Promise<HistoryEntry[]> {
    // deskthread2: ordered by the column, not the text alias `seq` (PostgreSQL sorted the text: „99" after „100").
    const [confirmation]: { seq: string }[] = await manager.query(`SELECT seq::text AS seq FROM timeline_entries WHERE contract_id = $1 AND event = 'COMPLETE' ORDER BY timeline_entries.seq DESC LIMIT 1`, [contractId]);
    if (!confirmation) return [];
    const columns = `seq::text AS seq, event, actor_type AS "actorType", occurred_at AS at, contract_id AS "contractId", from_state AS "fromState", to_state AS "toState", details`;
    const before = `contract_id = $1 AND to_state IS NOT NULL AND seq < $2`;
    const rows: (Omit<HistoryEntry, 'at'> & { seq: string; at: Date })[] = await manager.query(
      `WITH question AS MATERIALIZED (SELECT seq FROM timeline_entries WHERE ${before} AND event = 'REQUEST_INFORMATION' ORDER BY seq DESC LIMIT 1)
       SELECT ${columns} FROM timeline_entries WHERE ${before} AND event = 'ACKNOWLEDGE'
       UNION ALL
       (SELECT ${columns} FROM timeline_entries WHERE ${before} AND event = 'REQUEST' ORDER BY timeline_entries.seq DESC LIMIT 1)
       UNION ALL
       SELECT ${columns} FROM timeline_entries WHERE ${before} AND event IN ('REQUEST_INFORMATION', 'INFORMATION_SUPPLIED', 'ANSWER_WITHDRAWN') AND seq >= (SELECT seq FROM question)`,
      [contractId, confirmation.seq],
    );
    // The term restored counts from the last step and the terms that passed in a row before it (`termOf`): read back until a step ends the row.
    rows.push(...(await this.stepsBack(manager, contractId, confirmation.seq, (steps) => steps.some((e) => e.event !== 'DEADLINE_PASSED' || e.fromState !== backTo || e.toState !== backTo))));
    return inHistoryOrder(rows).map(({ seq: _seq, ...r }) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  /**
   * deskthread: the contract's latest steps, read back until `enough` holds for them (in history order) or none are left: what a
   * rule about the steps just before now needs (`releaseTermFound`), not the contract's whole history. In history order.
   */
  async latestSteps(manager: EntityManager, contractId: string, enough: (steps: StepEntry[]) => boolean): Promise<StepEntry[]> {
    const steps = await this.stepsBack(manager, contractId, null, (read) => enough(read.map(historyEntry)));
    return steps.map(historyEntry);
  }

  /**
   * A contract's steps before `before` (a `seq`; null: all), the latest first, `STEPS_READ_BACK` at a time by
   * `timeline_entries_contract_steps_idx`, until `enough` holds for those read (in history order) or none are left. In history order.
   */
  private async stepsBack(manager: EntityManager, contractId: string, before: string | null, enough: (steps: StepRow[]) => boolean): Promise<StepRow[]> {
    const read: StepRow[] = [];
    for (let until = before; ; ) {
      const latest: StepRow[] = await manager.query(
        `SELECT id, seq::text AS seq, event, actor_type AS "actorType", occurred_at AS at, contract_id AS "contractId", from_state AS "fromState", to_state AS "toState", details
           FROM timeline_entries WHERE contract_id = $1 AND to_state IS NOT NULL${until === null ? '' : ' AND seq < $2'} ORDER BY timeline_entries.seq DESC LIMIT ${STEPS_READ_BACK}`,
        until === null ? [contractId] : [contractId, until],
      );
      read.unshift(...latest.reverse());
      if (latest.length < STEPS_READ_BACK || enough(read)) return read;
      until = read[0].seq;
    }
  }

  /**
   * deskthread: what a page of the desk's thread needs from the contract's entries before it (`seq` < `before`), each read on its own
   * index and stopping at what it needs, never the history before it whole: the latest step (the bills it left open, its
   * `wording.projection`; `timeline_entries_contract_steps_idx`), the latest confirmation of each kind (who gave it, `recordedAnswers`)
   * and the latest collection notice (the bills it was about; `timeline_entries_contract_event_idx`), the steps numbered `steps`
   * (a letter of the page sent again, `retryOf`, is its step's; the steps index read back until they are found), and with `unnumbered`
   * every step before steps were numbered that made a letter (such letters are matched to them by order alone). In history order.
   */
  async threadContextBefore(manager: EntityManager, contractId: string, before: string, steps: number[], unnumbered: boolean): Promise<ThreadContextEntry[]> {
    const columns = THREAD_CONTEXT_COLUMNS;
    const earlier = `contract_id = $1 AND seq < $2`;
    // By the column, not its text (`seq` is a text here, whose order is not the history's), so the index gives the order.
    const latest = (condition: string) => `(SELECT ${columns} FROM timeline_entries WHERE ${earlier} AND ${condition} ORDER BY timeline_entries.seq DESC LIMIT 1)`;
    const parts = [latest('to_state IS NOT NULL'), ...[...CONFIRMATION_EVENTS, 'COLLECTION_NOTICE'].map((event) => latest(`event = '${event}'`))];
    if (steps.length) parts.push(`(SELECT ${columns} FROM timeline_entries WHERE ${earlier} AND to_state IS NOT NULL AND details->'step' = ANY($3::jsonb[]) ORDER BY timeline_entries.seq DESC LIMIT ${steps.length})`);
    if (unnumbered) parts.push(`(SELECT ${columns} FROM timeline_entries WHERE ${earlier} AND to_state IS NOT NULL AND NOT details ? 'step' AND details->'effects' ? 'letter')`);
    const rows: ThreadContextRow[] = await manager.query(parts.join(' UNION ALL '), [contractId, before, ...(steps.length ? [steps.map(String)] : [])]);
    return inHistoryOrder(rows).map(threadContextEntry);
  }

  /**
   * deskthread2: what the words of a page of the desk's thread (`entryIds`, its entries) need from the entries between them it does
   * not show: before each, the latest step (the bills it left open) and the latest collection notice (the bills a collection stop is
   * about), a `LIMIT 1` each on `timeline_entries_contract_steps_idx` and `timeline_entries_contract_event_idx`; those on the page
   * left out. By the page's entry they come before, in history order.
   */
  async threadContextBetween(manager: EntityManager, contractId: string, entryIds: string[]): Promise<Map<string, ThreadContextEntry[]>> {
    if (!entryIds.length) return new Map();
    const latest = (condition: string) =>
      `(SELECT ${THREAD_CONTEXT_COLUMNS} FROM timeline_entries WHERE contract_id = $1 AND ${condition} AND seq < p.seq ORDER BY timeline_entries.seq DESC LIMIT 1)`;
    const rows: (ThreadContextRow & { before: string; beforeSeq: string })[] = await manager.query(
      `SELECT p.id AS before, p.seq::text AS "beforeSeq", e.* FROM timeline_entries p
         CROSS JOIN LATERAL (${latest('to_state IS NOT NULL')} UNION ALL ${latest(`event = 'COLLECTION_NOTICE'`)}) e
        WHERE p.id = ANY($2::uuid[]) AND p.contract_id = $1 AND NOT e.id = ANY($2::uuid[])`,
      [contractId, entryIds],
    );
    // An entry latest before several of the page's goes before the first of them.
    const placed = new Map<string, (typeof rows)[number]>();
    for (const r of rows.sort((a, b) => (BigInt(a.beforeSeq) < BigInt(b.beforeSeq) ? -1 : 1))) if (!placed.has(r.seq)) placed.set(r.seq, r);
    const between = new Map<string, ThreadContextEntry[]>();
    for (const r of inHistoryOrder([...placed.values()])) between.set(r.before, [...(between.get(r.before) ?? []), threadContextEntry(r)]);
    return between;
  }

  /** The contract's latest entry of these events (`timeline_entries_contract_event_idx`): who wrote it, when, and its details; undefined if none. */
  async latestStepOf(manager: EntityManager, contractId: string, events: string[]): Promise<{ event: string; actor: Actor; at: Date; details: Record<string, unknown> } | undefined> {
    const [row]: { event: string; type: Actor['type']; id: string | null; name: string; at: Date; details: Record<string, unknown> }[] = await manager.query(
      'SELECT event, actor_type AS type, actor_id AS id, actor_name AS name, occurred_at AS at, details FROM timeline_entries WHERE contract_id = $1 AND event = ANY($2::text[]) ORDER BY seq DESC LIMIT 1',
      [contractId, events],
    );
    return row && { event: row.event, actor: { type: row.type, id: row.id, name: row.name }, at: new Date(row.at), details: row.details };
  }

  /** The estate's own (not a contract's) latest entry of `event`, e.g. its latest reopening: when, who, its details and its place in the history (`seq`); null if none. */
  async latestOfEstate(manager: EntityManager, estateId: string, event: string): Promise<{ at: string; actorId: string | null; actorName: string; details: Record<string, unknown>; seq: string } | null> {
    const [row]: { at: Date; actorId: string | null; actorName: string; details: Record<string, unknown>; seq: string }[] = await manager.query(
      `SELECT occurred_at AS at, actor_id AS "actorId", actor_name AS "actorName", details, seq::text AS seq
         FROM timeline_entries WHERE estate_id = $1 AND contract_id IS NULL AND event = $2 ORDER BY timeline_entries.seq DESC LIMIT 1`,
      [estateId, event],
    );
    return row ? { ...row, at: new Date(row.at).toISOString() } : null;
  }

  /**
   * Of these estates, the place in the history (`seq`) of the latest of their own `event` entries whose `changes` name `field` (an
   * estate correction that changed who lived there, `changesBetween`), by estate; estates with none are left out (`timeline_entries_estate_idx`).
   */
  async latestEstateChanges(manager: EntityManager, estateIds: string[], event: string, field: string): Promise<Map<string, string>> {
    if (!estateIds.length) return new Map();
    const rows: { estateId: string; seq: string }[] = await manager.query(
      `SELECT DISTINCT ON (estate_id) estate_id AS "estateId", seq::text AS seq FROM timeline_entries
        WHERE estate_id = ANY($1::uuid[]) AND contract_id IS NULL AND event = $2 AND details->'changes' @> $3::jsonb ORDER BY estate_id, timeline_entries.seq DESC`,
      [estateIds, event, JSON.stringify([{ field }])],
    );
    return new Map(rows.map((r) => [r.estateId, r.seq]));
  }

  /** Of the estate's own entries of `event`, the latest one per value of `details[key]` (per relative an invitation names): their ids. */
  async latestOfEstateBy(manager: EntityManager, estateId: string, event: string, key: string): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT ON (details->>$3) id FROM timeline_entries WHERE estate_id = $1 AND contract_id IS NULL AND event = $2 ORDER BY details->>$3, seq DESC`,
      [estateId, event, key],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The estate's contract entries of these events written after the entry at `seq`, in order, with the states each left and reached (`timeline_entries_estate_idx`). */
  async contractStepsAfter(manager: EntityManager, estateId: string, seq: string, events: string[]): Promise<(StoredStep & { contractId: string })[]> {
    const steps: (StoredStep & { id: string; contractId: string })[] = await manager.query(
      `SELECT id, contract_id AS "contractId", event, from_state AS "fromState", to_state AS "toState", details
         FROM timeline_entries WHERE estate_id = $1 AND seq > $2::bigint AND contract_id IS NOT NULL AND event = ANY($3::text[]) ORDER BY seq`,
      [estateId, seq, events],
    );
    // bankend: a letter written now states a decision's bills as they stand (a decision before billsplit, an end date corrected since).
    await this.withBillFacts(manager, steps, true);
    return steps;
  }

  /**
   * bankend: what the contract's correction of its confirmation recorded as workflow step `step` moved of the bills decided paid from
   * the estate for time after the end date (`afterEndMoved`), as her history says it: the family's news of that correction says it too.
   */
  async afterEndMovedAt(manager: EntityManager, contractId: string, step: number): Promise<AfterEndMoved[]> {
    const entries: BillFactsEntry[] = await manager.query(
      `SELECT id, contract_id AS "contractId", event, details FROM timeline_entries WHERE contract_id = $1 AND event = $2 AND details->>'step' = $3 ORDER BY seq DESC LIMIT 1`,
      [contractId, END_DATE_CORRECTION, String(step)],
    );
    await this.withBillFacts(manager, entries);
    return (entries[0]?.details.afterEndMoved as AfterEndMoved[] | undefined) ?? [];
  }

  /**
   * The first step of the contract's workflow after step `step` that moved it on (left its state) or recorded one of `answers`,
   * with the Dutch day it was recorded: what a letter that step made asked was answered or overtaken since (README, remadestale).
   */
  async movedOnSince(manager: EntityManager, contractId: string, step: number, answers: readonly string[]): Promise<{ event: string; on: string } | null> {
    const [row]: { event: string; on: string }[] = await manager.query(
      `SELECT event, to_char(occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "on" FROM timeline_entries
        WHERE contract_id = $1 AND (details ->> 'step')::int > $2 AND (from_state IS DISTINCT FROM to_state OR event = ANY($3::text[])) ORDER BY seq LIMIT 1`,
      [contractId, step, answers],
    );
    return row ?? null;
  }

  /** When each of these contracts last had an entry (contracts without one are left out). */
  async lastEntryAt(contractIds: string[]): Promise<Map<string, string>> {
    if (!contractIds.length) return new Map();
    const rows: { contract_id: string; at: Date }[] = await this.db.query(
      'SELECT contract_id, max(occurred_at) AS at FROM timeline_entries WHERE contract_id = ANY($1::uuid[]) GROUP BY contract_id',
      [contractIds],
    );
    return new Map(rows.map((r) => [r.contract_id, new Date(r.at).toISOString()]));
  }

  /** `manager`: read inside the caller's transaction, to see what it just appended; `lang`: a staff reader's. */
  async list(estateId: string, contractId?: string, manager: EntityManager = this.db.manager, lang?: Lang): Promise<TimelineView[]> {
    const entries = await manager
      .createQueryBuilder(TimelineEntry, 't')
      .where('t.estateId = :estateId', { estateId })
      .andWhere(contractId ? 't.contractId = :contractId' : 'TRUE', { contractId })
      .orderBy('t.seq', 'ASC')
      .getMany();
    await this.withBillFacts(manager, entries);
    await this.withWithdrawnWords(manager, estateId, entries);
    const sent = await this.stepLettersFor(manager, estateId, entries, lang);
    const asked = await this.firstAskedFor(manager, estateId, entries, lang);
    return entries.map((e) => timelineView(e, lang, sent, asked));
  }

  /**
   * bankentries: entries written before their bill's facts were kept, read with them from the bill's own steps, so every reader (the
   * histories, the lists of debts, the reports) says them as a new entry does: a decision recorded before billsplit kept what its bills
   * were disputed for (`settledAsDisputed`), a payment written before bankwords3 kept the agency whose claim it paid (`claimsSettled`).
   * bankend: a correction of the end date after a decision that the estate pays bills for time after it moves what of them is: with
   * `standing` (the lists of debts, what letters list), each such decision is read from the end date as it stands now; in a history the
   * decision keeps what it said, and each correction that moved a part says so (`afterEndMoved` in its details).
   * One read of those contracts' steps (`timeline_entries_contract_event_idx`), only when the entries hold such an entry.
   */
  private async withBillFacts(manager: EntityManager, entries: BillFactsEntry[], standing = false): Promise<void> {
    await this.withCorrectedDropDays(manager, entries);
    if (standing) await this.withCorrectedDecisions(manager, entries);
    const decisions = entries.filter((e) => e.event === 'DISPUTE_RESOLVED' && e.contractId !== null && (lacksDisputedPart(e.details) || (standing && paysAfterEnd(e.details))));
    const payments = entries.filter((e) => e.contractId !== null && lacksAgency(e.event, e.details));
    const corrections = standing ? [] : entries.filter((e) => e.event === END_DATE_CORRECTION && e.contractId !== null);
    if (!decisions.length && !payments.length && !corrections.length) return;
    // The entries themselves among them too: their place in the history (`seq`, which the entity does not load).
    const steps = await this.detailsOfContracts(manager, [...new Set([...decisions, ...payments, ...corrections].map((e) => e.contractId!))], [...BILL_RECORDING_EVENTS, 'DISPUTE_RESOLVED', END_DATE_CORRECTION, BILL_PAYMENT_EVENTS.paid, BILL_PAYMENT_EVENTS.undone]);
    const seqOf = new Map(steps.map((r) => [r.id, BigInt(r.seq)]));
    const before = (contractId: string, seq: bigint, events: readonly string[]) => steps.filter((r) => r.contractId === contractId && events.includes(r.event) && BigInt(r.seq) < seq);
    const of = (e: BillFactsEntry, events: readonly string[]) => before(e.contractId!, seqOf.get(e.id) ?? 0n, events);
    // The end date a decision's bills stand on before `seq` (null: now): the latest correction after the decision, else its own (null).
    const endDateUpTo = (decision: { contractId: string; seq: bigint }, seq: bigint | null) => {
      const latest = steps.filter((r) => r.contractId === decision.contractId && r.event === END_DATE_CORRECTION && BigInt(r.seq) > decision.seq && (seq === null || BigInt(r.seq) < seq)).at(-1);
      return latest ? endDateCorrected(latest.details) : null;
    };
    const read = (d: { contractId: string; seq: bigint; details: Record<string, unknown> }, upTo: bigint | null) =>
      settledAsDisputed(d.details, before(d.contractId, d.seq, BILL_RECORDING_EVENTS).map((r) => r.details), endDateUpTo(d, upTo));
    for (const e of decisions) e.details = read({ contractId: e.contractId!, seq: seqOf.get(e.id) ?? 0n, details: e.details }, standing ? null : (seqOf.get(e.id) ?? 0n));
    for (const e of payments) {
      const agency = claimsSettled(of(e, ['DISPUTE_RESOLVED'])).get(String(e.details.reference));
      if (agency !== undefined) e.details = { ...e.details, collectionAgency: agency };
    }
    for (const e of corrections) {
      const seq = seqOf.get(e.id) ?? 0n;
      const moved = of(e, ['DISPUTE_RESOLVED']).filter((d) => paysAfterEnd(d.details)).flatMap((d) => {
        const decision = { contractId: d.contractId, seq: BigInt(d.seq), details: d.details };
        return afterEndMoved(read(decision, seq), read(decision, seq + 1n));
      });
      if (moved.length) e.details = { ...e.details, afterEndMoved: moved };
    }
  }

  /**
   * relupload: the staff timeline is append-only (a trigger refuses changes), yet a relative who withdraws her report takes back what
   * she wrote. So what staff read of her report's arrival and of her corrections is read with the record's own later entry
   * (`family_report.withdrawn`): once it stands, her message and the figures she typed are left out of what is shown (summary and
   * details), and the text says the report was withdrawn and its words erased. The stored rows are untouched.
   * famnews: a file she took back (`document.taken_back`) is read the same way: its upload entry no longer names the file (a name such
   * as „aanmaning-intrum-jansen.pdf" says what the file did). One read of the estate's withdrawals and files taken back
   * (`timeline_entries_taken_back_idx`), only when the entries hold a report's words or a relative's upload.
   */
  private async withWithdrawnWords(manager: EntityManager, estateId: string, entries: TimelineEntry[]): Promise<void> {
    const worded = entries.filter((e) => REPORT_WORDS_EVENTS.has(e.event) && typeof e.details?.reportId === 'string');
    const uploads = entries.filter((e) => e.event === 'document.uploaded' && e.actorType === 'family' && typeof e.details?.documentId === 'string');
    if (!worded.length && !uploads.length) return;
    const rows: { taken: string }[] = await manager.query(
      `SELECT coalesce(details ->> 'reportId', details ->> 'documentId') AS taken FROM timeline_entries
        WHERE estate_id = $1 AND event IN ('family_report.withdrawn', 'document.taken_back') AND coalesce(details ->> 'reportId', details ->> 'documentId') = ANY($2::text[])`,
      [estateId, [...new Set([...worded.map((e) => String(e.details.reportId)), ...uploads.map((e) => String(e.details.documentId))])]],
    );
    const withdrawn = new Set(rows.map((r) => r.taken));
    for (const e of worded.filter((w) => withdrawn.has(String(w.details.reportId)))) {
      const { message: _message, changes, ...kept } = e.details as Record<string, unknown> & { changes?: Record<string, unknown> };
      e.details = { ...kept, ...(changes && { changed: Object.keys(changes) }), wordsWithdrawn: true };
      e.summary = `${e.actorName} ${e.event === 'family_report.received' ? 'made' : 'corrected'} a report, later withdrawn; what it said was erased.`;
    }
    for (const e of uploads.filter((u) => withdrawn.has(String(u.details.documentId)))) {
      const { fileName: _fileName, ...kept } = e.details;
      e.details = { ...kept, wordsWithdrawn: true };
      e.summary = `Document added (${String(kept.kind).replace(/_/g, ' ')}), later taken back by the relative who sent it; its name was erased.`;
    }
  }

  /** For a staff reader (`lang`): which steps' letters went out, and by post, asked only when `entries` hold a step that meant to send one or a letter's own entry (indexed queries). */
  private async stepLettersFor(manager: EntityManager, estateId: string, entries: TimelineEntry[], lang?: Lang): Promise<StepLetters | undefined> {
    const reader = lang ? this.stepLetters : null;
    // A letter's own entry too: a page of letters made anew holds no step, and without them a refused one read as sent (audit 77, MAIL-1).
    const withLetter = entries.some((e) => e.event === 'letter.sent' || (e.toState && Array.isArray(e.details?.effects) && e.details.effects.includes('letter')));
    return reader && withLetter ? reader(manager, estateId) : undefined;
  }

  /** One page of an estate's timeline, newest first (index `(estate_id, seq)`); `after` is a decoded TIMELINE_CURSOR; `lang`: a staff reader's. */
  page(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE, lang?: Lang): Promise<Page<TimelineView>> {
    return this.pageOf(timelineLists.estate(estateId), estateId, 'TRUE', after, limit, lang);
  }

  /**
   * One page of the steps that left bills owed by the estate (see BILLS_OWED; which bills, `owedBillsOf` in
   * src/bills), newest first, from the partial index `timeline_entries_bills_owed_idx`; `after` is a decoded
   * TIMELINE_CURSOR; `contractIds`: only those contracts' (famrest: a page of them in one read).
   */
  billsOwedPage(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE, contractIds?: string[], manager: EntityManager = this.db.manager): Promise<Page<TimelineView>> {
    return this.pageOf(timelineLists.billsOwed(estateId, contractIds), estateId, BILLS_OWED, after, limit, undefined, contractIds, manager, {}, true);
  }

  /**
   * One page of the steps that left bills owed across an owner's estates (null: every estate), oldest first: Today's
   * bills to pay. An owner's are read by her estates' ids from `timeline_entries_bills_owed_idx`, everyone's in `seq`
   * order from `timeline_entries_bills_owed_seq_idx` (migration 1763807300000); `after` is a decoded TIMELINE_CURSOR;
   * `stillToPay`: the caller's SQL predicate on the entry `t` (src/bills: one of its bills is not paid), so a page holds
   * only steps it wants.
   */
  async billsOwedAcross(ownerId: string | null, after: Position | null, limit: number, stillToPay: string): Promise<Page<TimelineView & { estateId: string }>> {
    const query = this.db.manager
      .createQueryBuilder(TimelineEntry, 't')
      .addSelect('t.seq::text', 'cursor_seq')
      .where(BILLS_OWED)
      .andWhere(stillToPay)
      .orderBy('t.seq', 'ASC')
      .limit(limit + 1);
    if (ownerId) query.andWhere(`t.estate_id = ANY(${ownersEstateIds(':ownerId')})`, { ownerId });
    if (after) query.andWhere('t.seq > :afterSeq::bigint', { afterSeq: after[0] });
    const { raw, entities } = await query.getRawAndEntities<{ cursor_seq: string }>();
    await this.withBillFacts(this.db.manager, entities, true);
    return pageOf(
      timelineLists.billsOwedAcross(ownerId),
      entities.map((entry, i) => ({ entry, seq: raw[i].cursor_seq })),
      limit,
      (row) => [row.seq],
      (row) => ({ ...timelineView(row.entry), estateId: row.entry.estateId }),
    );
  }

  /**
   * pagehist: one page of a contract's history, newest first (`timeline_entries_contract_idx`: a long conversation is not
   * read whole); `after` is a decoded TIMELINE_CURSOR; `lang`: a staff reader's.
   */
  contractPage(estateId: string, contractId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE, lang?: Lang, manager: EntityManager = this.db.manager): Promise<Page<TimelineView>> {
    return this.pageOf(timelineLists.contract(contractId), estateId, 'TRUE', after, limit, lang, { contractId }, manager);
  }

  /** deskthread2: one page of the entries of a contract the desk's thread may show (`DESK_THREAD_ENTRIES`), newest first; `after` is a decoded TIMELINE_CURSOR. */
  deskThreadPage(estateId: string, contractId: string, after: Position | null, limit: number, manager: EntityManager): Promise<Page<TimelineView>> {
    return this.pageOf(timelineLists.deskThread(contractId), estateId, DESK_THREAD_ENTRIES, after, limit, undefined, { contractId }, manager);
  }

  /** One page of a contract's entries of `event`, newest first (`timeline_entries_contract_event_idx`); `after` is a decoded TIMELINE_CURSOR. */
  eventPage(estateId: string, contractId: string, event: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<TimelineView>> {
    return this.pageOf(timelineLists.event(contractId, event), estateId, 't.event = :event', after, limit, undefined, { contractId }, this.db.manager, { event });
  }

  /**
   * `standing`: a list of debts, whose decisions are read as they stand now (`withBillFacts`), not as a history tells them.
   * `within`: only these contracts' entries of the estate, or one contract's. One contract's page names the contract alone (it is of
   * its estate): with the estate beside it PostgreSQL took the two as independent, expected a handful of rows and read and sorted all
   * of a long history for 51 (README histidx); alone, it walks `timeline_entries_contract_idx` backwards and stops at the page.
   */
  private async pageOf(list: CursorList, estateId: string, only: string, after: Position | null, limit: number, lang?: Lang, within?: string[] | { contractId: string }, manager: EntityManager = this.db.manager, onlyParameters: Record<string, unknown> = {}, standing = false): Promise<Page<TimelineView>> {
    const query = manager
      .createQueryBuilder(TimelineEntry, 't')
      .addSelect('t.seq::text', 'cursor_seq')
      .where(within && 'contractId' in within ? 't.contract_id = :contractId' : 't.estate_id = :estateId', { estateId, ...within })
      .andWhere(only, onlyParameters)
      .orderBy('t.seq', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere('t.seq < :afterSeq::bigint', { afterSeq: after[0] });
    if (Array.isArray(within)) query.andWhere('t.contract_id IN (:...contractIds)', { contractIds: within });
    const { raw, entities } = await query.getRawAndEntities<{ cursor_seq: string }>();
    await this.withBillFacts(manager, entities, standing);
    await this.withWithdrawnWords(manager, estateId, entities);
    const sent = await this.stepLettersFor(manager, estateId, entities, lang);
    const asked = await this.firstAskedFor(manager, estateId, entities, lang);
    return pageOf(
      list,
      entities.map((entry, i) => ({ entry, seq: raw[i].cursor_seq })),
      limit,
      (row) => [row.seq],
      (row) => timelineView(row.entry, lang, sent, asked),
    );
  }
}
