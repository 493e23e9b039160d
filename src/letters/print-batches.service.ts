import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Notification, PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { type Language, type LetterKind, openingTitle, type RepaymentRequestFacts, sha256 } from '../../letters';
import { type Actor, actorOf, type StaffPrincipal } from '../auth/principal';
import { addCalendarDays, Clock, dutchDate, startOfDutchDay } from '../clock/clock';
import { CREATED_AT_CURSOR, cursorTimestamp, DEFAULT_PAGE_SIZE, listOf, Page, pageOf, Position } from '../common/paging';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { DocumentsService } from '../documents/documents.service';
import { DocumentErasuresService } from '../documents/document-erasures.service';
import { PrintableChecks } from '../documents/printable-checks';
import type { EstateDocument } from '../documents/document.entity';
import { Workers } from '../runtime/workers.service';
import { OutboxService } from '../runtime/outbox.service';
import { deleted } from '../database/deleted';
import { userRows } from '../users/user-rows';
import { ContractViews } from '../contracts/contract-views.service';
import type { ColleaguesBatch } from './letter-view';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { TimelineService } from '../timeline/timeline.service';
import { LETTER_READDRESSED, LETTER_WITHOUT_WITHDRAWN } from '../timeline/owner-timeline';
import { isBusinessDay } from '../../workflows';
import { ownerWords } from '../words';
import { ContractsService, type OvertakenKind } from '../contracts/contracts.service';
import { type EndLettersOf, endNamesDrop } from '../contracts/drop-correction.rules';
import { AGENCY_LETTER_KINDS } from '../timeline/contract-step';
import type { AddressesCorrected } from '../providers/providers.service';
import { ProvidersService } from '../providers/providers.service';
import type { Provider } from '../providers/provider.entity';
import type { FieldChange, RemadeLetter } from '../timeline/corrections';
import type { Readdressed } from '../words/readdressed';
import { aboutTheRequest, LettersService, printedTermSql, repeatsTheQuestion } from './letters.service';
import { type ReaddressNotice, ReaddressNoticesService } from './readdress-notices.service';
import { ANSWERED_BEFORE_POST, COLLECTED_AGAIN_BEFORE_POST, CORRECTED_AND_REMADE, CORRECTED_BEFORE_POST, DROP_UNDONE_BEFORE_POST, EMAIL_NOT_STARTED, LANGUAGE_CORRECTED_BEFORE_POST, NOT_REMADE, READDRESSED_AFTER_DOWNLOAD, READDRESSED_BEFORE_POST, RECHANNELLED_BEFORE_POST, RESTORED_AFTER_DOWNLOAD, RESTORED_BEFORE_POST, SET_APART_BEFORE_SENDING, SETTLED_BEFORE_POST, TAKEN_BACK_BEFORE_POST, TERM_PASSED_BEFORE_PRINTING, WAITING_UNPRINTED } from './letter.entity';

interface QueuedLetter {
  id: string;
  owner_id: string;
  letter_date: string;
  pdf: Buffer;
  enclosure_ids: string[];
  recipient: string;
  subject: string;
  reference: string;
}

/**
 * handover3: the letters to a provider besides those about its request that name the case owner as its contact: made again, signed by
 * the new one, when the estate changes owner. handover4: each kind whose text says an earlier letter or word of a colleague as hers
 * („heeft mijn collega … u", `toldThat`, `disputeLetterOf`) and states nothing else the previous owner did as the signer's own.
 * olddebts2: a repayment request („U heeft mijn collega … laten weten", „heeft mijn collega … u gevraagd"), its withdrawal („U heeft
 * mijn collega … laten weten dat dat een vergissing was") and a document's erasure („Mijn collega … heeft dit document ingetrokken")
 * now say her acts as hers too.
 */
const FOLLOW_UPS_NAMING_CONTACT: LetterKind[] = ['correction', 'bill_correction', 'dispute_withdrawal', 'reminder_withdrawal', 'refund_reminder', 'repayment_request', 'document_erasure', 'repayment_withdrawn'];

/** The day's batch still open for more letters (nobody has its PDF), as a batch was built onto it; `stale`: a correction changed its letters since its PDF was merged. */
interface OpenBatch {
  id: string;
  pdf: Buffer;
  sha256: string;
  stale: boolean;
}

/** Times one owner's batch of a day is built again when what it was built from changed meanwhile; then its letters wait for the next run. */
const BUILD_TRIES = 3;
/**
 * How long a letter being built into a batch, or a stale batch being merged again, is one instance's (`claimForPrint`,
 * `mergeStale`). Measured (README printmerge, `npm run bench:print`): a batch of 500 letters each enclosing a three-page scan
 * merges in 2.3 s of CPU, 7 s on this 2-core machine under a load of 15; two minutes is some 17 times that, so only a crash sees it
 * end, and after a crash the owner's „print now" waits two minutes, not ten. A build that still outlasts it costs a second build,
 * never a second batch: only one is recorded (`recordBatch`, `mergeStale`).
 */
const PRINT_CLAIM_MS = 2 * 60_000;
/**
 * How long a download waits for another's merge of its stale batch (`freshPdf`), woken when it ends (`MERGE_ENDED`) rather than
 * looking again: some three times the slowest merge the bench measured (7 s). A claim held longer is an instance that stopped: the
 * download answers 503 with Retry-After (the claim's end, when this instance may merge it) rather than hang.
 */
const MERGE_WAIT_MS = 20_000;
/** The channel a merge's end is told on (NOTIFY, the batch id as payload): its claim let go, or its batch gone. */
const MERGE_ENDED = 'print_batch_merge_ended';
/** Stale batches one worker round merges again (`mergeStaleBatches`); the rest wait for the next round or their download. */
const STALE_BATCHES_A_ROUND = 20;

