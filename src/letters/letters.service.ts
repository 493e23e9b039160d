import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { droppedClaimIn, openDisputesOf, paidOnDroppedBill, PROVIDER_ANSWER_EVENTS } from '../../workflows';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { addressLine, type Correction, correctionAsksDateAgain, type Enclosure, isFamilyLetter, type Language, LetterKind, letterTitles, NAMING_THE_REQUEST, REQUEST_LETTER_KINDS, letterVerdict, type LintViolation, produceLetter, ProducedLetter, type ProviderLetterKind, type RefundReminderFacts, type TitledLetter } from '../../letters';
import { actorOf, SYSTEM_ACTOR, StaffPrincipal } from '../auth/principal';
import { REFUND_EVENTS } from '../refunds/refund.rules';
import { Clock } from '../clock/clock';
import { downloadName } from '../common/download';
import { createdAtPage, DEFAULT_PAGE_SIZE, listOf, Page, Position } from '../common/paging';
import { NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import { addCalendarDays, dutchDate } from '../clock/clock';
import { type AnswerSent, type ComplaintSent, ContractViews } from '../contracts/contract-views.service';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { type AgencyStop, ContractsService } from '../contracts/contracts.service';
import type { SentKind } from '../contracts/take-back.rules';
import type { BillCorrectionLetter } from '../contracts/bill-correction.rules';
import { contractRows } from '../contracts/contract-rows';
import { audiencesOf, type DocumentAudience, type Viewer } from '../documents/document-audience';
import { DocumentsService } from '../documents/documents.service';
import { DocumentErasuresService } from '../documents/document-erasures.service';
import { type CarryingLetter, SentDocuments } from '../documents/sent-documents';
import { fullName } from '../estates/estate.entity';
import { ownersEstateIds } from '../estates/estate-rows';
import { EstatesService } from '../estates/estates.service';
import { FamilyMember, portalMailAddress } from '../estates/family-member.entity';
import { StewardConfig } from '../config/config';
import { reportMail } from '../portal/family-mail';
import { langOf, ownerWords, type OwnerWords } from '../words';
import type { BillNow } from '../words/family.nl';
import type { Contract } from '../contracts/contract.entity';
import { Metrics } from '../metrics/metrics.service';
import { LetterToProvider, WebhooksService } from '../webhooks/webhooks.service';
import { Provider } from '../providers/provider.entity';
import { providerRows } from '../providers/provider-rows';
import { NotYet, OutboxRow, OutboxService } from '../runtime/outbox.service';
import { AGENCY_LETTER_KINDS, type AgencyLetterKind, type AgencyLetterSent, type StepLetters, stepKey } from '../timeline/contract-step';
import type { Readdressing } from '../words/readdressed';
import { TimelineService } from '../timeline/timeline.service';
import { correctionsOf, type LetterAbout, letterAbout, type LetterEvent } from './letter-about';
import type { RemadeLetter } from '../timeline/corrections';
import { aboutNewHolder, letterAudience } from './letter-audience';
import { LetterInputBuilder, LetterSubject } from './letter-input.service';
import { endLetterUndoEvents, endLetterUndone } from '../timeline/taken-back';
import { RETURNED_BY_POST, RETURNED_ON_TODAY_DAYS, returnCheckRefusal, returnRefusal, ANSWERED_BEFORE_POST, COLLECTED_AGAIN_BEFORE_POST, DROP_UNDONE_BEFORE_POST, LANGUAGE_CORRECTED_BEFORE_POST, awaitsPost, beingSent, CORRECTED_AND_REMADE, CORRECTED_BEFORE_POST, Letter, type LetterEffect, mayHaveArrived, NOT_REMADE, NotSentBecause, type PassedOnHow, remadeFrom, reportNotSentBecause, READDRESSED_AFTER_DOWNLOAD, READDRESSED_BEFORE_POST, RECHANNELLED_BEFORE_POST, replacedBy, type Replacement, RESTORED_AFTER_DOWNLOAD, RESTORED_BEFORE_POST, SET_APART_BEFORE_SENDING, setOutAt, SETTLED_BEFORE_POST, stillBeingSent, TAKEN_BACK_BEFORE_POST, UNCONFIRMED_DELIVERY, UNDELIVERED, undelivered, WAITING_UNPRINTED, EMAIL_NOT_STARTED } from './letter.entity';
import { MailService, UnconfirmedDelivery } from './mail.service';
import { type ArchivedSending, sentOn } from './request-history';
import { awaitsRetry, retryFacts, RetryFacts, retryRefusal, RetryRefusal, sameLetter } from './retry-rule';
import { deleted } from '../database/deleted';

type OwnerDetails = OwnerWords['errors']['details'];

/** A letter as lists show it: everything but its body and PDF, which only the letter itself (and its PDF) shows. */
const LISTED = (['id', 'estateId', 'contractId', 'outboxId', 'kind', 'language', 'status', 'urgent', 'letterDate', 'recipient', 'subject', 'violations', 'enclosureIds', 'sha256', 'sizeBytes', 'channel', 'deliveryAddress', 'deliveryStatus', 'deliveredAt', 'printPages', 'deliveryError', 'addresseeId', 'passedOnAt', 'passedOnByName', 'passedOnHow', 'passedOnNote', 'returnedOn', 'returnedReason', 'returnRemade', 'returnCheckedAt', 'returnCheckedByName', 'createdAt'] satisfies (keyof Letter)[]).map((column) => `l.${column}`);

/**
 * Letters to a provider that leave its request as it stands: they never say whether the request went
 * out, and held back, produced again or waiting for the post they neither stop nor restart its term (a corrected bill is still
 * the objection the provider has had; a corrected account number corrects the request the provider has, it is not a new one).
 */
const NOT_ABOUT_THE_REQUEST: LetterKind[] = ['document_erasure', 'contact_change', 'bill_correction', 'correction', 'dispute_withdrawal', 'reminder_withdrawal', 'refund_reminder', 'collection_ended', 'repayment_request', 'collection_end_undone', 'repayment_withdrawn'];

/** collagency: why the agency's letter says the collection ended, as the family reads it; collrest: several bills withdrawn at once are said as such. */
const endedAs = (event: Record<string, unknown>): unknown => (event.why === 'billWithdrawn' && Array.isArray(event.bills) && event.bills.length > 1 ? 'billsWithdrawn' : event.why);
/**
 * audit88rest: the final bill the estate paid on the claim the provider dropped, as the family hears it beside the letter; dropday:
 * with whether it was paid after the provider said so (`toldOn`, the day the letter names).
 */
const paidBeforeDrop = (event: Record<string, unknown>) => {
  const claim = droppedClaimIn({ claimDropped: event.rest });
  const paid = claim && paidOnDroppedBill(claim, typeof event.toldOn === 'string' ? event.toldOn : null);
  return paid ? { ...claim.paidFinalBill, ...(paid.afterDrop && { afterDrop: true }) } : null;
};

/**
 * Letters that chase a request the provider already has (its term only runs once the request reached it): for the desk they
 * repeat its question, so while one waits for the post the provider may still answer the request (README, Provider desk).
 */
const CHASE_KINDS: LetterKind[] = ['reminder', 'escalation'];
/** How long a letter naming a request on its way waits before it looks again: an e-mail is delivered within seconds, a retry within minutes. */
const REQUEST_DELIVERY_WAIT_MS = 30_000;
/** The letters not yet out, as `letters_blocked_idx` and `letters_awaiting_post_idx` hold them (`awaitsPost` in SQL), and those whose e-mail failed (`UNDELIVERED`). */
const NOT_OUT = `(l.status = 'blocked' OR (l.channel = 'post' AND l.delivery_status IN ('queued_for_print', 'printed')) OR ${UNDELIVERED()})`;
/** A code list as an SQL array literal (the kinds above: fixed words, no quotes in them). */
const sqlList = (kinds: string[]) => `ARRAY[${kinds.map((k) => `'${k}'`).join(', ')}]::text[]`;
/** The complaints to the provider: about an unconfirmed request, about an unanswered dispute. */
const COMPLAINT_KINDS: string[] = ['escalation', 'dispute_escalation', 'rejection_complaint'];
/** States whose entry writes the provider a letter that their words say went out (v9: the complaint about a rejection). */
const WRITTEN_ON_ENTRY: string[] = ['complained'];

/** A relative reading the estate's letters in the portal. */
export type LetterReader = Viewer & { estateId: string };

/** The letters' lists (cursorbind): an estate's archive, and the letters one relative may read (`sentTo`). */
export const letterLists = {
  ofEstate: (estateId: string) => listOf('letters', estateId),
  readBy: (familyMemberId: string) => listOf('family-letters', familyMemberId),
};

/** A final report's addressee: the name it was written to, and the relative (null: the family as a whole, or not known by id). */
export interface FinalReportAddressee {
  name: string;
  addresseeId: string | null;
  /** Who in the family reads it (`letterAudience`: the heirs' when it tells the estate's debts). */
  audience: DocumentAudience;
}

/**
 * The sent letters of the reader's estate that the reader may read: those for an audience they are in
 * (the documents' reach per role, `audiencesOf`: one rule for both) and those that print their own
 * particulars as the new holder; not an e-mail that did not arrive (`UNDELIVERED`: it was not sent). The list, the PDF and the
 * dossier all filter here, on the list's index.
 */
function readableBy(query: SelectQueryBuilder<Letter>, reader: LetterReader): SelectQueryBuilder<Letter> {
  return query.andWhere(`l.estate_id = :estateId AND l.status = 'sent' AND NOT ${UNDELIVERED()} AND (l.audience = ANY(:audiences::text[]) OR l.new_holder_id = :readerId)`, {
    estateId: reader.estateId,
    audiences: [...audiencesOf(reader)],
    readerId: reader.id,
  });
}

/** The first letter of each contract among letters ordered newest first (created, then id). */
function latestOfEachContract(newestFirst: Letter[]): Map<string, Letter> {
  const latest = new Map<string, Letter>();
  for (const l of newestFirst) if (l.contractId && !latest.has(l.contractId)) latest.set(l.contractId, l);
  return latest;
}

/** The API's refusal of each reason a letter may not be produced again, in the owner's words (code unchanged). */
const RETRY_REFUSED: Record<RetryRefusal, (w: OwnerDetails) => ProblemException> = {
  'not-blocked': (w) => new ProblemException(409, 'not-blocked', w.letterNotBlocked),
  'not-reproducible': (w) => new ProblemException(409, 'not-reproducible', w.letterNotReproducible),
  'sent-again': (w) => new ProblemException(409, 'already-sent-again', w.letterSentAgain),
  overtaken: (w) => new ProblemException(409, 'letter-overtaken', w.letterOvertaken),
  superseded: (w) => new ProblemException(409, 'letter-superseded', w.letterSuperseded),
  'bill-not-disputed': (w) => new ProblemException(409, 'letter-superseded', w.letterBillNotDisputed),
  'request-remade': (w) => new ProblemException(409, 'letter-request-remade', w.letterRequestRemade),
};

/** Tells the family that a letter to a provider which did not arrive at first has arrived (NotificationsService registers it). */
export type DeliveredLateListener = (manager: EntityManager, letter: { estateId: string; recipient: string; subject: string }) => Promise<void>;

/** Puts a letter the rules held back on the case owner's queue (NotificationsService registers it). */
export type BlockedLetterListener = (manager: EntityManager, blocked: { estateId: string; contractId: string | null; recipient: string; violations: LintViolation[] }) => Promise<void>;

/** Whether a made letter is to its contract's provider (not the agency's copy) about its request (`aboutTheRequest`): it holds and starts its term. */
const aboutItsRequest = (l: Pick<Letter, 'kind' | 'effect'>): boolean =>
  !(l.effect?.payload.effect as { to?: string } | undefined)?.to && !NOT_ABOUT_THE_REQUEST.includes(l.kind as LetterKind);

/** The agency's copy of a collection stop: it prints the provider's term too, so it is set apart and made anew as the provider's letter is. */
const toTheAgency = (l: Pick<Letter, 'effect'>): boolean => (l.effect?.payload.effect as { to?: string } | undefined)?.to === 'agency';

/** The kinds two of which can share a subject and a day: the lists say what each one corrects (letter-about.ts). */
const ABOUT_KINDS: string[] = ['correction', 'bill_correction'];

/** A letter as the lists show it: with what it is about beyond its subject. */
/**
 * pickwords: her words for each "overig" document a letter carried, as it printed them; docrest: one it sent as items of her own
 * words (claimform, answerrest) by those items ("het ingevulde claimformulier"), as its enclosure list did, not by its description.
 */
const carriedWords = (enclosures: Enclosure[]): Record<string, string> =>
  Object.fromEntries(enclosures.flatMap((e) => (e.answers?.length ? [[e.documentId, e.title]] : e.description ? [[e.documentId, e.description]] : [])));

export type AboutLetter = Letter & { about: LetterAbout | null };

/** A letter of a contract as the desk's thread reads it (`ofContract`). */
export type ContractLetter = Letter & { kind: ProviderLetterKind; toAgency: boolean; step: number | null; retryOf: string | null; replacesReturned: boolean; described: Record<string, string> | null; corrections: Correction[] };
/** A letter as the owner's lists show it: also whether a report never reached its addressee (`reportNotSentBecause`), and whether an e-mail is on its way (`beingSent`). */
/** `described`: the words it printed for its "overig" enclosures (`LetterEffect.described`, docrest), null on a letter made before or none. */
export type OwnersLetter = AboutLetter & { notSentBecause: NotSentBecause | null; beingSent: boolean; described: Record<string, string> | null; replacedBy: Replacement | null };

/** A letter by post that came back and whose replacement has not gone (`LettersService.returnedOnToday`); `remadeOn` null: none was made. */
export interface ReturnedLetter {
  letterId: string;
  estateId: string;
  contractId: string;
  providerName: string;
  recipient: string;
  /** returneddismiss: a letter to the collection agency (its copy of a stop) is the agency's: `recipient` names it. */
  toAgency: boolean;
  letterDate: string;
  returnedOn: string;
  reason: string | null;
  remadeOn: string | null;
  /** stop70mends: it is to be made anew (`returnRemade`): with `remadeOn` null, the new letter is being made, not left unmade. */
  remade: boolean;
}

/** A report that reached nobody and waits for the owner to pass it on (`LettersService.reportsToPassOn`). */
export interface ReportToPassOn {
  letterId: string;
  estateId: string;
  kind: string;
  /** The relative it was addressed to, as the report names them. */
  recipient: string;
  letterDate: string;
  accessWithdrawnAt: Date;
}

/**
 * The latest letter a contract's present state wrote (`latestInState`); `repeat`: written again in the state it was in (a term passed);
 * `sentOn`: the Dutch day it went out (by post the day its batch was marked posted), null while held back or waiting for the post.
 */
export type LatestLetter = Pick<Letter, 'kind' | 'status' | 'letterDate' | 'channel' | 'deliveryStatus'> & {
  repeat: boolean;
  sentOn: string | null;
  /** `setOutAt`: made, else created. */
  setOutAt: Date;
  /** An answer to the provider's question (`information_supplied`): it said the will asked for is never sent (its event's `notSent`). */
  willNotSent: boolean;
  /** The provider's term it printed ("uiterlijk …", `LetterEffect.dueDate`), if any. */
  printedTerm: string | null;
};
/**
 * `LatestLetter.repeat` in SQL, of a letter made (its effect's payload, its kind) or still to make (its outbox row's): written
 * again in the state it was in, or a chase (`CHASE_KINDS`). One rule for both, so a letter counts the same before and after it is made.
 */
const repeatOf = (payload: string, kind: string) => `((${payload} ->> 'from') IS NOT DISTINCT FROM (${payload} ->> 'state') OR ${kind} = ANY(${sqlList(CHASE_KINDS)}))`;
/** Of a letter made (`l`, its alias): it repeats the question the provider already had (`repeatOf`), asking nothing new. */
export const repeatsTheQuestion = (l: string) => repeatOf(`(${l}.effect -> 'payload')`, `${l}.kind`);
const REPEAT = repeatsTheQuestion('l');
/**
 * Of a letter (`l`, its alias): the term it printed and set ("uiterlijk …"), as a date, else null. The letters that leave the request
 * as it stands (`NOT_ABOUT_THE_REQUEST`) carry the request's term in their effect, at most quoted ("ik zie uw antwoord uiterlijk …
 * tegemoet"), never one they set: posted after it they are not late, and they are not set apart or made anew for it (`PrintBatchesService`).
 */
export const printedTermSql = (l: string) => `CASE WHEN ${l}.kind <> ALL(${sqlList(NOT_ABOUT_THE_REQUEST)}) THEN (${l}.effect ->> 'dueDate')::date END`;
/** Of a letter (`l`, its alias): one to the contract's provider (not the agency's copy) about its request (`NOT_ABOUT_THE_REQUEST`), the letters `latestInState` reads. */
export const aboutTheRequest = (l: string) => `(${l}.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency' AND ${l}.kind <> ALL(${sqlList(NOT_ABOUT_THE_REQUEST)})`;

/** The dates of the earlier copies of a request posted to an old address, as a letter made again carries them (`madeAgain`); none: not such a letter. */
const datesOf = (value: unknown): string[] | undefined => (Array.isArray(value) && value.length && value.every((d) => typeof d === 'string') ? value : undefined);

/** The letter an outbox row is to make, as its making (`produce`) and the letter check's verdict before it (`verdictOnUnmade`) read it. */
const subjectOf = (row: Pick<OutboxRow, 'estateId' | 'contractId' | 'payload'>): LetterSubject => {
  const effect = row.payload.effect as unknown as { letterKind: LetterKind; to?: 'agency' };
  return { estateId: row.estateId, contractId: row.contractId, kind: effect.letterKind, event: row.payload.event, to: effect.to, alone: row.payload.alone === true, postedBefore: datesOf(row.payload.postedBefore) };
};

/** A contract's letter about its request not made yet (`lettersToMakeSql`): the contract, and its outbox row's estate and payload. */
type ToMake = { id: string; estateId: string; payload: OutboxRow['payload'] };

/**
 * The outbox payload of a letter made again (`retryOf`: made anew by `remake`, or produced again by the owner's retry) from the effect
 * it keeps. A collection stop says it writes the other addressee "gelijktijdig" (`copyTo`) only when that letter is made in the same
 * run (`withOther`), else it is `alone`: said afresh each time, never kept from the run that made the letter before (README,
 * remadestale, setapartrest). `postedBefore`: the dates of the copies posted to the provider's old address before it (README, printwords);
 * kept from the letter made again otherwise, so a letter made again for another reason still says it.
 */
function madeAgain(letter: Pick<Letter, 'kind' | 'effect' | 'returnedOn'>, retryOf: string, withOther: boolean, postedBefore?: string[]): Record<string, unknown> {
  const { alone: _, ...payload } = letter.effect!.payload;
  // returnedthread: the desk's thread says why it went again (`ContractLetter.replacesReturned`); kept by a letter made anew again from it.
  return { ...payload, retryOf, ...(letter.kind === 'collection_stop' && !withOther && { alone: true }), ...(postedBefore && { postedBefore }), ...(letter.returnedOn && { afterReturn: true }) };
}

/**
 * A request letter that has not gone out: held back by the letter rules, by post and not posted yet, or by e-mail and not
 * delivered (`undelivered`): still being sent (`stillBeingSent`), or not delivered (failed, or waiting past the grace).
 */
/** `beingMade`: an e-mail the step wrote and the worker has not made yet: the letter check may still hold it, so no reader is told it is sent. */
export type RequestLetterStanding = 'heldBack' | 'awaitingPost' | 'beingMade' | 'beingSent' | 'undelivered';

/** How `requestLetterStandings` is asked (each as its comment says); none given: the owner's reading without the letter check's verdict. */
export interface StandingsAsked {
  unmade?: boolean;
  repeats?: boolean;
  latest?: Map<string, LatestLetter>;
  db?: EntityManager;
  judged?: Map<string, LintViolation[]>;
}

/**
 * Letters as workflow effects: each `letter` effect is composed from recorded data, checked by the
 * rules and only then rendered, archived with its SHA-256 and handed to the provider's channel.
 * A letter that breaks a rule is archived as blocked and put on the case owner's queue instead.
 */
@Injectable()
export class LettersService implements OnModuleInit {
  private readonly logger = new Logger('letters');
  private tellOwnerOfBlock: BlockedLetterListener | null = null;
  private tellFamilyOfLateDelivery: DeliveredLateListener | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly inputs: LetterInputBuilder,
    private readonly timeline: TimelineService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly workflow: ContractWorkflow,
    private readonly documents: DocumentsService,
    private readonly metrics: Metrics,
    private readonly webhooks: WebhooksService,
    private readonly views: ContractViews,
    private readonly erasures: DocumentErasuresService,
    private readonly sentDocuments: SentDocuments,
    private readonly config: StewardConfig,
  ) {}

  /**
   * Puts a blocked letter on the case owner's queue. Notifications own that table and read letters
   * (which steps' letters went out), so they register here instead of letters calling them.
   */
  onLetterBlocked(listener: BlockedLetterListener): void {
    this.tellOwnerOfBlock = listener;
  }

  /** The family's news that a letter which did not arrive at first has (`deliver`); registered by NotificationsService, as `onLetterBlocked` is. */
  onLetterDeliveredLate(listener: DeliveredLateListener): void {
    this.tellFamilyOfLateDelivery = listener;
  }

  /** The sent letters that name this person (as addressee or in the text), with their PDFs, oldest first. */
  naming(manager: EntityManager, estateId: string, name: string): Promise<Letter[]> {
    return manager
      .createQueryBuilder(Letter, 'l')
      .addSelect('l.pdf')
      .where(`l.estateId = :estateId AND l.status = 'sent' AND (strpos(l.recipient, :name) > 0 OR strpos(l.bodyText, :name) > 0)`, { estateId, name })
      .orderBy('l.createdAt', 'ASC')
      .getMany();
  }

  /** Part of the retention purge (one transaction per estate): deletes the estate's letters and their PDFs; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    // A directory correction's Today rows about the estate's letters (README, printaddr) go with them.
    return deleted(manager, ['DELETE FROM readdress_notices WHERE estate_id = $1', 'DELETE FROM letters WHERE estate_id = $1'], [estateId]);
  }

  onModuleInit(): void {
    this.outbox.register('letter', { record: (manager, row) => this.produce(manager, row) });
    this.outbox.register('deliver_letter', { deliver: (row, deadline) => this.deliver(row, deadline) });
    this.outbox.register('family_report_mail', { deliver: (row, deadline) => this.tellRelative(row, deadline) });
    this.timeline.readStepLettersWith((manager, estateId) => this.stepLetters(estateId, manager));
    this.views.readLetterStandingsWith((contracts, judged) => this.requestLetterStandings(contracts, { judged }));
    this.estates.onRequestsHeld((estateIds) => this.requestsHeldIn(estateIds));
    this.inputs.readLetterStandingsWith((contracts) => this.requestLetterStandings(contracts, { unmade: true }));
    this.views.readObjectionsUnsentWith((contractIds) => this.objectionsUnsent(contractIds));
    this.views.readComplaintsSentWith((contracts) => this.complaintsSent(contracts));
    this.views.readRequestsSentWith((contractIds) => this.requestsSent(this.db.manager, contractIds));
    this.views.readAnswersSentWith((contractIds) => this.answersSent(contractIds));
    this.views.readCollectionStopsSentWith((contractIds) => this.collectionStopsSent(contractIds));
    this.sentDocuments.readLettersWith((manager, contractIds) => this.carryingLetters(manager, contractIds));
    this.contracts.readDisputeLettersWith((manager, contractId, reference, agencyLetterId) => this.billLetters(manager, contractId, reference, agencyLetterId));
    this.contracts.readAgencyLettersWith((manager, contractId, endDate) => this.agencyStops(manager, contractId, endDate));
    this.contracts.readAgencyCorrespondenceWith((manager, contractId, agency) => this.agencyCorrespondence(manager, contractId, agency));
    this.contracts.readRequestsSentWith((manager, contractIds) => this.requestsSent(manager, contractIds));
    this.contracts.readLetterKindsWith((manager, letterIds) => this.kindsOf(manager, letterIds));
  }

  /** The kinds of these letters, with the bill a dispute letter disputes (its event's number), by id (on the primary key). */
  private async kindsOf(manager: EntityManager, letterIds: string[]): Promise<Map<string, SentKind>> {
    if (!letterIds.length) return new Map();
    const rows: { id: string; kind: string; bill: string | null }[] = await manager.query(
      `SELECT id, kind, CASE WHEN kind = 'dispute' THEN effect #>> '{payload,event,reference}' END AS bill FROM letters WHERE id = ANY($1::uuid[])`,
      [letterIds],
    );
    return new Map(rows.map(({ id, kind, bill }) => [id, { kind, bill }]));
  }

  /**
   * Of these contracts, the day their latest cancellation request that went out did (`sentOn`: by post once posted): a
   * consumer's notice runs from the day the provider had it (`requestKnownOn`). A request sent again after a rejection is the one a confirmation answers. On `letters_contract_idx`.
   */
  private async requestsSent(manager: EntityManager, contractIds: string[]): Promise<Map<string, string>> {
    if (!contractIds.length) return new Map();
    const rows: (ArchivedSending & { contractId: string })[] = await manager.query(
      `SELECT contract_id AS "contractId", channel, delivery_status AS "deliveryStatus", to_char(letter_date, 'YYYY-MM-DD') AS "letterDate", delivered_at AS "deliveredAt"
         FROM letters WHERE contract_id = ANY($1) AND kind = 'cancellation' AND status = 'sent' ORDER BY contract_id, created_at DESC, id DESC`,
      [contractIds],
    );
    const sent = new Map<string, string>();
    for (const row of rows) {
      const day = sentOn(row);
      if (day && !sent.has(row.contractId)) sent.set(row.contractId, day);
    }
    return sent;
  }

  /**
   * Of these contracts, the day their latest answer to the provider's question reached it (`sentOn`), as later letters name that
   * answer ("Op 6 december 2026 heb ik u daarop een deel gestuurd"); null while it has not, or when it was held back; with the workflow
   * step that wrote it (`step`), so a reader knows which answer it is. On `letters_contract_idx`.
   */
  private async answersSent(contractIds: string[]): Promise<Map<string, AnswerSent>> {
    const rows: (ArchivedSending & { contractId: string; status: string; step: number | null })[] = await this.db.query(
      `SELECT DISTINCT ON (contract_id) contract_id AS "contractId", status, channel, delivery_status AS "deliveryStatus", to_char(letter_date, 'YYYY-MM-DD') AS "letterDate", delivered_at AS "deliveredAt",
              (effect #>> '{payload,step}')::int AS step
         FROM letters WHERE contract_id = ANY($1) AND kind = 'information_supplied' ORDER BY contract_id, created_at DESC, id DESC`,
      [contractIds],
    );
    return new Map(rows.map((row) => [row.contractId, { on: row.status === 'sent' ? sentOn(row) : null, step: row.step }]));
  }

  /**
   * The collection stops that reached an agency on this contract, oldest first: one per collection letter (an
   * agency and its reference; the latest stop about it), with the agency's name; with an end date corrected to
   * `endDate`, each with the bills it named that the date moved (`billsMovedFor`). collagency: each says whether it went
   * (delivered, by post once posted: `collectionStopsOf`'s rule) and whether the agency was told the collection ended after it
   * (`collection_ended`). v22: a stop sent again after the owner corrected the agency's particulars takes the place of those before it
   * (they went to the wrong place or under the wrong name). dropmore: an end told and taken back since (`collection_end_undone`,
   * its drop undone) is told no more; deskundo: nor one set apart before it went, its drop undone (`DROP_UNDONE_BEFORE_POST`); `ended`:
   * the newest end told, whether it went, and what it said. On `letters_contract_idx`.
   */
  private async agencyStops(manager: EntityManager, contractId: string, endDate?: string): Promise<AgencyStop[]> {
    const stops: AgencyStop[] = await manager.query(
      `SELECT latest.id, latest.agency, latest.went, ended.id IS NOT NULL AS "endTold",
              CASE WHEN ended.id IS NOT NULL THEN json_build_object('id', ended.id, 'went', ended.went, 'event', ended.event) END AS ended FROM (
          SELECT DISTINCT ON (effect #>> '{payload,event,agency}', effect #>> '{payload,event,reference}') id, effect #>> '{payload,event,agency}' AS agency, created_at,
                 COALESCE(NOT ${UNDELIVERED('letters')}, true) AND (channel <> 'post' OR delivery_status = 'posted') AS went
            FROM letters
           WHERE contract_id = $1 AND kind = 'collection_stop' AND status = 'sent' AND effect #>> '{payload,effect,to}' = 'agency'
             AND NOT EXISTS (SELECT 1 FROM letters c WHERE c.contract_id = $1 AND c.kind = 'collection_stop' AND c.effect #>> '{payload,effect,to}' = 'agency'
                                AND c.effect #>> '{payload,event,type}' = 'COLLECTION_NOTICE_CORRECTED' AND c.created_at > letters.created_at)
           ORDER BY effect #>> '{payload,event,agency}', effect #>> '{payload,event,reference}', created_at DESC
        ) latest
        LEFT JOIN LATERAL (
          SELECT f.id, f.effect #> '{payload,event}' AS event, f.status = 'sent' AND COALESCE(NOT ${UNDELIVERED('f')}, true) AND (f.channel <> 'post' OR f.delivery_status = 'posted') AS went
            FROM letters f WHERE f.contract_id = $1 AND f.kind = 'collection_ended' AND f.effect #>> '{payload,event,agencyLetterId}' = latest.id::text
             AND f.delivery_error IS DISTINCT FROM $2 AND NOT EXISTS (SELECT 1 FROM letters u WHERE u.contract_id = $1 AND u.kind = 'collection_end_undone' AND u.effect #>> '{payload,event,endLetterId}' = f.id::text)
           ORDER BY f.created_at DESC LIMIT 1
        ) ended ON true
        ORDER BY latest.created_at`,
      [contractId, DROP_UNDONE_BEFORE_POST],
    );
    if (!endDate) return stops;
    return Promise.all(stops.map(async (stop) => ({ ...stop, billsMoved: await this.inputs.billsMovedFor(manager, contractId, stop.id, endDate) })));
  }

  /**
   * agencylate2: every letter of ours to the agency recorded as `agency` on this contract, oldest first: our stops to it and each letter
   * said against one of them (`AGENCY_LETTER_KINDS`), with the day it went (`sentOn`; null while on its way). Those set apart before they
   * went (`SET_APART_BEFORE_SENDING`) and those held by the letter check (not `sent`) are left out. On `letters_contract_idx`, each
   * stop by its primary key.
   */
  async agencyCorrespondence(manager: EntityManager, contractId: string, agency: string): Promise<AgencyLetterSent[]> {
    const rows: ({ id: string; kind: AgencyLetterKind } & ArchivedSending)[] = await manager.query(
      `SELECT l.id, l.kind, l.channel, l.delivery_status AS "deliveryStatus", to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate", l.delivered_at AS "deliveredAt"
         FROM letters l LEFT JOIN letters stop ON stop.id::text = l.effect #>> '{payload,event,agencyLetterId}' AND stop.contract_id = l.contract_id
        WHERE l.contract_id = $1 AND l.kind = ANY($3) AND l.status = 'sent' AND l.effect #>> '{payload,effect,to}' = 'agency'
          AND COALESCE(stop.effect #>> '{payload,event,agency}', l.effect #>> '{payload,event,agency}') = $2 AND (l.delivery_error IS NULL OR l.delivery_error <> ALL($4))
        ORDER BY l.created_at, l.id`,
      [contractId, agency, AGENCY_LETTER_KINDS, SET_APART_BEFORE_SENDING],
    );
    return rows.map((row) => ({ kind: row.kind, letterId: row.id, on: sentOn(row) }));
  }

  /**
   * Of these contracts, who each collection stop was written to — the provider (`agency` null) or an agency by its name — and whether
   * such a letter went: sent, delivered, and by post only once its batch was marked posted (`awaitingPostSteps`' rule), so a stop
   * waiting in an unposted batch has asked nobody yet (README reportlist). On `letters_contract_idx`.
   */
  async collectionStopsOf(contractIds: string[]): Promise<Map<string, { agency: string | null; went: boolean }[]>> {
    if (!contractIds.length) return new Map();
    const rows: { contractId: string; agency: string | null; went: boolean }[] = await this.db.query(
      `SELECT contract_id AS "contractId", CASE WHEN effect #>> '{payload,effect,to}' = 'agency' THEN effect #>> '{payload,event,agency}' END AS agency,
              COALESCE(bool_or(status = 'sent' AND COALESCE(NOT ${UNDELIVERED('letters')}, true) AND (channel <> 'post' OR delivery_status = 'posted')), false) AS went
         FROM letters WHERE contract_id = ANY($1) AND kind = 'collection_stop'
        GROUP BY 1, 2 ORDER BY min(created_at)`,
      [contractIds],
    );
    const stops = new Map<string, { agency: string | null; went: boolean }[]>();
    for (const { contractId, agency, went } of rows) stops.set(contractId, [...(stops.get(contractId) ?? []), { agency, went }]);
    return stops;
  }

  /**
   * collrest2: of these contracts, the day their latest collection stop first asked anyone in writing (`sentOn`: by post once its
   * batch was posted), null while none of its letters (to the provider, to the agency) went. The latest stop is the letters of the
   * newest step that made one. On `letters_contract_idx`.
   */
  async collectionStopsSent(contractIds: string[]): Promise<Map<string, string | null>> {
    if (!contractIds.length) return new Map();
    const rows: (ArchivedSending & { contractId: string; status: string; step: string | null })[] = await this.db.query(
      `SELECT contract_id AS "contractId", status, channel, delivery_status AS "deliveryStatus", to_char(letter_date, 'YYYY-MM-DD') AS "letterDate",
              delivered_at AS "deliveredAt", effect #>> '{payload,step}' AS step
         FROM letters WHERE contract_id = ANY($1) AND kind = 'collection_stop'`,
      [contractIds],
    );
    const stepOf = (r: { step: string | null }) => Number(r.step ?? -1);
    const sent = new Map<string, string | null>();
    for (const id of new Set(rows.map((r) => r.contractId))) {
      const ofContract = rows.filter((r) => r.contractId === id);
      const latest = Math.max(...ofContract.map(stepOf));
      const days = ofContract.filter((r) => stepOf(r) === latest && r.status === 'sent').map(sentOn).filter((d): d is string => d !== null).sort();
      sent.set(id, days[0] ?? null);
    }
    return sent;
  }

  /**
   * collrest2: where the bills a relative reported and the owner recorded stand now, by contract and the number the bill was recorded
   * under (collclaim: its identity, which a correction of its number keeps as `recordedAs`, so the report still finds it): as the record
   * holds each bill an objection of ours named once that objection went (`LetterInputBuilder.billsNow`, what a collection stop
   * states of them); `paidOn`: the day the estate paid it. A recorded bill not among them has its objection still to go (`unsent`).
   */
  async reportedBillsNow(contracts: Pick<Contract, 'id' | 'estateId'>[]): Promise<Map<string, Map<string, BillNow>>> {
    const bills = await this.inputs.billsNow(this.db.manager, contracts);
    return new Map(contracts.map((c) => [c.id, new Map((bills.get(c.id) ?? []).map((b) => [b.recordedAs ?? b.reference, { standing: b.standing, paidOn: b.owed?.paidOn ?? null }]))]));
  }

  /** Of these contracts, the bills (by the invoice number disputed) whose dispute letter is held back: none of them sent. On `letters_contract_idx`. */
  private async objectionsUnsent(contractIds: string[]): Promise<Map<string, string[]>> {
    if (!contractIds.length) return new Map();
    const rows: { contractId: string; reference: string }[] = await this.db.query(
      `SELECT contract_id AS "contractId", effect #>> '{payload,event,reference}' AS reference FROM letters
        WHERE contract_id = ANY($1) AND kind = 'dispute' AND effect #>> '{payload,event,reference}' IS NOT NULL
        GROUP BY contract_id, effect #>> '{payload,event,reference}' HAVING NOT bool_or(status = 'sent')`,
      [contractIds],
    );
    const unsent = new Map<string, string[]>();
    for (const r of rows) unsent.set(r.contractId, [...(unsent.get(r.contractId) ?? []), r.reference]);
    return unsent;
  }

  /**
   * The correction letters of this bill (by the invoice number it was disputed under), oldest first, with what each
   * told; null while its dispute letter has not reached the provider (one set apart as its bill was settled never will). On `letters_contract_idx`.
   */
  private async billLetters(manager: EntityManager, contractId: string, reference: string, agencyLetterId: string | null): Promise<BillCorrectionLetter[] | null> {
    // The provider's letters about the bill carry no `agencyLetterId`; an agency's corrections carry its stop's.
    const rows: ({ id: string; kind: string; sent: boolean; event: { changes: BillCorrectionLetter['changes']; corrected: BillCorrectionLetter['corrected'] } } & ArchivedSending)[] = await manager.query(
      `SELECT id, kind, status = 'sent' AND (delivery_error IS NULL OR delivery_error <> ALL($4)) AS sent, effect #> '{payload,event}' AS event, to_char(letter_date, 'YYYY-MM-DD') AS "letterDate", channel,
              delivery_status AS "deliveryStatus", delivered_at AS "deliveredAt" FROM letters
        WHERE contract_id = $1 AND kind IN ('dispute', 'bill_correction') AND effect #>> '{payload,event,reference}' = $2
          AND (effect #>> '{payload,event,agencyLetterId}') IS NOT DISTINCT FROM $3::text ORDER BY created_at`,
      [contractId, reference, agencyLetterId, [SETTLED_BEFORE_POST, ANSWERED_BEFORE_POST]],
    );
    const told = agencyLetterId ? (await this.inputs.billsStopNamed(manager, contractId, agencyLetterId)).includes(reference) : rows.some((r) => r.kind === 'dispute' && r.sent);
    if (!told) return null;
    // A correction by post waiting for its batch has not been read: the next one is said against what was (`sentOn`).
    return rows.filter((r) => r.kind === 'bill_correction').map((r) => ({ id: r.id, sent: r.sent && sentOn(r) !== null, changes: r.event.changes, corrected: r.event.corrected }));
  }

  /**
   * The sent letters of these contracts that enclosed documents, with what each enclosed as it was made (an agency's copy
   * carries none), oldest first; on the contracts' letters index (`letters_contract_idx`). A letter set apart before it left
   * (`SET_APART_BEFORE_SENDING`) carried nothing: the one made again in its place carries what stands (README docwithdraw).
   */
  private carryingLetters(manager: EntityManager, contractIds: string[]): Promise<CarryingLetter[]> {
    return manager.query(
      `SELECT contract_id AS "contractId", enclosure_ids AS "documentIds" FROM letters
        WHERE contract_id = ANY($1::uuid[]) AND status = 'sent' AND enclosure_ids <> '{}' AND (delivery_error IS NULL OR delivery_error <> ALL($2))
        ORDER BY created_at, id`,
      [contractIds, SET_APART_BEFORE_SENDING],
    );
  }

  private async produce(manager: EntityManager, row: OutboxRow): Promise<void> {
    const effect = row.payload.effect as unknown as { letterKind: LetterKind; urgent?: boolean; to?: 'agency' };
    const subject = subjectOf(row);
    if (row.contractId && !effect.to && NAMING_THE_REQUEST.includes(effect.letterKind) && (await this.requestOnItsWay(manager, row.contractId))) {
      throw new NotYet(REQUEST_DELIVERY_WAIT_MS, 'the request this letter names is on its way by email');
    }
    // deskundo: an end letter a drop made go, claimed by a worker as that drop was undone (`tellDropUndone` withdraws those not claimed): not made.
    // claimundo2: a whole claim's drop undone alike (`endLetterUndone`).
    const why = row.payload.event.why;
    if (row.contractId && effect.letterKind === 'collection_ended' && endLetterUndoEvents(why).length && endLetterUndone(why, (await this.timeline.latestStepOf(manager, row.contractId, endLetterUndoEvents(why)))?.event)) return;
    const { input, signedById, addresseeId = null, tellsDebts } = await this.inputs.build(manager, subject);
    // The provider's latest letter is the signer's own: there is no new contact to tell (undone before it was produced), or a letter
    // made since the handover told it already, which the owner's history then names (README, handovertrue).
    if (input.kind === 'contact_change' && !input.previousContact) return this.contactNamedAlready(manager, row, input.sender.name, input.recipient.name);
    // refunddesk: all of the refund was recorded received after she asked for it: nothing is left to ask, so no letter goes; her history says why.
    if (input.kind === 'refund_reminder' && !input.refundReminder) return this.refundReceivedMeanwhile(manager, row, input.recipient.name, input.contract?.description ?? null);
    // refundtoday: some received since she asked: the letter asks less than her entry of asking says; her history says what it asked.
    if (input.kind === 'refund_reminder' && input.refundReminder) await this.reminderRestated(manager, row, input.recipient.name, input.contract?.description ?? null, input.refundReminder.left);
    const produced = await produceLetter(input);
    const provider = row.contractId ? (await manager.query(`SELECT p.id, p.channel, p.contact_point_email FROM ${contractRows} c JOIN ${providerRows} p ON p.id = c.provider_id WHERE c.id = $1`, [row.contractId]))[0] : null;
    // A collection agency is not on the desk: it gets email when we have its address, else post.
    const agencyEmail = effect.to === 'agency' ? (input.collection?.agencyEmail ?? null) : undefined;
    const channel: Letter['channel'] = agencyEmail !== undefined ? (agencyEmail ? 'email' : 'post') : provider ? (provider.channel as Provider['channel']) : 'family';
    const deliveryAddress = channel !== 'email' ? null : (agencyEmail ?? provider.contact_point_email);
    // Where the envelope goes, as printed: a directory correction later judges by it (README, printaddr).
    const postalAddress = channel === 'post' ? (input.recipient.address ?? null) : null;
    const enclosureIds = input.enclosures.map((e) => e.documentId);
    // Every letter to a debt collector (its stop, its correction) is about the estate's debts.
    const audience = letterAudience(input.kind, input.corrections, tellsDebts || effect.to === 'agency');
    // The new holder a letter prints reads it too.
    const newHolderId = aboutNewHolder(input.kind, input.corrections) && row.contractId ? await this.contracts.newHolderOf(manager, row.contractId) : null;
    const erasure = effect.letterKind === 'document_erasure' && row.contractId ? { documentId: String(row.payload.event.documentId), contractId: row.contractId } : null;
    const letter = await this.archive(manager, row, produced, { channel, urgent: Boolean(effect.urgent), enclosureIds, deliveryAddress, postalAddress, audience, newHolderId, signedById, addresseeId }, carriedWords(input.enclosures), input.dueDate ?? null, erasure?.documentId);
    if (erasure) await this.erasures.recordLetter(manager, erasure, { id: letter.id, sent: letter.status === 'sent', letterDate: letter.letterDate });
    // A deletion request or a new contact person leaves the request as it stands: the provider's deadline and desk stand as they were.
    const aboutRequest = !effect.to && !NOT_ABOUT_THE_REQUEST.includes(effect.letterKind);
    if (letter.status === 'blocked') {
      // The provider's time does not run for a letter it never got (`restartProviderDeadline` below starts it when the fix sends it).
      if (row.contractId && provider && aboutRequest && typeof row.payload.step === 'number') await this.workflow.suspendProviderDeadline(manager, row.contractId, row.payload.step, 'blocked');
      if (!this.tellOwnerOfBlock) throw new Error('Nobody tells the case owner of a blocked letter: NotificationsService registers with onLetterBlocked at start-up.');
      await this.tellOwnerOfBlock(manager, { estateId: row.estateId, contractId: row.contractId, recipient: letter.recipient, violations: produced.violations });
    } else if (channel === 'post' || channel === 'email') {
      // Nor for a letter that waits for the post or for its e-mail's delivery: its time starts when the batch is marked posted or
      // the e-mail is delivered (`startTermsOf`), to the date it printed. A held-back letter fixed stays held so.
      if (row.contractId && provider && aboutRequest && typeof row.payload.step === 'number') await this.workflow.suspendProviderDeadline(manager, row.contractId, row.payload.step, 'post');
      if (channel === 'email') await this.outbox.enqueue(manager, { estateId: row.estateId, contractId: row.contractId, instanceId: row.instanceId, kind: 'deliver_letter', payload: { letterId: letter.id } });
    } else {
      // A held-back letter that goes out now starts the provider's time now (`retryOf`: produced again after the owner's fix).
      if ('retryOf' in row.payload && row.contractId && aboutRequest) await this.workflow.restartProviderDeadline(manager, row.contractId, row.payload.state);
      // A report in the portal is told to the relative it is addressed to, when the letter printed that it would be (`viaPortal.notified`).
      if (input.recipient.viaPortal?.notified) await this.outbox.enqueue(manager, { estateId: row.estateId, contractId: null, instanceId: row.instanceId, kind: 'family_report_mail', payload: { letterId: letter.id } });
    }
    // Only a letter that reaches the provider tells it something: its desk shows the request from then on, and its endpoints hear of it (a deletion request too);
    // a letter by post only once its batch is marked posted, one by e-mail once delivered (`tellEndpointsOf`): a letter made anew is told once, as the one it received.
    const sent = letter.status === 'sent';
    if (row.contractId && provider && aboutRequest) {
      await this.contracts.recordLetterToProvider(manager, row.contractId, { sent, hadLetter: !sent && (await this.providerHadLetter(manager, row.contractId)) });
    }
    // deskcorr: a correction to the provider after its confirmation that asks whether its date changes puts the request back before its desk.
    if (row.contractId && provider && !effect.to && input.kind === 'correction') {
      await this.contracts.correctionLetterMade(manager, row.contractId, { sent, asks: correctionAsksDateAgain(input), changes: input.corrections ?? [], on: letter.letterDate });
    }
    if (row.contractId && provider && !effect.to && sent && channel === 'portal') {
      await this.webhooks.recordLetter(manager, { estateId: row.estateId, instanceId: row.instanceId, contractId: row.contractId, providerId: provider.id, letterKind: effect.letterKind });
    }
  }

  /**
   * Letters by post just marked posted, or a letter by e-mail delivered on its own day: the provider's
   * time for each one's step, held while it waited for the post or for its delivery (`produce`), runs again while the workflow is still where the letter left it: to the date the letter
   * printed, a promise to the provider; a letter that printed none from today, the day it can reach the provider.
   * The agency's copies and the letters `NOT_ABOUT_THE_REQUEST` held nothing.
   */
  async startTermsOf(manager: EntityManager, letterIds: string[]): Promise<void> {
    const rows: { contractId: string; state: string; printed: string | null }[] = await manager.query(
      `SELECT contract_id AS "contractId", effect #>> '{payload,state}' AS state, effect ->> 'dueDate' AS printed FROM letters
        WHERE id = ANY($1) AND contract_id IS NOT NULL AND (effect #>> '{payload,effect,to}') IS NULL AND kind <> ALL($2)`,
      [letterIds, NOT_ABOUT_THE_REQUEST],
    );
    for (const row of rows) await this.workflow.restartProviderDeadline(manager, row.contractId, row.state, row.printed);
  }

  /**
   * Letters by post just marked posted, or a letter by e-mail just delivered: each one to a contract's provider (not the agency's
   * copies) is now in its hands, so its endpoints hear of it now, as of a letter to the desk when it is produced (`produce`).
   */
  async tellEndpointsOf(manager: EntityManager, letterIds: string[]): Promise<void> {
    for (const row of await this.lettersToProviders(manager, letterIds)) await this.webhooks.recordLetter(manager, row);
  }

  /** Of these letters by post or e-mail, those to a contract's provider (not the agency's copies), as its endpoints hear of them, in the order they were made. */
  private lettersToProviders(manager: EntityManager, letterIds: string[]): Promise<LetterToProvider[]> {
    return manager.query(
      `SELECT l.estate_id AS "estateId", l.effect ->> 'instanceId' AS "instanceId", l.contract_id AS "contractId", c.provider_id AS "providerId",
              l.effect #>> '{payload,effect,letterKind}' AS "letterKind"
         FROM letters l JOIN ${contractRows} c ON c.id = l.contract_id
        WHERE l.id = ANY($1) AND l.channel IN ('post', 'email') AND (l.effect #>> '{payload,effect,to}') IS NULL
        ORDER BY l.created_at, l.id`,
      [letterIds],
    );
  }

  /**
   * Whether this contract's latest request is an e-mail on its way: made, not delivered, its sending waiting, going or to be retried
   * (not set apart, not parked). A letter that names it by the day it reached the provider (`NAMING_THE_REQUEST`) waits for that
   * day: made now it would name none ("null") and be held back, though nothing is wrong (README heldnull). A parked one needs the
   * owner: the letter is made and held back, naming the missing fact (`missingData`, `previousLetterDate`).
   */
  private async requestOnItsWay(manager: EntityManager, contractId: string): Promise<boolean> {
    const [request]: { id: string; channel: string; deliveryStatus: string; deliveryError: string | null }[] = await manager.query(
      `SELECT id, channel, delivery_status AS "deliveryStatus", delivery_error AS "deliveryError" FROM letters
        WHERE contract_id = $1 AND status = 'sent' AND kind = ANY($2) AND (effect #>> '{payload,effect,to}') IS NULL
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [contractId, REQUEST_LETTER_KINDS],
    );
    if (!request || request.channel !== 'email' || !undelivered(request) || SET_APART_BEFORE_SENDING.includes(request.deliveryError ?? '')) return false;
    return this.outbox.isPending(manager, 'letterId', [request.id]);
  }

  /** Whether a letter reached this contract's provider (the agency's copies do not count), through `letters_contract_idx`. */
  private async providerHadLetter(manager: EntityManager, contractId: string): Promise<boolean> {
    const [row]: { had: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM letters WHERE contract_id = $1 AND status = 'sent' AND channel <> 'family' AND (effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency' AND NOT ${UNDELIVERED('letters')}) AS had`,
      [contractId],
    );
    return row.had;
  }

  private async archive(
    manager: EntityManager,
    row: OutboxRow,
    produced: ProducedLetter,
    { channel, urgent, enclosureIds, deliveryAddress, postalAddress, audience, newHolderId, signedById, addresseeId }: Pick<Letter, 'channel' | 'urgent' | 'enclosureIds' | 'deliveryAddress' | 'postalAddress' | 'audience' | 'newHolderId' | 'signedById' | 'addresseeId'>,
    described: Record<string, string>,
    dueDate: string | null,
    documentId?: string,
  ): Promise<Letter> {
    const sent = !produced.violations.length;
    const letter = manager.create(Letter, {
      estateId: row.estateId,
      contractId: row.contractId,
      outboxId: row.id,
      effect: { instanceId: row.instanceId, payload: row.payload as unknown as Record<string, unknown>, ...(dueDate && { dueDate }), ...(produced.stated && { stated: produced.stated }), ...(produced.composed.named && { named: produced.composed.named }), described, madeAt: this.clock.now().toISOString() },
      kind: produced.composed.kind,
      language: produced.composed.language,
      status: sent ? 'sent' : 'blocked',
      urgent,
      letterDate: this.clock.today(),
      recipient: produced.composed.recipient[0],
      signedById,
      subject: produced.composed.about,
      bodyText: produced.text,
      violations: produced.violations,
      audience,
      newHolderId,
      addresseeId,
      enclosureIds,
      pdf: produced.pdf ?? null,
      sha256: produced.sha256 ?? null,
      sizeBytes: produced.pdf?.length ?? null,
      channel,
      deliveryAddress,
      postalAddress,
      deliveryStatus: !sent ? 'not_applicable' : channel === 'email' ? 'pending' : channel === 'post' ? 'queued_for_print' : 'delivered',
      deliveredAt: sent && (channel === 'portal' || channel === 'family') ? this.clock.now() : null,
    });
    await manager.save(letter);
    this.metrics.letterProduced(manager, letter);
    await this.timeline.append(manager, {
      estateId: row.estateId,
      contractId: row.contractId,
      actor: SYSTEM_ACTOR,
      event: sent ? 'letter.sent' : 'letter.blocked',
      summary: sent
        ? `Letter "${produced.composed.title}" to ${letter.recipient} (${channel}).`
        : `Letter "${produced.composed.title}" blocked: ${produced.violations.map((v) => `${v.rule} in ${v.where}`).join('; ')}`,
      // Title, recipient and channel let the staff timeline say it in each reader's language; the checksum stays for the API.
      // A deletion request names its document: whoever may not see the document does not read of it either (the family's timeline).
      // collagency: a letter telling an agency the collection ended says why, so the family reads what we told it, not its title.
      // deskthread2: a letter its step asked for (not one sent again) and the agency's copy the desk never shows at their sending: said,
      // so the desk's thread does not count this entry among what it shows (`timeline_entries_desk_thread_idx`).
      details: { letterId: letter.id, sha256: letter.sha256, violations: produced.violations, title: produced.composed.title, recipient: letter.recipient, channel, ...(documentId ? { documentId } : {}),
        ...(typeof row.payload.step === 'number' && !('retryOf' in row.payload) && { askedByStep: row.payload.step }), ...((row.payload.effect as { to?: string } | undefined)?.to === 'agency' && { toAgency: true }), ...(letter.kind === 'collection_ended' && { collectionEnded: endedAs(row.payload.event), ...(paidBeforeDrop(row.payload.event) && { paidFinalBill: paidBeforeDrop(row.payload.event) }) }) },
    });
    // The e-mail it replaces will never arrive: a line of its own says so, the old one stays as it was written (audit80 SMTP-1).
    // One set apart before it went says so and that a new letter was made in its own line already (`SET_APART_BEFORE_SENDING`).
    const origin = sent ? await this.undeliveredOrigin(manager, letter) : null;
    if (origin && !SET_APART_BEFORE_SENDING.includes(origin.deliveryError ?? '')) {
      await this.timeline.append(manager, {
        estateId: row.estateId,
        contractId: row.contractId,
        actor: SYSTEM_ACTOR,
        event: 'letter.replaced',
        summary: `Letter "${produced.composed.title}" of ${origin.letterDate} to ${letter.recipient} not delivered: replaced by the letter of ${letter.letterDate}.`,
        details: { letterId: origin.id, letterDate: origin.letterDate, replacedBy: letter.id, replacedByDate: letter.letterDate, title: produced.composed.title, recipient: letter.recipient },
      });
    }
    return letter;
  }

  /**
   * Emails a sent letter to its address (provider contact point or agency) with every enclosure it
   * lists attached after it; a failure is retried by the outbox, then parked. Runs outside any
   * transaction; a resend after a crash carries the same Message-ID. Until it is delivered the letter is not with the
   * provider (`undelivered`): its term, held since it was made, runs from delivery, and its endpoints hear of it then. One
   * that would arrive on a later day than its date (a failed attempt, or a backlog past midnight) is not sent: its dates
   * would no longer be true (`remake`). One a crashed worker may have sent goes again unchanged, as one the server had whole and never answered (`UNCONFIRMED_DELIVERY`). An objection set apart
   * before its sending started (its bill settled or answered meanwhile, README sendingmark) is not sent.
   */
  private async deliver(row: OutboxRow, deadline: AbortSignal): Promise<void> {
    const manager = this.db.manager;
    const letterId = (row.payload as unknown as { letterId: string }).letterId;
    const letter = await manager.createQueryBuilder(Letter, 'l').addSelect('l.pdf').addSelect('l.effect').where('l.id = :letterId', { letterId }).getOneOrFail();
    if (letter.deliveryStatus === 'delivered' || SET_APART_BEFORE_SENDING.includes(letter.deliveryError ?? '')) return;
    // Made anew only when it surely did not arrive: its delivery failed, or this is its first attempt (a backlog). A pending one
    // tried before was claimed by a worker that crashed, perhaps after the mail server took it: it goes again as it was, with
    // the same Message-ID, so the provider does not get a second letter for one it may have; as does one the server had whole
    // and never answered, even on a first attempt again (the owner's retry of it parked).
    const surelyNotArrived = letter.deliveryStatus === 'failed' || (row.attempts === 1 && !mayHaveArrived(letter));
    if (letter.letterDate < this.clock.today() && letter.effect && surelyNotArrived) {
      // Only when it can go: a server still down fails this attempt (parked in the end), not one new letter a day.
      await this.mail.reachable();
      await this.db.transaction((tx) => this.remake(tx, [letter.id]));
      return;
    }
    const { owner } = await this.estates.findWithOwner(letter.estateId, manager);
    const enclosures = await this.documents.withContent(manager, letter.enclosureIds);
    // Its sending starts, committed before the SMTP exchange (issue 13: claim, commit, then the network): one statement, so the
    // letter's row is locked only for it. An objection set apart meanwhile stays home; from now on `setApartObjections` leaves
    // it as on its way. A crashed worker's retry keeps the first start: that one may have reached the provider.
    const [, started]: [unknown, number] = await manager.query(
      `UPDATE letters SET sending_started_at = COALESCE(sending_started_at, $2) WHERE id = $1 AND (delivery_error IS NULL OR delivery_error <> ALL($3))`,
      [letter.id, this.clock.now(), SET_APART_BEFORE_SENDING],
    );
    if (!started) return;
    try {
      await this.mail.send({
        to: letter.deliveryAddress!,
        replyTo: owner.email,
        subject: letter.subject,
        text: letter.bodyText,
        attachments: [
          { filename: `${letter.kind}-${letter.letterDate}.pdf`, content: letter.pdf!, contentType: 'application/pdf' },
          ...enclosures.map((d) => ({ filename: downloadName(d), content: d.content, contentType: d.mediaType })),
        ],
        messageId: `<letter-${letter.id}@steward>`,
      }, deadline);
    } catch (error) {
      // The contract page shows why delivery failed. One the server may have (this attempt's or an earlier one's) did not surely fail:
      // it stays on its way, to go again unchanged, and its list says it may have arrived.
      await this.db.query(
        `UPDATE letters SET delivery_status = CASE WHEN $3 OR delivery_error = $4 THEN 'pending' ELSE 'failed' END, delivery_error = CASE WHEN $3 OR delivery_error = $4 THEN $4 ELSE $2 END WHERE id = $1`,
        [letter.id, String(error instanceof Error ? error.message : error).slice(0, 500), error instanceof UnconfirmedDelivery, UNCONFIRMED_DELIVERY],
      );
      throw error;
    }
    await this.db.transaction(async (tx) => {
      await tx.update(Letter, { id: letter.id }, { deliveryStatus: 'delivered', deliveredAt: this.clock.now(), deliveryError: null });
      // Delivered on its own day: the term held since it was made runs to the date it printed.
      await this.startTermsOf(tx, [letter.id]);
      await this.tellEndpointsOf(tx, [letter.id]);
      // The family read that it could not be delivered (this attempt's letter, or the one it was made anew from): now that it was (audit 77, MAIL-2).
      if (letter.contractId && (letter.deliveryStatus === 'failed' || (await this.undeliveredOrigin(tx, letter)) !== null)) await this.tellFamilyOfLateDelivery?.(tx, letter);
    });
  }

  /** The e-mail that did not arrive this letter was made anew from (`remake`'s `retryOf`), with the date it bears; null: made from none, or from one the letter rules held back. */
  private async undeliveredOrigin(manager: EntityManager, letter: Pick<Letter, 'effect'>): Promise<{ id: string; letterDate: string; deliveryError: string | null } | null> {
    const retryOf = letter.effect?.payload.retryOf;
    if (typeof retryOf !== 'string') return null;
    const [origin]: { id: string; letterDate: string; deliveryError: string | null }[] = await manager.query(
      `SELECT id, to_char(letter_date, 'YYYY-MM-DD') AS "letterDate", delivery_error AS "deliveryError" FROM letters WHERE id = $1 AND status = 'sent' AND channel = 'email' AND delivery_status = 'failed'`,
      [retryOf],
    );
    return origin ?? null;
  }

  /**
   * Letters whose dates are no longer true are made anew, dated today, as the letter rules' retry makes a held-back letter
   * (`retryOf`): a letter by e-mail not delivered on the day it is dated (it failed and was tried again later, or waited past midnight), a letter by
   * post set apart unprinted or posted after the term it printed (`PrintBatchesService`). The provider's term is counted from
   * today first, so the letter prints that date ("uiterlijk …"), not the one that passed. The old letter stays; one whose
   * contract moved on meanwhile, or whose step was answered since (collection stopped after a collection stop, README remadestale),
   * asks what no longer stands, so it is not made again: it stays set apart and the owner's timeline says why. Returns those ids.
   */
  async remake(manager: EntityManager, letterIds: string[], postedBefore: ReadonlyMap<string, string[]> = new Map()): Promise<string[]> {
    const letters = letterIds.length ? await manager.createQueryBuilder(Letter, 'l').addSelect('l.effect').where('l.id = ANY(:letterIds)', { letterIds }).orderBy('l.created_at').addOrderBy('l.id').getMany() : [];
    // Judged first, all of them: each collection stop must know whether the other of its step is made anew with it.
    const movedOn = new Map<string, { event: string; on: string } | null>();
    const notRemade: string[] = [];
    for (const letter of letters) if (letter.contractId && letter.effect && (aboutItsRequest(letter) || toTheAgency(letter))) movedOn.set(letter.id, await this.movedOnSince(manager, letter.contractId, letter.effect));
    for (const letter of letters) {
      const effect = letter.effect;
      if (!effect) continue;
      // An e-mail never tried (a backlog past midnight) did not arrive either: the list says "niet bezorgd", not "wordt bezorgd" for ever.
      if (letter.deliveryStatus === 'pending') await manager.query(`UPDATE letters SET delivery_status = 'failed', delivery_error = 'Not delivered on its date: made anew' WHERE id = $1`, [letter.id]);
      const answered = movedOn.get(letter.id);
      if (answered) {
        notRemade.push(letter.id);
        // One posted (late, or to an old address) or delivered to an old e-mail address did go out: it is only not made anew (README, printrest).
        if (letter.deliveryStatus !== 'posted' && letter.deliveryStatus !== 'delivered' && !letter.returnedOn) await this.notRemade(manager, letter, answered);
        continue;
      }
      if (letter.contractId && aboutItsRequest(letter)) await this.workflow.restartProviderDeadline(manager, letter.contractId, String(effect.payload.state));
      const withOther = letters.some((other) => other !== letter && other.kind === 'collection_stop' && other.effect?.payload.step === effect.payload.step && movedOn.get(other.id) === null);
      await this.outbox.enqueue(manager, { estateId: letter.estateId, contractId: letter.contractId, instanceId: effect.instanceId, kind: 'letter', payload: madeAgain(letter, letter.id, withOther, postedBefore.get(letter.id)) });
    }
    return notRemade;
  }

  /**
   * Whether what a letter asked was answered or overtaken since its step: the contract left the state the letter belongs to, or a
   * later step left a state or recorded a provider's answer (`PROVIDER_ANSWER_EVENTS`: collection stopped after a collection stop).
   */
  private async movedOnSince(manager: EntityManager, contractId: string, effect: LetterEffect): Promise<{ event: string; on: string } | null> {
    const state = (await this.workflow.standings(manager, [contractId])).get(contractId)?.state;
    const step = Number(effect.payload.step);
    const since = Number.isInteger(step) ? await this.timeline.movedOnSince(manager, contractId, step, PROVIDER_ANSWER_EVENTS) : null;
    return since ?? (state !== effect.payload.state ? { event: String(state), on: this.clock.today() } : null);
  }

  /** A letter whose dates passed and whose step was answered since stays set apart (`NOT_REMADE`); the owner's timeline says so and why. */
  private async notRemade(manager: EntityManager, letter: Letter, movedOn: { event: string; on: string }): Promise<void> {
    await manager.query(`UPDATE letters SET delivery_error = $2 WHERE id = $1 AND delivery_status = 'failed'`, [letter.id, NOT_REMADE]);
    await this.timeline.append(manager, {
      estateId: letter.estateId,
      contractId: letter.contractId,
      actor: SYSTEM_ACTOR,
      event: 'letter.not_remade',
      summary: `Letter to ${letter.recipient} not made anew: its step was answered or overtaken on ${movedOn.on}.`,
      details: { letterId: letter.id, subject: letter.subject, recipient: letter.recipient, letterDate: letter.letterDate, movedOnOn: movedOn.on, movedOnBy: movedOn.event },
    });
  }

  /**
   * Emails the relative a report is addressed to a link to it in the portal, in their language (`reportMail`: the report itself
   * stays in the portal). Runs outside any transaction; a resend after a crash carries the same Message-ID. A relative removed,
   * without an address any more, or whose access was withdrawn since (`portalMailAddress`), is not written to.
   */
  private async tellRelative(row: OutboxRow, deadline: AbortSignal): Promise<void> {
    const manager = this.db.manager;
    const letter = await manager.findOneByOrFail(Letter, { id: (row.payload as unknown as { letterId: string }).letterId });
    const member = letter.addresseeId ? await this.estates.familyMember(letter.addresseeId, manager) : null;
    const kind = letter.kind as LetterKind;
    const to = member && portalMailAddress(member);
    if (!to || !isFamilyLetter(kind)) return;
    const estate = await this.estates.findWithOwner(letter.estateId, manager);
    const people = { member, owner: estate.owner, organisation: this.config.STEWARD_ORG_NAME, deceased: fullName(estate.deceased) };
    await this.mail.send({
      to,
      replyTo: estate.owner.email,
      ...reportMail(langOf(member.language), people, kind, `${this.config.publicUrl}/family/letters/${letter.id}`),
      messageId: `<report-${letter.id}@steward>`,
    }, deadline);
  }

  /** Whom and at which address these e-mails were sent to, by id: Today's row of a parked delivery names both (audit 77). */
  async addressedTo(letterIds: string[]): Promise<Map<string, { recipient: string; address: string }>> {
    if (!letterIds.length) return new Map();
    const rows: { id: string; recipient: string; address: string }[] = await this.db.query(
      `SELECT id, recipient, delivery_address AS address FROM letters WHERE id = ANY($1::uuid[]) AND delivery_address IS NOT NULL`,
      [letterIds],
    );
    return new Map(rows.map(({ id, ...to }) => [id, to]));
  }

  /** One page of the estate's letters, newest first (index `(estate_id, created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  async listForEstate(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<OwnersLetter>> {
    const estate = await this.estates.requireAccess(principal, estateId);
    return this.pageInEstate(estate.id, after, limit);
  }

  /** One page of the estate's letters, newest first, for a caller that has checked access already (the estate page). */
  async pageInEstate(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<OwnersLetter>> {
    const page = await createdAtPage(letterLists.ofEstate(estateId), this.db.manager.createQueryBuilder(Letter, 'l').select(LISTED).where('l.estate_id = :estateId', { estateId }), 'l', after, limit);
    const addressees = page.items.some((l) => l.addresseeId) ? new Map((await this.estates.familyMembers(estateId)).map((m) => [m.id, m])) : new Map<string, FamilyMember>();
    const items = await this.withAbout(page.items);
    const madeAt = await this.madeAtOf(items.filter((l) => l.channel === 'email' && l.deliveryStatus === 'pending').map((l) => l.id));
    const described = await this.describedOf(items.filter((l) => l.enclosureIds.length).map((l) => l.id));
    const replaced = await this.replacementsOf(estateId, items);
    const now = this.clock.now();
    return {
      ...page,
      items: items.map((l) =>
        Object.assign(l, { notSentBecause: reportNotSentBecause(l, addressees.get(l.addresseeId ?? '')), beingSent: beingSent({ ...l, madeAt: madeAt.get(l.id) }, now), described: described.get(l.id) ?? null, replacedBy: replaced.get(l.id) ?? null }),
      ),
    };
  }

  /** Of a page's letters, those that did not arrive or were set apart before the post and were made anew, by the letter made from each (`replacedBy`); read on the estate's index. */
  private async replacementsOf(estateId: string, letters: Letter[]): Promise<Map<string, Replacement>> {
    const failed = letters.filter(remadeFrom);
    if (!failed.length) return new Map();
    const remade: (Pick<Letter, 'id' | 'status' | 'channel' | 'deliveryStatus' | 'letterDate'> & { retryOf: string })[] = await this.db.query(
      `SELECT id, status, channel, delivery_status AS "deliveryStatus", to_char(letter_date, 'YYYY-MM-DD') AS "letterDate", effect #>> '{payload,retryOf}' AS "retryOf"
         FROM letters WHERE estate_id = $1 AND effect #>> '{payload,retryOf}' = ANY($2::text[]) ORDER BY created_at`,
      [estateId, failed.map((l) => l.id)],
    );
    return replacedBy([...failed.map((l) => ({ ...l, retryOf: null })), ...remade]);
  }

  /** The words these letters printed for their "overig" enclosures (`LetterEffect.described`), by id: read apart, for the page's letters that carried any. */
  private async describedOf(ids: string[]): Promise<Map<string, Record<string, string> | null>> {
    if (!ids.length) return new Map();
    const rows: { id: string; described: Record<string, string> | null }[] = await this.db.query(`SELECT id, effect -> 'described' AS described FROM letters WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((r) => [r.id, r.described]));
  }

  /** When these letters were made (`LetterEffect.madeAt`), by id: read apart, for the few e-mails of a page still on their way, rather than every row's effect. */
  private async madeAtOf(ids: string[]): Promise<Map<string, string | null>> {
    if (!ids.length) return new Map();
    const rows: { id: string; madeAt: string | null }[] = await this.db.query(`SELECT id, effect ->> 'madeAt' AS "madeAt" FROM letters WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((r) => [r.id, r.madeAt]));
  }

  /**
   * The reports that reached nobody (`reportNotSentBecause`: placed while their addressee's access stood withdrawn) and that the
   * owner has not passed on another way, oldest first, up to `limit`: Today's. The withdrawn relatives come first (few), then
   * their reports from `letters_reports_to_pass_on_idx` (its predicate spelled out, `addressee_id IS NOT NULL` too, so the planner takes it).
   */
  async reportsToPassOn(ownerId: string | null, limit: number): Promise<ReportToPassOn[]> {
    const withdrawn = await this.estates.withdrawnRelatives(ownerId);
    if (!withdrawn.length) return [];
    return this.db.query(
      `SELECT l.id AS "letterId", l.estate_id AS "estateId", l.kind, l.recipient, to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate", m.withdrawn_at AS "accessWithdrawnAt"
         FROM unnest($1::uuid[], $2::timestamptz[]) AS m(id, withdrawn_at)
         JOIN letters l ON l.addressee_id = m.id AND l.addressee_id IS NOT NULL AND l.status = 'sent' AND l.passed_on_at IS NULL AND l.delivered_at >= m.withdrawn_at
        ORDER BY l.delivered_at, l.id
        LIMIT $3`,
      [withdrawn.map((m) => m.id), withdrawn.map((m) => m.accessWithdrawnAt), limit],
    );
  }

  /**
   * returnedtoday: the contracts' letters by post whose return was recorded in the last `RETURNED_ON_TODAY_DAYS` days (returneddismiss:
   * counted from the day she recorded it, so a return recorded late shows), whose address she has not checked, and whose latest letter of
   * the same kind made since (the one made anew, or made again after a corrected address) has not gone to the post or arrived, newest
   * record first, up to `limit`: Today's. Without one made since (the contract moved on, `remake`'s rule) it stays too. From
   * `letters_returned_idx` (the returns not checked alone); the letter made since by `letters_contract_idx`.
   */
  async returnedOnToday(ownerId: string | null, today: string, limit: number): Promise<ReturnedLetter[]> {
    return this.db.query(
      `SELECT l.id AS "letterId", l.estate_id AS "estateId", l.contract_id AS "contractId", p.name AS "providerName", l.recipient,
              coalesce(l.effect #>> '{payload,effect,to}' = 'agency', false) AS "toAgency",
              to_char(l.letter_date, 'YYYY-MM-DD') AS "letterDate", to_char(l.returned_on, 'YYYY-MM-DD') AS "returnedOn", l.returned_reason AS reason,
              to_char(since.letter_date, 'YYYY-MM-DD') AS "remadeOn", coalesce(l.return_remade, true) AS remade
         FROM letters l JOIN ${contractRows} c ON c.id = l.contract_id JOIN ${providerRows} p ON p.id = c.provider_id
         LEFT JOIN LATERAL (SELECT n.letter_date, n.delivery_status FROM letters n
                             WHERE n.contract_id = l.contract_id AND n.created_at > l.created_at AND n.kind = l.kind
                             ORDER BY n.created_at DESC LIMIT 1) since ON true
        WHERE l.return_recorded_on IS NOT NULL AND l.return_checked_at IS NULL AND l.return_recorded_on >= $2
          AND ($1::uuid IS NULL OR l.estate_id = ANY(${ownersEstateIds('$1')}))
          AND (since.delivery_status IS NULL OR since.delivery_status NOT IN ('posted', 'delivered'))
        ORDER BY l.return_recorded_on DESC, l.id
        LIMIT $3`,
      [ownerId, addCalendarDays(today, -RETURNED_ON_TODAY_DAYS), limit],
    );
  }

  /** A letter of an estate in her reach, locked for her change (with the columns beyond the list's that the change needs: `also`); 404 for one that is not there or not hers alike. */
  private async lockedInReach(tx: EntityManager, principal: StaffPrincipal, letterId: string, also: (keyof Letter)[] = []): Promise<Letter> {
    const letter = await tx.createQueryBuilder(Letter, 'l').select([...LISTED, ...also.map((column) => `l.${column}`)]).where('l.id = :letterId', { letterId }).setLock('pessimistic_write').getOne();
    if (!letter) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, letter.estateId, tx).catch(() => {
      throw new NotFoundProblem();
    });
    return letter;
  }

  /**
   * The owner records that she passed on a report that reached nobody: by phone, in person or by post, with a short note. It leaves
   * Today, and the estate's letters say so. 404 outside her reach; 409 for a letter that needs no passing on, or was passed on already.
   */
  async markPassedOn(principal: StaffPrincipal, letterId: string, how: PassedOnHow, note: string | null): Promise<OwnersLetter> {
    const details = ownerWords(principal.lang).errors.details;
    return this.db.transaction(async (tx) => {
      const letter = await this.lockedInReach(tx, principal, letterId);
      if (letter.passedOnAt) throw new ProblemException(409, 'passed-on-already', details.reportPassedOnAlready);
      const addressee = letter.addresseeId ? await this.estates.familyMember(letter.addresseeId, tx) : null;
      const notSentBecause = reportNotSentBecause(letter, addressee ?? undefined);
      if (!notSentBecause) throw new ProblemException(409, 'nothing-to-pass-on', details.nothingToPassOn);
      const passedOn = { passedOnAt: this.clock.now(), passedOnById: principal.userId, passedOnByName: principal.name, passedOnHow: how, passedOnNote: note };
      await tx.update(Letter, { id: letter.id }, passedOn);
      // The history says it too: the owner's with who marked it, how and her note; the family's without the note.
      await this.timeline.append(tx, {
        estateId: letter.estateId,
        actor: actorOf(principal),
        event: 'letter.passed_on',
        summary: ownerWords('nl').timeline.reportPassedOn(ownerWords('nl').estate.letterKinds[letter.kind] ?? letter.kind, letter.letterDate, letter.recipient, ownerWords('nl').today.passedOnWays[how], note, principal.name),
        details: { letterId: letter.id, kind: letter.kind, letterDate: letter.letterDate, recipient: letter.recipient, how, note },
      });
      const [about] = await this.withAbout([Object.assign(letter, passedOn)]);
      // A report that reached nobody was placed, not e-mailed: it is never on its way.
      return Object.assign(about, { notSentBecause, beingSent: false, described: null, replacedBy: null });
    });
  }

  /**
   * returnedpost (audit102 F1): the owner records that a letter by post came back undelivered, the day and why. It is then `failed`
   * (`RETURNED_BY_POST`): no reader takes it for one with the provider. It is made anew at once, dated today, to the directory's address
   * (`remake`: the provider's term restarts from the new letter; a corrected address before its batch is printed makes it anew again).
   * 404 outside her reach; 409 for a letter not posted or recorded as come back before; 422 naming `returnedOn` for a day before
   * the posting or after today.
   */
  async markReturned(principal: StaffPrincipal, letterId: string, returnedOn: string, reason: string | null): Promise<OwnersLetter> {
    const details = ownerWords(principal.lang).errors.details;
    return this.db.transaction(async (tx) => {
      // Read once, under the lock: the desk's entry takes the address it was printed for and whether it went to the agency.
      const letter = await this.lockedInReach(tx, principal, letterId, ['effect', 'postalAddress']);
      const { effect, postalAddress } = letter;
      const refusal = returnRefusal(letter, returnedOn, this.clock.today());
      if (refusal === 'returned-already') throw new ProblemException(409, 'returned-already', details.returnedAlready);
      if (refusal === 'not-posted') throw new ProblemException(409, 'not-posted', details.notPosted);
      if (refusal === 'in-the-future') throw new ValidationProblem([afterTodayProblem('returnedOn', this.clock.today())]);
      if (refusal === 'before-posting') throw new ValidationProblem([{ field: 'returnedOn', message: `must not be before ${dutchDate(letter.deliveredAt!)}, the day the letter was posted`, rule: 'beforePosting', limit: dutchDate(letter.deliveredAt!) }]);
      const returned = { deliveryStatus: 'failed' as const, deliveryError: RETURNED_BY_POST, returnedOn, returnedReason: reason, returnRecordedOn: this.clock.today() };
      await tx.update(Letter, { id: letter.id }, returned);
      // returnedthread: made anew only while its step stands (`remake`); one whose contract moved on since is not, and no reader is told it is.
      const remade = !(await this.remake(tx, [letter.id])).includes(letter.id);
      await tx.update(Letter, { id: letter.id }, { returnRemade: remade });
      await this.timeline.append(tx, {
        estateId: letter.estateId,
        contractId: letter.contractId,
        actor: actorOf(principal),
        event: 'letter.returned',
        summary: ownerWords('nl').timeline.letterReturned(letter.subject, letter.letterDate, letter.recipient, returnedOn, reason, principal.name, remade),
        // The desk's thread tells the provider (`DESK_THREAD_ENTRIES`), with the address the letter was printed for; never the agency's copy.
        details: { letterId: letter.id, kind: letter.kind, letterDate: letter.letterDate, recipient: letter.recipient, subject: letter.subject, returnedOn, reason, remade, address: postalAddress && addressLine(postalAddress), ...(toTheAgency({ effect }) && { toAgency: true }) },
      });
      // deskevents: the provider's endpoints hear it as its desk's thread does (`request.letter_returned`: check the postal address); the agency's copy is no letter of the provider's.
      for (const { letterKind: _, ...request } of await this.lettersToProviders(tx, [letter.id])) await this.webhooks.recordUnlettered(tx, 'request.letter_returned', request);
      const [about] = await this.withAbout([Object.assign(letter, returned, { returnRemade: remade })]);
      return Object.assign(about, { notSentBecause: null, beingSent: false, described: null, replacedBy: null });
    });
  }

  /**
   * returneddismiss: the owner records that she checked the address of a letter that came back (the directory's, which a letter made anew
   * takes): it leaves Today, and her history says who checked it and when. 404 outside her reach; 409 `not-returned` for a letter that did
   * not come back, `return-checked-already` for one checked before.
   */
  async markReturnChecked(principal: StaffPrincipal, letterId: string): Promise<OwnersLetter> {
    const details = ownerWords(principal.lang).errors.details;
    return this.db.transaction(async (tx) => {
      const letter = await this.lockedInReach(tx, principal, letterId);
      const refusal = returnCheckRefusal(letter);
      if (refusal === 'not-returned') throw new ProblemException(409, 'not-returned', details.notReturned);
      if (refusal === 'checked-already') throw new ProblemException(409, 'return-checked-already', details.returnCheckedAlready);
      const checked = { returnCheckedAt: this.clock.now(), returnCheckedBy: principal.userId, returnCheckedByName: principal.name };
      await tx.update(Letter, { id: letter.id }, checked);
      await this.timeline.append(tx, {
        estateId: letter.estateId,
        contractId: letter.contractId,
        actor: actorOf(principal),
        event: 'letter.return_checked',
        summary: ownerWords('nl').timeline.letterReturnChecked(letter.letterDate, letter.recipient, principal.name),
        details: { letterId: letter.id, kind: letter.kind, letterDate: letter.letterDate, recipient: letter.recipient },
      });
      const [about] = await this.withAbout([Object.assign(letter, checked)]);
      return Object.assign(about, { notSentBecause: null, beingSent: false, described: null, replacedBy: null });
    });
  }

  /** Each letter with what it is about beyond its subject (letter-about.ts), from the event it was made from: a lookup by id of the corrections alone. */
  async withAbout<T extends Pick<Letter, 'id' | 'kind'>>(letters: T[]): Promise<(T & { about: LetterAbout | null })[]> {
    const ids = letters.filter((l) => ABOUT_KINDS.includes(l.kind)).map((l) => l.id);
    const rows: { id: string; kind: string; event: LetterEvent | null }[] = ids.length
      ? await this.db.query(`SELECT id, kind, effect #> '{payload,event}' AS event FROM letters WHERE id = ANY($1)`, [ids])
      : [];
    const about = new Map(rows.map((r) => [r.id, letterAbout(r.kind, r.event)]));
    return letters.map((l) => Object.assign(l, { about: about.get(l.id) ?? null }));
  }

  /**
   * One page of the estate's letters (as `pageInEstate`) and the latest letter of each of its contracts
   * (by contract id), for a caller that has checked access already (the estate page). When the first page
   * holds every letter of the estate — most estates — the latest ones are taken from it, not read again.
   */
  async pageAndLatestPerContract(estateId: string, after: Position | null): Promise<{ page: Page<OwnersLetter>; latest: Map<string, Letter> }> {
    const page = await this.pageInEstate(estateId, after);
    return { page, latest: !after && !page.nextCursor ? latestOfEachContract(page.items) : await this.latestPerContract(estateId) };
  }

  /** The latest letter of each contract of the estate (by contract id); of two at one instant, the page's first. */
  private async latestPerContract(estateId: string): Promise<Map<string, Letter>> {
    const letters = await this.db.manager
      .createQueryBuilder(Letter, 'l')
      .select(LISTED)
      .distinctOn(['l.contract_id'])
      .where('l.estate_id = :estateId AND l.contract_id IS NOT NULL', { estateId })
      .orderBy('l.contract_id')
      .addOrderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .getMany();
    return latestOfEachContract(letters);
  }

  /**
   * After a change of case owner (a handover or its undo): each provider still handling a contract whose
   * latest letter someone else signed gets a letter naming its new contact person (ContractsService
   * decides which contracts are still handled). A contact-person letter still waiting for the post unprinted
   * does not count: it gives way to the new one, or to none when the provider's letters before it were the new
   * owner's (README, setapartrest), as does a letter set apart before the post. Returns the providers told, by
   * name. The caller holds the estate's lock; contracts are locked after it.
   */
  async tellNewContact(manager: EntityManager, estateId: string, ownerId: string): Promise<{ told: string[]; remade: RemadeLetter[] }> {
    // handover2 (audit98 F5): a request still waiting (post unprinted, e-mail not started) signed by another names the wrong contact
    // person: it is set apart and made again, signed by the new owner, before the latest letters are read, so the provider is not
    // told twice (that request, made anew, names its contact).
    const remade = await this.contracts.remakeForNewOwner(manager, await this.waitingSignedByOthers(manager, estateId, ownerId));
    const latest = (await this.latestToProviders(manager, estateId)).filter((l) => l.signedById !== ownerId);
    return { told: await this.contracts.tellNewContact(manager, estateId, new Map(latest.map((l) => [l.contractId, l.id]))), remade };
  }

  /** The estate's contracts with a letter waiting (post unprinted, e-mail not started) that another than `ownerId` signed, oldest contract first; on the estate's letters index. */
  private async waitingSignedByOthers(manager: EntityManager, estateId: string, ownerId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT l.contract_id AS id FROM letters l
        WHERE l.estate_id = $1 AND l.contract_id IS NOT NULL AND l.signed_by_id <> $2 AND (${WAITING_UNPRINTED} OR ${EMAIL_NOT_STARTED})
        GROUP BY l.contract_id ORDER BY min(l.created_at), l.contract_id`,
      [estateId, ownerId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The latest letter of each of the estate's contracts (or of one) that reached its provider or will, on the estate's letters index: a
   * contact-person letter still waiting for the post unprinted (olddebts3: or by e-mail not started), or a letter set apart before the
   * post, does not count.
   */
  private latestToProviders(manager: EntityManager, estateId: string, contractId: string | null = null): Promise<{ id: string; contractId: string; signedById: string | null; kind: LetterKind; letterDate: string }[]> {
    return manager.query(
      `SELECT DISTINCT ON (contract_id) id, contract_id AS "contractId", signed_by_id AS "signedById", kind, to_char(letter_date, 'YYYY-MM-DD') AS "letterDate"
         FROM letters l
        WHERE estate_id = $1 AND contract_id IS NOT NULL AND ($3::uuid IS NULL OR contract_id = $3) AND status = 'sent' AND (effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
          AND NOT (kind = 'contact_change' AND (${WAITING_UNPRINTED} OR ${EMAIL_NOT_STARTED})) AND (delivery_error IS NULL OR delivery_error <> ALL($2))
        ORDER BY contract_id, created_at DESC, id DESC`,
      [estateId, [...CORRECTED_AND_REMADE, SETTLED_BEFORE_POST, ANSWERED_BEFORE_POST, TAKEN_BACK_BEFORE_POST, COLLECTED_AGAIN_BEFORE_POST, DROP_UNDONE_BEFORE_POST, LANGUAGE_CORRECTED_BEFORE_POST, NOT_REMADE], contractId],
    );
  }

  /**
   * A contact-person letter not made because the provider's latest letter is its signer's own. When that letter is another than the
   * one the provider had when the handover decided to write (`after`), it was made since and names the new contact person: the owner's
   * history says which letter told the provider, as the handover's entry promised it would be told. Otherwise (the handover undone
   * before the letter was made) the undo's entry says it all.
   */
  private async refundReceivedMeanwhile(manager: EntityManager, row: OutboxRow, providerName: string, description: string | null): Promise<void> {
    await this.timeline.append(manager, {
      estateId: row.estateId,
      contractId: row.contractId,
      actor: SYSTEM_ACTOR,
      event: REFUND_EVENTS.reminderUnsent,
      summary: `Reminder of the refund of ${providerName} not sent: all of it was recorded received before it was made.`,
      details: { providerName, description },
    });
  }

  /** refundtoday: the reminder made asks `left`, less than the `left` she asked when she pressed (a receipt since): said on her history, the owner's only. */
  private async reminderRestated(manager: EntityManager, row: OutboxRow, providerName: string, description: string | null, left: number): Promise<void> {
    const asked = (row.payload.event.refund as RefundReminderFacts).left;
    if (left === asked) return;
    await this.timeline.append(manager, {
      estateId: row.estateId,
      contractId: row.contractId,
      actor: SYSTEM_ACTOR,
      event: REFUND_EVENTS.reminderRestated,
      summary: `Reminder of the refund of ${providerName} made asking ${left.toFixed(2)}, not the ${asked.toFixed(2)} asked: more was recorded received since.`,
      details: { providerName, description, left, asked },
    });
  }

  private async contactNamedAlready(manager: EntityManager, row: OutboxRow, contact: string, provider: string): Promise<void> {
    if (!row.contractId) return;
    const [latest] = await this.latestToProviders(manager, row.estateId, row.contractId);
    if (!latest || !(await this.madeSinceHandover(manager, row, latest.id))) return;
    await this.timeline.append(manager, {
      estateId: row.estateId,
      contractId: row.contractId,
      actor: SYSTEM_ACTOR,
      event: 'letter.contact_named',
      summary: ownerWords('en').timeline.contactNamedAlready(provider, latest.letterDate, ownerWords('en').estate.letterKinds[latest.kind] ?? latest.kind, contact),
      details: { letterId: latest.id, recipient: provider, letterDate: latest.letterDate, kind: latest.kind, contactName: contact },
    });
  }

  /**
   * Whether the provider's latest letter was made since the change of owner that queued this contact-person letter: another than the
   * one it had then (`after`). A row queued before `after` was kept (README, todaywords) knows no letter: its latest letter was made
   * since if it was sent (`letter.sent`) after the estate's latest handover or undo, which is at or after the one that queued the row,
   * so the history never names a letter made before it; a letter made between an earlier handover and a later undo goes unnamed, as before.
   */
  private async madeSinceHandover(manager: EntityManager, row: OutboxRow, latestId: string): Promise<boolean> {
    const after = row.payload.event.after;
    if (typeof after === 'string') return latestId !== after;
    // One after another, as every query on a transaction's client (pg@9 refuses a second one queued on it).
    const changes = [await this.timeline.latestOfEstate(manager, row.estateId, 'estate.handed_over'), await this.timeline.latestOfEstate(manager, row.estateId, 'estate.handover_undone')];
    const since = changes.flatMap((change) => (change ? [BigInt(change.seq)] : [])).reduce((a, b) => (a > b ? a : b), -1n);
    if (since < 0n) return false;
    const sent = await this.timeline.contractStepsAfter(manager, row.estateId, since.toString(), ['letter.sent']);
    return sent.some((step) => step.contractId === row.contractId && step.details.letterId === latestId);
  }

  /**
   * Whom the estate's latest final report went to, once it went out (null until then): the name it was
   * written to and the relative (`addresseeId`, null for a report to the family as a whole). Only that
   * relative is told they received it: two relatives may bear one name.
   */
  async finalReportAddressee(estateId: string, manager: EntityManager = this.db.manager): Promise<FinalReportAddressee | null> {
    const [sent]: FinalReportAddressee[] = await manager.query(
      `SELECT recipient AS name, addressee_id AS "addresseeId", audience FROM letters WHERE estate_id = $1 AND kind = 'final_report' AND status = 'sent' ORDER BY created_at DESC LIMIT 1`,
      [estateId],
    );
    return sent ?? null;
  }

  /**
   * Of each contract (of a page), whether the letter its present state wrote has not gone out: held back by the
   * letter rules, by post and not yet posted (waiting for the print batch, or printed and not marked posted; or set apart
   * unprinted and made anew for the next batch), or by e-mail and not delivered: `beingSent` while it has not failed and waits
   * less than `SENDING_GRACE_MS` (`beingMade` while it is not made yet: the letter check may hold it), else `undelivered` (failed, retrying or parked, or stuck).
   * Contracts whose letter went out are left out. A letter to a provider by post or e-mail that the step wrote and is not
   * made yet (`lettersToMakeSql`) waits for the post, or is not delivered (`undelivered`), as well: no reader is told of a
   * term or a letter sent meanwhile (the answer to the request itself is read before its letter is made). Not made yet, any channel,
   * the letter check's verdict on it now (`verdictOnUnmade`) says whether it will be held: then `heldBack`, its rules in `judged` (a
   * made one lists them itself, `Letter.violations`). Only a reader of one estate's contracts asks it (`judged`: the owner's contract and
   * estate views, the family's pages and digest): a verdict builds the letter's input, and Today spans many estates (README reqterm, stop67mends). `unmade` (the family's readers): a state whose entry writes a
   * letter (`WRITTEN_ON_ENTRY`) that is not made yet counts as held back too, so its words do not say it went.
   * `repeats` false (the provider desk): a letter that only wrote again in the state it was in does not count, the
   * provider has that state's question from the letter that brought it there; nor does a chase (`CHASE_KINDS`), the
   * provider has the request it chases. `waitingForLetter` is this rule, `repeats` false, in SQL. `latest`: `latestInState`
   * of these contracts as the caller read it (else read here). `db`: where to read, the reports' share for a desk export.
   */
  async requestLetterStandings(contracts: { id: string; state: string }[], { unmade = false, repeats = true, latest, db = this.db.manager, judged }: StandingsAsked = {}): Promise<Map<string, RequestLetterStanding>> {
    const standings = new Map<string, RequestLetterStanding>();
    latest ??= await this.latestInState(contracts, db);
    const now = this.clock.now();
    const email = (failed: boolean, since: Date): RequestLetterStanding => (stillBeingSent(failed, since, now) ? 'beingSent' : 'undelivered');
    for (const [id, l] of latest) {
      if (!repeats && l.repeat) continue;
      if (l.status === 'blocked') standings.set(id, 'heldBack');
      // A letter by post set apart unprinted is made anew for the next batch at once (`remake`): its request waits for the post.
      else if (awaitsPost(l) || (l.channel === 'post' && undelivered(l))) standings.set(id, 'awaitingPost');
      else if (undelivered(l)) standings.set(id, email(l.deliveryStatus === 'failed', l.setOutAt));
    }
    if (contracts.length) {
      const toMake: (ToMake & { channel: Provider['channel']; status: string; availableAt: Date })[] = await db.query(this.lettersToMakeSql('oc.id = ANY($1)', repeats, judged !== undefined), [contracts.map((c) => c.id)]);
      for (const row of toMake) {
        if (standings.has(row.id)) continue;
        // reqterm (audit95 F7): a reader of one estate (`judged`) asks the letter check's verdict on the same facts now, so a letter
        // it will hold reads as held, with why, not as being made (nor, at a desk, as gone with its term). Today and the desk do not:
        // one verdict builds a letter's input, and their lists span many estates (stop67mends: Today's read of a backlog judged 2,400
        // letters); they read it from the letter once made, seconds later.
        const violations = judged ? await this.verdictOnUnmade(db, row) : [];
        if (violations.length) {
          standings.set(row.id, 'heldBack');
          judged?.set(row.id, violations);
          continue;
        }
        // A desk's letter is with the provider once made. Its making waits since it became due (or a lease or retry's end): parked, it failed.
        if (row.channel === 'portal') continue;
        const standing = row.channel === 'post' ? 'awaitingPost' : email(row.status === 'parked', row.availableAt);
        standings.set(row.id, standing === 'beingSent' ? 'beingMade' : standing);
      }
    }
    if (unmade) for (const c of contracts) if (WRITTEN_ON_ENTRY.includes(c.state) && !latest.has(c.id) && !standings.has(c.id)) standings.set(c.id, 'heldBack');
    return standings;
  }

  /**
   * The contracts (`oc`, those `scope` picks) whose present state's step wrote its provider a letter by post or e-mail about
   * its request that is not made yet (`OutboxService.unmadeLettersSql`), as `id` with the provider's `channel`; `repeats` false
   * leaves out a repeat (`repeatOf`), as of a letter made. Read from the outbox's undone letters (`outbox_unmade_letters_idx`),
   * each contract by its key. A desk's letter is with the provider once made, so its step's moments before are not counted;
   * `desks` (a reader asking the verdict, `judged`) reads those too, for the letter check's verdict on them (`verdictOnUnmade`).
   */
  private lettersToMakeSql(scope: string, repeats: boolean, desks = false): string {
    const kind = `(o.payload #>> '{effect,letterKind}')`;
    return `SELECT o.contract_id AS id, op.channel, o.status, o.available_at AS "availableAt", oc.estate_id AS "estateId", o.payload FROM ${this.outbox.unmadeLettersSql('o')}
              JOIN ${contractRows} oc ON oc.id = o.contract_id AND oc.state = o.payload ->> 'state' JOIN ${providerRows} op ON op.id = oc.provider_id
             WHERE ${scope} AND op.channel IN ('post', 'email'${desks ? ", 'portal'" : ''}) AND ${kind} <> ALL(${sqlList(NOT_ABOUT_THE_REQUEST)})${repeats ? '' : ` AND NOT ${repeatOf('o.payload', kind)}`}`;
  }

  /**
   * The rules the letter an outbox row is to make would break if made now, as `produce` builds it (none: it goes). Nothing is
   * stored. One that waits for the request it names to arrive (`requestOnItsWay`) is not judged yet: made now it would name no day.
   * Nor is one whose input cannot be built: its making fails the same way and is retried, then parked (`undelivered`); a page read
   * must not fail for it (stop67mends: a read answered 500).
   */
  private async verdictOnUnmade(db: EntityManager, row: ToMake): Promise<LintViolation[]> {
    const subject = subjectOf({ estateId: row.estateId, contractId: row.id, payload: row.payload });
    if (!subject.to && NAMING_THE_REQUEST.includes(subject.kind) && (await this.requestOnItsWay(db, row.id))) return [];
    try {
      return letterVerdict((await this.inputs.build(db, subject)).input);
    } catch (error) {
      this.logger.warn({ msg: 'letter not judged before its making', contractId: row.id, kind: subject.kind, error: error instanceof Error ? error.message : String(error) });
      return [];
    }
  }

  /**
   * estatepage: of a page of estates (the estate list), the providers whose letter about the request the letter check holds, by
   * estate: the contract's latest such letter, written in the state it is still in, is blocked (`requestLetterStandings`' `heldBack`
   * of a made letter). One read for the page, from its estates' blocked letters only (`letters_blocked_estate_idx`, twins70: not every
   * blocked letter of the country), each checked to be its contract's latest on `letters_contract_idx`. A letter not made yet is not judged here (a verdict builds its input): it is made seconds later.
   */
  async requestsHeldIn(estateIds: string[]): Promise<Map<string, string[]>> {
    if (!estateIds.length) return new Map();
    const rows: { estateId: string; providers: string[] }[] = await this.db.query(
      `SELECT l.estate_id AS "estateId", array_agg(DISTINCT p.name ORDER BY p.name) AS providers
         FROM letters l JOIN ${contractRows} c ON c.id = l.contract_id JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE l.status = 'blocked' AND l.estate_id = ANY($1) AND ${aboutTheRequest('l')} AND l.effect #>> '{payload,state}' = c.state
          AND NOT EXISTS (SELECT 1 FROM letters n WHERE n.contract_id = l.contract_id AND (n.created_at, n.id) > (l.created_at, l.id) AND ${aboutTheRequest('n')})
        GROUP BY l.estate_id`,
      [estateIds],
    );
    return new Map(rows.map((r) => [r.estateId, r.providers]));
  }

  /**
   * `requestLetterStandings` for the provider desk (`repeats` false) in SQL, for a desk's tabs: the ids of the
   * provider's contracts whose present state's letter has not reached it. Read from the
   * partial indexes of the letters not yet out (`NOT_OUT`, a small set however many letters went), each checked to be its
   * contract's latest about the request on `letters_contract_idx`, and from the outbox's undone letters by post or e-mail
   * (`lettersToMakeSql`), which a provider served at its desk skips at once (a one-time filter: the outbox's backlog of every provider's
   * letters is not read for it, README "Its tab"). The desk reads it once per request and passes it to each statement
   * (README, branch deskrest: in SQL it was read again for every tab a statement counted).
   * `providerId` null, `repeats` true (the administrator's Today): every provider's, as the owner's readers count them — the contracts
   * `requestLetterStandings` may give a standing, read from those same small sets, so the country's letters are not read for it.
   */
  async waitingForLetter(providerId: string | null, repeats = false): Promise<string[]> {
    const everyProvider = '$1::uuid IS NULL';
    const [{ ids }]: { ids: string[] }[] = await this.db.query(
      `SELECT ARRAY(SELECT l.contract_id FROM letters l JOIN ${contractRows} lc ON lc.id = l.contract_id
                     WHERE ${NOT_OUT} AND ${providerId === null ? everyProvider : 'lc.provider_id = $1'} AND ${aboutTheRequest('l')}${repeats ? '' : ` AND NOT ${REPEAT}`}
                       AND l.effect #>> '{payload,state}' = lc.state
                       AND NOT EXISTS (SELECT 1 FROM letters n WHERE n.contract_id = l.contract_id AND (n.created_at, n.id) > (l.created_at, l.id)
                                         AND ${aboutTheRequest('n')})
                    UNION ALL SELECT id FROM (${this.lettersToMakeSql(providerId === null ? everyProvider : `oc.provider_id = $1 AND (SELECT channel FROM ${providerRows} op1 WHERE id = $1) IN ('post', 'email')`, repeats)}) unmade) AS ids`,
      [providerId],
    );
    return ids;
  }

  /**
   * Of each contract (of a page), the date of the complaint its present state wrote (`escalation`,
   * `dispute_escalation`), once it went out: a complaints body's waiting time counts from it. Held back or not yet
   * posted: none. With it the term it gave the provider, if it printed one: nobody is sent to the body before it is over.
   */
  async complaintsSent(contracts: { id: string; state: string }[]): Promise<Map<string, ComplaintSent>> {
    const sent = new Map<string, ComplaintSent>();
    // v21: a collection stopped while the complaint about a bill ran goes back to waiting on that complaint; the stop's letters came
    // after it, so a complaint about bills is the newest one of its kind (nothing else enters that state without writing one).
    const aboutBills = contracts.filter((c) => c.state === 'disputeEscalated');
    const latest = new Map([
      ...(await this.latestInState(contracts.filter((c) => c.state !== 'disputeEscalated'))),
      ...(await this.latestInState(aboutBills, this.db.manager, ['dispute_escalation'])),
    ]);
    for (const [id, l] of latest) {
      // The day it went out: by post the day its batch was marked posted (the complaints body counts from the complaint the provider had).
      if (COMPLAINT_KINDS.includes(l.kind) && l.sentOn) sent.set(id, { on: l.sentOn, term: l.printedTerm });
    }
    return sent;
  }

  /**
   * Of each contract (of a page), the latest letter to the provider about its request, when it was made in the
   * state the contract is still in: what the present state's step wrote (sent, or held back by the letter rules).
   * `db`: where to read, as `requestLetterStandings`.
   */
  async latestInState(contracts: { id: string; state: string }[], db: EntityManager = this.db.manager, kinds: readonly LetterKind[] | null = null): Promise<Map<string, LatestLetter>> {
    if (!contracts.length) return new Map();
    const rows: (Omit<LatestLetter, 'sentOn' | 'setOutAt'> & { contractId: string; state: string | null; deliveredAt: Date | null; madeAt: string | null; createdAt: Date })[] = await db.query(
      `SELECT DISTINCT ON (contract_id) contract_id AS "contractId", kind, status, to_char(letter_date, 'YYYY-MM-DD') AS "letterDate", channel, delivery_status AS "deliveryStatus",
              delivered_at AS "deliveredAt", effect #>> '{payload,state}' AS state, ${REPEAT} AS repeat, effect ->> 'madeAt' AS "madeAt", created_at AS "createdAt",
              coalesce(effect #> '{payload,event,notSent}' ? 'will', false) AS "willNotSent", effect ->> 'dueDate' AS "printedTerm"
         FROM letters l
        WHERE contract_id = ANY($1) AND ${aboutTheRequest('l')} AND ($2::text[] IS NULL OR kind = ANY($2))
        ORDER BY contract_id, created_at DESC, id DESC`,
      [contracts.map((c) => c.id), kinds],
    );
    const stateOf = new Map(contracts.map((c) => [c.id, c.state]));
    return new Map(
      rows
        .filter((r) => r.state === stateOf.get(r.contractId))
        .map(({ contractId, kind, status, letterDate, channel, deliveryStatus, deliveredAt, repeat, madeAt, createdAt, willNotSent, printedTerm }) => [
          contractId,
          { kind, status, letterDate, channel, deliveryStatus, repeat, sentOn: status === 'sent' ? sentOn({ channel, deliveryStatus, letterDate, deliveredAt }) : null, setOutAt: setOutAt(madeAt, createdAt), willNotSent, printedTerm },
        ]),
    );
  }

  /**
   * The workflow steps of an estate whose letter to the provider went out, as `stepKey`s: a step that
   * sent a letter is told as done only once it did (a blocked one, or one its retry sent, counts as
   * sent only by the retry). Steps recorded before steps were numbered on letters are not in it.
   */
  async sentSteps(estateId: string, manager: EntityManager = this.db.manager): Promise<Set<string>> {
    const rows: { contractId: string; step: string }[] = await manager.query(
      `SELECT DISTINCT contract_id AS "contractId", effect #>> '{payload,step}' AS step
         FROM letters
        WHERE estate_id = $1 AND status = 'sent' AND contract_id IS NOT NULL AND effect #>> '{payload,step}' IS NOT NULL
          AND (effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency' AND NOT ${UNDELIVERED('letters')}`,
      [estateId],
    );
    return new Set(rows.map((r) => stepKey(r.contractId, Number(r.step))));
  }

  /**
   * The estate's letters that did not reach their addressee (`undelivered`), by id: their entries do not say they were sent; and of
   * those, the e-mails still being sent (`stillBeingSent`, the rule of `requestLetterStandings`).
   */
  private async undeliveredLetters(estateId: string, manager: EntityManager): Promise<Pick<StepLetters, 'undelivered' | 'beingSent' | 'correctedBeforePost' | 'readdressed' | 'settledBeforePost' | 'answeredBeforePost' | 'takenBackBeforePost' | 'collectedAgainBeforePost' | 'dropUndoneBeforePost' | 'notRemade'>> {
    const rows: { id: string; failed: boolean; madeAt: string | null; createdAt: Date; why: string | null }[] = await manager.query(
      `SELECT id, delivery_status = 'failed' AS failed, effect ->> 'madeAt' AS "madeAt", created_at AS "createdAt", delivery_error AS why
         FROM letters WHERE estate_id = $1 AND ${UNDELIVERED('letters')}`,
      [estateId],
    );
    const now = this.clock.now();
    const where = (keep: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(keep).map((r) => r.id));
    const readdressed = new Map<string | null, Readdressing>([[READDRESSED_BEFORE_POST, 'address'], [RECHANNELLED_BEFORE_POST, 'channel'], [READDRESSED_AFTER_DOWNLOAD, 'downloaded'], [RESTORED_BEFORE_POST, 'restored'], [RESTORED_AFTER_DOWNLOAD, 'restoredDownloaded']]);
    return {
      // returnedpost: one that came back went to the post first: its entries say it was posted, its own entry that it came back.
      undelivered: where((r) => r.why !== RETURNED_BY_POST),
      beingSent: where((r) => stillBeingSent(r.failed, setOutAt(r.madeAt, r.createdAt), now)),
      settledBeforePost: where((r) => r.why === SETTLED_BEFORE_POST),
      answeredBeforePost: where((r) => r.why === ANSWERED_BEFORE_POST),
      takenBackBeforePost: where((r) => r.why === TAKEN_BACK_BEFORE_POST),
      collectedAgainBeforePost: where((r) => r.why === COLLECTED_AGAIN_BEFORE_POST),
      dropUndoneBeforePost: where((r) => r.why === DROP_UNDONE_BEFORE_POST),
      correctedBeforePost: where((r) => r.why === CORRECTED_BEFORE_POST),
      readdressed: new Map(rows.flatMap((r) => (readdressed.has(r.why) ? [[r.id, readdressed.get(r.why)!] as const] : []))),
      notRemade: where((r) => r.why === NOT_REMADE),
    };
  }

  /**
   * Of `sentSteps`, those whose letter went by post and waits for the post (no letter of the step marked `posted`;
   * one posted before that was recorded counts as posted, as README "Posted" says), as `stepKey`s. From
   * `letters_estate_page_idx`, as `sentSteps`.
   */
  private async awaitingPostSteps(estateId: string, manager: EntityManager): Promise<Set<string>> {
    const rows: { contractId: string; step: string }[] = await manager.query(
      `SELECT contract_id AS "contractId", effect #>> '{payload,step}' AS step
         FROM letters
        WHERE estate_id = $1 AND status = 'sent' AND channel = 'post' AND contract_id IS NOT NULL AND effect #>> '{payload,step}' IS NOT NULL
          AND (effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency' AND NOT ${UNDELIVERED('letters')}
        GROUP BY contract_id, effect #>> '{payload,step}'
       HAVING NOT bool_or(delivery_status = 'posted')`,
      [estateId],
    );
    return new Set(rows.map((r) => stepKey(r.contractId, Number(r.step))));
  }

  /** `sentSteps` and `awaitingPostSteps` together, for a reader of the steps' words. */
  async stepLetters(estateId: string, manager: EntityManager = this.db.manager): Promise<StepLetters> {
    return { sent: await this.sentSteps(estateId, manager), awaitingPost: await this.awaitingPostSteps(estateId, manager), ...(await this.undeliveredLetters(estateId, manager)) };
  }

  /**
   * Of `sentSteps`, those whose letter went out only when produced again (`retryOf`): later than the step, so the step's own
   * entry does not say it was sent that day. By `stepKey`, whether its first went by e-mail and did not arrive (`undelivered`:
   * refused, not "held back until everything was in order", audit 77) rather than held back by the letter rules; or went by post and
   * came back (`returned`, returnedpost).
   */
  async sentLaterSteps(estateId: string, manager: EntityManager = this.db.manager): Promise<Map<string, { undelivered: boolean; returned: boolean }>> {
    const rows: { contractId: string; step: string; undelivered: boolean; returned: boolean }[] = await manager.query(
      `SELECT contract_id AS "contractId", effect #>> '{payload,step}' AS step, bool_or(channel = 'email' AND delivery_status = 'failed') AS undelivered,
              bool_or(returned_on IS NOT NULL) AS returned
         FROM letters
        WHERE estate_id = $1 AND status = 'sent' AND contract_id IS NOT NULL AND effect #>> '{payload,step}' IS NOT NULL
          AND (effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
        GROUP BY contract_id, effect #>> '{payload,step}'
       HAVING bool_or(NOT ${UNDELIVERED('letters')}) AND bool_and(${UNDELIVERED('letters')} OR effect #>> '{payload,retryOf}' IS NOT NULL)`,
      [estateId],
    );
    return new Map(rows.map((r) => [stepKey(r.contractId, Number(r.step)), { undelivered: r.undelivered, returned: r.returned }]));
  }

  /** One page of the sent letters this relative may read (`readableBy`), newest first; `after` is a decoded CREATED_AT_CURSOR. */
  async sentTo(reader: LetterReader, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<AboutLetter>> {
    const page = await createdAtPage(letterLists.readBy(reader.id), readableBy(this.db.manager.createQueryBuilder(Letter, 'l').select(LISTED), reader), 'l', after, limit);
    return { ...page, items: await this.withAbout(page.items) };
  }

  /**
   * Each letter of the estate's title in its reader's language (`letterTitle`; the owner's letters and the family's), by id: from
   * its kind and what it named as it kept it (`LetterEffect.stated`; a letter about the request, the request's before it,
   * `printedAbout`), not from its archived subject, so a subject in an older wording is said in the reader's language too; the
   * letter itself stays in the language it went out in. A report names the deceased as the estate records them (it keeps no
   * facts). `'own'`: each in its own language (a downloaded file's name).
   */
  async titlesIn(estateId: string, lang: Language | 'own'): Promise<Map<string, string>> {
    const [estate, letters] = await Promise.all([
      this.estates.findWithOwner(estateId),
      this.db.query(
        `SELECT id, contract_id AS "contractId", kind, language, subject, effect -> 'stated' AS stated, effect -> 'named' AS named FROM letters WHERE estate_id = $1 ORDER BY created_at`,
        [estateId],
      ) as Promise<TitledLetter[]>,
    ]);
    return letterTitles(letters, fullName(estate.deceased), lang);
  }

  /**
   * These letters' titles in the reader's language, by id (`titlesIn` of each letter's estate: a letter about the request is titled
   * from the request before it): for lists that cross estates, Today's held-back letters and the print pages' envelopes.
   */
  async titlesOf(letterIds: string[], lang: Language): Promise<Map<string, string>> {
    const estates: { estateId: string }[] = letterIds.length ? await this.db.query(`SELECT DISTINCT estate_id AS "estateId" FROM letters WHERE id = ANY($1::uuid[])`, [letterIds]) : [];
    const titled = await Promise.all(estates.map(({ estateId }) => this.titlesIn(estateId, lang)));
    return new Map(titled.flatMap((titles) => [...titles].filter(([id]) => letterIds.includes(id))));
  }

  /** The sent letters this relative may read, with their PDFs, oldest first (their dossier). */
  sentWithPdfsTo(reader: LetterReader): Promise<Letter[]> {
    return readableBy(this.db.manager.createQueryBuilder(Letter, 'l').addSelect('l.pdf'), reader).orderBy('l.createdAt', 'ASC').getMany();
  }

  /** The PDF of a sent letter this relative may read; any other id answers 404, as an unknown one does. */
  async pdfFor(reader: LetterReader, letterId: string): Promise<Letter & { pdf: Buffer }> {
    const letter = await readableBy(this.db.manager.createQueryBuilder(Letter, 'l').addSelect('l.pdf').where('l.id = :letterId', { letterId }), reader).getOne();
    if (!letter?.pdf) throw new NotFoundProblem();
    return letter as Letter & { pdf: Buffer };
  }

  /** The estate's letters, oldest first, for a caller that has checked access already. */
  inEstate(estateId: string): Promise<Letter[]> {
    return this.db.manager.find(Letter, { where: { estateId }, order: { createdAt: 'ASC' } });
  }

  /**
   * deskthread: the letters of a page of a contract's desk thread, oldest first, each saying whether it went to a collection agency
   * instead of the provider, the workflow step that asked for it (null for a correction, and before steps were numbered) and the
   * blocked letter it is a retry of: those the page's steps asked for (`steps`, by `letters_contract_step_idx`), those named by id
   * (`ids`: the page's `letter.sent` entries, or one letter asked for), those carrying a document (`carrying`), and with `unnumbered`
   * every letter without a step number (steps made before they were numbered, matched by order). A contract's letters are all to its
   * provider: family letters belong to no contract.
   */
  async ofContract(manager: EntityManager, contractId: string, which: { steps?: number[]; ids?: string[]; carrying?: string; unnumbered?: boolean }): Promise<ContractLetter[]> {
    const query = manager.createQueryBuilder(Letter, 'l').addSelect('l.effect').where('l.contractId = :contractId', { contractId });
    const parts = [
      which.steps?.length && `l.effect->'payload'->'step' = ANY(:steps::jsonb[])`,
      which.ids?.length && 'l.id IN (:...ids)',
      which.carrying && 'l.enclosure_ids @> ARRAY[:carrying]::uuid[]',
      which.unnumbered && `l.effect->'payload'->'step' IS NULL`,
    ].filter((p): p is string => !!p);
    if (!parts.length) return [];
    const letters = await query.andWhere(`(${parts.join(' OR ')})`, { steps: which.steps?.map(String), ids: which.ids, carrying: which.carrying }).orderBy('l.createdAt', 'ASC').getMany();
    return letters.map((l) => {
      const payload = (l.effect?.payload ?? {}) as { effect?: { to?: string }; step?: number; retryOf?: string; afterReturn?: boolean; event?: LetterEvent };
      // deskcorr: what a correction corrected, as its letter told it, for the desk's thread.
      const corrections = l.kind === 'correction' && payload.event ? correctionsOf(payload.event) : [];
      return { ...l, kind: l.kind as ProviderLetterKind, toAgency: payload.effect?.to === 'agency', step: payload.step ?? null, retryOf: payload.retryOf ?? null, replacesReturned: payload.afterReturn === true, described: l.effect?.described ?? null, corrections };
    });
  }

  /**
   * deskthread: the contract's first request letter the provider received, by the outbox's order (a later one went again after a rejection); null if none.
   * audit103: an e-mail that failed (`undelivered`) is not it: the letter made anew from it is the first the provider had, not one „sent again
   * after your rejection". returnedthread: one posted that came back stays in the thread at its posting (`byDesk`), so it stays the first; the
   * letter made anew from it reads why it went again (`replacesReturned`).
   */
  async firstRequestOf(manager: EntityManager, contractId: string): Promise<string | null> {
    const [first]: { id: string }[] = await manager.query(
      `SELECT id FROM letters WHERE contract_id = $1 AND status = 'sent' AND kind = ANY($2) AND outbox_id IS NOT NULL AND (delivery_status <> 'failed' OR returned_on IS NOT NULL) ORDER BY outbox_id LIMIT 1`,
      [contractId, REQUEST_LETTER_KINDS],
    );
    return first?.id ?? null;
  }

  /** The archived PDF of a sent letter, for whoever may see its estate (the caller checks). */
  async pdf(letterId: string): Promise<Letter & { pdf: Buffer }> {
    const letter = await this.db.manager.createQueryBuilder(Letter, 'l').addSelect('l.pdf').where('l.id = :letterId', { letterId }).getOne();
    if (!letter || letter.status !== 'sent' || !letter.pdf) throw new NotFoundProblem();
    return letter as Letter & { pdf: Buffer };
  }

  async pdfForStaff(principal: StaffPrincipal, letterId: string) {
    const letter = await this.pdf(letterId);
    await this.estates.requireAccess(principal, letter.estateId).catch(() => {
      throw new NotFoundProblem();
    });
    return letter;
  }

  /** What the request letter would say if sent now, and whether a rule blocks it. Nothing is stored. */
  async preview(principal: StaffPrincipal, contractId: string, kind?: LetterKind): Promise<ProducedLetter> {
    const contract = await this.contracts.requireAccess(principal, contractId);
    const { input } = await this.inputs.build(this.db.manager, {
      estateId: contract.estateId,
      contractId: contract.id,
      kind: kind ?? (contract.action === 'cancel' ? 'cancellation' : 'transfer'),
      event: { type: 'PREVIEW' },
    });
    return produceLetter(input);
  }

  /**
   * After the owner corrected the data, a blocked letter is produced again (and rechecked) from the
   * effect it keeps, so it does not matter whether its outbox row was pruned meanwhile. Refused when
   * `retryRefusal` says so: once the same letter went out, or a later correction overtook it.
   */
  async retry(principal: StaffPrincipal, letterId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const blocked = await manager.createQueryBuilder(Letter, 'l').addSelect('l.effect').where('l.id = :letterId', { letterId }).getOne();
      if (!blocked) throw new NotFoundProblem();
      await this.estates.requireAccess(principal, blocked.estateId, manager).catch(() => {
        throw new NotFoundProblem();
      });
      const copies = sameLetter(letterId, await this.retryFactsBeside(manager, blocked));
      // Every copy locked in one order: a double click, or a retry of another copy, waits for the first one, which the checks below then see.
      await manager.query('SELECT 1 FROM letters WHERE id = ANY($1) ORDER BY id FOR UPDATE', [copies]);
      if (await this.outbox.isPending(manager, 'retryOf', copies)) throw new ProblemException(409, 'already-retried', ownerWords(principal.lang).errors.details.letterRetrying);
      // Read after the outbox: a retry produced since the first read is here now, or was still pending above.
      const beside = await this.retryFactsBeside(manager, blocked);
      const refusal = retryRefusal(letterId, beside);
      if (refusal) throw RETRY_REFUSED[refusal](ownerWords(principal.lang).errors.details);
      const effect = blocked.effect!; // a letter without one is `not-reproducible`
      // Produced on its own: the other letter of its step (a collection stop's copy) went, or was held back, when it was made.
      await this.outbox.enqueue(manager, { estateId: blocked.estateId, contractId: blocked.contractId, instanceId: effect.instanceId, kind: 'letter', payload: madeAgain(blocked, letterId, false) });
    });
  }

  /**
   * The owner retries a parked sending (README slipback). A request by e-mail that never arrived and whose record was corrected since it
   * was made (a correction letter to its provider, held back because the request never arrived, came after it) would go with the old
   * fact and be followed by that correction. Instead, as for a request still in its sending grace (README queryplans), it is set apart
   * (`CORRECTED_BEFORE_POST`), its parked sending withdrawn, and made again from the corrected record (`remake`); the held-back
   * correction then corrects a letter that never arrived and is not offered again (`retryRefusal`: `request-remade`). True when it
   * was; false leaves the sending to be retried as it is. Nothing is sent here (issue 13: the new letter is made and sent by the outbox).
   */
  async remakeParkedSending(outboxId: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const letterId = await this.outbox.parkedSending(manager, outboxId);
      if (!letterId) return false;
      const corrected: unknown[] = await manager.query(
        `SELECT l.id FROM letters l
          WHERE l.id = $1 AND l.status = 'sent' AND l.channel = 'email' AND l.delivery_status = 'failed' AND l.contract_id IS NOT NULL AND ${aboutTheRequest('l')}
            AND EXISTS (SELECT 1 FROM letters c WHERE c.contract_id = l.contract_id AND c.kind = 'correction' AND c.status = 'blocked' AND c.created_at > l.created_at AND (c.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency')
          FOR UPDATE OF l`,
        [letterId],
      );
      if (!corrected.length) return false;
      await this.outbox.withdrawUnclaimed(manager, 'deliver_letter', 'letterId', [letterId], true);
      await manager.query(`UPDATE letters SET delivery_error = $2 WHERE id = $1`, [letterId, CORRECTED_BEFORE_POST]);
      await this.remake(manager, [letterId]);
      return true;
    });
  }

  /** Why each letter of the contract may not be produced again (`retryRefusal`), or null when it may: for the contract page. */
  async retryRefusals(estateId: string, contractId: string): Promise<Map<string, RetryRefusal | null>> {
    const letters = await this.retryFactsBeside(this.db.manager, { estateId, contractId });
    return new Map(letters.map((l) => [l.id, retryRefusal(l.id, letters)]));
  }

  /** Which of these held-back letters wait on the case owner (`awaitsRetry`): for Today's queue, judged in one read of their contracts' letters. */
  async awaitingRetry(blocked: Pick<Letter, 'id' | 'estateId' | 'contractId'>[]): Promise<Set<string>> {
    const beside = await this.retryFactsOf(this.db.manager, blocked);
    return new Set(blocked.filter((l) => awaitsRetry(l.id, beside(l))).map((l) => l.id));
  }

  /** The letters a retry is judged among: the contract's (without a contract, the estate's others without one), with what each was produced from. */
  private async retryFactsBeside(manager: EntityManager, letter: Pick<Letter, 'estateId' | 'contractId'>): Promise<RetryFacts[]> {
    return (await this.retryFactsOf(manager, [letter]))(letter);
  }

  /** `retryFactsBeside` of several letters in one read: the letters each is judged among, by its estate and contract. */
  private async retryFactsOf(manager: EntityManager, letters: Pick<Letter, 'estateId' | 'contractId'>[]): Promise<(letter: Pick<Letter, 'estateId' | 'contractId'>) => RetryFacts[]> {
    const read = letters.length
      ? await manager
          .createQueryBuilder(Letter, 'l')
          .select(['l.id', 'l.kind', 'l.status', 'l.createdAt', 'l.estateId', 'l.contractId', 'l.channel', 'l.deliveryStatus', 'l.deliveryError'])
          .addSelect('l.effect')
          .where('l.contract_id = ANY(:contracts) OR (l.contract_id IS NULL AND l.estate_id = ANY(:estates))', {
            contracts: letters.flatMap((l) => l.contractId ?? []),
            estates: letters.filter((l) => !l.contractId).map((l) => l.estateId),
          })
          .getMany()
      : [];
    // The bills each contract disputes now, by the number each was disputed under: a dispute letter of another is not sent.
    const standings = await this.workflow.standings(manager, [...new Set(read.flatMap((l) => (l.kind === 'dispute' && l.contractId) || []))]);
    const disputed = (contractId: string | null) => {
      const standing = contractId ? standings.get(contractId) : undefined;
      return standing ? openDisputesOf(standing.context).map((d) => d.recordedAs ?? d.reference) : [];
    };
    return (letter) => read.filter((l) => l.estateId === letter.estateId && l.contractId === letter.contractId).map((l) => retryFacts(l, disputed(l.contractId)));
  }
}
