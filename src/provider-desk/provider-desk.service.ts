import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { answeredInPart, type AnswerDone, answerDoneOf, answersFitting, askedInstead, type AskedInstead, type InsuranceKind, type ContractState, creditTakenBack, DESK_CHASES, DESK_TAB_LABELS, deskPartyOf, DeskTab, longDate, openDisputesOf, missedQuestion, partyOf, providerConflictText, providerNextMove, providerStatusText, rejectedAlready, rejectedByMistakeText, rejectionAnsweredText, withdrawsNoDisputedBill } from '../../workflows';
import { actorOf, ProviderPrincipal } from '../auth/principal';
import { containsPattern, cursorTimestamp, DEFAULT_PAGE_SIZE, encodeCursor, listOf, Position, positionOf } from '../common/paging';
import type { Problem } from '../common/openapi';
import { FieldError, NotFoundProblem, type ProblemDocument, ProblemException, ValidationProblem } from '../common/problem';
import { inReadersWords } from '../common/reader-words';
import { validateInput } from '../common/validation';
import { RefundPaidDto } from '../refunds/refunds.dto';
import { RefundsService } from '../refunds/refunds.service';
import { askedBackMarked, deskRefundStep, type DeskRefundStep, reportedRefundChanged } from '../refunds/refund.rules';
import { type MoneyMoved, moneyMovedError, moneyMovedLowered } from '../contracts/paid-correction.rules';
import { billerOf, money } from '../../workflows/wording';
import { billerNamed } from '../contracts/bill.rules';
import { BalanceReleasedDto, balanceReleasedEvent, CompleteDto, CompletionCorrectedDto, type DropUndoneDto, providerAnswerEvent } from '../contracts/contract-events.dto';
import { ContractStanding, ContractWorkflow, ownersMoveSince, shownDueDate } from '../contracts/contract-workflow.service';
import { ContractViews, type RefundOpen } from '../contracts/contract-views.service';
import { answerDateRefusals, assertAnswerDates, assertAnswerFits, assertAskable, assertBillAnswer, withBillLeft, withCorrections, ContractsService } from '../contracts/contracts.service';
import { Contract, type CorrectionAwaited, requestAsked } from '../contracts/contract.entity';
import { appointmentSaid, type HandoverAppointment, handoverAppointmentOf, takesHandoverAppointment } from '../contracts/handover-appointment';
import { awaitsDesk } from '../contracts/correction.rules';
import { DocumentsService } from '../documents/documents.service';
import { EnclosureRequest, EnclosuresService } from '../documents/enclosures.service';
import { openableEnclosures } from '../documents/enclosure-rules';
import type { EstateDocument } from '../documents/document.entity';
import { addressLine, type Correction, endDateWords, leaseEndedByLawBefore, type LivedWith, type NameOrder, type ProviderCategory, type RequestedFacts } from '../../letters';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { LettersService, type RequestLetterStanding } from '../letters/letters.service';
import type { PostalAddress } from '../providers/provider.entity';
import { awaitsPost, Letter, undelivered } from '../letters/letter.entity';
import { requestedBefore } from '../letters/request-history';
import { type AppliedTransition, StateConflict } from '../runtime/workflow-runtime.service';
import { TIMELINE_CURSOR, timelineLists, TimelineService } from '../timeline/timeline.service';
import { COLLECTION_NOTICE_STEPS, collectionClaimOf } from '../timeline/contract-step';
import { amendedText, answerDateNamed, answersDispute, correctedText, DESK_CURSOR, deskActions, REFUND_STEP_TAB, refundMoves, refundNextMove, deskRequestedEndDate, partAnswerDeskText, releaseWaitDeskText, DeskFilter, DeskSearch, deskSearchOf, lettersAsked, lettersOfPage, namedTwice, offeredAnswers, pendingMoves, SHOWN_TAB, TAB_COUNT_CAP, type TabCounts, tabsOf, threadOf, withAskedBack } from './desk-rules';
import { deskBillWords, documentNamed, type Lang, providerWords } from '../words';
import { DeskCollection, DeskErasure, DeskHandoverAppointment, DeskRequest, DeskRequestWithThread } from './desk-request.view';
import { type DocumentErasure, DocumentErasuresService } from '../documents/document-erasures.service';
import { Clock, dutchDate } from '../clock/clock';
import { type BatchItemResult, CompleteBatchDto, type CompleteItemDto } from './provider-desk.dto';
import { IdempotencyService, requestHash } from '../idempotency/idempotency.service';
import { readAll } from '../database/reads';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { onReportsShare } from '../database/report-reads';

/** Requests per page of a desk list. */
export const DESK_PAGE_SIZE = 25;

/** How a desk list is narrowed and where its page starts. */
export interface DeskListOptions {
  cursor?: string;
  limit?: number;
  /** A customer or account number, name, postcode, date of birth or Steward's reference (see deskSearchOf). */
  q?: string;
  /** Only requests with activity at or after this instant, for integrations that sync. */
  updatedSince?: string;
}

/** Rows read per query while exporting. */
const EXPORT_BATCH = 500;

/** One request of a CSV export. */
export interface ExportRow {
  row: RequestRow;
  deceased: string;
  yourReference: string | null;
  effectiveDate: string | null;
  statusText: string;
  collection: DeskCollection | null;
}

/** What its confirmation said a bank or insurer did, while a confirmation stands (a taken-back one leaves none). */
const doneOf = (row: RequestRow, context: ContractStanding['context']) => (context.effectiveDate ? answerDoneOf(row.answer_done) : null);

/**
 * Where a request stands for the desk: the state's words; the day the information it asked for went out, while
 * the request stands where that left it (`supplied`: the ball is back in the provider's court); and, when the
 * provider let a term pass in this state, that term (the new term a letter gave is in the state's words). The due
 * dates are the provider's only while it owes the answer; otherwise they are Steward's own deadlines, never shown
 * as the provider's. A term that passed with no letter since (the complaint went unanswered) is the provider's
 * since the first that passed: no letter gave it a new one, so none is shown (`unannouncedTerm`). While the letter
 * the present state wrote has not reached the provider (`pending`: held back, by post and not posted, or by e-mail and not delivered), the desk
 * says only that a letter is on its way (README, Provider desk). `amended`: what the owner changed after the provider's rejection (`amendedText`).
 */
function deskStanding(standing: ContractStanding, lang: Lang, suppliedInfo: Supplied | undefined, pending: RequestLetterStanding | undefined, today: string, amended: string, asked: AskedInstead | undefined, done: AnswerDone | null) {
  const { state, context, missedTerm } = standing;
  const words = providerWords(lang).request;
  // The provider has nothing to answer before the letter that asks it is in its hands: no term, no move of its own.
  if (pending) return { statusText: words.letterPending(pending === 'awaitingPost' ? 'post' : pending === 'undelivered' || pending === 'beingSent' || pending === 'beingMade' ? 'email' : null), nextMove: words.letterPendingNext, dueAt: null, missedDueAt: null };
  const owes = partyOf(state) === 'provider';
  const term = owes ? shownDueDate(standing) : null;
  // deskterm: a term is passed from the day after it, on Steward's clock, also while its reminder waits for a working day (`deadlineOn`).
  const passed = term !== null && term < today;
  const dueAt = passed ? null : term;
  const missedDueAt = owes && missedTerm ? (ownersMoveSince(missedTerm) ?? (passed ? term : missedTerm.dueDate)) : passed ? term : null;
  const missed = missedDueAt && words.missedTerm(longDate(missedDueAt, lang), missedQuestion(state, context, asked));
  const supplied = suppliedInfo && suppliedText(standing, lang, suppliedInfo, today);
  const mayStillAnswer = offeredAnswers(standing.accepts, context).length > 0;
  // bankdesk: a release still owed beside a dispute the case owner decides on is the bank's move (`deskPartyOf`), not „u hoeft nu niets te doen".
  const releaseOwed = !owes && deskPartyOf(state, context) === 'provider';
  const nextMove = supplied && owes ? words.informationSuppliedNext(context.action, dueAt && longDate(dueAt, lang), asked) : releaseOwed ? words.releaseOwedNext : providerNextMove(partyOf(state), dueAt, lang, mayStillAnswer);
  // remindrest: the owner renews a document the bank needs for the release: the bank asked nothing, the release waits on the estate.
  const said = state === 'informationRequested' && context.openInformationRequest?.release ? releaseWaitDeskText(context.openInformationRequest, lang) : providerStatusText(state, context, lang, dueAt, asked, done);
  return { statusText: [said, amended, supplied, missed].filter(Boolean).join(' '), nextMove, dueAt, missedDueAt };
}

/**
 * The information that went out: all that was asked (the provider's move again), or, v12, a part of it while the
 * question stays open for documents that follow later (`partAnswerDeskText`).
 */
function suppliedText({ state, context, dueDate }: ContractStanding, lang: Lang, { on, willNotSent }: Supplied, today: string): string {
  const question = state === 'informationRequested' && answeredInPart(context.openInformationRequest) ? context.openInformationRequest : null;
  if (!question) return providerWords(lang).request.informationSupplied(longDate(on, lang), willNotSent);
  return [partAnswerDeskText(question, on, today, dueDate, lang), willNotSent && providerWords(lang).request.willNotSent].filter(Boolean).join(' ');
}

/** The answer to the provider's question that went out: the day its letter did, and whether it said the will asked for is never sent. */
interface Supplied {
  on: string;
  willNotSent: boolean;
}