/** A download's wait for another's merge of its batch (`freshPdf`): `ended` whether it ended within the time, `close` when done. */
interface MergeListener {
  ended(withinMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The cursor of the print batches: the day, then the id (an administrator sees several owners' batches of one day). */
export const PRINT_BATCHES_CURSOR = ['date', 'uuid'] as const;

/** A row of the print batch list. */
export interface PrintBatchView {
  id: string;
  date: string;
  letterCount: number;
  /** Its PDF's checksum; null while the PDF is being merged again (`rebuilding`): the one recorded is no longer what it holds. */
  sha256: string | null;
  /** A correction set letters apart since its PDF was merged (`pdf_stale_since`, opsmend): the worker or its next download merges it anew. */
  rebuilding: boolean;
  createdAt: Date;
  /** When its PDF was first handed out: from then on the batch holds what was printed, and later letters start a new one. */
  printedAt: Date | null;
  /** When the case owner (or an administrator) marked it posted, and who: null while it waits for the post. */
  postedAt: Date | null;
  postedBy: { id: string; name: string } | null;
  /** README printaddress: providers whose address was corrected after the PDF was downloaded, before posting, and how many of their letters were made again; null unless it must be downloaded again. */
  readdressed: ReaddressedBatch[] | null;
}

/**
 * A provider whose letters in a downloaded batch were made again for its corrected address (`print_batches.readdressed`), or
 * without a document the owner withdrew (`withdrawnKind`, README docwithdraw), or taken out and not made again because its address
 * was corrected back to where an earlier copy went (`restored`, README printrest2).
 */
export interface ReaddressedBatch {
  providerName: string;
  letters: number;
  withdrawnKind?: string;
  restored?: boolean;
  /** reminderpost: a bank's reminder taken out, its block taken back: nothing made again. */
  takenBack?: boolean;
  /** ownerdrop: an agency's end letter taken out, the drop that made it go undone (`takenBack` with it): nothing made again. */
  dropUndone?: boolean;
  /** repayback: our request to pay back what was paid on a claim taken out, the claim's drop undone (`dropUndone` with it): nothing made again. */
  repaymentAsked?: boolean;
  /** agencylate2: a letter to an agency taken out, its particulars corrected (`takenBack` with it): what still matters goes anew, with the right ones. */
  agencyCorrected?: boolean;
  /** stopclaim: an agency's end letter taken out, a new collection letter of the agency recorded (`takenBack` with it): the new stop asks what stands now. */
  collectedAgain?: boolean;
}
/** A batch's entry to download again as `print_batches.readdressed` holds it: the letters by id. */
type ReaddressedEntry = Omit<ReaddressedBatch, 'letters'> & { letterIds: string[] };

/** `print_batches.readdressed` of batch `b` as the lists show it: who, and how many letters (the ids are the download's, `pdf`). */
const READDRESSED = (b: string) =>
  `(SELECT json_agg(json_strip_nulls(json_build_object('providerName', r ->> 'providerName', 'letters', jsonb_array_length(r -> 'letterIds'), 'withdrawnKind', r ->> 'withdrawnKind', 'restored', (r ->> 'restored')::boolean, 'takenBack', (r ->> 'takenBack')::boolean, 'dropUndone', (r ->> 'dropUndone')::boolean, 'repaymentAsked', (r ->> 'repaymentAsked')::boolean, 'agencyCorrected', (r ->> 'agencyCorrected')::boolean, 'collectedAgain', (r ->> 'collectedAgain')::boolean))) FROM jsonb_array_elements(${b}.readdressed) r)`;

/** The cursor of the letters waiting for the next batch: oldest first, as the batch will hold them. */
export const WAITING_LETTERS_CURSOR = CREATED_AT_CURSOR;

/** At most this many envelopes of one batch on the print page; the rest are counted (the PDF and the API hold them all). */
const ENVELOPES_SHOWN = 50;

/** A letter by post as the print page lists it: an envelope of a batch, or one waiting for the next (no pages yet). */
export interface PrintEnvelope {
  id: string;
  batchId: string | null;
  recipient: string;
  subject: string;
  estateReference: string;
  deceasedName: string;
  letterDate: string;
  pages: number | null;
  /** The provider's term it printed ("uiterlijk …"), when that had passed by the day its batch was marked posted: it was made anew. */
  lateDueDate: string | null;
  /** The term it printed, when that had passed by the day its batch was downloaded: set apart unprinted, and made anew. */
  setApartDueDate: string | null;
  /** batchposted: marked posted apart from its batch, by a colleague (the estate's owner after a handover, handover4); null otherwise. */
  postedApart: PostedApart | null;
}

/** batchposted: a letter of a batch that a colleague marked posted before the batch's holder marked the batch (`POSTED_APART`). */
export interface PostedApart {
  byName: string;
  postedOn: string;
}

/**
 * A letter `l` of batch `b` marked posted apart from its batch (`markEstatePosted`): posted, and not at the moment the batch was
 * marked (`postLetters` gives a batch's letters its `posted_at`), by whom it records. Who and the Dutch day, or null.
 */
const POSTED_APART = `CASE WHEN l.delivery_status = 'posted' AND l.delivered_at IS DISTINCT FROM b.posted_at AND l.posted_by IS NOT NULL
  THEN json_build_object('byName', (SELECT u.name FROM ${userRows} u WHERE u.id = l.posted_by), 'postedOn', to_char(l.delivered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')) END`;

/** handover4: the estate's letters of a colleague's batch, marked posted by its new owner (`markEstatePosted`). */
export interface EstatePosted {
  estateId: string;
  batchId: string;
  /** Whose batch it is. */
  holderName: string;
  letters: { id: string; recipient: string; subject: string; title: string; deliveredAt: Date }[];
  /** Those whose printed term had passed by the day of posting: each made anew, waiting for the next batch. */
  lateLetters: (LatePostedLetter & { title: string })[];
}

/** What the owner names of the batch they printed when marking it posted: its sha256 (the page's) or its letter count; one of them is required. */
export interface PrintedBatch {
  sha256?: string;
  letterCount?: number;
}

/** batchposted: a batch's letters posted with it (by its marking) and those a colleague marked posted apart before (not counted again). */
export interface PostedCounts {
  postedWithBatch: number;
  postedApart: number;
}

/** A letter of a batch marked posted after the term it printed: the provider holds a date that passed before it was sent. */
export interface LatePostedLetter {
  id: string;
  recipient: string;
  subject: string;
  printedDueDate: string;
}

/** A letter posted later than the Dutch day of the term it printed (`printedTermSql`); `l` a letter, `b` its batch. */
// By the letter's own posting: the estate's new owner may mark his letters of a colleague's batch posted before she marks the rest (handover4).
const POSTED_LATE = `COALESCE(l.delivery_status = 'posted' AND ${printedTermSql('l')} < (l.delivered_at AT TIME ZONE 'Europe/Amsterdam')::date, false)`;
/** A letter waiting unprinted, with what the owner's timeline names it by and the batch it would leave. */
interface WaitingLetter {
  id: string;
  contractId: string;
  kind: string;
  providerName: string;
  batchId: string | null;
}

/**
 * How recently a letter by post must have been posted to its provider's old address to be made again for the corrected one
 * (README, printaddress; our choice, no rule behind it): about the time a letter to a wrong address takes to come back. An older
 * one the provider has most likely had (or its silence is chased already, by letters to the new address), and correcting a
 * long-standing address must not resend every open request of the office.
 */
const READDRESS_POSTED_DAYS = 14;

/**
 * A letter `l` by post printed for another postal address than the provider's corrected one (`$7`), or made before letters kept
 * theirs (README, printaddr): a slip corrected back finds a letter printed for the address it has again, which did not go astray.
 */
const PRINTED_ELSEWHERE = `l.postal_address IS DISTINCT FROM $7::jsonb`;

/**
 * Of a letter `l` made again, the earlier copy it was made from (`retryOf`, through every remake) that reached the address the
 * directory has again: posted to the provider's corrected postal address (`$7`), or delivered by e-mail at its corrected e-mail
 * address (`$6`); with its date and the day it went; null when none did (README, slipback, printrest2): a slip corrected back leaves
 * the provider with the copy it has, whether the one made for the slip waits, lies in a downloaded batch or went to the slip.
 */
const WENT_HERE_BEFORE = `(WITH RECURSIVE earlier AS (
    SELECT p.id, p.channel, p.delivery_status, p.postal_address, p.delivery_address, p.letter_date, p.delivered_at, p.effect #>> '{payload,retryOf}' AS retry_of FROM letters p WHERE p.id = (l.effect #>> '{payload,retryOf}')::uuid
    UNION ALL
    SELECT p.id, p.channel, p.delivery_status, p.postal_address, p.delivery_address, p.letter_date, p.delivered_at, p.effect #>> '{payload,retryOf}' FROM letters p JOIN earlier e ON p.id = e.retry_of::uuid)
  SELECT json_build_object('letterDate', to_char(e.letter_date, 'YYYY-MM-DD'), 'postedOn', to_char(e.delivered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'))
    FROM earlier e WHERE (e.channel = 'post' AND e.delivery_status = 'posted' AND e.postal_address = $7::jsonb) OR (e.channel = 'email' AND e.delivery_status = 'delivered' AND e.delivery_address = $6) LIMIT 1)`;

/** A letter of a batch set apart unprinted when the batch was downloaded (`PrintBatchesService.pdf`): its term had passed. */
const SET_APART = `l.delivery_status = 'failed'`;
/** A letter of ours to a collection agency (the provider's is addressed to the provider). */
const TO_AGENCY = `COALESCE(l.effect #>> '{payload,effect,to}' = 'agency', false)`;

interface EnvelopeRow extends Omit<PrintEnvelope, 'deceasedName'> {
  givenNames: string;
  surnamePrefix: string | null;
  surname: string;
  nameOrder: 'given_first' | 'family_first';
  cursorAt: string;
}

/** An envelope's columns; `lateDueDate` as `POSTED_LATE` says, `postedApart` as `POSTED_APART`, or null for a letter still waiting. */
const envelopeColumns = (lateDueDate: string, setApartDueDate = 'NULL', postedApart = 'NULL') => `l.id, l.print_batch_id AS "batchId", l.recipient, l.subject, e.reference AS "estateReference", to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate",
  l.print_pages AS pages, ${lateDueDate} AS "lateDueDate", ${setApartDueDate} AS "setApartDueDate", ${postedApart} AS "postedApart", e.deceased_given_names AS "givenNames", e.deceased_surname_prefix AS "surnamePrefix", e.deceased_surname AS surname,
  e.deceased_name_order AS "nameOrder", ${cursorTimestamp('l.created_at')} AS "cursorAt"`;

const envelopeOf = ({ givenNames, surnamePrefix, surname, nameOrder, cursorAt: _, ...envelope }: EnvelopeRow): PrintEnvelope => ({
  ...envelope,
  deceasedName: fullName({ givenNames, surnamePrefix, surname, nameOrder }),
});

/** A contract on Today whose letter to its provider has waited for the post since `letterDate` (`AWAITING_POST_BUSINESS_DAYS`). */
export interface AwaitingPostLetter {
  contractId: string;
  estateId: string;
  providerName: string;
  letterDate: string;
  inColleaguesBatch: ColleaguesBatch | null;
}

/**
 * Business days after its date that a letter to a provider still waiting for the post puts its contract on Today:
 * the batch is printed the next business day and due at the post by the end of the one after (`unpostedCutoff`).
 * Meanwhile the provider's term does not run, so nothing else would bring the contract up.
 */
const AWAITING_POST_BUSINESS_DAYS = 2;

/** A batch on Today: printed more than a business day ago and not marked posted. */
export interface UnpostedBatch {
  batchId: string;
  ownerId: string;
  date: string;
  letterCount: number;
  createdAt: Date;
  /** When its PDF was first downloaded: until then Today offers the download, not the post (`markPosted` refuses it). */
  printedAt: Date | null;
  /** To be downloaded again: an address in it was corrected (README, printaddress). */
  readdressed: ReaddressedBatch[] | null;
  /** olddebts: its letters still hers to post: `letterCount` less those a colleague marked posted apart (`postedApart`). */
  toPost: number;
  /** olddebts: its letters a colleague marked posted apart (handover4), and who; null when none. */
  postedApart: { letters: number; byNames: string[] } | null;
}

/** estatepage: how many of an estate's batches held by others its page and API name (each a handover's leftover: one or two), besides any holding a contract's latest request letter (datefix). */
const OTHERS_BATCHES_OF_AN_ESTATE = 10;

/** handover3: letters of an estate in a batch another than its owner downloaded and has not marked posted, counted by estate and batch. */
export interface InOthersBatch {
  estateId: string;
  batchId: string;
  /** The one whose batch it is (the estate's owner before a handover). */
  holderName: string;
  date: string;
  letterCount: number;
  /** estatepage: the letters themselves (the estate page names each one's batch on its line) and when she downloaded the batch. */
  letterIds: string[];
  downloadedAt: Date;
  /** twins70: of its letters, each that is its contract's latest about the request, with the state it was written in (`colleaguesBatchesIn`). */
  requestLetters: { contractId: string; letterId: string; state: string }[];
}

/**
 * estatebutton, twins70: `colleaguesBatchesOf`'s answer for an estate's contracts, taken from its letters in others' batches (one read
 * gives the headline and the contract rows): each contract whose latest letter about the request, written in the state it is still in
 * (`states`), is in a batch a colleague downloaded and has not marked posted.
 */
export function colleaguesBatchesIn(batches: readonly InOthersBatch[], states: ReadonlyMap<string, string>): Map<string, ColleaguesBatch> {
  return new Map(
    batches.flatMap((b) => b.requestLetters.filter((r) => states.get(r.contractId) === r.state).map((r) => [r.contractId, { letterId: r.letterId, holderName: b.holderName, downloadedAt: b.downloadedAt }] as const)),
  );
}

const VIEW_COLUMNS = `b.id, to_char(b.batch_date, 'YYYY-MM-DD') AS "date", b.letter_count AS "letterCount",
  CASE WHEN b.pdf_stale_since IS NULL THEN b.sha256 END AS sha256, b.pdf_stale_since IS NOT NULL AS "rebuilding", b.created_at AS "createdAt", b.printed_at AS "printedAt", b.posted_at AS "postedAt",
  (SELECT json_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = b.posted_by) AS "postedBy", ${READDRESSED('b')} AS "readdressed"`;

/**
 * The first day whose batches are not late yet: a batch is due at the post by the end of the business day after
 * the day it was made (printed that day, posted that day or the next), so on `today` every batch made before the
 * last business day before today is late. The first batch a Friday made shows on Tuesday.
 */
function unpostedCutoff(today: string): string {
  let day = addCalendarDays(today, -1);
  while (!isBusinessDay(day)) day = addCalendarDays(day, -1);
  return day;
}

/** The latest letter date that is `AWAITING_POST_BUSINESS_DAYS` business days before `today` or more. */
function awaitingPostCutoff(today: string): string {
  let day = today;
  for (let left = AWAITING_POST_BUSINESS_DAYS; left > 0; ) {
    day = addCalendarDays(day, -1);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

/**
 * Letters to providers that only take post are printed in one batch a day per case owner: one merged
 * PDF to print and envelope (the recipient sits in the window), each letter followed by the
 * enclosures it lists, plus the list of what is in it with each envelope's page count.
 */
/** The print lists (cursorbind): whose (an administrator's are everyone's) batches, and letters waiting for the next batch. */
export const printLists = {
  batches: (principal: StaffPrincipal) => listOf('print-batches', principal.role === 'admin' ? null : principal.userId),
  waiting: (principal: StaffPrincipal) => listOf('print-waiting', principal.role === 'admin' ? null : principal.userId),
};

@Injectable()
export class PrintBatchesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly workers: Workers,
    private readonly documents: DocumentsService,
    private readonly timeline: TimelineService,
    private readonly letters: LettersService,
    private readonly contracts: ContractsService,
    private readonly outbox: OutboxService,
    private readonly providers: ProvidersService,
    private readonly erasures: DocumentErasuresService,
    private readonly notices: ReaddressNoticesService,
    private readonly checks: PrintableChecks,
    private readonly estates: EstatesService,
    private readonly views: ContractViews,
  ) {}

  /**
   * Part of the retention purge, before the letters go: a print batch holding any of the estate's
   * letters is deleted whole. It was printed years ago; the other letters in it stay with their own estates.
   */
  eraseBatchesOf(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM print_batches WHERE id IN (SELECT print_batch_id FROM letters WHERE estate_id = $1 AND print_batch_id IS NOT NULL)'], [estateId]);
  }

  onModuleInit(): void {
    this.workers.registerRoutine('stale print batches', () => this.mergeStaleBatches());
    this.workers.registerRoutine('print batches', () => this.createDueBatches());
    this.estates.onLettersInOthersBatches((estateId) => this.inOthersBatchesOf(estateId));
    this.views.readColleaguesBatchesWith((contracts) => this.colleaguesBatchesOf(contracts));
    this.contracts.handleWaitingLettersWith({
      remake: (manager, contractIds, withFollowUps) => this.remakeCorrected(manager, contractIds, withFollowUps),
      setApartOvertaken: (manager, contractId, overtaken) => this.setApartOvertaken(manager, contractId, overtaken),
      setApartObjections: (manager, contractId, references, by) => this.setApartObjections(manager, contractId, references, by),
      setApartReminder: (manager, contractId) => this.setApartReminder(manager, contractId),
      setApartRepaymentAsked: (manager, contractId) => this.setApartRepaymentAsked(manager, contractId),
      setApartCollectionEnded: (manager, contractId, which) => this.setApartCollectionEnded(manager, contractId, which),
    });
    this.providers.onAddressCorrected((manager, provider, corrected, by) => this.readdress(manager, provider, corrected, by));
    this.erasures.leaveOutWith((manager, document, by) => this.leaveOut(manager, document, by));
  }

  /**
   * README docwithdraw (audit75 F-0): the owner withdrew a document while a letter that encloses it has not left. It "gaat niet
   * meer mee", so that letter must not take it: as for a corrected address (`readdress`, printaddress), each such letter is set
   * apart (`CORRECTED_BEFORE_POST`) and made anew (`LettersService.remake`) from the same facts, and the new one encloses what
   * stands now (`requestLetterEnclosures`, `chosenEnclosures`: never a withdrawn document). Not left: by post, waiting unprinted or
   * in a batch downloaded but not posted (the owner still holds the envelope: the batch asks to be printed again, `readdressed`
   * with the document's kind); by e-mail, its sending not started (`stayingHome`, README sendingmark and queryplans: one started is on
   * its way and counts as gone). A letter left this way never carried it, so no deletion request follows for it (GDPR art. 5(1)(c):
   * the provider is not sent what it need not have, and not asked to erase what it never had). Each is told on its contract's
   * timeline, by `by`. Batches are locked before their letters, as the download locks them.
   */
  private async leaveOut(manager: EntityManager, document: EstateDocument, by: Actor): Promise<void> {
    const enclosing: { id: string }[] = await manager.query(
      `SELECT DISTINCT contract_id AS id FROM letters WHERE estate_id = $1 AND $2 = ANY(enclosure_ids) AND status = 'sent' AND contract_id IS NOT NULL
          AND delivery_status IN ('queued_for_print', 'printed', 'pending')`,
      [document.estateId, document.id],
    );
    if (!enclosing.length) return;
    const contractIds = enclosing.map((c) => c.id);
    await manager.query(
      `SELECT b.id FROM print_batches b WHERE b.posted_at IS NULL AND b.id IN (SELECT print_batch_id FROM letters WHERE contract_id = ANY($1) AND delivery_status = 'printed') ORDER BY b.id FOR UPDATE`,
      [contractIds],
    );
    const found: (Pick<WaitingLetter, 'id' | 'contractId' | 'kind' | 'batchId' | 'providerName'> & { channel: 'post' | 'email'; letterDate: string; description: string; stage: 'waiting' | 'downloaded' })[] = await manager.query(
      `SELECT l.id, l.contract_id AS "contractId", l.kind, l.channel, to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate", l.print_batch_id AS "batchId", c.description, p.name AS "providerName",
              CASE WHEN ${WAITING_UNPRINTED} OR l.channel = 'email' THEN 'waiting' ELSE 'downloaded' END AS stage
         FROM letters l JOIN contracts c ON c.id = l.contract_id JOIN providers p ON p.id = c.provider_id
        WHERE l.contract_id = ANY($1) AND $2 = ANY(l.enclosure_ids) AND l.status = 'sent'
          AND ((l.channel = 'post' AND l.delivery_status IN ('queued_for_print', 'printed')) OR (${EMAIL_NOT_STARTED}))
        ORDER BY l.created_at, l.id FOR UPDATE OF l SKIP LOCKED`,
      [contractIds, document.id],
    );
    const letters = await this.stayingHome(manager, found);
    const downloaded = new Map<string, { providerName: string; letterIds: string[] }[]>();
    for (const l of letters.filter((l) => l.stage === 'downloaded' && l.batchId)) downloaded.set(l.batchId!, [...(downloaded.get(l.batchId!) ?? []), { providerName: l.providerName, letterIds: [l.id] }]);
    await this.setApart(manager, letters, CORRECTED_BEFORE_POST, [...downloaded.keys()]);
    for (const [batchId, entries] of downloaded) await this.toPrintAgain(manager, batchId, entries.map((e) => ({ ...e, withdrawnKind: document.kind })));
    const notRemade = new Set(await this.letters.remake(manager, letters.map((l) => l.id)));
    for (const letter of letters.filter((l) => !notRemade.has(l.id))) {
      await this.timeline.append(manager, {
        estateId: document.estateId,
        contractId: letter.contractId,
        actor: by,
        event: LETTER_WITHOUT_WITHDRAWN,
        summary: `${letter.description}: the ${letter.kind} to ${letter.providerName} of ${letter.letterDate} (${letter.stage}) was made again without the withdrawn ${document.kind.replace(/_/g, ' ')}.`,
        details: { letterId: letter.id, description: letter.description, providerName: letter.providerName, kind: letter.kind, letterDate: letter.letterDate, channel: letter.channel, stage: letter.stage, documentKind: document.kind },
      });
    }
  }

  /**
   * The directory's address of this provider was corrected (README, postfix): a letter to it made with the old address that has not
   * left yet would go to an address the office knows is wrong. So, as a correction of the record does (`remakeCorrected`, queuedfix),
   * each such letter to the provider itself (not an agency's copy, which goes to the agency's own address) is set apart
   * (`CORRECTED_BEFORE_POST`) and made anew (`LettersService.remake`): dated today, its term from today, to the corrected address
   * and by the provider's channel now. Not left yet: by post, waiting unprinted (`WAITING_UNPRINTED`); by e-mail, its sending not
   * started, or held by no worker (`stayingHome`: waiting, or failed and parked after its attempts; one a worker started is on its
   * way, README queryplans). README printaddress:
   * a change of channel alone counts (`corrected.channel`); and when the postal address itself changed, a letter in a batch downloaded
   * but not posted is still in the owner's hands: it is set apart too, and the batch says so (`readdressed`) until she downloads it
   * again, its new letter then in it (`pdf`); a letter posted to the old address in the last `READDRESS_POSTED_DAYS` whose step is still
   * open (the contract in its state, no later letter about the request, not made again before: a slip corrected back sends no second
   * copy) is made again for the corrected address. Each is told on its contract's timeline, by `by`.
   */
  private async readdress(manager: EntityManager, provider: Provider, corrected: AddressesCorrected, by: Actor): Promise<void> {
    await manager.query(
      `SELECT b.id FROM print_batches b WHERE b.posted_at IS NULL AND ($2 OR b.printed_at IS NULL)
          AND b.id IN (SELECT l.print_batch_id FROM letters l JOIN contracts c ON c.id = l.contract_id WHERE c.provider_id = $1 AND l.delivery_status = 'printed') ORDER BY b.id FOR UPDATE`,
      [provider.id, corrected.postalAddress],
    );
    const read: (Pick<WaitingLetter, 'id' | 'contractId' | 'kind' | 'batchId'> & { channel: 'post' | 'email'; letterDate: string; estateId: string; description: string; stage: Readdressed['stage']; postedOn: string | null; subject: string; language: Language; postedBefore: string[] | null; recent: boolean; open: boolean; started: boolean; followedBy: { kind: string; subject: string; language: Language; letterDate: string } | null; unanswered: boolean; postedHere: { letterDate: string; postedOn: string } | null })[] =
      await manager.query(
        `SELECT l.id, l.contract_id AS "contractId", l.estate_id AS "estateId", l.kind, l.channel, l.subject, l.language, l.effect #> '{payload,postedBefore}' AS "postedBefore", to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate", l.print_batch_id AS "batchId", c.description,
                CASE WHEN l.delivery_status IN ('posted', 'delivered') THEN 'posted' WHEN ${WAITING_UNPRINTED} OR l.channel = 'email' THEN 'waiting' ELSE 'downloaded' END AS stage,
                to_char(l.delivered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "postedOn", COALESCE(l.delivered_at >= $5, false) AS recent, c.state = l.effect #>> '{payload,state}' AS open,
                l.sending_started_at IS NOT NULL AS started,
                (SELECT json_build_object('kind', r.kind, 'subject', r.subject, 'language', r.language, 'letterDate', to_char(r.letter_date, 'YYYY-MM-DD')) FROM letters r
                  WHERE r.contract_id = l.contract_id AND r.created_at > l.created_at AND r.status = 'sent' AND ${aboutTheRequest('r')} AND (r.delivery_error IS NULL OR r.delivery_error <> ALL($8))
                  ORDER BY r.created_at, r.id LIMIT 1) AS "followedBy",
                COALESCE(c.state = (SELECT r.effect #>> '{payload,state}' FROM letters r WHERE r.contract_id = l.contract_id AND r.status = 'sent' AND ${aboutTheRequest('r')} ORDER BY r.created_at DESC, r.id DESC LIMIT 1), false)
                  AND NOT EXISTS (SELECT 1 FROM letters r WHERE r.contract_id = l.contract_id AND r.created_at > l.created_at AND r.status = 'sent' AND ${aboutTheRequest('r')} AND NOT ${repeatsTheQuestion('r')}) AS unanswered,
                CASE WHEN (($4 AND l.channel = 'post') OR ($3 AND l.channel = 'email')) AND l.effect #>> '{payload,retryOf}' IS NOT NULL THEN ${WENT_HERE_BEFORE} END AS "postedHere"
           FROM letters l JOIN contracts c ON c.id = l.contract_id
          WHERE c.provider_id = $1 AND (l.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
            AND (($2 AND ${WAITING_UNPRINTED})
              OR ($3 AND l.status = 'sent' AND l.channel = 'email' AND l.delivery_status IN ('pending', 'failed'))
              OR ($4 AND l.status = 'sent' AND l.channel = 'post' AND l.delivery_status = 'printed' AND ${PRINTED_ELSEWHERE})
              OR (l.status = 'sent' AND ${aboutTheRequest('l')}
                  AND (($4 AND l.channel = 'post' AND l.delivery_status = 'posted' AND ${PRINTED_ELSEWHERE}) OR ($3 AND l.channel = 'email' AND l.delivery_status = 'delivered' AND $6::text IS NOT NULL AND l.delivery_address IS DISTINCT FROM $6))
                  AND NOT EXISTS (SELECT 1 FROM letters r WHERE r.contract_id = l.contract_id AND r.created_at > l.created_at AND r.effect #>> '{payload,retryOf}' = l.id::text)))
          ORDER BY l.created_at, l.id FOR UPDATE OF l SKIP LOCKED`,
        [
          provider.id,
          corrected.post,
          corrected.email,
          corrected.postalAddress,
          startOfDutchDay(addCalendarDays(this.clock.today(), -READDRESS_POSTED_DAYS)),
          provider.contactPointEmail ?? null,
          provider.contactPointPostalAddress ? JSON.stringify(provider.contactPointPostalAddress) : null,
          // A later letter set apart before it left never followed: the one made again in its place did.
          SET_APART_BEFORE_SENDING,
        ],
      );
    // README slipback: a letter gone went to one address, and was told when that one was corrected: a later correction (of a slip, or
    // again) finds nothing new about it, so it is told once; one made again is a new letter, told on its own.
    const gone = read.filter((l) => l.stage === 'posted');
    const toldBefore = new Set(
      (await this.timeline.detailsOfContracts(manager, [...new Set(gone.map((l) => l.contractId))], [LETTER_READDRESSED])).filter((e) => e.details.stage === 'posted').map((e) => e.details.letterId),
    );
    const found = read.filter((l) => !(l.stage === 'posted' && toldBefore.has(l.id)));
    // One not gone yet stays home: by post, or by e-mail whose sending has not started (`stayingHome`, README sendingmark and queryplans).
    const stayed = new Set((await this.stayingHome(manager, found.filter((l) => l.stage !== 'posted'), true)).map((l) => l.id));
    // README printrest: one gone to the old address more than `READDRESS_POSTED_DAYS` ago is not made again (its term ran from then and
    // the next letter chases it at the new address); only told if its step is still open (one answered since plainly reached them).
    // README printaddr: every letter about the request gone to the old address is judged. One a later letter about the request followed
    // is not sent again (that one carries the request on, and is judged itself); it is told while the request is unanswered: every
    // later letter only repeated its question (a reminder, a complaint), none asked something new after an answer (a dispute after a
    // confirmation says the request reached them).
    const followed = found.filter((l) => l.stage === 'posted' && l.followedBy);
    const latest = found.filter((l) => !(l.stage === 'posted' && l.followedBy));
    // README slipback, printrest2: one made again for an earlier correction whose earlier copy reached the address the directory has
    // again is not made anew: the provider has that copy, and another would be a second one to it. Waiting or downloaded, it is set
    // apart (a downloaded batch asks to be downloaded again); gone to the slip, it is only told.
    const restored = latest.filter((l) => l.postedHere && (l.stage === 'posted' || stayed.has(l.id)));
    const older = latest.filter((l) => l.stage === 'posted' && !l.recent && l.open && !restored.includes(l));
    const letters = latest.filter((l) => (l.stage === 'posted' ? l.recent : stayed.has(l.id)) && !restored.includes(l));
    // A letter gone is only made again. One waiting or downloaded leaves its batch first.
    const apart = [...restored, ...letters].filter((l) => l.stage !== 'posted');
    const downloaded = new Map<string, { providerName: string; letterIds: string[]; restored?: boolean }[]>();
    for (const l of apart.filter((l) => l.stage === 'downloaded' && l.batchId)) {
      downloaded.set(l.batchId!, [...(downloaded.get(l.batchId!) ?? []), { providerName: provider.name, letterIds: [l.id], ...(restored.includes(l) && { restored: true }) }]);
    }
    // Each says why (README, printwords): the history tells a downloaded letter, a new address, a new channel and an address set back apart.
    const [restoredApart, remadeApart] = [apart.filter((l) => restored.includes(l)), apart.filter((l) => !restored.includes(l))];
    await this.setApart(manager, restoredApart.filter((l) => l.stage === 'downloaded'), RESTORED_AFTER_DOWNLOAD, [...downloaded.keys()]);
    await this.setApart(manager, restoredApart.filter((l) => l.stage === 'waiting'), RESTORED_BEFORE_POST);
    await this.setApart(manager, remadeApart.filter((l) => l.stage === 'downloaded'), READDRESSED_AFTER_DOWNLOAD, [...downloaded.keys()]);
    await this.setApart(manager, remadeApart.filter((l) => l.stage === 'waiting'), corrected.channel ? RECHANNELLED_BEFORE_POST : READDRESSED_BEFORE_POST);
    for (const [batchId, entries] of downloaded) await this.toPrintAgain(manager, batchId, entries);
    // One whose step was answered meanwhile is not made again: one not gone has its own entry (`letter.not_remade`); one gone is told
    // below (README, printrest). One gone to the old address is made again saying so, with the dates of every copy before it (printwords).
    const postedBefore = new Map(letters.filter((l) => l.stage === 'posted').map((l) => [l.id, [...(l.postedBefore ?? []), l.letterDate]]));
    const notRemade = new Set(await this.letters.remake(manager, letters.map((l) => l.id), postedBefore));
    const told = [
      ...letters.filter((l) => !notRemade.has(l.id) || l.stage === 'posted').map((l) => ({ ...l, notAgain: notRemade.has(l.id) ? ({ why: 'answered' } as const) : null })),
      ...older.map((l) => ({ ...l, notAgain: { why: 'older', days: READDRESS_POSTED_DAYS } as const })),
      ...restored.map((l) => ({ ...l, notAgain: { why: 'restored', ...l.postedHere! } as const })),
      ...followed
        .filter((l) => l.unanswered)
        .map(({ followedBy: next, ...l }) => ({ ...l, notAgain: { why: 'followed', title: openingTitle(next!, next!.language), letterDate: next!.letterDate } as const })),
    ];
    for (const letter of told) {
      await this.timeline.append(manager, {
        estateId: letter.estateId,
        contractId: letter.contractId,
        actor: by,
        event: LETTER_READDRESSED,
        summary: `${letter.description}: the ${letter.channel === 'post' ? 'address' : 'email address'} of ${provider.name} was corrected in the directory; the ${letter.kind} of ${letter.letterDate} (${letter.stage}) was ${letter.notAgain ? `not made again (${letter.notAgain.why})` : 'made again'}.`,
        details: {
          letterId: letter.id,
          description: letter.description,
          providerName: provider.name,
          kind: letter.kind,
          // Named by its title, as the owner reads it above the letter: an insurer's "Melding van overlijden" keeps the cover (README, printwords).
          title: openingTitle(letter, letter.language),
          letterDate: letter.letterDate,
          channel: letter.channel,
          stage: letter.stage,
          ...(letter.stage === 'posted' && { postedOn: letter.postedOn }),
          ...(corrected.channel && { newChannel: corrected.channel }),
          ...(letter.notAgain && { notAgain: letter.notAgain }),
        },
      });
    }
    // README printaddr: the owner of each estate whose letters had gone to the old address reads on Today what was done about them. One
    // gone to a slip corrected back makes no row (printrest2): the provider has the earlier copy, and the slip's row told her of this one.
    const byEstate = new Map<string, ReaddressNotice>();
    for (const letter of told.filter((l) => l.stage === 'posted' && l.notAgain?.why !== 'restored')) {
      const n = byEstate.get(letter.estateId) ?? { estateId: letter.estateId, providerName: provider.name, post: false, email: false, remade: 0, notAgain: 0, letters: [] };
      byEstate.set(letter.estateId, {
        ...n,
        post: n.post || letter.channel === 'post',
        email: n.email || letter.channel === 'email',
        remade: n.remade + (letter.notAgain ? 0 : 1),
        notAgain: n.notAgain + (letter.notAgain ? 1 : 0),
        letters: [...n.letters!, { description: letter.description, title: openingTitle(letter, letter.language), remade: !letter.notAgain }],
      });
    }
    await this.notices.record(manager, [...byEstate.values()]);
  }

  /** A downloaded batch not posted whose letters were made again (`readdressed`, printaddress; `withdrawnKind`, docwithdraw) asks to be downloaded and printed again. */
  private async toPrintAgain(manager: EntityManager, batchId: string, entries: ReaddressedEntry[]): Promise<void> {
    await manager.query(`UPDATE print_batches SET readdressed = COALESCE(readdressed, '[]') || $2::jsonb WHERE id = $1`, [batchId, JSON.stringify(entries)]);
  }

  /**
   * A correction of a fact these contracts' requests print (README, queuedfix): each letter about a request (to its provider,
   * of the state the contract is still in) that waits for the post unprinted (`WAITING_UNPRINTED`), or by e-mail whose sending has
   * not started (`EMAIL_NOT_STARTED`, README queryplans), is set apart (`failed`, `CORRECTED_BEFORE_POST`, out of its batch, which is
   * merged again from the letters left; its sending withdrawn or found set apart) and made anew from the corrected record
   * (`LettersService.remake`): the same kind, to the same provider, by its channel, joining the next batch or sent. A batch whose PDF
   * was downloaded is printed: its letters went out as far as the correction is concerned, and the provider is told in a
   * correction letter. Returns the letters made anew, by contract, and the contracts with a letter that went out besides them
   * (`out`: the correction is told to those). The caller holds the contracts' locks; batches are locked before their letters,
   * as the download does. A letter the daily run is putting in a batch this moment (it locks letters first) is skipped, not
   * waited for: it goes as it was, and counts as out. `withFollowUps` (a change of case owner, handover3): the correction letters to the
   * provider waiting too (`FOLLOW_UPS_NAMING_CONTACT`), made anew as they were written: their changes travel in their event, a bill
   * correction names the earlier correction's signer as the new one's colleague (`LetterInputBuilder`).
   */
  async remakeCorrected(manager: EntityManager, contractIds: string[], withFollowUps = false): Promise<{ remade: (RemadeLetter & { contractId: string })[]; out: Set<string> }> {
    if (!contractIds.length) return { remade: [], out: new Set() };
    await this.lockUnprintedBatches(manager, contractIds);
    const waiting = await this.stayingHome(manager, await this.waitingRequests(manager, contractIds, true, withFollowUps));
    await this.setApart(manager, waiting, CORRECTED_BEFORE_POST);
    await this.letters.remake(manager, waiting.map((l) => l.id));
    return { remade: waiting.map(({ contractId, kind, providerName }) => ({ contractId, kind, providerName })), out: await this.outBeside(manager, contractIds, []) };
  }

  /**
   * What a correction of this contract's facts would do to its letters now, as `remakeCorrected` would do it (the contract
   * page's correction form says it before): the kinds of the letters about the request it would make again, every one of them
   * (README, setapartrest), whether another letter went out (`out`: then a correction letter follows, `tellsCorrection`),
   * how many correction letters to the provider still waiting unprinted would give way to that one (`setApartOvertaken`), and
   * how a complaint letter it would set apart when it withdraws the complaint waits (`complaintWaiting`: for the post, or by e-mail).
   * Nothing is locked or written.
   */
  async correctionWouldRemake(contractId: string): Promise<{ remakes: string[]; remakesBy: 'post' | 'email'; out: boolean; givesWay: number; complaintWaiting: 'post' | 'email' | null }> {
    const waiting = await this.waitingRequests(this.db.manager, [contractId], false);
    const out = await this.outBeside(this.db.manager, [contractId], waiting.map((l) => l.id));
    const givesWay = (await this.waitingOvertaken(this.db.manager, contractId, { kind: 'correction', agencyLetterId: null }, false)).length;
    // A complaint letter a correction withdrawing it would set apart: waiting for the post, or by e-mail not started yet.
    const [complaint] = await this.waitingOvertaken(this.db.manager, contractId, { kind: 'rejection_complaint', agencyLetterId: null }, false);
    // By e-mail when every one is (a provider's letters go by its one channel): the form says they have not been sent yet.
    const remakesBy = waiting.length && waiting.every((l) => l.channel === 'email') ? 'email' : 'post';
    return { remakes: waiting.map((l) => l.kind), remakesBy, out: out.has(contractId), givesWay, complaintWaiting: complaint?.channel ?? null };
  }

  /**
   * A letter that says what changed (a correction of the record, a bill correction, a new contact person), about to be followed by
   * a later one of the same kind to the same addressee (`overtaken.agencyLetterId`: an agency's, else the provider's) about the same
   * matter (`overtaken.reference`: a bill correction's bill, by the number it was disputed under): every such letter still waiting
   * for the post unprinted (`WAITING_UNPRINTED`) is set apart as `remakeCorrected` sets a request apart (`CORRECTED_BEFORE_POST`), and
   * not made again (README, queuedrest and setapartrest). The later letter states the whole change from what the addressee knows
   * (`knownToProvider`, `billAsLastRead`: a letter not yet posted was never read), so the addressee gets one letter, not "K-7001 →
   * K-7010" and then "K-7001 → K-7020". Returns the letters set apart, for the owner's timeline, and what their corrections of the
   * record changed (`changes`, oldest first), for the caller to carry the facts its own correction leaves into the later letter. The
   * caller holds the contract's lock.
   */
  async setApartOvertaken(manager: EntityManager, contractId: string, overtaken: { kind: OvertakenKind; agencyLetterId: string | null; reference?: string }): Promise<{ letters: RemadeLetter[]; changes: FieldChange[] }> {
    await this.lockUnprintedBatches(manager, [contractId]);
    // A complaint by e-mail whose sending has not started stays home as an objection does (README, sendingmark, collectionwords).
    const waiting = await this.stayingHome(manager, await this.waitingOvertaken(manager, contractId, overtaken, true));
    await this.setApart(manager, waiting, CORRECTED_BEFORE_POST);
    return { letters: waiting.map(({ kind, providerName }) => ({ kind, providerName })), changes: overtaken.kind === 'correction' ? waiting.flatMap((l) => l.changes ?? []) : [] };
  }

  /**
   * The letters `setApartOvertaken` sets apart: of this kind, to this addressee, about this matter, waiting for the post unprinted,
   * oldest first; `lock`: for setting them apart (the correction form only counts them, `correctionWouldRemake`). A complaint
   * about a rejection also by e-mail while its sending has not started (`sending_started_at`, README sendingmark): the provider
   * never had it, as one waiting for the post; olddebts3: a contact-person letter too (handed on again before it went, it would name
   * a contact person who no longer is one).
   */
  private waitingOvertaken(manager: EntityManager, contractId: string, overtaken: { kind: OvertakenKind; agencyLetterId: string | null; reference?: string }, lock: boolean): Promise<(WaitingLetter & { changes: FieldChange[] | null; channel: 'post' | 'email' })[]> {
    return manager.query(
      `SELECT l.id, l.contract_id AS "contractId", l.kind, l.channel, p.name AS "providerName", l.print_batch_id AS "batchId", l.effect #> '{payload,event,changes}' AS changes
         FROM letters l JOIN contracts c ON c.id = l.contract_id JOIN providers p ON p.id = c.provider_id
        WHERE l.contract_id = $1 AND l.kind = $2
          AND (${WAITING_UNPRINTED} OR ($2 IN ('rejection_complaint', 'contact_change') AND ${EMAIL_NOT_STARTED}))
          AND CASE WHEN $3::text IS NULL THEN (l.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
                   ELSE l.effect #>> '{payload,effect,to}' = 'agency' AND l.effect #>> '{payload,event,agencyLetterId}' = $3 END
          AND ($4::text IS NULL OR l.effect #>> '{payload,event,reference}' = $4)
        ORDER BY l.created_at, l.id${lock ? ' FOR UPDATE OF l SKIP LOCKED' : ''}`,
      [contractId, overtaken.kind, overtaken.agencyLetterId, overtaken.reference ?? null],
    );
  }

  /** The batches not printed yet that hold these contracts' letters, locked before their letters, as the download locks them. */
  private async lockUnprintedBatches(manager: EntityManager, contractIds: string[]): Promise<void> {
    await manager.query(
      `SELECT b.id FROM print_batches b WHERE b.printed_at IS NULL AND b.id IN (SELECT print_batch_id FROM letters WHERE contract_id = ANY($1) AND delivery_status = 'printed') ORDER BY b.id FOR UPDATE`,
      [contractIds],
    );
  }

  /**
   * The letters about these contracts' requests (`aboutTheRequest`, of the state each contract is in) waiting for the post unprinted,
   * or by e-mail whose sending has not started (README queryplans); `lock`: for setting them apart; `withFollowUps`: the follow-ups
   * to the provider (`FOLLOW_UPS_NAMING_CONTACT`, of any state) and every letter to an agency (`AGENCY_LETTER_KINDS`, by its name; since
   * olddebts the withdrawal of an objection too: „Daarin noemde mijn collega ons bezwaar") waiting too.
   */
  private waitingRequests(manager: EntityManager, contractIds: string[], lock: boolean, withFollowUps = false): Promise<(WaitingLetter & { channel: 'post' | 'email' })[]> {
    return manager.query(
      `SELECT l.id, l.contract_id AS "contractId", l.kind, l.channel, CASE WHEN ${TO_AGENCY} THEN l.recipient ELSE p.name END AS "providerName", l.print_batch_id AS "batchId"
         FROM letters l JOIN contracts c ON c.id = l.contract_id JOIN providers p ON p.id = c.provider_id
        WHERE l.contract_id = ANY($1) AND (${WAITING_UNPRINTED} OR ${EMAIL_NOT_STARTED})
          AND ((${aboutTheRequest('l')} AND c.state = l.effect #>> '{payload,state}')
               OR ($2 AND CASE WHEN ${TO_AGENCY} THEN l.kind = ANY($4) ELSE l.kind = ANY($3) END))
        ORDER BY l.created_at, l.id${lock ? ' FOR UPDATE OF l SKIP LOCKED' : ''}`,
      [contractIds, withFollowUps, FOLLOW_UPS_NAMING_CONTACT, AGENCY_LETTER_KINDS],
    );
  }

  /** Letters waiting unprinted set apart (`failed`, `why`: `CORRECTED_BEFORE_POST`, `SETTLED_BEFORE_POST`, `ANSWERED_BEFORE_POST`), each batch they leave marked to be merged again from the letters left (`leftStale`). */
  private async setApart(manager: EntityManager, letters: Pick<WaitingLetter, 'id' | 'batchId'>[], why: string, downloaded: string[] = []): Promise<void> {
    if (!letters.length) return;
    await manager.query(`UPDATE letters SET delivery_status = 'failed', delivery_error = $2, print_pages = NULL, print_batch_id = NULL WHERE id = ANY($1)`, [letters.map((l) => l.id), why]);
    for (const batchId of new Set(letters.flatMap((l) => (l.batchId ? [l.batchId] : [])))) await this.leftStale(manager, batchId, downloaded.includes(batchId));
  }

  /**
   * Of the letters a set-apart path found waiting, those that stay home (README sendingmark, queryplans): every one by post; one by
   * e-mail whose sending has not started (`EMAIL_NOT_STARTED`: a worker that claimed it finds it set apart when it comes to start,
   * `LettersService.deliver`), or whose sending no worker holds (`started`: a failed one waiting for its retry; `parked`, one parked
   * too). Each sending not claimed is withdrawn. One whose sending started and that a worker holds is on its way: it goes as it was.
   */
  private async stayingHome<L extends { id: string; channel: string; started?: boolean }>(manager: EntityManager, letters: L[], parked = false): Promise<L[]> {
    const withdrawn = new Set(await this.outbox.withdrawUnclaimed(manager, 'deliver_letter', 'letterId', letters.filter((l) => l.channel === 'email').map((l) => l.id), parked));
    return letters.filter((l) => l.channel !== 'email' || !l.started || withdrawn.has(l.id));
  }

  /**
   * Of these contracts, those with a letter that reached (or is on its way to) the provider: as the timeline's `letter.sent`,
   * less the letters set apart before the post and not made anew there (corrected, their bill settled, their step answered since)
   * and those in `besides` (about to be).
   */
  private async outBeside(manager: EntityManager, contractIds: string[], besides: string[]): Promise<Set<string>> {
    const out: { contractId: string }[] = await manager.query(
      `SELECT DISTINCT contract_id AS "contractId" FROM letters WHERE contract_id = ANY($1) AND status = 'sent' AND (delivery_error IS NULL OR delivery_error <> ALL($2)) AND id <> ALL($3::uuid[])`,
      [contractIds, [...CORRECTED_AND_REMADE, SETTLED_BEFORE_POST, ANSWERED_BEFORE_POST, TAKEN_BACK_BEFORE_POST, COLLECTED_AGAIN_BEFORE_POST, DROP_UNDONE_BEFORE_POST, LANGUAGE_CORRECTED_BEFORE_POST, NOT_REMADE], besides],
    );
    return new Set(out.map((r) => r.contractId));
  }

  /**
   * These bills of the contract (by the number each was disputed under) were settled by the owner, or answered by the provider
   * (`by`), while their objection to the provider waits for the post unprinted, as `remakeCorrected` reads it (README, agencytold,
   * setapartrest): an objection to a bill no longer disputed, or already answered, must not reach the provider, so each such
   * dispute letter is set apart (`SETTLED_BEFORE_POST` or `ANSWERED_BEFORE_POST`, out of its batch) and not made again. Returns the bills whose objection was set apart. Locks as `remakeCorrected` does; a letter being batched this very
   * moment is skipped and goes out, and a dropped objection's withdrawal then follows it as for any objection that went out. An
   * objection by e-mail not delivered yet whose sending has not started is set apart the same way (`byEmail`), its sending withdrawn.
   */
  async setApartObjections(manager: EntityManager, contractId: string, references: string[], by: 'owner' | 'provider'): Promise<{ references: string[]; byEmail: boolean }> {
    if (!references.length) return { references: [], byEmail: false };
    await this.lockUnprintedBatches(manager, [contractId]);
    const waiting: { id: string; reference: string; batchId: string | null; channel: string }[] = await manager.query(
      `SELECT l.id, l.effect #>> '{payload,event,reference}' AS reference, l.print_batch_id AS "batchId", l.channel FROM letters l
        WHERE l.contract_id = $1 AND l.kind = 'dispute' AND l.effect #>> '{payload,event,reference}' = ANY($2) AND (l.effect #>> '{payload,effect,to}') IS NULL
          AND (${WAITING_UNPRINTED} OR ${EMAIL_NOT_STARTED})
        ORDER BY l.created_at, l.id FOR UPDATE OF l SKIP LOCKED`,
      [contractId, references],
    );
    // An e-mail whose sending has not started stays home, its sending claimed by a worker or not (README, sendingmark). One whose
    // sending started is on its way: the query above left it out (or skipped it, started this very moment).
    await this.stayingHome(manager, waiting);
    await this.setApart(manager, waiting, by === 'owner' ? SETTLED_BEFORE_POST : ANSWERED_BEFORE_POST);
    return { references: [...new Set(waiting.map((l) => l.reference))], byEmail: waiting.some((l) => l.channel === 'email') };
  }

  /**
   * audit98 F1: the estate changed case owner (a handover or its undo). Its letters in another's batch that nobody downloaded yet go
   * back to waiting, so they are printed in the new owner's next batch: the one who gave the estate away no longer reads or prints
   * them (they are outside her reach, as the estate is), and the new owner finds them waiting. A batch already downloaded keeps them:
   * its envelopes may be in the post. Each batch they leave is merged again from what is left, or is gone (`leftStale`). The caller
   * holds the estate's lock; batches are locked before their letters, as the download locks them.
   */
  async followNewOwner(manager: EntityManager, estateId: string, ownerId: string): Promise<void> {
    // The estate's own printed letters first (`letters_estate_idx`), then their batches by key: the planner may otherwise walk every batch
    // in key order for the few not downloaded (a fresh-clone run of stop 67 saw `print_batches_pkey` whole). No `print_batch_id IS NOT
    // NULL` here: it would let the planner read every letter ever printed by `letters_print_batch_idx` (a run of stop 68 saw it); a
    // NULL joins no batch.
    const batches: { id: string }[] = await manager.query(
      `WITH estate_batches AS MATERIALIZED (SELECT DISTINCT print_batch_id AS id FROM letters WHERE estate_id = $1 AND delivery_status = 'printed')
       SELECT b.id FROM print_batches b JOIN estate_batches USING (id) WHERE b.printed_at IS NULL AND b.owner_id <> $2 ORDER BY b.id FOR UPDATE OF b`,
      [estateId, ownerId],
    );
    if (!batches.length) return;
    await manager.query(
      `UPDATE letters SET delivery_status = 'queued_for_print', print_pages = NULL, print_batch_id = NULL WHERE estate_id = $1 AND delivery_status = 'printed' AND print_batch_id = ANY($2)`,
      [estateId, batches.map((b) => b.id)],
    );
    for (const { id } of batches) await this.leftStale(manager, id);
  }

  /**
   * README reminderpost: the owner took back the block a bank's reminder of the release restated while that reminder has not gone out:
   * by post, waiting unprinted or in a batch downloaded but not posted (the owner still holds the envelope: the batch asks to be
   * downloaded again, `takenBack`); by e-mail, its sending not started or held by no worker (`stayingHome`). It is set apart
   * (`TAKEN_BACK_BEFORE_POST`) and not made again: the bank never read "you confirmed the block", so nothing is withdrawn. Returns
   * whether one was. The caller holds the contract's lock; batches are locked before their letters, as the download locks them.
   */
  async setApartReminder(manager: EntityManager, contractId: string): Promise<boolean> {
    return (await this.setApartToProvider(manager, contractId, 'release_reminder', TAKEN_BACK_BEFORE_POST, { takenBack: true })) > 0;
  }

  /**
   * repaywithdraw: the claim's drop undone, our letters asking the money paid on it back (`repayment_request`) that have not gone out
   * are set apart (`DROP_UNDONE_BEFORE_POST`) as the reminder above: the provider never read them, so no withdrawal answers them.
   * repayback: those in a batch downloaded but not posted too: the batch asks to be downloaded again and says the request does not go.
   * What the first of those that went or are on their way (`sent`, not set apart, not failed) asked back, or null: the withdrawal answers it.
   */
  async setApartRepaymentAsked(manager: EntityManager, contractId: string): Promise<RepaymentRequestFacts | null> {
    await this.setApartToProvider(manager, contractId, 'repayment_request', DROP_UNDONE_BEFORE_POST, { takenBack: true, dropUndone: true, repaymentAsked: true });
    const [out]: { repayment: RepaymentRequestFacts }[] = await manager.query(
      `SELECT l.effect #> '{payload,event,repayment}' AS repayment FROM letters l WHERE l.contract_id = $1 AND l.kind = 'repayment_request' AND l.status = 'sent'
          AND (l.delivery_error IS NULL OR l.delivery_error <> ALL($2)) AND l.delivery_status <> 'failed' ORDER BY l.created_at, l.id LIMIT 1`,
      [contractId, SET_APART_BEFORE_SENDING],
    );
    return out?.repayment ?? null;
  }

  /**
   * The contract's letters of `kind` to its provider not gone out, set apart `why` (`setApartReminder`): by post waiting unprinted, or
   * in a batch downloaded but not posted, which asks to be printed again saying why (`left`); by e-mail, its sending not started or held
   * by no worker (`stayingHome`). How many. The caller holds the contract's lock; batches are locked before their letters.
   */
  private async setApartToProvider(manager: EntityManager, contractId: string, kind: 'release_reminder' | 'repayment_request', why: string, left: Omit<ReaddressedEntry, 'providerName' | 'letterIds'>): Promise<number> {
    await manager.query(
      `SELECT b.id FROM print_batches b WHERE b.posted_at IS NULL AND b.id IN (SELECT print_batch_id FROM letters WHERE contract_id = $1 AND delivery_status = 'printed') ORDER BY b.id FOR UPDATE`,
      [contractId],
    );
    const found: (Pick<WaitingLetter, 'id' | 'batchId' | 'providerName'> & { channel: 'post' | 'email'; started: boolean; downloaded: boolean })[] = await manager.query(
      `SELECT l.id, l.channel, l.print_batch_id AS "batchId", p.name AS "providerName", l.sending_started_at IS NOT NULL AS started, NOT (${WAITING_UNPRINTED}) AND l.channel = 'post' AS downloaded
         FROM letters l JOIN contracts c ON c.id = l.contract_id JOIN providers p ON p.id = c.provider_id
        WHERE l.contract_id = $1 AND l.kind = $3 AND l.status = 'sent'
          AND ((l.channel = 'post' AND l.delivery_status IN ('queued_for_print', 'printed')) OR (l.channel = 'email' AND l.delivery_status IN ('pending', 'failed') AND (l.delivery_error IS NULL OR l.delivery_error <> ALL($2))))
        ORDER BY l.created_at, l.id FOR UPDATE OF l SKIP LOCKED`,
      [contractId, SET_APART_BEFORE_SENDING, kind],
    );
    const letters = await this.stayingHome(manager, found, true);
    const downloaded = letters.filter((l) => l.downloaded && l.batchId);
    await this.setApart(manager, letters, why, downloaded.map((l) => l.batchId!));
    for (const l of downloaded) await this.toPrintAgain(manager, l.batchId!, [{ providerName: l.providerName, letterIds: [l.id], ...left }]);
    return letters.length;
  }

  /**
   * collrest: the agency wrote again about the claim (its collection letter recorded) while our letter asking it to close its file
   * (`collection_ended`, said against a stop to that agency) has not gone out: by post, waiting unprinted or in a batch downloaded but
   * not posted (the batch asks to be printed again); by e-mail, its sending not started or held by no worker (`stayingHome`). It is set
   * apart (`COLLECTED_AGAIN_BEFORE_POST`) and not made again: the new stop asks the agency what stands now. deskundo: the drop that
   * made it go undone (`droppedBills`: those the drop named, empty the only one; `endNamesDrop`): set apart (`DROP_UNDONE_BEFORE_POST`),
   * the agency never read that the collection ended, so nothing is corrected. Those set apart. agencylate2: the agency's particulars corrected
   * (`correctedAgency`, the name it was recorded under): every letter of ours to it (`AGENCY_LETTER_KINDS`) not gone yet is set apart
   * (`CORRECTED_BEFORE_POST`; agencylang3: its language alone, `LANGUAGE_CORRECTED_BEFORE_POST`): none goes under the wrong particulars, and the one that still matters goes again. The caller holds the contract's lock;
   * batches are locked before their letters, as the download locks them (`setApartReminder`).
   */
  async setApartCollectionEnded(manager: EntityManager, contractId: string, which: EndLettersOf): Promise<{ id: string; kind: string }[]> {
    await manager.query(
      `SELECT b.id FROM print_batches b WHERE b.posted_at IS NULL AND b.id IN (SELECT print_batch_id FROM letters WHERE contract_id = $1 AND delivery_status = 'printed') ORDER BY b.id FOR UPDATE`,
      [contractId],
    );
    const agency = 'agency' in which ? which.agency : 'correctedAgency' in which ? which.correctedAgency : null;
    // agencylate2: every letter to the agency whose particulars were corrected; otherwise the end letters only.
    const kinds = 'correctedAgency' in which ? AGENCY_LETTER_KINDS : ['collection_ended'];
    const found: (Pick<WaitingLetter, 'id' | 'batchId' | 'providerName'> & { kind: string; channel: 'post' | 'email'; started: boolean; downloaded: boolean; event: Record<string, unknown> })[] = await manager.query(
      `SELECT l.id, l.kind, l.channel, l.print_batch_id AS "batchId", l.recipient AS "providerName", l.sending_started_at IS NOT NULL AS started, NOT (${WAITING_UNPRINTED}) AND l.channel = 'post' AS downloaded,
              l.effect #> '{payload,event}' AS event
         FROM letters l LEFT JOIN letters stop ON stop.id::text = l.effect #>> '{payload,event,agencyLetterId}' AND stop.contract_id = l.contract_id
        WHERE l.contract_id = $1 AND l.kind = ANY($4) AND l.status = 'sent' AND l.effect #>> '{payload,effect,to}' = 'agency'
          AND ($3::text IS NULL OR COALESCE(stop.effect #>> '{payload,event,agency}', l.effect #>> '{payload,event,agency}') = $3)
          AND ((l.channel = 'post' AND l.delivery_status IN ('queued_for_print', 'printed')) OR (l.channel = 'email' AND l.delivery_status IN ('pending', 'failed') AND (l.delivery_error IS NULL OR l.delivery_error <> ALL($2))))
        ORDER BY l.created_at, l.id FOR UPDATE OF l SKIP LOCKED`,
      [contractId, SET_APART_BEFORE_SENDING, agency, kinds],
    );
    const letters = await this.stayingHome(manager, 'droppedBills' in which ? found.filter((l) => endNamesDrop(l.event, which.droppedBills, which.claim)) : found, true);
    const downloaded = letters.filter((l) => l.downloaded && l.batchId);
    const why = 'droppedBills' in which ? DROP_UNDONE_BEFORE_POST : 'correctedAgency' in which ? (which.language ? LANGUAGE_CORRECTED_BEFORE_POST : CORRECTED_BEFORE_POST) : COLLECTED_AGAIN_BEFORE_POST;
    await this.setApart(manager, letters, why, downloaded.map((l) => l.batchId!));
    // ownerdrop, agencylate2, stopclaim: the batch says why the letter left it (`dropUndone`, `agencyCorrected`, `collectedAgain`), not a bank's block taken back.
    const left = 'droppedBills' in which ? { takenBack: true, dropUndone: true } : 'correctedAgency' in which ? { takenBack: true, agencyCorrected: true } : { takenBack: true, collectedAgain: true };
    for (const l of downloaded) await this.toPrintAgain(manager, l.batchId!, [{ providerName: l.providerName, letterIds: [l.id], ...left }]);
    return letters.map(({ id, kind }) => ({ id, kind }));
  }

  /**
   * A batch some of whose letters left it (printmerge): with none left it is gone, the letters set apart leaving it with it; a
   * downloaded one stays, holding none, to say so (README, printaddress: its next download takes the new letters in). Otherwise
   * its count is the letters left and its PDF is marked stale (`pdf_stale_since`, a later moment than any mark before), to be merged
   * again after this transaction commits (`freshPdf`: the worker or the download), so the caller's locks are not held while pdf-lib
   * works. Whether letters are left.
   */
  private async leftStale(manager: EntityManager, batchId: string, downloaded = false): Promise<boolean> {
    const [{ left }]: { left: number }[] = await manager.query(`SELECT count(*)::int AS left FROM letters WHERE print_batch_id = $1 AND delivery_status = 'printed'`, [batchId]);
    if (!left && downloaded) {
      await manager.query(`UPDATE print_batches SET letter_count = 0, pdf_stale_since = NULL WHERE id = $1`, [batchId]);
      return false;
    }
    if (!left) {
      await manager.query(`UPDATE letters SET print_batch_id = NULL WHERE print_batch_id = $1`, [batchId]);
      await manager.query(`DELETE FROM print_batches WHERE id = $1`, [batchId]);
      // A download waiting for its merge reads it gone when this commits (`freshPdf`).
      await manager.query(`SELECT pg_notify($1, $2)`, [MERGE_ENDED, batchId]);
      return false;
    }
    await manager.query(`UPDATE print_batches SET letter_count = $2, pdf_stale_since = GREATEST(clock_timestamp(), pdf_stale_since + interval '1 microsecond') WHERE id = $1`, [batchId, left]);
    return true;
  }

  /** The worker's round (printmerge): each batch left stale and merged by nobody now (index print_batches_pdf_stale_idx) merged again, oldest mark first. */
  async mergeStaleBatches(): Promise<number> {
    const stale: { id: string }[] = await this.db.query(
      `SELECT id FROM print_batches WHERE pdf_stale_since IS NOT NULL AND (merge_claimed_until IS NULL OR merge_claimed_until <= clock_timestamp()) ORDER BY pdf_stale_since LIMIT $1`,
      [STALE_BATCHES_A_ROUND],
    );
    let merged = 0;
    for (const { id } of stale) if (await this.mergeStale(id)) merged++;
    return merged;
  }

  /**
   * The batch's PDF as its letters stand (printmerge): merged again first when a correction left it stale. While another instance
   * (or download) merges it this one waits, woken by that merge's end (LISTEN `MERGE_ENDED`, opsmend; it looked every 200 ms), and
   * serves its PDF, never a half-written one: a PDF is written whole, in the statement that clears the mark. Null: the batch is gone.
   * A wait longer than `MERGE_WAIT_MS` ends in 503 with Retry-After.
   */
  private async freshPdf(batchId: string, lang: Language): Promise<Buffer | null> {
    let listening: MergeListener | undefined;
    const until = Date.now() + MERGE_WAIT_MS;
    try {
      for (;;) {
        const [batch]: { pdf: Buffer | null; claimLeftMs: number | null }[] = await this.db.query(
          `SELECT CASE WHEN pdf_stale_since IS NULL THEN pdf END AS pdf, ceil(extract(epoch FROM merge_claimed_until - clock_timestamp()) * 1000)::int AS "claimLeftMs" FROM print_batches WHERE id = $1`,
          [batchId],
        );
        if (!batch) return null;
        if (batch.pdf) return batch.pdf;
        // Nobody merging it: this download does (unless another claimed it just now).
        if ((batch.claimLeftMs ?? 0) <= 0 && (await this.mergeStale(batchId))) continue;
        // Listening before looking again, so a merge that ends in between is not missed.
        if (!listening) {
          listening = await this.listenForMergeEnd(batchId);
          continue;
        }
        if (!(await listening.ended(until - Date.now()))) {
          const seconds = Math.max(1, Math.ceil((batch.claimLeftMs ?? 0) / 1000));
          throw new ProblemException(503, 'print-batch-merging', ownerWords(lang).print.stillMerging(seconds), { retryAfterSeconds: seconds });
        }
      }
    } finally {
      await listening?.close();
    }
  }

  /** A connection of the pool listening for the end of this batch's merge (`MERGE_ENDED`), until `close`. */
  private async listenForMergeEnd(batchId: string): Promise<MergeListener> {
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let heard = false;
    let wake: () => void = () => undefined;
    const onNotification = (n: Notification) => {
      if (n.channel !== MERGE_ENDED || n.payload !== batchId) return;
      heard = true;
      wake();
    };
    client.on('notification', onNotification);
    try {
      await client.query(`LISTEN ${MERGE_ENDED}`);
    } catch (error) {
      client.off('notification', onNotification);
      await runner.release();
      throw error;
    }
    return {
      ended: (withinMs) =>
        new Promise<boolean>((resolve) => {
          const done = (ended: boolean) => {
            clearTimeout(timer);
            wake = () => undefined;
            heard = false;
            resolve(ended);
          };
          const timer = setTimeout(() => done(false), Math.max(0, withinMs));
          if (heard) return done(true);
          wake = () => done(true);
        }),
      close: async () => {
        client.off('notification', onNotification);
        // The connection goes back to the pool listening to nothing.
        await client.query(`UNLISTEN ${MERGE_ENDED}`).finally(() => runner.release());
      },
    };
  }

  /**
   * Merges a stale batch again if this instance can claim it (`merge_claimed_until`, the database's clock, as `claimForPrint`):
   * built holding no transaction from the letters still in it, in their order, and recorded only if nobody marked it again
   * meanwhile (then the next round or the waiting download merges it once more). False while another holds it or it is not stale.
   */
  private async mergeStale(batchId: string): Promise<boolean> {
    const [[claim]]: [{ staleSince: string }[], number] = await this.db.query(
      `UPDATE print_batches SET merge_claimed_until = clock_timestamp() + $2 * interval '1 millisecond'
        WHERE id = $1 AND pdf_stale_since IS NOT NULL AND (merge_claimed_until IS NULL OR merge_claimed_until <= clock_timestamp()) RETURNING pdf_stale_since::text AS "staleSince"`,
      [batchId, PRINT_CLAIM_MS],
    );
    if (!claim) return false;
    try {
      const left: Pick<QueuedLetter, 'id' | 'pdf' | 'enclosure_ids'>[] = await this.db.query(
        `SELECT id, pdf, enclosure_ids FROM letters WHERE print_batch_id = $1 AND delivery_status = 'printed' ORDER BY created_at, id`,
        [batchId],
      );
      const built = left.length ? await this.merged(this.db.manager, left) : null;
      await this.db.transaction(async (manager) => {
        const [now]: { staleSince: string }[] = await manager.query(`SELECT pdf_stale_since::text AS "staleSince" FROM print_batches WHERE id = $1 FOR UPDATE`, [batchId]);
        if (now?.staleSince !== claim.staleSince) return;
        // None left to print (a mark always leaves some): nothing to merge, and the mark goes so no download waits on it.
        if (!built) return manager.query(`UPDATE print_batches SET pdf_stale_since = NULL WHERE id = $1`, [batchId]);
        await manager.query(`UPDATE print_batches SET pdf = $2, sha256 = $3, letter_count = $4, pdf_stale_since = NULL WHERE id = $1`, [batchId, built.pdf, sha256(built.pdf), left.length]);
        await manager.query(`UPDATE letters l SET print_pages = p.pages FROM unnest($1::uuid[], $2::int[]) AS p(id, pages) WHERE l.id = p.id`, [[...built.pages.keys()], [...built.pages.values()]]);
      });
      return true;
    } finally {
      // Its end wakes the downloads waiting for it (`freshPdf`).
      await this.db.query(`WITH ended AS (UPDATE print_batches SET merge_claimed_until = NULL WHERE id = $1 RETURNING id) SELECT pg_notify($2, id::text) FROM ended`, [batchId, MERGE_ENDED]);
    }
  }

  /** The daily run: every letter queued before today goes into its owner's batch for that day. */
  createDueBatches(): Promise<number> {
    return this.createBatches({ before: this.clock.today() });
  }

  /** "Print now" for one case owner: everything of theirs queued up to and including today. */
  async printNow(principal: StaffPrincipal): Promise<string[]> {
    await this.createBatches({ before: addCalendarDays(this.clock.today(), 1), ownerId: principal.userId });
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM print_batches WHERE owner_id = $1 ORDER BY batch_date DESC`, [principal.userId]);
    return rows.map((r) => r.id);
  }

  /**
   * Batches of the letters waiting for the post, each made holding no transaction (opsdb): what waits is read, the PDF built on
   * the documents' threads, and then one short transaction records it (`recordBatch`) if nothing it was built from changed
   * meanwhile. A letter set apart meanwhile (a correction, a withdrawn document) or a batch of that day downloaded or merged again
   * means it is built once more from what stands then; a crash or a failed build leaves every letter waiting for the next run.
   * Each letter is claimed before the build (`claimForPrint`, opsbatch): another instance printing at once builds none of them.
   * Returns the batches made.
   */
  private async createBatches(filter: { before: string; ownerId?: string }): Promise<number> {
    const queued: QueuedLetter[] = await this.db.query(
      `SELECT l.id, e.owner_id, l.letter_date, l.pdf, l.enclosure_ids, l.recipient, l.subject, e.reference
         FROM letters l JOIN estates e ON e.id = l.estate_id
        WHERE l.channel = 'post' AND l.delivery_status = 'queued_for_print' AND l.letter_date < $1 AND ($2::uuid IS NULL OR e.owner_id = $2)
        ORDER BY e.owner_id, l.letter_date, l.created_at`,
      [filter.before, filter.ownerId ?? null],
    );
    const groups = new Map<string, QueuedLetter[]>();
    for (const letter of queued) {
      const key = `${letter.owner_id}|${letter.letter_date}`;
      groups.set(key, [...(groups.get(key) ?? []), letter]);
    }
    let made = 0;
    for (const letters of groups.values()) if (await this.createBatch(letters)) made++;
    return made;
  }

  /** One owner's batch of one day, of the `queued` letters this instance claims (none: another instance is building them). */
  private async createBatch(queued: QueuedLetter[]): Promise<boolean> {
    const { owner_id: ownerId, letter_date: date } = queued[0];
    const letters = await this.claimForPrint(queued);
    try {
      return await this.buildAndRecord(ownerId, date, letters);
    } finally {
      // Those not recorded wait for the next run at once, not for the claim to run out; a crash leaves that to the clock.
      await this.db.query(`UPDATE letters SET print_claimed_until = NULL WHERE id = ANY($1) AND delivery_status = 'queued_for_print'`, [letters.map((l) => l.id)]);
    }
  }

  /**
   * Of `letters`, those this instance now builds: still waiting and claimed by nobody else (`print_claimed_until` on the database's
   * clock, so a virtual clock cannot end it early), each claimed for `PRINT_CLAIM_MS` in a statement of its own, committed before the build.
   */
  private async claimForPrint(letters: QueuedLetter[]): Promise<QueuedLetter[]> {
    const [claimed]: [{ id: string }[], number] = await this.db.query(
      `UPDATE letters SET print_claimed_until = clock_timestamp() + $2 * interval '1 millisecond'
        WHERE id IN (SELECT id FROM letters WHERE id = ANY($1) AND delivery_status = 'queued_for_print' AND (print_claimed_until IS NULL OR print_claimed_until <= clock_timestamp())
                      ORDER BY id FOR UPDATE SKIP LOCKED) RETURNING id`,
      [letters.map((l) => l.id), PRINT_CLAIM_MS],
    );
    const ids = new Set(claimed.map((l) => l.id));
    return letters.filter((l) => ids.has(l.id));
  }

  /** The batch built from `letters` and the day's open batch as they were read, tried again while either changes under it. */
  private async buildAndRecord(ownerId: string, date: string, letters: QueuedLetter[]): Promise<boolean> {
    for (let tries = 0; tries < BUILD_TRIES && letters.length; tries++) {
      // A batch for that day may exist already (a late letter): the new letters are appended to it while nobody has its
      // PDF yet. Once printed it is what went into the envelopes, so they start a batch of their own
      // (index print_batches_open_idx: one open batch a day).
      const open = await this.openBatch(ownerId, date);
      const built = await this.merged(this.db.manager, letters, open?.pdf);
      const waiting = await this.db.transaction((manager) => this.recordBatch(manager, letters, open ?? null, built));
      if (waiting === 'recorded') return true;
      letters = letters.filter((l) => waiting.has(l.id));
    }
    return false;
  }

  /** The day's batch still open for more letters, merged again first when a correction left it stale (printmerge), so the new letters are appended to what it holds now. */
  private async openBatch(ownerId: string, date: string): Promise<OpenBatch | undefined> {
    const read = async (): Promise<OpenBatch | undefined> =>
      (await this.db.query(`SELECT id, pdf, sha256, pdf_stale_since IS NOT NULL AS stale FROM print_batches WHERE owner_id = $1 AND batch_date = $2 AND posted_at IS NULL AND printed_at IS NULL`, [ownerId, date]))[0];
    const open = await read();
    if (!open?.stale) return open;
    // The daily run's: a wait that runs out is read in its log, and the letters wait for the next run.
    await this.freshPdf(open.id, 'en');
    return read();
  }

  /**
   * Records a batch built from `letters` onto `open` (the day's open batch when it was read, or none), if both still stand: the
   * day's open batch is the same one with the same PDF, not left stale since, and every letter still waits. Batches are locked before their letters, as
   * the download and the corrections lock them. Otherwise nothing is written, and the letters still waiting are returned.
   */
  private async recordBatch(manager: EntityManager, letters: QueuedLetter[], open: OpenBatch | null, built: { pdf: Buffer; pages: Map<string, number> }): Promise<'recorded' | Set<string>> {
    const { owner_id: ownerId, letter_date: date } = letters[0];
    const [now]: Omit<OpenBatch, 'pdf'>[] = await manager.query(
      `SELECT id, sha256, pdf_stale_since IS NOT NULL AS stale FROM print_batches WHERE owner_id = $1 AND batch_date = $2 AND posted_at IS NULL AND printed_at IS NULL FOR UPDATE`,
      [ownerId, date],
    );
    const stillWaiting: { id: string }[] = await manager.query(
      `SELECT id FROM letters WHERE id = ANY($1) AND delivery_status = 'queued_for_print' ORDER BY id FOR UPDATE`,
      [letters.map((l) => l.id)],
    );
    if (now?.id !== open?.id || now?.sha256 !== open?.sha256 || now?.stale || stillWaiting.length < letters.length) return new Set(stillWaiting.map((l) => l.id));
    const { pdf, pages } = built;
    // Another instance may have opened the day's batch since `now` was read: the insert then adds nothing, and the letters wait for the next try.
    const [row]: { id: string }[] = open
      ? await manager.query(`UPDATE print_batches SET pdf = $2, sha256 = $3, letter_count = letter_count + $4 WHERE id = $1 RETURNING id`, [open.id, pdf, sha256(pdf), letters.length]).then(([rows]) => rows)
      : await manager.query(
          `INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (owner_id, batch_date) WHERE posted_at IS NULL AND printed_at IS NULL DO NOTHING RETURNING id`,
          [ownerId, date, letters.length, pdf, sha256(pdf), this.clock.now()],
        );
    if (!row) return new Set(stillWaiting.map((l) => l.id));
    // Printed is not sent: a letter counts as sent (delivered_at) once its batch is marked posted.
    await manager.query(
      `UPDATE letters l SET print_batch_id = $2, delivery_status = 'printed', print_pages = p.pages, print_claimed_until = NULL
         FROM unnest($1::uuid[], $3::int[]) AS p(id, pages) WHERE l.id = p.id`,
      [[...pages.keys()], row.id, [...pages.values()]],
    );
    return 'recorded';
  }

  /** The letters, each followed by its enclosures, appended to `onto` (or a new PDF), and each envelope's page count. */
  private async merged(manager: EntityManager, letters: Pick<QueuedLetter, 'id' | 'pdf' | 'enclosure_ids'>[], onto?: Buffer): Promise<{ pdf: Buffer; pages: Map<string, number> }> {
    // The letter's rules checked that each listed enclosure reads as pages, so the envelope holds what the letter lists.
    const envelopes = [];
    for (const letter of letters) envelopes.push({ id: letter.id, pdf: letter.pdf, enclosures: await this.documents.withContent(manager, letter.enclosure_ids) });
    // Off the event loop (pdf-lib reads every enclosure again): on a thread of the documents' pool.
    return this.checks.merged(envelopes, onto);
  }

  /**
   * "Op de post gedaan": the batch's envelopes went into the mail. From this moment its letters count as sent
   * (`posted`, delivered_at now), the provider's term for each runs from today, its webhook endpoints hear of each, and each letter's estate timeline says so, for the owner and the family.
   * `printed` names the batch as the owner printed it (required, 400): a batch that differs (a letter appended since) is
   * refused, 409, as is one merged again since it was downloaded (or being merged: `print-batch-remerged`), and one whose PDF was never downloaded, so a letter nobody printed never counts as sent. Idempotent: a batch marked before keeps its first moment and who marked it.
   * The answer lists the letters whose printed term had passed by the day of posting (`POSTED_LATE`: downloaded in time,
   * posted days later): posting is not refused, the envelopes are gone; each is made anew at once (`LettersService.remake`),
   * dated today with the term counted from today, and waits for the next batch.
   */
  async markPosted(principal: StaffPrincipal, batchId: string, printed: PrintedBatch): Promise<PrintBatchView & PostedCounts & { lateLetters: LatePostedLetter[] }> {
    const w = ownerWords(principal.lang).print;
    await this.db.transaction(async (manager) => {
      const [batch] = await manager.query(`SELECT posted_at, printed_at, sha256, letter_count, pdf_stale_since IS NOT NULL AS stale, ${READDRESSED('print_batches')} AS readdressed FROM print_batches WHERE id = $1 AND (owner_id = $2 OR $3) FOR UPDATE`, [
        batchId,
        principal.userId,
        principal.role === 'admin',
      ]);
      if (!batch) throw new NotFoundProblem();
      // Unnamed, the batch as it stands would be marked: letters added after the owner printed would count as sent unseen.
      if (printed.sha256 === undefined && printed.letterCount === undefined) {
        throw new ProblemException(400, 'validation', w.unnamed, { errors: [{ field: 'sha256', message: w.unnamedField, rule: 'required' }] });
      }
      // Once downloaded a batch takes no letter, so its PDF changes only by a merge after a letter was taken out (opsmend): the PDF
      // she holds is not the one to be posted, whatever she names it by (a stale batch's sha256 is still its old PDF's).
      if (!batch.posted_at && batch.printed_at && (batch.stale || (printed.sha256 !== undefined && printed.sha256 !== batch.sha256))) {
        throw new ProblemException(409, 'print-batch-remerged', w.remerged(batch.stale), { errors: [{ field: printed.sha256 !== undefined ? 'sha256' : 'letterCount', message: w.remergedField }] });
      }
      const field = printed.sha256 !== undefined && printed.sha256 !== batch.sha256 ? 'sha256' : printed.letterCount !== undefined && printed.letterCount !== batch.letter_count ? 'letterCount' : null;
      if (field) throw new ProblemException(409, 'print-batch-changed', w.changed(batch.letter_count), { errors: [{ field, message: w.changedField }] });
      if (batch.posted_at) return;
      // Nobody has its PDF, so nothing of it can be in the mail (and a letter could still join it).
      if (!batch.printed_at) throw new ProblemException(409, 'print-batch-not-downloaded', w.notDownloaded);
      // Its envelopes carry an address corrected since (README, printaddress): what she holds is not what goes.
      if (batch.readdressed) throw new ProblemException(409, 'print-batch-not-downloaded', readdressedWarning(batch.readdressed, principal.lang));
      const now = this.clock.now();
      await manager.query(`UPDATE print_batches SET posted_at = $2, posted_by = $3 WHERE id = $1`, [batchId, now, principal.userId]);
      await this.postLetters(manager, principal, batchId, null, now);
    });
    return { ...(await this.view(principal, batchId)), ...(await this.postedCounts(batchId)), lateLetters: await this.titled(await this.lateLetters(batchId), principal) };
  }

  /** batchposted: how many of the batch's letters went with it, and how many a colleague marked posted apart before (`POSTED_APART`). */
  private async postedCounts(batchId: string): Promise<PostedCounts> {
    const [counts]: PostedCounts[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE l.delivered_at = b.posted_at)::int AS "postedWithBatch", count(*) FILTER (WHERE ${POSTED_APART} IS NOT NULL)::int AS "postedApart"
         FROM letters l JOIN print_batches b ON b.id = l.print_batch_id WHERE l.print_batch_id = $1 AND l.delivery_status = 'posted'`,
      [batchId],
    );
    return counts;
  }

  /**
   * The batch's letters still printed (of one estate, or all) went into the mail at `now`: they count as sent (`posted`,
   * delivered_at), the provider's term for each runs from today, its webhook endpoints hear of each, each one whose printed term had
   * passed is made anew, and each letter's estate timeline says so (`batchOf`: whose batch it was, when not the marker's own).
   */
  private async postLetters(manager: EntityManager, principal: StaffPrincipal, batchId: string, estateId: string | null, now: Date, batchOf?: string): Promise<void> {
    // An UPDATE … RETURNING answers [rows, count].
    const [letters]: [{ id: string; estate_id: string; contract_id: string | null; recipient: string; subject: string }[], number] = await manager.query(
      `UPDATE letters SET delivery_status = 'posted', delivered_at = $2, posted_by = $4 WHERE print_batch_id = $1 AND delivery_status = 'printed' AND ($3::uuid IS NULL OR estate_id = $3)
        RETURNING id, estate_id, contract_id, recipient, subject`,
      [batchId, now, estateId, principal.userId],
    );
    const ids = letters.map((l) => l.id);
    await this.letters.startTermsOf(manager, ids);
    await this.letters.tellEndpointsOf(manager, ids);
    // Only those posted now: a letter of the batch the estate's new owner marked posted before was made anew then (handover4).
    await this.letters.remake(manager, (await this.lateLetters(batchId, manager)).filter((l) => ids.includes(l.id)).map((l) => l.id));
    for (const letter of letters) {
      await this.timeline.append(manager, {
        estateId: letter.estate_id,
        contractId: letter.contract_id,
        actor: actorOf(principal),
        event: 'letter.posted',
        summary: `Letter to ${letter.recipient} posted.`,
        details: { letterId: letter.id, recipient: letter.recipient, subject: letter.subject, postedOn: dutchDate(now), ...(batchOf ? { batchOf } : {}) },
      });
    }
  }

  /**
   * handover4 (audit98 F3): the estate's new owner (or an administrator) marks its letters in the batch its previous owner downloaded
   * and has not marked posted as posted, after asking her (Today's `lettersInOthersBatches` row): the batch holds other estates' letters
   * too, so only his estate's are marked; the batch stays hers, and her own marking later takes the rest. `letterCount` names what
   * Today listed: 409 `print-batch-changed` when it differs; 409 `print-batch-remerged` when the batch was merged again or its letters
   * made again since she downloaded it (she must print it again). 404 for a batch holding none of the estate's letters, the
   * caller's own batch, or an estate outside his reach. Idempotent: marked before (or the batch posted whole), it answers as it stands.
   */
  async markEstatePosted(principal: StaffPrincipal, estateId: string, batchId: string, letterCount: number): Promise<EstatePosted> {
    const w = ownerWords(principal.lang).print;
    const holderName = await this.db.transaction(async (manager) => {
      const [batch]: { printedAt: Date | null; postedAt: Date | null; changed: boolean; holderName: string }[] = await manager.query(
        `SELECT b.printed_at AS "printedAt", b.posted_at AS "postedAt", (b.pdf_stale_since IS NOT NULL OR b.readdressed IS NOT NULL) AS changed, u.name AS "holderName"
           FROM print_batches b JOIN estates e ON e.id = $2 JOIN ${userRows} u ON u.id = b.owner_id
          WHERE b.id = $1 AND b.owner_id <> e.owner_id AND (e.owner_id = $3 OR $4)
            AND EXISTS (SELECT 1 FROM letters l WHERE l.print_batch_id = b.id AND l.estate_id = e.id)
          FOR UPDATE OF b`,
        [batchId, estateId, principal.userId, principal.role === 'admin'],
      );
      if (!batch) throw new NotFoundProblem();
      if (batch.postedAt) return batch.holderName;
      if (!batch.printedAt) throw new ProblemException(409, 'print-batch-not-downloaded', w.notDownloaded);
      if (batch.changed) throw new ProblemException(409, 'print-batch-remerged', w.othersChanged(batch.holderName), { errors: [{ field: 'letterCount', message: w.remergedField }] });
      const [{ waiting }]: { waiting: number }[] = await manager.query(
        `SELECT count(*)::int AS waiting FROM letters WHERE print_batch_id = $1 AND estate_id = $2 AND delivery_status = 'printed'`,
        [batchId, estateId],
      );
      if (!waiting) return batch.holderName;
      if (waiting !== letterCount) throw new ProblemException(409, 'print-batch-changed', w.othersCount(waiting, batch.holderName), { errors: [{ field: 'letterCount', message: w.changedField }] });
      await this.postLetters(manager, principal, batchId, estateId, this.clock.now(), batch.holderName);
      return batch.holderName;
    });
    const letters: { id: string; recipient: string; subject: string; deliveredAt: Date }[] = await this.db.query(
      `SELECT l.id, l.recipient, l.subject, l.delivered_at AS "deliveredAt" FROM letters l WHERE l.print_batch_id = $1 AND l.estate_id = $2 AND l.delivery_status = 'posted' ORDER BY l.created_at, l.id`,
      [batchId, estateId],
    );
    const late = (await this.lateLetters(batchId)).filter((l) => letters.some((o) => o.id === l.id));
    return { estateId, batchId, holderName, letters: await this.titled(letters, principal), lateLetters: await this.titled(late, principal) };
  }

  /** The letters of a posted batch that went out after the term they printed (`POSTED_LATE`), in envelope order. */
  private lateLetters(batchId: string, manager: EntityManager = this.db.manager): Promise<LatePostedLetter[]> {
    return manager.query(
      `SELECT l.id, l.recipient, l.subject, l.effect ->> 'dueDate' AS "printedDueDate" FROM letters l JOIN print_batches b ON b.id = l.print_batch_id
        WHERE l.print_batch_id = $1 AND ${POSTED_LATE} ORDER BY l.created_at, l.id`,
      [batchId],
    );
  }

  /**
   * Batches printed more than a business day ago (`unpostedCutoff`), or to be downloaded again (README, printaddress), and not marked posted, oldest first: an owner's
   * (index print_batches_unposted_owner_idx), or everyone's for an administrator (print_batches_unposted_idx).
   */
  async unposted(ownerId: string | null, today: string, limit: number): Promise<UnpostedBatch[]> {
    const before = startOfDutchDay(unpostedCutoff(today));
    // olddebts: a letter of a batch not marked posted that records who posted it was marked apart (`markEstatePosted`; returned since or not): by letters_print_batch_idx.
    const select = `SELECT id AS "batchId", owner_id AS "ownerId", to_char(batch_date, 'YYYY-MM-DD') AS "date", letter_count AS "letterCount", created_at AS "createdAt", printed_at AS "printedAt",
      ${READDRESSED('print_batches')} AS "readdressed",
      (SELECT json_build_object('letters', count(*), 'byNames', array_agg(DISTINCT u.name ORDER BY u.name)) FROM letters l JOIN ${userRows} u ON u.id = l.posted_by
        WHERE l.print_batch_id = print_batches.id HAVING count(*) > 0) AS "postedApart" FROM print_batches`;
    // One to download again (README, printaddress) is on Today at once: the owner may be about to post its old envelopes.
    const rows: Omit<UnpostedBatch, 'toPost'>[] = await (ownerId
      ? this.db.query(`${select} WHERE owner_id = $1 AND posted_at IS NULL AND (created_at < $2 OR readdressed IS NOT NULL) ORDER BY created_at LIMIT $3`, [ownerId, before, limit])
      : this.db.query(`${select} WHERE posted_at IS NULL AND (created_at < $1 OR readdressed IS NOT NULL) ORDER BY created_at LIMIT $2`, [before, limit]));
    return rows.map((b) => ({ ...b, toPost: b.letterCount - (b.postedApart?.letters ?? 0) }));
  }

  /**
   * handover3 (audit98 F3): the letters of an owner's estates (`ownerId`; everyone's for an administrator), or of one estate, in a batch
   * someone else downloaded and has not marked posted: a handover left them there (`followNewOwner` moves only batches not downloaded),
   * as their envelopes may be printed or in the post. The estate's owner asks the batch's holder; the row is gone once she marks the
   * batch posted, or once the letters leave it (set apart, merged again). On the letters waiting for the post (`letters_awaiting_post_idx`).
   * twins70: with its letters each its contract's latest about the request (`requestLetters`, on `letters_contract_idx`): the estate page's rows.
   * datefix: for one estate, every batch holding such a letter besides the first `limit`: its page's contract rows miss none (a contract's
   * latest letter is in one batch, so they are at most its contracts).
   */
  inOthersBatches(ownerId: string | null, estateId: string | null, limit: number): Promise<InOthersBatch[]> {
    return this.db.query(
      `SELECT "estateId", "batchId", "holderName", "date", "letterCount", "letterIds", "downloadedAt", "requestLetters" FROM (
        SELECT l.estate_id AS "estateId", b.id AS "batchId", u.name AS "holderName", to_char(b.batch_date, 'YYYY-MM-DD') AS "date", count(*)::int AS "letterCount",
              array_agg(l.id ORDER BY l.created_at, l.id) AS "letterIds", b.printed_at AS "downloadedAt",
              COALESCE(json_agg(json_build_object('contractId', l.contract_id, 'letterId', l.id, 'state', l.effect #>> '{payload,state}')) FILTER (WHERE ${aboutTheRequest('l')}
                AND NOT EXISTS (SELECT 1 FROM letters n WHERE n.contract_id = l.contract_id AND (n.created_at, n.id) > (l.created_at, l.id) AND ${aboutTheRequest('n')})), '[]') AS "requestLetters",
              row_number() OVER (ORDER BY min(b.batch_date), b.id, l.estate_id) AS place
         FROM letters l JOIN estates e ON e.id = l.estate_id JOIN print_batches b ON b.id = l.print_batch_id JOIN ${userRows} u ON u.id = b.owner_id
        WHERE l.channel = 'post' AND l.delivery_status = 'printed' AND b.posted_at IS NULL AND b.printed_at IS NOT NULL AND b.owner_id <> e.owner_id
          AND ($1::uuid IS NULL OR e.owner_id = $1) AND ($2::uuid IS NULL OR l.estate_id = $2)
        GROUP BY l.estate_id, b.id, u.name) batches
        WHERE place <= $3 OR ($2::uuid IS NOT NULL AND json_array_length("requestLetters") > 0) ORDER BY place`,
      [ownerId, estateId, limit],
    );
  }

  /** estatepage: one estate's letters in others' batches, for its page and `GET /estates/{id}`: a handover or two leave a few batches at most. */
  inOthersBatchesOf(estateId: string): Promise<InOthersBatch[]> {
    return this.inOthersBatches(null, estateId, OTHERS_BATCHES_OF_AN_ESTATE);
  }

  /**
   * estatebutton: of these contracts (in the state each is in), those whose latest letter to the provider about the request, written
   * in that state, is in a batch someone other than the estate's owner downloaded and has not marked posted: its contract's status says
   * whose batch it is, not „klaar voor de post". One read for a page (each contract's latest by `letters_contract_step_idx`).
   */
  async colleaguesBatchesOf(contracts: { id: string; state: string }[]): Promise<Map<string, ColleaguesBatch>> {
    if (!contracts.length) return new Map();
    const rows: (ColleaguesBatch & { contractId: string })[] = await this.db.query(
      `SELECT x."contractId", x.id AS "letterId", u.name AS "holderName", b.printed_at AS "downloadedAt"
         FROM (SELECT DISTINCT ON (l.contract_id) l.contract_id AS "contractId", l.id, l.estate_id, l.print_batch_id, l.delivery_status, l.channel, l.effect #>> '{payload,state}' AS state
                 FROM letters l WHERE l.contract_id = ANY($1::uuid[]) AND ${aboutTheRequest('l')} ORDER BY l.contract_id, l.created_at DESC, l.id DESC) x
         JOIN unnest($1::uuid[], $2::text[]) AS asked(id, state) ON asked.id = x."contractId" AND asked.state = x.state
         JOIN print_batches b ON b.id = x.print_batch_id JOIN estates e ON e.id = x.estate_id JOIN ${userRows} u ON u.id = b.owner_id
        WHERE x.channel = 'post' AND x.delivery_status = 'printed' AND b.posted_at IS NULL AND b.printed_at IS NOT NULL AND b.owner_id <> e.owner_id`,
      [contracts.map((c) => c.id), contracts.map((c) => c.state)],
    );
    return new Map(rows.map(({ contractId, ...batch }) => [contractId, batch]));
  }

  /**
   * The contracts whose letter to the provider (not an agency's copy) waits for the post — queued or printed, not
   * posted — since `awaitingPostCutoff` or before, the longest waiting first, one row each: an owner's estates', or
   * everyone's for an administrator. batchposted: one in a batch a colleague downloaded and has not marked posted (a handover's
   * leftover, handover3) says whose (`inColleaguesBatch`, null otherwise): the estate page marks it posted, not the print page.
   */
  awaitingPost(ownerId: string | null, today: string, limit: number): Promise<AwaitingPostLetter[]> {
    return this.db.query(
      `SELECT "contractId", "estateId", "providerName", "letterDate",
              (SELECT json_build_object('letterId', waiting.id, 'holderName', u.name, 'downloadedAt', b.printed_at) FROM print_batches b JOIN ${userRows} u ON u.id = b.owner_id
                WHERE b.id = waiting.print_batch_id AND b.printed_at IS NOT NULL AND b.posted_at IS NULL AND b.owner_id <> (SELECT o.owner_id FROM estates o WHERE o.id = waiting."estateId")) AS "inColleaguesBatch"
         FROM (
          SELECT DISTINCT ON (l.contract_id) l.contract_id AS "contractId", l.estate_id AS "estateId", p.name AS "providerName", to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate", l.created_at, l.id, l.print_batch_id
            FROM letters l JOIN contracts c ON c.id = l.contract_id JOIN providers p ON p.id = c.provider_id
           WHERE l.channel = 'post' AND l.delivery_status IN ('queued_for_print', 'printed') AND l.letter_date <= $2
             AND (l.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
             AND ($1::uuid IS NULL OR l.estate_id = ANY(ARRAY(SELECT o.id FROM estates o WHERE o.owner_id = $1)))
           ORDER BY l.contract_id, l.created_at
        ) waiting ORDER BY "letterDate", created_at, "contractId" LIMIT $3`,
      [ownerId, awaitingPostCutoff(today), limit],
    );
  }

  /**
   * One page of the caller's print batches (an administrator's: everyone's), newest day first;
   * `after` is a decoded PRINT_BATCHES_CURSOR. The two cases are separate statements so each reads its own index.
   */
  async page(principal: StaffPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<PrintBatchView>> {
    const mine = principal.role !== 'admin';
    const params: unknown[] = mine ? [principal.userId] : [];
    const where = [mine ? 'b.owner_id = $1' : 'true'];
    if (after) where.push(`(b.batch_date, b.id) < ($${params.push(after[0])}::date, $${params.push(after[1])}::uuid)`);
    const rows: PrintBatchView[] = await this.db.query(
      `SELECT ${VIEW_COLUMNS} FROM print_batches b WHERE ${where.join(' AND ')} ORDER BY b.batch_date DESC, b.id DESC LIMIT ${limit + 1}`,
      params,
    );
    return pageOf(printLists.batches(principal), rows, limit, (r) => [r.date, r.id]);
  }

  /**
   * The envelopes of these batches (the print page's), each batch's in envelope order and at most `perBatch` of
   * them (index letters_print_batch_idx), grouped by batch.
   */
  async envelopes(batchIds: string[], perBatch = ENVELOPES_SHOWN): Promise<Map<string, PrintEnvelope[]>> {
    const rows: EnvelopeRow[] = batchIds.length
      ? await this.db.query(
          `SELECT x.* FROM unnest($1::uuid[]) AS ids(id) JOIN print_batches b ON b.id = ids.id CROSS JOIN LATERAL (
             SELECT ${envelopeColumns(`CASE WHEN ${POSTED_LATE} THEN l.effect ->> 'dueDate' END`, `CASE WHEN ${SET_APART} THEN l.effect ->> 'dueDate' END`, POSTED_APART)} FROM letters l JOIN estates e ON e.id = l.estate_id
              WHERE l.print_batch_id = b.id ORDER BY l.created_at, l.id LIMIT $2) x`,
          [batchIds, perBatch],
        )
      : [];
    const byBatch = new Map<string, PrintEnvelope[]>();
    for (const row of rows) byBatch.set(row.batchId!, [...(byBatch.get(row.batchId!) ?? []), envelopeOf(row)]);
    return byBatch;
  }

  /**
   * One page of the caller's letters by post waiting for the next batch (an administrator's: everyone's), oldest first
   * as the batch will hold them; `after` is a decoded WAITING_LETTERS_CURSOR. Read from the few letters still queued
   * (index letters_queued_for_print_idx), so it stays small however many letters were ever printed.
   */
  async waiting(principal: StaffPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<PrintEnvelope>> {
    const params: unknown[] = [principal.userId, principal.role === 'admin'];
    const where = [`l.delivery_status = 'queued_for_print'`, `l.channel = 'post'`, '(e.owner_id = $1 OR $2)'];
    if (after) where.push(`(l.created_at, l.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const rows: EnvelopeRow[] = await this.db.query(
      `SELECT ${envelopeColumns('NULL')} FROM letters l JOIN estates e ON e.id = l.estate_id WHERE ${where.join(' AND ')} ORDER BY l.created_at, l.id LIMIT ${limit + 1}`,
      params,
    );
    return pageOf(printLists.waiting(principal), rows, limit, (r) => [r.cursorAt, r.id], envelopeOf);
  }

  /** One batch of the caller's (an administrator's: anyone's); 404 otherwise. */
  private async view(principal: StaffPrincipal, batchId: string): Promise<PrintBatchView> {
    const [batch] = await this.db.query(`SELECT ${VIEW_COLUMNS} FROM print_batches b WHERE b.id = $1 AND (b.owner_id = $2 OR $3)`, [batchId, principal.userId, principal.role === 'admin']);
    if (!batch) throw new NotFoundProblem();
    return batch;
  }

  async get(principal: StaffPrincipal, batchId: string) {
    const batch = await this.view(principal, batchId);
    const letters: { id: string; subject: string }[] = await this.db.query(
      `SELECT l.id, l.recipient, l.subject, e.reference AS "estateReference", l.letter_date AS "letterDate", l.print_pages AS pages, ${POSTED_APART} AS "postedApart"
         FROM letters l JOIN estates e ON e.id = l.estate_id JOIN print_batches b ON b.id = l.print_batch_id WHERE l.print_batch_id = $1 AND NOT ${SET_APART} ORDER BY l.created_at`,
      [batchId],
    );
    return { ...batch, ...(await this.postedCounts(batchId)), letters: await this.titled(letters, principal), lateLetters: await this.titled(await this.lateLetters(batchId), principal) };
  }

  /**
   * Envelopes with their letter's title in the caller's language, as the print page shows them (`LettersService.titlesOf`; README,
   * todaywords, collectionwords); `subject` stays as printed, in the provider's language.
   */
  private async titled<T extends { id: string }>(letters: T[], principal: StaffPrincipal): Promise<(T & { title: string })[]> {
    const titles = await this.letters.titlesOf(letters.map((l) => l.id), principal.lang);
    return letters.map((l) => ({ ...l, title: titles.get(l.id)! }));
  }

  /**
   * The batch's PDF; the first time it is handed out marks the batch printed (closed to later letters, `createBatch`).
   * That is the moment of printing, so a letter whose printed term ("uiterlijk …") lies before today is not handed out:
   * its dates are no longer true. It is set apart (`SET_APART`: `failed`, as an e-mail that did not arrive; listed under
   * the batch) and made anew at once (`LettersService.remake`): dated today, the term counted from today, waiting for the
   * next batch, unless what it asked was answered since (`remake`: it stays set apart). The PDF is merged again from the letters
   * left, after the transaction commits (`freshPdf`, printmerge), as is a batch a correction left stale. If none is left the batch is
   * gone and there is nothing to print: 409 `print-batch-set-apart`, saying which were made anew.
   */
  async pdf(principal: StaffPrincipal, batchId: string): Promise<Buffer> {
    let [remade, notRemade] = [0, 0];
    let readdressed: ReaddressedBatch[] = [];
    const left = await this.db.transaction(async (manager): Promise<boolean> => {
      const [batch] = await manager.query(`SELECT printed_at, readdressed FROM print_batches WHERE id = $1 AND (owner_id = $2 OR $3) FOR UPDATE`, [batchId, principal.userId, principal.role === 'admin']);
      if (!batch) throw new NotFoundProblem();
      if (batch.printed_at && !batch.readdressed) return true;
      if (batch.readdressed) readdressed = await this.takeInRemade(manager, batchId, batch.readdressed);
      const [apart]: [{ id: string }[], number] = await manager.query(
        `UPDATE letters SET delivery_status = 'failed', delivery_error = $3, print_pages = NULL
          WHERE print_batch_id = $1 AND delivery_status = 'printed' AND ${printedTermSql('letters')} < $2 RETURNING id`,
        [batchId, this.clock.today(), TERM_PASSED_BEFORE_PRINTING],
      );
      notRemade = (await this.letters.remake(manager, apart.map((l) => l.id))).length;
      remade = apart.length - notRemade;
      // Printed now as merged from the letters left; with none left it is gone, and the new letters wait for the next batch.
      if ((apart.length || readdressed.length) && !(await this.leftStale(manager, batchId))) return false;
      await manager.query(`UPDATE print_batches SET printed_at = $2 WHERE id = $1`, [batchId, this.clock.now()]);
      return true;
    });
    const pdf = left ? await this.freshPdf(batchId, principal.lang) : null;
    // Gone since this download committed: a correction meanwhile set apart every letter left.
    if (left && !pdf) throw new NotFoundProblem();
    if (!pdf) {
      const w = ownerWords(principal.lang).print;
      throw new ProblemException(409, 'print-batch-set-apart', remade + notRemade > 0 ? w.allSetApart(remade, notRemade) : readdressedEmpty(readdressed, principal.lang));
    }
    return pdf;
  }

  /**
   * A batch downloaded again after an address in it was corrected (README, printaddress): the letters made again for the ones
   * that left it (`readdressed[].letterIds`, by `retryOf`) join it if they are made by now (one still being made waits for the
   * next batch), and it no longer asks to be downloaded again. Returns who it named.
   */
  private async takeInRemade(manager: EntityManager, batchId: string, readdressed: ReaddressedEntry[]): Promise<ReaddressedBatch[]> {
    await manager.query(
      `UPDATE letters SET print_batch_id = $2, delivery_status = 'printed'
        WHERE id IN (SELECT id FROM letters WHERE channel = 'post' AND delivery_status = 'queued_for_print' AND effect #>> '{payload,retryOf}' = ANY($1) FOR UPDATE SKIP LOCKED)`,
      [readdressed.flatMap((r) => r.letterIds), batchId],
    );
    await manager.query(`UPDATE print_batches SET readdressed = NULL WHERE id = $1`, [batchId]);
    return readdressed.map((r) => ({ providerName: r.providerName, letters: r.letterIds.length, ...(r.withdrawnKind && { withdrawnKind: r.withdrawnKind }), ...(r.restored && { restored: true }), ...(r.takenBack && { takenBack: true }), ...(r.dropUndone && { dropUndone: true }), ...(r.repaymentAsked && { repaymentAsked: true }), ...(r.agencyCorrected && { agencyCorrected: true }), ...(r.collectedAgain && { collectedAgain: true }) }));
  }
}

/** A batch's entries to download again, split as they were made again: a corrected address, or a document withdrawn (with its kinds, in the reader's words). */
function readdressedParts(readdressed: ReaddressedBatch[], lang: 'nl' | 'en') {
  const w = ownerWords(lang);
  const said = (some: ReaddressedBatch[]) => ({ providers: [...new Set(some.map((r) => r.providerName))], letters: some.reduce((n, r) => n + r.letters, 0) });
  const [moved, withdrawn, restored, takenBack, dropUndone, repaymentAsked, agencyCorrected, collectedAgain] = [
    readdressed.filter((r) => !r.withdrawnKind && !r.restored && !r.takenBack),
    readdressed.filter((r) => r.withdrawnKind),
    readdressed.filter((r) => r.restored),
    readdressed.filter((r) => r.takenBack && !r.dropUndone && !r.agencyCorrected && !r.collectedAgain),
    readdressed.filter((r) => r.dropUndone && !r.repaymentAsked),
    readdressed.filter((r) => r.repaymentAsked),
    readdressed.filter((r) => r.agencyCorrected),
    readdressed.filter((r) => r.collectedAgain),
  ];
  return {
    moved: moved.length ? said(moved) : null,
    restored: restored.length ? said(restored) : null,
    takenBack: takenBack.length ? said(takenBack) : null,
    dropUndone: dropUndone.length ? said(dropUndone) : null,
    repaymentAsked: repaymentAsked.length ? said(repaymentAsked) : null,
    agencyCorrected: agencyCorrected.length ? said(agencyCorrected) : null,
    collectedAgain: collectedAgain.length ? said(collectedAgain) : null,
    withdrawn: withdrawn.length ? { ...said(withdrawn), kinds: [...new Set(withdrawn.map((r) => w.estate.documentKinds[r.withdrawnKind!] ?? r.withdrawnKind!))] } : null,
  };
}

/** What a download says that found nothing else to print (README, printrest): each entry as it was made again. */
function readdressedEmpty(readdressed: ReaddressedBatch[], lang: 'nl' | 'en'): string {
  const { moved, withdrawn, restored, takenBack, dropUndone, repaymentAsked, agencyCorrected, collectedAgain } = readdressedParts(readdressed, lang);
  const w = ownerWords(lang).print;
  const only = (one: unknown) => [moved, withdrawn, restored, takenBack, dropUndone, repaymentAsked, agencyCorrected, collectedAgain].every((part) => part === one || part === null);
  if (dropUndone && only(dropUndone)) return w.dropUndoneEmpty(dropUndone.providers, dropUndone.letters);
  if (repaymentAsked && only(repaymentAsked)) return w.repaymentAskedEmpty(repaymentAsked.providers, repaymentAsked.letters);
  if (agencyCorrected && only(agencyCorrected)) return w.agencyCorrectedEmpty(agencyCorrected.providers, agencyCorrected.letters);
  if (collectedAgain && only(collectedAgain)) return w.collectedAgainEmpty(collectedAgain.providers, collectedAgain.letters);
  if (takenBack && !moved && !withdrawn && !restored) return w.takenBackEmpty(takenBack.providers, takenBack.letters);
  return restored && !moved && !withdrawn ? w.restoredEmpty(restored.providers, restored.letters) : w.readdressedEmpty([...(moved?.providers ?? []), ...(restored?.providers ?? [])], withdrawn);
}

/** What the print page, Today and a refused posting say of a batch to download again (README, printaddress): each provider once. */
export function readdressedWarning(readdressed: ReaddressedBatch[], lang: 'nl' | 'en'): string {
  const w = ownerWords(lang);
  const { moved, withdrawn, restored, takenBack, dropUndone, repaymentAsked, agencyCorrected, collectedAgain } = readdressedParts(readdressed, lang);
  return [
    ...(moved ? [w.print.readdressed(moved.providers, moved.letters)] : []),
    ...(restored ? [w.print.restoredAfterDownload(restored.providers, restored.letters)] : []),
    ...(withdrawn ? [w.print.withdrawnAfterDownload(withdrawn.kinds, withdrawn.providers, withdrawn.letters)] : []),
    ...(takenBack ? [w.print.takenBackAfterDownload(takenBack.providers, takenBack.letters)] : []),
    ...(dropUndone ? [w.print.dropUndoneAfterDownload(dropUndone.providers, dropUndone.letters)] : []),
    ...(repaymentAsked ? [w.print.repaymentAskedAfterDownload(repaymentAsked.providers, repaymentAsked.letters)] : []),
    ...(agencyCorrected ? [w.print.agencyCorrectedAfterDownload(agencyCorrected.providers, agencyCorrected.letters)] : []),
    ...(collectedAgain ? [w.print.collectedAgainAfterDownload(collectedAgain.providers, collectedAgain.letters)] : []),
  ].join(' ');
}