/** The states a rejected request stands in once the owner amended it, until it goes again. */
const AMENDED_STATES: ContractState[] = ['draft', 'ready'];
/** What a request asks of the provider, as recorded now. */
const requestedFactsOf = (row: RequestRow): RequestedFacts => ({ description: row.description, accountNumber: row.account_number, requestedEndDate: row.requested_end_date });

/** What, besides its requested date, decides the end date the request's letter asks (`endDateWords`; the export's too). */
export const askedOf = (row: RequestRow) => ({ action: row.action, category: row.category, livedWith: row.lived_with, dateOfDeath: row.date_of_death, insuranceKind: row.insurance_kind });

/** What the request asked, as every reader has it (`requestAsked`), and what it asked instead of an end (`askedInstead`). */
const requestAskedOf = (row: RequestRow) => requestAsked({ action: row.action, insuranceKind: row.insurance_kind, provider: { category: row.category } });
export const askedOfRequest = (row: RequestRow) => askedInstead(row.action, requestAskedOf(row));

/**
 * A letter by post is the provider's, with what it carries, once it is posted, one by e-mail once delivered; one held back never is (`threadOf`).
 * returnedthread: one posted that came back stays, at its posting: the thread then says it came back (`letter.returned`) and what followed.
 */
const byDesk = (l: Letter) => l.status !== 'sent' || !(awaitsPost(l) || (undelivered(l) && !l.returnedOn));
/** A document as the desk lists it. */
const deskDocument = (d: EstateDocument) => ({ id: d.id, kind: d.kind, description: d.kind === 'other' ? d.description : null, fileName: d.fileName, mediaType: d.mediaType });

/**
 * The deletion requests that went out to a request's provider, with what they name (never the document itself): an "overig" one by her
 * words, as the letter (docrest). Its words as they stand are the words the letter printed (docwarn): a deletion request is made only for
 * a withdrawn document, and a withdrawn one is never corrected again (`lockedForOwner`: 409), so its kind and words stood still from
 * before the letter was made.
 */
function deskErasures(sent: DocumentErasure[], documents: Map<string, EstateDocument>, lang: Lang): DeskErasure[] {
  return sent.map((e) => {
    const document = documents.get(e.documentId)!;
    return {
      documentId: e.documentId,
      kind: document.kind,
      title: documentNamed(providerWords(lang).documentKinds, document),
      uploadedOn: dutchDate(document.createdAt),
      requestedOn: e.sentOn!,
      confirmedAt: e.confirmedAt?.toISOString() ?? null,
    };
  });
}

/** A desk list (cursorbind): the provider's, by tab and by its search and sync filters. */
const deskList = (providerId: string, filter: DeskFilter, options: DeskListOptions) => listOf('desk-requests', providerId, filter, options.q, options.updatedSince);

/** A statement's placeholder of `value`, added through `param` when first used (PostgreSQL refuses a parameter no text uses). */
function placeholderOnce(value: unknown, param: (value: unknown) => string): () => string {
  let placeholder: string | undefined;
  return () => (placeholder ??= param(value));
}

/**
 * What moves a request from its stored tab as the desk reads it: its letter not with the provider (`SHOWN_TAB`). refunddesk2's moves
 * (`REFUND_STEP_TAB`) are the request's own columns (`refundStepCondition`), not a list.
 */
export interface ShownMoves {
  waitingForLetter: string[];
}

/** The placeholder of `ShownMoves`' list in one statement, added when first used. */
type MovedPlaceholders = Record<'waiting', () => string>;
const movedPlaceholders = (moves: ShownMoves, param: (value: unknown) => string): MovedPlaceholders => ({ waiting: placeholderOnce(moves.waitingForLetter, param) });

/**
 * deskscale: a request `c` done but for a refund at `step` (`REFUND_STEP_TAB`), by the refund's marks kept on the contract
 * (`refundMarkers`): the words of migration 1764000000000's partial index, so each tab reads its refunds from that index, not the
 * provider's open-refund ids whole (README deskscale).
 */
const refundStepCondition = (step: DeskRefundStep) => `(c.desk_tab = 'done' AND c.refund_open AND c.refund_step = '${step}')`;

/** deskcount: a tab's requests as parts with no OR between them (`tabParts`). */
interface TabParts {
  stored: string;
  leaving: string[];
  joining: string[];
}

/** The stored tabs' requests a tab keeps: `stored` less those a refund moves away (`leaving`). */
const storedStaying = (stored: string, leaving: string[]) => `${stored}${leaving.map((part) => ` AND NOT ${part}`).join('')}`;

/**
 * The requests `c` shown under a tab, its parts in one condition: their stored tab, but a request whose letter has not reached the
 * provider under the tab `SHOWN_TAB` says, and refunddesk2 a request done but for a refund under the tab `REFUND_STEP_TAB` says.
 */
const shownUnder = ({ stored, leaving, joining }: TabParts) => `((${storedStaying(stored, leaving)})${joining.map((part) => ` OR ${part}`).join('')})`;

/** The estates beside `contracts c` when a search asks the estate (`e`: a postcode or a date of birth, `searchCondition`). */
const estateOfSearch = (search: DeskSearch | undefined) => (search && ('postcode' in search || 'dateOfBirth' in search) ? ' JOIN estates e ON e.id = c.estate_id' : '');

/**
 * deskcount: the requests under `tabs` as parts with no OR inside, each a range of one index: `stored`, the stored tabs' requests
 * staying under them but for a refund (`contracts_desk_tab_idx`); `leaving`, the stored-„done" requests a refund moves to another
 * tab (`contracts_desk_refund_idx`), to be taken from `stored`; `joining`, the other stored tabs' requests shown here (a letter
 * pending: the short list `moved`; a refund's step: `contracts_desk_refund_idx`). PostgreSQL given their OR walked the provider's
 * whole desk or scanned `contracts` (README deskscale); given each alone, it reads its range.
 */
function tabParts(tabs: DeskTab[], param: (value: unknown) => string, moved: MovedPlaceholders): TabParts {
  const pending = pendingMoves(tabs);
  const refunds = refundMoves(tabs);
  // One tab is an equality: `contracts_desk_tab_idx` then holds the list's order (`= ANY` of one does not, deskscale).
  const ofTabs = tabs.length === 1 ? `c.desk_tab = ${param(tabs[0])}` : `c.desk_tab = ANY(${param(tabs)})`;
  const stays = pending.leaving.length ? ` AND NOT (c.desk_tab = ANY(${param(pending.leaving)}) AND c.id = ANY(${moved.waiting()}::uuid[]))` : '';
  return {
    stored: `${ofTabs}${stays}`,
    leaving: refunds.leaving.map(refundStepCondition),
    joining: [...(pending.joining.length ? [`(c.desk_tab = ANY(${param(pending.joining)}) AND c.id = ANY(${moved.waiting()}::uuid[]))`] : []), ...refunds.joining.map(refundStepCondition)],
  };
}

/** Every request sent: the desk's activity index holds them in order. */
const SENT = 'c.desk_tab IS NOT NULL';

/**
 * What a desk search asks of a request `c` (its estate `e` for a postcode or date of birth), its values added
 * through `param`; the deceased's name is the contract's folded copy of it (see `nameHits`). A reference is the
 * contract's estate (one, by the estates' unique index) or its account number: both are indexes on `contracts`, so
 * PostgreSQL unites them (`query-plans`).
 */
function searchCondition(search: DeskSearch, param: (value: unknown) => string): string {
  if ('dateOfBirth' in search) return `e.deceased_date_of_birth = ${param(search.dateOfBirth)}::date`;
  if ('postcode' in search) return `steward_compact(e.deceased_address->>'postalCode') = ${param(search.postcode)}`;
  if ('name' in search) return `c.deceased_search_name LIKE ${namePattern(search.name, param)}`;
  const account = `steward_compact(c.account_number) = steward_compact(${param(search.accountNumber)})`;
  return 'reference' in search ? `(c.estate_id = (SELECT id FROM estates WHERE reference = ${param(search.reference)}) OR ${account})` : account;
}

/** A name as a desk search matches it: anywhere in the deceased's name, folded as the contract's copy of it is (`nameHits`). */
const namePattern = (name: string, param: (value: unknown) => string) => `steward_fold(${param(containsPattern(name))})`;

/** The desk's order (`DESK_CURSOR`), which its keyset indexes hold: overdue first, then newest activity. */
const DESK_ORDER = 'c.desk_overdue DESC, c.updated_at DESC, c.id DESC';

/** A name search first looks for a full page among this many of the provider's first requests in the desk's order. */
const RECENT_REQUESTS_SEARCHED = 1000;

/**
 * deskthread2: a name matched by at most this many of a tab part's requests is rare: its matches are read whole, not the part's first
 * requests. namesearch: only a name the statistics do not expect to fill a page from those first requests is probed (`walkFills`), and
 * such a name's walk would not fill the page either, so for it the probe always pays (on the plan spec's data and a generated month,
 * README namesearch). The cap is kept for a name the statistics misjudge (older than the name, or common at one provider only): it
 * reads at most 601 before the walk. Not re-measured as a cut-off (README namesearch, Not done).
 */
const RARE_NAME_MATCHES = 600;

/**
 * namesearch: whether a name (`pattern`, folded) is expected to fill a page of `limitParam` from a part's first
 * RECENT_REQUESTS_SEARCHED requests: its share of all requests as PostgreSQL's statistics of the column say (the share of its most
 * common names the pattern matches, and of its histogram for the rest: what the planner's own LIKE estimate reads; STATISTICS 1000,
 * migration DeskSearch), times those requests. One row of `pg_stats`, no row of `contracts`; without statistics (a table never
 * analysed) no name is expected to fill one, so each is probed.
 */
const walkFills = (pattern: string, limitParam: string) => `(SELECT coalesce((
    SELECT coalesce((SELECT sum(f) FROM unnest(s.most_common_vals::text::text[], s.most_common_freqs) m(v, f) WHERE v LIKE p.p), 0)
         + (1 - s.null_frac - coalesce((SELECT sum(f) FROM unnest(s.most_common_freqs) f), 0)) * coalesce((SELECT avg((h LIKE p.p)::int) FROM unnest(s.histogram_bounds::text::text[]) h), 0)
      FROM pg_stats s, (SELECT ${pattern} AS p) p WHERE s.schemaname = current_schema() AND s.tablename = 'contracts' AND s.attname = 'deceased_search_name'), 0)
    * ${RECENT_REQUESTS_SEARCHED} >= ${limitParam})`;

/**
 * The page of requests whose deceased's name matches `pattern` (folded, `c.deceased_search_name LIKE` it), in the desk's order
 * (`DESK_ORDER`), as a FROM item `c`; `where` is the list's other conditions, `tab` the one of them that picks its tabs, `arms` that
 * tab's parts with no OR between them (`tabParts`; every request sent: one). deskread: each part on its own index range, so a name on a
 * small tab reads that tab, not the provider's whole desk. A part first looks for a full page among its RECENT_REQUESTS_SEARCHED first
 * requests (a name common at this provider: ~3 ms however long the history, where "bakker" at KPN matched 2,300 requests in a month and
 * would match 28,000 in a year); when it held fewer, those were all it has and its matches are all there are. Otherwise, a rarer name in
 * a long part, its every match comes from the trigram index on the contract's copy of the name and is sorted (MATERIALIZED keeps
 * PostgreSQL from walking the part's index instead, reading it whole for a name it takes for a common one). The parts' pages, each in
 * the desk's order, make the page. One statement: a part's second way runs only when its first could not answer (one-time filters).
 * deskthread2, namesearch: before either, a name the statistics do not expect to fill a page that way (`walkFills`) is probed in each
 * part: its matches there, from the trigram index that carries the tab (migration 1764003300000), at most RARE_NAME_MATCHES + 1; when
 * they are no more, the part's page comes from them and its first requests are not read. A common name is not probed.
 */
function nameHits(where: string[], tab: string, arms: string[], pattern: string, limitParam: string | null): string {
  const within = (arm: string) => where.map((condition) => (condition === tab ? arm : condition)).join(' AND ');
  const name = `c.deceased_search_name LIKE ${pattern}`;
  if (!limitParam) return `(SELECT c.id, c.desk_overdue, c.updated_at FROM contracts c WHERE ${within(tab)} AND ${name}) hit JOIN contracts c ON c.id = hit.id`;
  const common = `common AS MATERIALIZED (SELECT ${walkFills(pattern, limitParam)} AS yes)`;
  const searched = arms.map(
    (arm, i) => `probe${i} AS MATERIALIZED (SELECT c.id, c.desk_overdue, c.updated_at FROM contracts c WHERE NOT (SELECT yes FROM common) AND ${within(arm)} AND ${name} LIMIT ${RARE_NAME_MATCHES + 1}),
            rare${i} AS MATERIALIZED (SELECT NOT (SELECT yes FROM common) AND count(*) <= ${RARE_NAME_MATCHES} AS yes FROM probe${i}),
            few${i} AS MATERIALIZED (SELECT c.id, c.desk_overdue, c.updated_at FROM probe${i} c WHERE (SELECT yes FROM rare${i}) ORDER BY ${DESK_ORDER} LIMIT ${limitParam}),
            recent${i} AS MATERIALIZED (
              SELECT c.id, c.desk_overdue, c.updated_at, c.deceased_search_name FROM contracts c WHERE NOT (SELECT yes FROM rare${i}) AND ${within(arm)} ORDER BY ${DESK_ORDER} LIMIT ${RECENT_REQUESTS_SEARCHED}),
            newest${i} AS MATERIALIZED (SELECT c.id, c.desk_overdue, c.updated_at FROM recent${i} c WHERE ${name} ORDER BY ${DESK_ORDER} LIMIT ${limitParam}),
            hits${i} AS MATERIALIZED (
              SELECT c.id, c.desk_overdue, c.updated_at FROM contracts c WHERE ${within(arm)} AND ${name}
                 AND (SELECT count(*) FROM newest${i}) < ${limitParam} AND (SELECT count(*) FROM recent${i}) = ${RECENT_REQUESTS_SEARCHED})`,
  );
  const pages = arms.map((_, i) => `(SELECT * FROM few${i}) UNION ALL (SELECT * FROM newest${i} WHERE NOT EXISTS (SELECT FROM hits${i})) UNION ALL (SELECT * FROM hits${i} c ORDER BY ${DESK_ORDER} LIMIT ${limitParam})`);
  return `(WITH ${[common, ...searched].join(',\n            ')}
          SELECT c.id FROM (${pages.join(' UNION ALL ')}) c ORDER BY ${DESK_ORDER} LIMIT ${limitParam}) hit JOIN contracts c ON c.id = hit.id`;
}

interface RowFilter {
  /** Only the requests shown under these tabs (`moves`: those shown under another than their stored one); every tab (every request sent) when absent. */
  shown?: { tabs: DeskTab[]; moves: ShownMoves };
  /** Activity on these Dutch calendar days (both included). */
  period?: { from: string; to: string };
  /** Oldest activity first (an export), instead of newest first (the desk). */
  ascending?: boolean;
  contractId?: string;
  after?: Position | null;
  limit?: number;
  search?: DeskSearch;
  updatedSince?: string;
}

export interface RequestRow {
  id: string;
  estate_id: string;
  reference: string;
  description: string;
  account_number: string;
  action: 'cancel' | 'transfer';
  requested_end_date: string | null;
  desk_tab: DeskTab;
  /** `deskOverdue` as the workflow last wrote it: the list's first sort key. */
  overdue: boolean;
  activity: string;
  given_names: string;
  surname_prefix: string | null;
  surname: string;
  name_order: NameOrder;
  date_of_birth: string;
  date_of_death: string;
  /** Whether the deceased lived alone in a rented home: decides how a lease ends (`askedEndDate`). */
  lived_with: LivedWith | null;
  new_holder: string | null;
  new_holder_address: PostalAddress | null;
  new_holder_email: string | null;
  owner_name: string;
  owner_email: string;
  owner_phone: string | null;
  language: 'nl' | 'en';
  provider_name: string;
  /** The provider's category: what its letter asked (a bank, a lease: `endDateWords`). */
  category: ProviderCategory;
  /** An insurer's contract: its kind (`InsuranceKind`), which decides what its confirmation says was done (`answersFitting`). */
  insurance_kind: InsuranceKind | null;
  /** askdesk: money Steward asked back is open on it (its markers, `askedBackMarkers`): the list reads it as its page does (`withAskedBack`). */
  asked_back_open: boolean;
  /** deskcorr: a correction after its confirmation that awaits its answer (`contracts.correction_awaited`). */
  correction_awaited: CorrectionAwaited | null;
  /** What its confirmation said was done (`contracts.answer_done`), null when none. */
  answer_done: AnswerDone | null;
  /** rentkeys: the handover appointment it gave (`contracts.handover_appointment`), null before. */
  handover_appointment: HandoverAppointment | null;
}

/**
 * The documents a request's provider sees. Asking for a kind of document attaches nothing: only what
 * the owner attached (or the first letter carried) is shown.
 */
const enclosureRequest = (row: RequestRow): EnclosureRequest => ({ contractId: row.id, estateId: row.estate_id });

/** What an answer's days are checked by (`answerDateRefusals`): its event type and the days it gives, as sent. */
type DatedAnswer = { type: string; effectiveDate?: unknown; coverUntil?: unknown; done?: unknown; releasedOn?: unknown };

/**
 * What a provider contact point sees and does. Least data: one request at a time, only what it
 * needs — never other contracts of the estate, never the family's contact details.
 */
@Injectable()
export class ProviderDeskService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    // The CSV export reads on the reports' share (`onReportsShare`), as the dashboard and scorecards do.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly reports: DataSource,
    private readonly workflow: ContractWorkflow,
    private readonly idempotency: IdempotencyService,
    private readonly documents: DocumentsService,
    private readonly enclosures: EnclosuresService,
    private readonly timeline: TimelineService,
    private readonly letters: LettersService,
    private readonly erasures: DocumentErasuresService,
    private readonly clock: Clock,
    private readonly contracts: ContractsService,
    private readonly estates: EstatesService,
    private readonly views: ContractViews,
    private readonly refunds: RefundsService,
  ) {}

  /**
   * The provider's requests shown under another tab than the stored one because their letter has not reached it, under "Wacht op
   * Steward" (`SHOWN_TAB`, README deskrest): read once per request of the desk and passed to each list and count.
   */
  async shownMoves(providerId: string): Promise<ShownMoves> {
    return { waitingForLetter: await this.letters.waitingForLetter(providerId) };
  }

  /** Steward's reference of each of these requests of the provider, by request id (the webhooks page names a delivery's request by it). */
  async references(providerId: string, requestIds: string[]): Promise<Map<string, string>> {
    // Each table through its module: the provider's requests among these, then their estates' references (two statements a page).
    const requests = await this.contracts.ofProvider(providerId, requestIds);
    const references = await this.estates.references([...new Set(requests.map((r) => r.estateId))]);
    return new Map(requests.flatMap((r) => (references.has(r.estateId) ? [[r.id, references.get(r.estateId)!] as const] : [])));
  }

  /**
   * One page of a desk list, overdue first, then newest activity first (`DESK_CURSOR`); `next` continues it.
   * `moves` as the desk's request read them (else read here).
   */
  async list(principal: ProviderPrincipal, filter: DeskFilter, options: DeskListOptions = {}, moves?: ShownMoves) {
    const limit = options.limit ?? DESK_PAGE_SIZE;
    const rows = await this.rows(this.db.manager, principal.providerId, {
      shown: filter === 'all' ? undefined : { tabs: tabsOf(filter), moves: moves ?? (await this.shownMoves(principal.providerId)) },
      after: positionOf(deskList(principal.providerId, filter, options), options.cursor, DESK_CURSOR),
      limit: limit + 1,
      search: options.q ? deskSearchOf(options.q) : undefined,
      updatedSince: options.updatedSince,
    });
    const page = rows.slice(0, limit);
    const [standings, enclosures] = await Promise.all([
      this.workflow.standings(this.db.manager, page.map((r) => r.id)),
      this.enclosures.forRequests(page.map(enclosureRequest)),
    ]);
    const [{ supplied, pending }, collections, amended, refunds] = await Promise.all([this.lettersOf(standings), this.collectionsOf(this.db.manager, standings), this.amendmentsOf(this.db.manager, standings, page), this.refundsOf(page, standings)]);
    const views = page.map((row) => this.view(row, standings.get(row.id)!, enclosures.get(row.id)!, principal.lang, supplied.get(row.id), collections.get(row.id), pending.get(row.id), amended.get(row.id), refunds.get(row.id)));
    return {
      // askdesk: a request whose money asked back is open reads as its own page does (`withAskedBack`): its tab, as the list found it.
      items: await Promise.all(views.map(async (view, i) => (page[i].asked_back_open ? this.askedBackOf(view, principal.lang) : view))),
      next: rows.length > limit ? encodeCursor(deskList(principal.providerId, filter, options), [page.at(-1)!.overdue ? '1' : '0', page.at(-1)!.activity, page.at(-1)!.id]) : null,
    };
  }

  /**
   * How many requests each tab holds, or with a search (`q`) how many of its matches, each counted only up to one
   * past TAB_COUNT_CAP: one statement, each tab a short range of `contracts_desk_tab_idx`, so a provider with
   * 50,000 requests costs what a small one does. A search counts through the index its list uses (name
   * trigrams, account number, the estates' postcode, date of birth or reference), at most one past the cap per tab.
   * `moves` as the desk's request read them (else read here).
   */
  async tabCounts(providerId: string, q?: string, moves?: ShownMoves): Promise<TabCounts> {
    const params: unknown[] = [providerId, TAB_COUNT_CAP + 1];
    const param = (value: unknown) => `$${params.push(value)}`;
    const moved = movedPlaceholders(moves ?? (await this.shownMoves(providerId)), param);
    const search = q ? deskSearchOf(q) : undefined;
    const matches = search ? ` AND ${searchCondition(search, param)}` : '';
    const estate = estateOfSearch(search);
    const within = (part: string) => `FROM contracts c${estate} WHERE c.provider_id = $1 AND ${part}${matches}`;
    const capped = (part: string, limit = '$2') => `(SELECT count(*) FROM (SELECT 1 ${within(part)} LIMIT ${limit}) one)`;
    // deskcount: each tab the sum of its parts' counts (`tabParts`), each part counted on its own index range, so no OR reaches
    // PostgreSQL (given one it counted a tab by a sequential scan of `contracts`, README deskscale). „done" less its requests a refund
    // moves away: those counted whole from their partial index (the provider's open refunds), its stored range read as many more.
    const counts = (Object.keys(DESK_TAB_LABELS) as DeskTab[]).map((tab) => {
      const { stored, leaving, joining } = tabParts([tab], param, moved);
      const joined = joining.map((part) => ` + ${capped(part)}`).join('');
      if (!leaving.length) return `SELECT '${tab}' AS tab, LEAST(${capped(stored)}${joined}, $2)::int AS n`;
      const away = leaving.map((part) => `(SELECT count(*) ${within(part)})`).join(' + ');
      // OFFSET 0 keeps `away` one subquery, counted once (flattened, PostgreSQL counted it for the LIMIT and again for the difference).
      return `SELECT '${tab}' AS tab, LEAST(${capped(stored, '$2 + away.n')} - away.n${joined}, $2)::int AS n FROM (SELECT ${away} AS n OFFSET 0) away`;
    });
    const rows: { tab: DeskTab; n: number }[] = await this.db.query(counts.join(' UNION ALL '), params);
    return Object.fromEntries(rows.map((r) => [r.tab, r.n])) as TabCounts;
  }

  /** refund: of these requests, the refunds their providers confirmed (read only where the read model holds one). */
  private refundsOf(rows: RequestRow[], standings: Map<string, ContractStanding>, manager?: EntityManager): Promise<Map<string, RefundOpen>> {
    return this.views.refundsOf(rows.filter((r) => (standings.get(r.id)?.context.finalInvoiceAmount ?? 0) < 0).map((r) => ({ id: r.id, estateId: r.estate_id })), manager);
  }

  /**
   * One request with a page of its exchange (deskthread): the newest `limit` entries the desk's thread shows before `at` (a decoded
   * TIMELINE_CURSOR; null: the newest; deskthread2: calls, notes and internal steps are not counted), their letters, and what their
   * words need from before and between them read on its own (`threadContextBefore`, `threadContextBetween`, `firstRequestOf`), never
   * the whole history; `threadNext`: the cursor of the page before it, null when there is none.
   */
  async get(principal: ProviderPrincipal, contractId: string, manager: EntityManager = this.db.manager, at: Position | null = null, limit = DEFAULT_PAGE_SIZE): Promise<DeskRequestWithThread> {
    const [row] = await this.rows(manager, principal.providerId, { contractId });
    if (!row) throw new NotFoundProblem();
    const [standings, page, enclosures, erasures, firstRequest] = await readAll(manager, [
      () => this.workflow.standings(manager, [row.id]),
      () => this.timeline.deskThreadPage(row.estate_id, row.id, at, limit, manager),
      () => this.enclosures.forRequest(enclosureRequest(row), manager),
      () => this.erasures.ofContract(row.id, manager),
      () => this.letters.firstRequestOf(manager, row.id),
    ]);
    const entries = [...page.items].reverse();
    const asked = lettersAsked(entries);
    const read = lettersOfPage(await this.letters.ofContract(manager, row.id, asked), entries);
    const before = page.nextCursor && positionOf(timelineLists.deskThread(row.id), page.nextCursor, TIMELINE_CURSOR)![0];
    const between = await this.timeline.threadContextBetween(manager, row.id, entries.map((e) => e.id));
    const earlier = {
      entries: before ? await this.timeline.threadContextBefore(manager, row.id, before, read.retriedSteps, asked.unnumbered) : [],
      firstRequest,
      between: new Map(entries.map((e) => [e, between.get(e.id) ?? []])),
    };
    const { supplied, pending } = await this.lettersOf(standings);
    const collections = await this.collectionsOf(manager, standings);
    const amended = await this.amendmentsOf(manager, standings, [row]);
    const refunds = await this.refundsOf([row], standings, manager);
    const standing = this.view(row, standings.get(row.id)!, enclosures, principal.lang, supplied.get(row.id), collections.get(row.id), pending.get(row.id), amended.get(row.id), refunds.get(row.id));
    const view = await this.askedBackOf(standing, principal.lang, manager);
    const letters = read.letters.filter(byDesk);
    const carriedIds = letters.filter((l) => l.status === 'sent' && !l.toAgency).flatMap((l) => l.enclosureIds);
    const sentErasures = erasures.filter((e) => e.sentOn !== null);
    // The documents the letters carried and those asked back, in one read.
    const documents = await this.documents.byIds(manager, [...new Set([...carriedIds, ...sentErasures.map((e) => e.documentId)])]);
    const carried = documents.filter((d) => carriedIds.includes(d.id));
    const openable = openableEnclosures(view.letterPending ? [] : enclosures, carried).map(deskDocument);
    return {
      ...view,
      thread: threadOf(entries, letters, openable, principal.lang, view.asked, earlier),
      threadNext: page.nextCursor,
      erasures: deskErasures(sentErasures, new Map(documents.map((d) => [d.id, d])), principal.lang),
    };
  }

  /** dropdesk: done but for money Steward asked back by letter, the request waits on the provider, or on Steward once it reported it all paid (`withAskedBack`). */
  private async askedBackOf<R extends DeskRequest>(view: R, lang: Lang, manager: EntityManager = this.db.manager): Promise<R> {
    return view.waitingOn === 'nobody' ? withAskedBack(view, (await this.refunds.paidBillFollowed(view.id, manager))?.followed ?? null, lang) : view;
  }

  /**
   * The request as its page shows it (deskundo: with the bills of its own drop it can still undo, `ownDropUndoable`): with the final
   * bill the provider dropped, whose amount the correction form then shows fixed (`claim-dropped`); corrpaid: and what the estate already paid of the final invoice or received of its refund, which the form
   * says its amount cannot go below (`moneyMovedLowered`).
   */
  async page(principal: ProviderPrincipal, contractId: string, at: Position | null = null): Promise<DeskRequestWithThread & { droppedFinalBill: { reference: string; amount: number } | null; moneyMoved: MoneyMoved | null; ownDropUndoable: string[] | null }> {
    const request = await this.get(principal, contractId, this.db.manager, at);
    const moneyMoved = request.actions.includes('correct-completion') ? await this.contracts.moneyMoved(this.db.manager, await this.db.manager.findOneOrFail(Contract, { where: { id: contractId }, select: { id: true, estateId: true } })) : null;
    // deskundo: its own drop, while it can take it back (`undoDrop`), with its form.
    return { ...request, droppedFinalBill: await this.timeline.droppedFinalBill(contractId), moneyMoved, ownDropUndoable: await this.contracts.deskDropUndoable(contractId) };
  }

  /**
   * The provider confirms it deleted a withdrawn document we asked it to delete, idempotently (again:
   * the same answer). A document we did not ask this provider about, through this request, answers 404.
   */
  async confirmErasure(principal: ProviderPrincipal, contractId: string, documentId: string, idempotencyKey: string | undefined, path: string): Promise<DeskRequestWithThread> {
    const { body } = await this.idempotency.run({ providerId: principal.providerId }, idempotencyKey, requestHash('POST', path, {}), async (manager) => {
      const request = await this.get(principal, contractId, manager);
      if (!request.erasures.some((e) => e.documentId === documentId)) throw new NotFoundProblem();
      await this.erasures.confirm(manager, contractId, documentId, actorOf(principal));
      return { status: 200, body: await this.get(principal, contractId, manager) };
    });
    return body as DeskRequestWithThread;
  }

  /**
   * Applies the provider's answer to the contract workflow, idempotently per `Idempotency-Key`. An
   * answer the request no longer allows (answered twice, a stale page) is a 409 in the provider's words.
   */
  async act(principal: ProviderPrincipal, contractId: string, event: AnyEventObject, idempotencyKey: string | undefined, path: string) {
    try {
      const { body } = await this.idempotency.run({ providerId: principal.providerId }, idempotencyKey, requestHash('POST', path, event), async (manager) => {
        const request = await this.get(principal, contractId, manager);
        if (request.letterPending) throw new ProblemException(409, 'letter-pending', providerWords(request.language).request.letterPendingRefused);
        const contract = await manager.findOneByOrFail(Contract, { id: contractId });
        const standing = await this.workflow.lockForStep(manager, contract, event.type);
        // withdrawrej: a rejection the case owner answered already is hers; the desk is told what she did and how to reach her.
        const answeredRejection =
          event.type === 'REJECTION_WITHDRAWN' &&
          !standing.accepts(event.type) &&
          rejectionAnsweredText(standing.state, standing.context.lastRejectionReason !== null, request.caseOwner, request.language, await this.timeline.rejectionTakenBack(manager, contractId));
        if (answeredRejection) throw new ProblemException(409, 'rejection-answered', answeredRejection);
        assertAskable(event);
        // bankwords2: a bank's costs are named as costs, as its request page names them (`charge.request`); notawords2: an insurer's bill
        // its nota; notawords3: every refusal about it too, its field's label and rule (`billerNamed`).
        const words = providerWords(request.language);
        const biller = billerOf(request.asked);
        const billWords = (deskBillWords(words, request.asked) ?? words).request;
        if (withdrawsNoDisputedBill(event.type, standing.context) && standing.accepts('INVOICE_WITHDRAWN')) throw new ProblemException(409, 'no-disputed-bill', (biller === 'insurer' ? words.nota.request : words.request).nothingToWithdraw);
        assertBillAnswer(standing, event, biller);
        const rejected = rejectedAlready(openDisputesOf(standing.context), event);
        if (rejected) {
          throw new ProblemException(409, 'answered-already', billWords.rejectedAlready(rejected.reference), {
            errors: billerNamed([{ field: 'invoiceReference', message: `names bill ${rejected.reference}, whose dispute you rejected already`, rule: 'rejectedAlready', limit: rejected.reference }], biller, false),
          });
        }
        const credited = event.type === 'COMPLETION_CORRECTED' && standing.accepts(event.type) && typeof event.effectiveDate === 'string' ? creditTakenBack(event.effectiveDate, openDisputesOf(standing.context)) : null;
        // ownerrules: named at the date that would take the credit back, so the desk's form says it there.
        if (credited) {
          const refused: FieldError = { field: 'effectiveDate', message: `would take back what you credited on bill ${credited.reference}; tell the case owner the new date`, rule: 'creditTakenBack', limit: credited.reference };
          throw new ProblemException(409, 'state-conflict', billWords.creditTakenBack(credited.reference), { errors: billerNamed([refused], biller, false) });
        }
        if (event.type === 'COMPLETION_CORRECTED' && reportedRefundChanged(request.refund, event.finalInvoiceAmount)) {
          // deskrules (audit87 F3): the refusal names the amount it refuses, so the desk's form says it at that field.
          const reported = request.refund!.reportedPaid!.amount;
          throw new ProblemException(409, 'refund-reported', words.request.refundAmountReported(money(reported, request.language)), {
            errors: [{ field: 'finalInvoiceAmount', message: `cannot change: you reported ${reported.toFixed(2)} of its refund transferred; tell the case owner if it is wrong`, rule: 'refundReported', limit: reported.toFixed(2) }],
          });
        }
        // collclaim2 (audit86 COLL-1): a final bill dropped with the whole claim is not claimed anew by a correction of the desk's; the
        // heirs were told it need not be paid, and paying an estate's debt may count as accepting the estate (art. 4:192 lid 1 BW).
        if (event.type === 'COMPLETION_CORRECTED' && event.finalInvoiceAmount !== undefined) {
          const dropped = await this.timeline.droppedFinalBill(contractId, manager);
          // dropdesk (audit90 G3): the final invoice's own amount, as confirmed, not the unpaid rest the drop recorded when part was paid.
          const own = dropped && (request.finalInvoiceAmount ?? dropped.amount);
          if (own !== null && event.finalInvoiceAmount !== own) {
            throw new ProblemException(409, 'claim-dropped', words.request.droppedAmountRefused, {
              errors: [{ field: 'finalInvoiceAmount', message: `cannot change: you dropped this final invoice of ${own.toFixed(2)} with the whole claim; tell the case owner if that is wrong`, rule: 'claimDropped', limit: own.toFixed(2) }],
            });
          }
        }
        // corrpaid (audit91 F1): not below what the estate already paid of the final invoice, nor its refund below what came in. After the
        // drop above: a final bill paid and then dropped is asked back whole, so „pay back the difference" would not be true.
        const lowered = event.type === 'COMPLETION_CORRECTED' && event.finalInvoiceAmount !== undefined ? moneyMovedLowered(event.finalInvoiceAmount, await this.contracts.moneyMoved(manager, contract)) : null;
        if (lowered) {
          const said = [money(lowered.moved, request.language), longDate(lowered.on, request.language), money(lowered.difference, request.language)] as const;
          throw new ProblemException(409, lowered.kind === 'billPaid' ? 'bill-paid-already' : 'refund-received-already', lowered.kind === 'billPaid' ? words.request.paidAmountLowered(...said) : words.request.receivedAmountLowered(...said), {
            errors: [moneyMovedError(lowered, 'provider')],
          });
        }
        await assertAnswerDates(manager, contract, event, this.clock.today(), standing.context.effectiveDate);
        await assertAnswerFits(manager, contract, event);
        const now = await this.contracts.rejudgeBillsByCover(manager, contract, standing, event);
        // A corrected confirmation that changes nothing writes nothing.
        // withdrawrej: the day a rejection is taken back is Steward's, added here so a retry hashes the same answer (its words name it).
        const applied = withCorrections(now, event.type === 'REJECTION_WITHDRAWN' ? { ...event, withdrawnOn: this.clock.today() } : event, contract.answerDone);
        // collclaim: a dropped claim is the stop, then each open bill withdrawn, in this one transaction (v19's own steps).
        // collclaim2: a final bill the estate already paid is not open, so not dropped (`droppedClaimOf`).
        if (applied) {
          let last: AppliedTransition | undefined;
          const steps = await this.contracts.answerSteps(manager, contract, now.context, withBillLeft(now, applied));
          for (const step of steps) last = await this.workflow.apply(manager, contractId, step, actorOf(principal));
          // collagency: the agency our stop went to hears that the provider ended the collection (the desk's answer is the provider's own);
          // audit88rest: a dropped claim as its stop recorded it, so a final bill paid before it is told as paid.
          const told = applied.type === 'COLLECTION_STOPPED' ? steps[0] : applied;
          if (last) await this.contracts.tellAgenciesCollectionEnded(manager, contract, now, told, { instanceId: last.instance.id, state: last.to });
        } else if (event.type === 'COMPLETION_CORRECTED') {
          // deskcorr: its confirmation given again unchanged answers a correction that asked whether its date changes: the date stays.
          await this.contracts.correctionAnswered(manager, contractId, actorOf(principal));
        }
        return { status: 200, body: await this.get(principal, contractId, manager) };
      });
      return body;
    } catch (error) {
      if (!(error instanceof StateConflict)) throw error;
      const now = await this.get(principal, contractId);
      throw new ProblemException(409, 'state-conflict', providerConflictText(event.type, now.waitingOn, now.state, now.language, now.caseOwner, now.actions.includes('withdraw-rejection'), billerOf(now.asked)));
    }
  }

  /**
   * deskundo: the desk takes back its own drop of a bill („ingetrokken”) given by mistake, while that answer is the contract's newest
   * step: the owner's undo's rule and machine event (`ContractsService.dropUndoneEvent`, `by` the provider), idempotently per
   * `Idempotency-Key`; what follows it is the owner's undo's too (`tellDropUndone`: the agency told the collection ended hears it did
   * not, an end letter not gone yet stays home). The case owner's record of a drop is hers: 409 naming her, as a drop answered since.
   */
  async undoDrop(principal: ProviderPrincipal, contractId: string, dto: DropUndoneDto, idempotencyKey: string | undefined, path: string): Promise<DeskRequestWithThread> {
    const { body } = await this.idempotency.run({ providerId: principal.providerId }, idempotencyKey, requestHash('POST', path, { type: 'DROP_UNDONE', ...dto }), async (manager) => {
      const request = await this.get(principal, contractId, manager);
      const contract = await manager.findOneByOrFail(Contract, { id: contractId });
      const standing = await this.workflow.lockForStep(manager, contract, 'DROP_UNDONE');
      const words = providerWords(request.language).request;
      const owner = request.caseOwner.name;
      const event = await this.contracts.dropUndoneEvent(manager, contract, standing, dto.invoiceReference, 'provider', { noDrop: words.dropNotYours(owner), movedOn: words.dropFollowed(owner), notUndoable: words.dropNotUndoable(owner) });
      const applied = await this.workflow.apply(manager, contractId, event, actorOf(principal));
      await this.contracts.tellDropUndone(manager, contract, applied.event, { instanceId: applied.instance.id, state: applied.to });
      return { status: 200, body: await this.get(principal, contractId, manager) };
    });
    return body as DeskRequestWithThread;
  }

  /**
   * refundclose: the provider reports that it paid (some of) the refund it confirmed, idempotently per `Idempotency-Key`; its body is
   * checked here (400 naming the field), the refund's bounds by the refunds module (409, 422). Kept as its word, not as received.
   */
  async refundPaid(principal: ProviderPrincipal, contractId: string, body: unknown, idempotencyKey: string | undefined, path: string): Promise<DeskRequestWithThread> {
    const { dto, errors } = await validateInput(RefundPaidDto, body);
    if (errors.length) throw new ValidationProblem(errors, 400);
    const { body: answered } = await this.idempotency.run({ providerId: principal.providerId }, idempotencyKey, requestHash('POST', path, dto), async (manager) => {
      const request = await this.get(principal, contractId, manager);
      await this.refunds.reportPaidByProvider(manager, contractId, dto, request.deceased.dateOfDeath, actorOf(principal), request.language);
      return { status: 200, body: await this.get(principal, contractId, manager) };
    });
    return answered as DeskRequestWithThread;
  }

  /**
   * rentkeys (audit104 F3): a corporation that confirmed a lease's end gives the appointment to hand the dwelling and its keys over,
   * idempotently per `Idempotency-Key`; each field refused in its words (422), 409 naming `on` for any other request. Kept on the
   * contract, not as a workflow step: the v27 machine takes no step after the confirmation for it. rentkeys3: its body is checked
   * first (400 naming each field, `DeskHandoverAppointment`), as every desk answer's, so a bad body is told before the request's reach.
   */
  async handoverAppointment(principal: ProviderPrincipal, contractId: string, body: unknown, idempotencyKey: string | undefined, path: string): Promise<DeskRequestWithThread> {
    const { dto, errors: refused } = await validateInput(DeskHandoverAppointment, body);
    if (refused.length) throw new ValidationProblem(refused, 400);
    const { body: answered } = await this.idempotency.run({ providerId: principal.providerId }, idempotencyKey, requestHash('POST', path, dto), async (manager) => {
      const [row] = await this.rows(manager, principal.providerId, { contractId });
      if (!row) throw new NotFoundProblem();
      const request = await this.get(principal, contractId, manager);
      const words = providerWords(request.language).request;
      if (!takesHandoverAppointment(row.category, row.action, request.effectiveDate)) {
        throw new ProblemException(409, 'state-conflict', words.handoverNotAsked, { errors: [{ field: 'on', message: 'only for a lease whose end you confirmed' }] });
      }
      const { appointment, errors } = handoverAppointmentOf(dto, this.clock.today());
      if (!appointment) throw new ValidationProblem(errors);
      await this.contracts.giveHandoverAppointment(manager, contractId, appointment, this.clock.now(), actorOf(principal));
      return { status: 200, body: await this.get(principal, contractId, manager) };
    });
    return answered as DeskRequestWithThread;
  }

  /**
   * A completion or its correction, its body checked here rather than by the pipe: a refused one is answered
   * with the end-date rules too (`withEndDateRules`), so the desk fixes every field in one round.
   */
  async complete(principal: ProviderPrincipal, contractId: string, answer: 'completed' | 'completion_corrected', body: unknown, idempotencyKey: string | undefined, path: string) {
    // A correction may leave the final invoice out (it keeps the one confirmed); completing names it.
    const { dto, errors } = await validateInput(answer === 'completed' ? CompleteDto : CompletionCorrectedDto, body);
    // A bank's or insurer's date is named as the desk's form labels it (`answerDateNamed`), not as an end.
    const named = async (refused: FieldError[]) => answerDateNamed(await this.get(principal, contractId), refused);
    if (errors.length) throw new ValidationProblem(await named(await this.withEndDateRules(principal, contractId, errors, { ...dto, type: answer === 'completed' ? 'COMPLETE' : 'COMPLETION_CORRECTED' })), 400);
    try {
      return await this.act(principal, contractId, providerAnswerEvent(answer, dto), idempotencyKey, path);
    } catch (error) {
      if (!(error instanceof ValidationProblem)) throw error;
      throw new ValidationProblem(await named(error.fieldErrors), error.getStatus() as 400 | 422);
    }
  }

  /**
   * A refused answer's errors with the rules its days must meet against the request's record (`answerDateRefusals`: an end not
   * before the death nor past the bound after the day asked; a bank's or insurer's day not ahead; a kept cover not ending before
   * the death), for each date that parsed: what `act` would refuse next (422) is named in the same answer. 404 outside the
   * caller's reach, so another provider hears nothing of the request's dates.
   */
  async withEndDateRules(principal: ProviderPrincipal, contractId: string, refused: FieldError[], answer: DatedAnswer): Promise<FieldError[]> {
    const manager = this.db.manager;
    const [row] = await this.rows(manager, principal.providerId, { contractId });
    if (!row) throw new NotFoundProblem();
    const told = new Set(refused.map((e) => e.field));
    const problems = await this.answerDateProblems(manager, contractId, answer);
    return [...refused, ...problems.filter((p) => !told.has(p.field))];
  }

  /**
   * An answer's days against its request's record (`answerDateRefusals`), for a request known to be the caller's. A value the body
   * refused as no date is passed over by the caller (`told`), so each field is told once.
   */
  private async answerDateProblems(manager: EntityManager, contractId: string, answer: DatedAnswer): Promise<FieldError[]> {
    // One after another, as every query on a transaction's client (pg@9 refuses a second one queued on it).
    const contract = await manager.findOneByOrFail(Contract, { id: contractId });
    const standings = await this.workflow.standings(manager, [contractId]);
    const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    const answered = { type: answer.type, effectiveDate: text(answer.effectiveDate), coverUntil: text(answer.coverUntil), done: text(answer.done), releasedOn: text(answer.releasedOn) };
    return answerDateRefusals(manager, contract, answered, this.clock.today(), standings.get(contractId)?.context.effectiveDate ?? null);
  }

  /**
   * A release of a blocked account's balance, its body checked here as `complete`'s: a refused one names `releasedOn`'s day rules
   * too (not before the balance's day, overdraftrest), so the desk fixes every field in one round.
   */
  async balanceReleased(principal: ProviderPrincipal, contractId: string, body: unknown, idempotencyKey: string | undefined, path: string) {
    const { dto, errors } = await validateInput(BalanceReleasedDto, body);
    if (errors.length) throw new ValidationProblem(await this.withEndDateRules(principal, contractId, errors, { ...dto, type: 'BALANCE_RELEASED' }), 400);
    return this.act(principal, contractId, balanceReleasedEvent(dto), idempotencyKey, path);
  }

  /**
   * A batch of completions, its body checked here rather than by the pipe: a malformed batch is answered with a
   * row named twice and each row's end-date rules too (`batchEndDateRules`), so the desk fixes every row in one
   * round; nothing is done. A well-formed batch goes row by row (`actOnEach`), a rule failing on one row its own 422.
   */
  async completeMany(principal: ProviderPrincipal, body: unknown, idempotencyKey: string | undefined, path: string): Promise<BatchItemResult[]> {
    const { dto, errors } = await validateInput(CompleteBatchDto, body);
    const told = new Set(errors.map((e) => e.field));
    // A batch refused as a whole (none, or too many rows) is not looked into row by row.
    const rows: Partial<CompleteItemDto>[] = Array.isArray(dto.requests) && !told.has('requests') ? dto.requests : [];
    const refused = [...errors, ...namedTwice(rows.map((row, i) => (told.has(`requests.${i}.id`) || typeof row?.id !== 'string' ? undefined : row.id)))];
    if (!refused.length) return this.actOnEach(principal, dto.requests.map(({ id, ...answer }) => ({ id, event: providerAnswerEvent('completed', answer) })), idempotencyKey, path);
    throw new ValidationProblem([...refused, ...(await this.batchEndDateRules(principal, rows, new Set(refused.map((e) => e.field))))], 400);
  }

  /**
   * The end-date rules of each row of a refused batch whose id and end date parsed, named by row. A row for a
   * request that is not the caller's is passed over in silence: a batch tells nothing of another's records.
   */
  private async batchEndDateRules(principal: ProviderPrincipal, rows: Partial<CompleteItemDto>[], told: Set<string>): Promise<FieldError[]> {
    const manager = this.db.manager;
    const problems: FieldError[] = [];
    for (const [i, row] of rows.entries()) {
      const at = (field: string) => `requests.${i}.${field}`;
      if (told.has(at('id')) || told.has(at('effectiveDate')) || typeof row?.id !== 'string' || typeof row.effectiveDate !== 'string') continue;
      const [mine] = await this.rows(manager, principal.providerId, { contractId: row.id });
      const refusals = mine ? await this.answerDateProblems(manager, row.id, { ...row, type: 'COMPLETE' }) : [];
      problems.push(...refusals.filter((p) => !told.has(at(p.field))).map((p) => ({ ...p, field: at(p.field) })));
    }
    return problems;
  }

  /**
   * The same answer to many requests, each on its own (its own transaction, like a single call): one
   * that fails leaves the others done. Each result carries what a single call would have answered.
   * A request twice in one batch is a 400 naming it, before anything is done. Under an
   * `Idempotency-Key` a retried batch answers what the first one did.
   */
  async actOnEach(principal: ProviderPrincipal, items: { id: string; event: AnyEventObject }[], idempotencyKey: string | undefined, path: string): Promise<BatchItemResult[]> {
    const twice = namedTwice(items.map((item) => item.id));
    if (twice.length) throw new ValidationProblem(twice, 400);
    return this.idempotency.runBatch({ providerId: principal.providerId }, idempotencyKey, requestHash('POST', path, items), async (itemKey) => {
      const results: BatchItemResult[] = [];
      for (const { id, event } of items) {
        try {
          await this.act(principal, id, event, itemKey(id), `${path}/${id}`);
          results.push({ id, status: 200 });
        } catch (error) {
          if (!(error instanceof ProblemException)) throw error;
          // Each result as a single call's answer would read, in the desk's words.
          results.push({ id, status: error.getStatus(), problem: inReadersWords(error.getResponse() as ProblemDocument, error, { audience: 'provider', lang: principal.lang }) as Problem });
        }
      }
      return results;
    });
  }

  /**
   * The provider's requests with activity in a period (Dutch calendar days, both included), oldest
   * first, in pages along the provider's activity index: rows as the desk shows them, for a CSV.
   */
  async *exportRows(principal: ProviderPrincipal, from: string, to: string): AsyncGenerator<ExportRow> {
    let after: Position | null = null;
    for (;;) {
      // Each batch on a connection of the reports' share (issue 13 item 6), given back before its rows are written: a quarter of a
      // big desk's requests holds no connection a page needs, and a slow download holds none at all.
      const batch = await onReportsShare(this.db, this.reports, (reader) => this.exportBatch(principal, { from, to }, after, reader));
      yield* batch;
      if (batch.length < EXPORT_BATCH) return;
      after = [batch.at(-1)!.row.activity, batch.at(-1)!.row.id];
    }
  }

  /** One batch of an export after `after`, with each row's record as the desk shows it, all read on `reader`. */
  private async exportBatch(principal: ProviderPrincipal, period: { from: string; to: string }, after: Position | null, reader: EntityManager): Promise<ExportRow[]> {
    const batch = await this.rows(reader, principal.providerId, { after, limit: EXPORT_BATCH, period, ascending: true });
    const standings = await this.workflow.standings(reader, batch.map((r) => r.id));
    const { supplied, pending } = await this.lettersOf(standings, reader);
    const collections = await this.collectionsOf(reader, standings);
    const amended = await this.amendmentsOf(reader, standings, batch);
    return batch.map((row) => {
      const standing = standings.get(row.id)!;
      return {
        row,
        deceased: fullName({ givenNames: row.given_names, surnamePrefix: row.surname_prefix, surname: row.surname, nameOrder: row.name_order }),
        yourReference: standing.context.providerReference,
        effectiveDate: standing.context.effectiveDate,
        statusText: deskStanding(standing, row.language, supplied.get(row.id), pending.get(row.id), this.clock.today(), amendedText(amended.get(row.id) ?? null, requestedFactsOf(row), askedOf(row), row.language), askedOfRequest(row), doneOf(row, standing.context)).statusText,
        collection: collections.get(row.id) ?? null,
      };
    });
  }

  /**
   * An enclosure of this request, or a document a letter of its thread carried (`openableEnclosures`: not withdrawn since),
   * and only that: any other document (not attached, a family upload, the will, another provider's
   * request, one withdrawn) answers 404 like an unknown id. The view is logged. deskthread: the letters carrying it are read, not the thread.
   */
  async openDocument(principal: ProviderPrincipal, contractId: string, documentId: string) {
    return this.db.transaction(async (manager) => {
      const request = await this.get(principal, contractId, manager);
      const carriers = (await this.letters.ofContract(manager, contractId, { carrying: documentId })).filter((l) => l.status === 'sent' && !l.toAgency && byDesk(l));
      const [document] = carriers.length ? await this.documents.byIds(manager, [documentId]) : [];
      const carried = document !== undefined && document.withdrawnAt === null;
      if (!carried && !request.enclosures.some((d) => d.id === documentId)) throw new NotFoundProblem();
      return this.documents.openFor(manager, documentId, actorOf(principal));
    });
  }

  /**
   * A letter of this request's thread as it was sent: for a portal provider the desk is the letter's
   * delivery, so the provider reads what it says. Any other letter answers 404 like an unknown id.
   */
  async openLetter(principal: ProviderPrincipal, contractId: string, letterId: string) {
    const [row] = await this.rows(this.db.manager, principal.providerId, { contractId });
    const [letter] = row ? await this.letters.ofContract(this.db.manager, contractId, { ids: [letterId] }) : [];
    if (!letter || letter.status !== 'sent' || letter.toAgency || !byDesk(letter)) throw new NotFoundProblem();
    const sent = await this.letters.pdf(letterId);
    return { mediaType: 'application/pdf', content: sent.pdf, fileName: `${sent.kind}-${sent.letterDate}.pdf` };
  }

  private rows(manager: EntityManager, providerId: string, filter: RowFilter): Promise<RequestRow[]> {
    const params: unknown[] = [providerId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Every tab is "sent": then the desk's order index serves it, one tab its own index.
    const parts = filter.shown && tabParts(filter.shown.tabs, param, movedPlaceholders(filter.shown.moves, param));
    const tab = parts ? shownUnder(parts) : SENT;
    const where = ['c.provider_id = $1', tab];
    if (filter.contractId) where.push(`c.id = ${param(filter.contractId)}`);
    if (filter.after && filter.ascending) where.push(`(c.updated_at, c.id) > (${param(filter.after[0])}::timestamptz, ${param(filter.after[1])}::uuid)`);
    else if (filter.after) where.push(`(c.desk_overdue, c.updated_at, c.id) < (${param(filter.after[0] === '1')}::boolean, ${param(filter.after[1])}::timestamptz, ${param(filter.after[2])}::uuid)`);
    if (filter.period) {
      where.push(`c.updated_at >= (${param(filter.period.from)}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
      where.push(`c.updated_at < (${param(filter.period.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
    }
    if (filter.updatedSince) where.push(`c.updated_at >= ${param(filter.updatedSince)}::timestamptz`);
    const search = filter.search;
    const byName = search !== undefined && 'name' in search;
    const matches = search && !byName && searchCondition(search, param);
    if (matches) where.push(matches);
    const limitParam = filter.limit ? param(filter.limit) : null;
    const limit = limitParam ? `LIMIT ${limitParam}` : '';
    const order = filter.ascending ? 'c.updated_at, c.id' : DESK_ORDER;
    // deskcount: a page of a tab with parts (`tabParts`) is each part's page on its own index, then the first of them: an OR of the
    // parts has no index in the desk's order, and PostgreSQL walked the provider's whole desk for it (README deskscale).
    const arms = !byName && limitParam && parts?.joining.length ? [storedStaying(parts.stored, parts.leaving), ...parts.joining] : [];
    const armPage = (arm: string) =>
      `(SELECT c.* FROM contracts c${estateOfSearch(search)} WHERE ${where.map((condition) => (condition === tab ? arm : condition)).join(' AND ')} ORDER BY ${order} LIMIT ${limitParam})`;
    const page = byName ? nameHits(where, tab, parts ? [storedStaying(parts.stored, parts.leaving), ...parts.joining] : [tab], namePattern(search.name, param), limitParam) : arms.length ? `(${arms.map(armPage).join(' UNION ALL ')}) c` : 'contracts c';
    return manager.query(
      `SELECT c.id, c.estate_id, e.reference, c.description, c.account_number, c.action, c.requested_end_date, c.insurance_kind, c.answer_done, c.desk_tab, c.desk_overdue AS overdue, ${askedBackMarked('c.')} AS asked_back_open, c.correction_awaited, c.handover_appointment,
              ${cursorTimestamp('c.updated_at')} AS activity,
              e.deceased_given_names AS given_names, e.deceased_surname_prefix AS surname_prefix, e.deceased_surname AS surname, e.deceased_name_order AS name_order,
              e.deceased_date_of_birth AS date_of_birth, e.deceased_date_of_death AS date_of_death, e.deceased_lived_with AS lived_with,
              f.name AS new_holder, f.address AS new_holder_address, f.email AS new_holder_email, u.name AS owner_name, u.email AS owner_email, u.phone AS owner_phone,
              p.language, p.name AS provider_name, p.category
         FROM ${page}
         JOIN estates e ON e.id = c.estate_id
         JOIN users u ON u.id = e.owner_id
         JOIN providers p ON p.id = c.provider_id
         LEFT JOIN family_members f ON f.id = c.transfer_to_family_member_id
        WHERE ${byName || arms.length ? 'TRUE' : where.join(' AND ')}
        ORDER BY ${order}
        ${byName ? '' : limit}`,
      params,
    );
  }

  /**
   * What the requests (of a page) read of their present state's latest letter, read once for both (`latestInState`):
   * `supplied`, those that stand where supplied information left them, with the day its letter went out (a letter still
   * held back by the letter rules, or not made yet, reached nobody, so it is not said; one by post went out the day its
   * batch was marked posted, not the day it was written); `pending`, those whose letter has not reached the provider:
   * held back, or by post and not posted yet. A letter written again in the same state (a term passed) does not count
   * there: the provider has its question.
   */
  private async lettersOf(standings: Map<string, ContractStanding>, reader?: EntityManager): Promise<{ supplied: Map<string, Supplied>; pending: Map<string, RequestLetterStanding> }> {
    const contracts = [...standings].map(([id, s]) => ({ id, state: s.state }));
    const latest = await this.letters.latestInState(contracts, reader);
    return {
      supplied: new Map([...latest].flatMap(([id, l]) => (l.kind === 'information_supplied' && l.sentOn ? [[id, { on: l.sentOn, willNotSent: l.willNotSent }] as const] : []))),
      pending: await this.letters.requestLetterStandings(contracts, { repeats: false, latest, db: reader }),
    };
  }

  /**
   * The collection letters the requests (of a page) are asked to stop, while they are: each one's newest
   * `COLLECTION_NOTICE` as the owner recorded it (its step's event, or as she corrected it), in one read of `timeline_entries_contract_idx`.
   */
  private async collectionsOf(manager: EntityManager, standings: Map<string, ContractStanding>): Promise<Map<string, DeskCollection>> {
    const asked = [...standings].filter(([, s]) => s.state === 'collectionStopRequested').map(([id]) => id);
    const notices = await this.timeline.latestOfContracts(manager, asked, COLLECTION_NOTICE_STEPS);
    return new Map([...notices].map(([id, details]) => [id, collectionClaimOf((details.event ?? {}) as Record<string, unknown>)]));
  }

  /**
   * The requests (of a page) the owner amended after the provider's rejection and has not sent again: each one's facts as
   * they were before the corrections since its latest rejection (`requestedBefore`), when those changed any; one read of
   * `timeline_entries_contract_idx`.
   */
  private async amendmentsOf(manager: EntityManager, standings: Map<string, ContractStanding>, rows: RequestRow[]): Promise<Map<string, RequestedFacts>> {
    const amended = rows.filter((r) => AMENDED_STATES.includes(standings.get(r.id)!.state) && standings.get(r.id)!.context.lastRejectionReason !== null);
    const steps = await this.timeline.detailsOfContracts(manager, amended.map((r) => r.id), ['REJECT', 'contract.corrected']);
    return new Map(
      amended.flatMap((row) => {
        const own = steps.filter((s) => s.contractId === row.id);
        const before = requestedBefore(own.slice(own.map((s) => s.event).lastIndexOf('REJECT') + 1), requestedFactsOf(row));
        return before ? [[row.id, before] as const] : [];
      }),
    );
  }

  /** In the language of whoever asks: a desk user's own, else the organisation's (`ProviderPrincipal.lang`). */
  private view(
    row: RequestRow,
    standing: ContractStanding,
    enclosures: EstateDocument[],
    lang: Lang,
    supplied: Supplied | undefined,
    collection: DeskCollection | undefined,
    pending: RequestLetterStanding | undefined,
    amendedFrom: RequestedFacts | undefined,
    refund?: RefundOpen,
  ): DeskRequest {
    const { state, context } = standing;
    // Its letter not yet with the provider, what would be the provider's move waits on Steward (`SHOWN_TAB`); a bank's release still owed is the bank's (`deskPartyOf`),
    // and so is an answer to a correction after its confirmation (deskcorr).
    const awaited = row.correction_awaited;
    const party = deskPartyOf(state, { ...context, correctionAwaited: awaitsDesk(awaited) });
    const stepWaitsOn = pending && party === 'provider' ? 'steward' : party;
    const shownTab = pending ? SHOWN_TAB[row.desk_tab] : row.desk_tab;
    // refunddesk2: nothing else asked of it, a refund it confirmed and has not all been received decides where the request stands.
    const refundStep = shownTab === 'done' ? deskRefundStep(refund) : null;
    const waitingOn = refundStep ? REFUND_STEP_TAB[refundStep].waitingOn : stepWaitsOn;
    const { statusText, nextMove: standingMove, dueAt, missedDueAt } = deskStanding(standing, lang, supplied, pending, this.clock.today(), amendedText(amendedFrom ?? null, requestedFactsOf(row), askedOf(row), lang), askedOfRequest(row), doneOf(row, standing.context));
    // refund: the money it confirmed owing the estate and not (all) received is still its to pay, not "er is niets meer te doen"; once reported, what it reported.
    const caseOwner = { name: row.owner_name, email: row.owner_email, phone: row.owner_phone };
    // deskcorr (audit91 F6): a correction after its confirmation is said first, with how to answer it.
    const words = providerWords(lang).request;
    // deskanswer2: past its term unanswered where our letter said the date stays (`awaitsDesk`), it says so: an answer is welcome, not awaited.
    const movedOn = !!awaited && !awaitsDesk(awaited) && !!context.effectiveDate;
    const corrected = awaited && words.correctedAfterConfirmation(longDate(awaited.on, lang), correctedText(awaited.changes as Correction[], lang));
    const correction = awaited && { correctedOn: awaited.on, changes: awaited.changes, text: movedOn ? `${corrected} ${words.correctionLapsed(longDate(awaited.lapsed!.on, lang), longDate(context.effectiveDate!, lang))}` : corrected! };
    // rentkeys (audit104 F3): a lease it confirmed ends with the handover our letter asked for: not done with before its appointment.
    const handover = takesHandoverAppointment(row.category, row.action, context.effectiveDate) ? row.handover_appointment : null;
    const handoverMove = waitingOn === 'nobody' && takesHandoverAppointment(row.category, row.action, context.effectiveDate)
      ? (handover ? words.handoverGiven(appointmentSaid(handover, longDate(handover.on, lang), words.handoverBring)) : words.handoverAsk)
      : null;
    const nextMove =
      handoverMove ??
      (correction && context.effectiveDate
        ? (movedOn ? words.correctionLapsedAsk : words.correctionAsk)(longDate(context.effectiveDate, lang))
        : refund && refund.left > 0 && stepWaitsOn !== 'provider'
        ? refundNextMove(refund, lang)
        : state === 'rejected'
          ? `${standingMove} ${rejectedByMistakeText(caseOwner, lang, standing.accepts('REJECTION_WITHDRAWN'))}`
          : standingMove);
    // Until its letter reached the provider, nothing of the request's present step is the provider's to answer or open.
    const actions = deskActions(pending ? [] : offeredAnswers(standing.accepts, context), refund, !pending && takesHandoverAppointment(row.category, row.action, context.effectiveDate));
    const answering = answersDispute(actions) ? ('dispute' as const) : ('request' as const);
    return {
      id: row.id,
      ourReference: row.reference,
      yourReference: context.providerReference,
      effectiveDate: context.effectiveDate,
      leaseEndsByLaw: leaseEndedByLawBefore({ ...askedOf(row), requestedEndDate: row.requested_end_date }, context.effectiveDate),
      handoverAppointment: handover,
      handoverAsked: takesHandoverAppointment(row.category, row.action, context.effectiveDate),
      finalInvoiceAmount: context.finalInvoiceAmount,
      action: row.action,
      description: row.description,
      accountNumber: row.account_number,
      requestedEndDate: deskRequestedEndDate({ ...askedOf(row), requestedEndDate: row.requested_end_date }),
      requestedEnd: endDateWords({ ...askedOf(row), requestedEndDate: row.requested_end_date }, lang),
      answersDone: answersFitting(row.action, requestAskedOf(row)),
      answerDone: doneOf(row, context),
      asked: askedOfRequest(row) ?? null,
      deceased: { fullName: fullName({ givenNames: row.given_names, surnamePrefix: row.surname_prefix, surname: row.surname, nameOrder: row.name_order }), dateOfBirth: row.date_of_birth, dateOfDeath: row.date_of_death },
      // Where the letter asked it to send its own forms (letters/templates: "op het adres of e-mailadres hieronder"): the same reader, the same facts.
      newHolder: row.action === 'transfer' ? { name: row.new_holder, address: row.new_holder_address && addressLine(row.new_holder_address), email: row.new_holder_email } : null,
      state,
      statusText: correction ? correction.text : statusText,
      correction: correction || null,
      tab: refundStep ? REFUND_STEP_TAB[refundStep].tab : shownTab,
      waitingOn,
      nextMove,
      dispute: answering === 'dispute' ? context.openDispute : null,
      disputes: answering === 'dispute' ? context.openDisputes : [],
      collection: collection ?? null,
      answering,
      dueAt,
      missedDueAt,
      // Not before the reminder or complaint that chases it reached the provider (`pending`): nothing is late for it yet. The
      // list still sorts it by the stored key (`desk_overdue`, its cursor too), first, with the badge that says the chase is on its way.
      overdue: (row.overdue || missedDueAt !== null) && !pending,
      chased: partyOf(state) !== 'provider' ? null : (DESK_CHASES[state] ?? null),
      open: waitingOn === 'provider',
      letterPending: pending !== undefined,
      actions,
      lastActivityAt: row.activity,
      language: lang,
      caseOwner,
      enclosures: pending ? [] : enclosures.map(deskDocument),
      refund: refund && refund.left > 0 ? { amount: refund.amount, left: refund.left, reportedPaid: refund.reportedPaid } : null,
      askedBack: null,
    };
  }
}
