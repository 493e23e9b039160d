import { isCurrent } from '../documents/document-audience';
import { mayEnclose, sentVersions } from '../documents/enclosure-rules';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/principal';
import type { Position } from '../common/paging';
import { BillsService } from '../bills/bills.service';
import { RefundsService } from '../refunds/refunds.service';
import { ContractsService, takeBackHintText, takeBackRefusedText } from '../contracts/contracts.service';
import { ContractViews } from '../contracts/contract-views.service';
import { missingDocuments } from '../contracts/contract-workflow.service';
import { providerLabels } from '../contracts/provider-label';
import { TAKEN_BACK_FROM } from '../contracts/take-back.rules';
import { DocumentsService } from '../documents/documents.service';
import { EnclosuresService } from '../documents/enclosures.service';
import { EstatesService } from '../estates/estates.service';
import { LettersService } from '../letters/letters.service';
import { colleaguesBatchesIn, PrintBatchesService } from '../letters/print-batches.service';
import { FamilyReportsService } from '../portal/family-reports.service';
import { ProvidersService } from '../providers/providers.service';
import { StatementsService } from '../statements/statements.service';
import { TimelineService } from '../timeline/timeline.service';
import { collectionClaimOf } from '../timeline/contract-step';
import { UsersService } from '../users/users.service';
import { Clock } from '../clock/clock';
import { HandoversService } from '../handovers/handovers.service';
import { mayUndo, undoRefusal } from '../handovers/handover.rules';

/** How many bills still to pay the estate page lists at once: a reminder near the contracts, most estates have none or a few. */
const BILLS_ON_ESTATE_PAGE = 10;

/** How many specialists the owner picker offers at once; more than that, and a few more letters of the name narrow it. */
export const PICKER_SIZE = 20;

export type EstateOverview = Awaited<ReturnType<EstateOverviewService['overview']>>;
/** The calls the contract page lists at once (newest first), paged on with `?calls=` as the API's list (`GET /contracts/:id/calls`). */
const CALLS_SHOWN = 50;

export type ContractOverview = Awaited<ReturnType<EstateOverviewService['contract']>>;

/**
 * Everything the estate and contract pages show, gathered from the domain services in one call.
 * Access is checked once, by the estate rule (404 for estates the caller does not own).
 */
@Injectable()
export class EstateOverviewService {
  constructor(
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly views: ContractViews,
    private readonly documents: DocumentsService,
    private readonly letters: LettersService,
    private readonly timeline: TimelineService,
    private readonly providers: ProvidersService,
    private readonly users: UsersService,
    private readonly enclosures: EnclosuresService,
    private readonly statements: StatementsService,
    private readonly handovers: HandoversService,
    private readonly clock: Clock,
    private readonly bills: BillsService,
    private readonly refunds: RefundsService,
    private readonly printBatches: PrintBatchesService,
    private readonly reports: FamilyReportsService,
  ) {}

  /**
   * `timeline`: where the page's timeline (newest first) continues (a decoded TIMELINE_CURSOR) and how many
   * entries it shows; `findingsAfter`: where the statement findings continue (a decoded FINDINGS_CURSOR);
   * `ownerQuery`: the owner picker's search on specialists' names; `lettersAfter`: where the letters
   * section continues (a decoded CREATED_AT_CURSOR); `billsAfter`: where the bills still to pay continue
   * (a decoded TIMELINE_CURSOR).
   */
  async overview(
    principal: StaffPrincipal,
    estateId: string,
    providerQuery?: string,
    timeline: { after: Position | null; limit?: number } = { after: null },
    findingsAfter: Position | null = null,
    ownerQuery?: string,
    lettersAfter: Position | null = null,
    billsAfter: Position | null = null,
  ) {
    const estate = await this.estates.requireAccess(principal, estateId);
    const contracts = await this.contracts.inEstate(estate.id);
    // estatepage: letters in a colleague's downloaded batch (a handover left them there), on the headline and on their lines; twins70:
    // the same read says which contract's letter waiting for the post is one of them (`colleaguesBatchesIn`).
    const othersBatches = this.printBatches.inOthersBatchesOf(estate.id);
    // Access is checked and the contracts are read once, above; every section below reads only its own rows.
    const [summaries, familyMembers, documents, letters, letterTitles, timelinePage, providerMatches, specialists, statements, lastHandover, billsOpen, refundsOpen, inOthersBatches] = await Promise.all([
      this.views.summariesOf(contracts, principal.lang, 'owner', { colleaguesIn: async (states) => colleaguesBatchesIn(await othersBatches, states) }),
      this.estates.familyMembers(estate.id),
      this.documents.list(estate.id),
      this.letters.pageAndLatestPerContract(estate.id, lettersAfter),
      this.letters.titlesIn(estate.id, principal.lang),
      this.timeline.page(estate.id, timeline.after, timeline.limit, principal.lang),
      providerQuery?.trim() ? this.providers.list({ q: providerQuery.trim() }) : Promise.resolve([]),
      this.users.specialists({ q: ownerQuery, exceptId: estate.ownerId }, PICKER_SIZE),
      this.statements.findingsIn(estate.id, contracts, findingsAfter),
      this.handovers.latest(estate.id),
      this.bills.openPage(estate.id, billsAfter, BILLS_ON_ESTATE_PAGE),
      // refund: the refunds still to come, beside the bills (never netted with them); the first page, as few as bills.
      this.refunds.openPage(estate.id, null, BILLS_ON_ESTATE_PAGE),
      othersBatches,
    ]);
    // Only the providers this page of findings names, not the whole directory on every estate page.
    const providers = await this.providers.withIds(statements.items.flatMap(({ finding }) => (finding.providerId ? [finding.providerId] : [])));
    const present = documents.filter(isCurrent).map((d) => d.kind);
    const required = new Map(contracts.map((c) => [c.id, c.provider.requiredDocuments]));
    const labels = providerLabels(contracts);
    return {
      estate,
      // `label`: the contract as a refusal to close names it, told apart from others with its provider.
      contracts: summaries.map((s) => ({ ...s, label: labels.get(s.id)!, lastLetter: letters.latest.get(s.id) ?? null, missingDocuments: missingDocuments(required.get(s.id) ?? [], present) })),
      familyMembers,
      documents,
      letters: letters.page,
      // Each letter's title in the owner's language (the PDF stays in the provider's), by id.
      letterTitles,
      timeline: timelinePage,
      providerQuery: providerQuery?.trim() ?? '',
      providerMatches,
      ownerQuery: ownerQuery?.trim() ?? '',
      handoverTo: specialists,
      // The page is the owner's (or an administrator's); a handover to them is undone from the sender's Today.
      undoableHandover: lastHandover && mayUndo(principal, lastHandover) && !undoRefusal(lastHandover, this.clock.now(), true) ? lastHandover : null,
      // Every change of owner is a handover, so one the reader has not seen yet is the latest one:
      // only then is there a notice on their Today to take off.
      handedToReaderUnseen: !!lastHandover && lastHandover.toUserId === principal.userId && !lastHandover.seenAt,
      statements: { ...statements, providerNames: new Map(providers.map((p) => [p.id, p.name])) },
      billsOpen,
      refundsOpen,
      inOthersBatches,
    };
  }

  /**
   * One contract with its letters and history, for the contract page; with what the provider can
   * open (`enclosures`) and the documents the owner may still choose to send (`enclosable`). `callsAfter`: where the
   * recorded calls stand (a decoded TIMELINE_CURSOR), null for the newest; `historyAfter` the same for its history.
   */
  async contract(principal: StaffPrincipal, contractId: string, callsAfter: Position | null = null, historyAfter: Position | null = null) {
    // Her Today's news of this contract (a rejection taken back) is read once she has the contract before her (`opened`).
    const contract = await this.contracts.opened(principal, contractId);
    const estate = await this.estates.requireAccess(principal, contract.estateId);
    const [detail, sent, documents, providers, familyMembers, retryRefusals, bills, calls, correcting, reportedCollection, reportedBills] = await Promise.all([
      this.views.detail(contract.id, principal.lang, historyAfter),
      this.enclosures.sentTo(contract.id),
      this.documents.list(estate.id),
      // For the correction form: the directory to choose another provider from, the relatives to take a transfer over.
      this.providers.list(),
      this.estates.familyMembers(estate.id),
      // Which held-back letters may still be produced again: the rule the retry itself applies.
      this.letters.retryRefusals(estate.id, contract.id),
      // The bills of this contract the estate owes, paid or not.
      this.bills.ofContract(contract),
      // The calls recorded, newest first, each to correct or withdraw beside it.
      this.contracts.callPage(principal, contract.id, callsAfter, CALLS_SHOWN),
      // What a correction would do to the letters: the rule the correction itself applies (README, queuedrest).
      this.printBatches.correctionWouldRemake(contract.id),
      // What a relative typed off a collection letter, for the collection-notice form to start from (README, collectionwords).
      this.reports.reportedCollection(contract.id),
      // The relatives' reports of a bill waiting on it, for the bill form to say which one a bill answers (famgap).
      this.reports.waitingBills(contract.id),
    ]);
    // The latest collection letter as recorded: while its stop is asked, what it claims is still open; its agency is one the owner may have called.
    // v22: as recorded, for its correction form to start from (agencylate: in any state once one is recorded).
    const recordedNotice = await this.timeline.collectionNotice(contract.id);
    const claim = recordedNotice && collectionClaimOf(recordedNotice);
    const collection = detail.state === 'collectionStopRequested' ? claim : null;
    // famnews: a collection only suspended stays among what is open (deskwords' read, while a bill is disputed).
    const suspended = (await this.views.suspendedCollections([{ id: contract.id, context: { openDisputes: detail.openDisputes } }])).get(contract.id) ?? null;
    // collclaim2: a final bill the provider dropped with the whole claim is said so in the header, not as if owed.
    const droppedFinalBill = await this.timeline.droppedFinalBill(contract.id);
    // collowner: a final bill paid before the provider dropped the claim is where she may act (ask it back): said among what is open.
    // askback: and once asked back, followed as a refund: what came, by when, late (the refunds module).
    const paidBillDropped = await this.refunds.paidBillFollowed(contract.id);
    // A confirmed contract offers the take-back only where the take-back's own check accepts it; else the page says why.
    const takeBackCheck = TAKEN_BACK_FROM.includes(detail.state) ? await this.contracts.takeBackCheck(contract) : null;
    const takeBack = takeBackCheck && takeBackRefusedText(takeBackCheck, contract.provider.name, principal.lang);
    // remindwithdraw: a take-back that withdraws the bank's reminder says so on its form; reminderpost: one not gone out yet
    // (waiting for the post, in a batch not posted, or its e-mail) is set apart instead, and the form says that.
    const reminder = detail.letters.filter((l) => l.kind === 'release_reminder').at(-1);
    const reminderWaits = ['queued_for_print', 'printed', 'pending'].includes(reminder?.deliveryStatus ?? '');
    const takeBackHint = takeBackCheck && takeBackHintText(takeBackCheck, contract.provider.name, principal.lang, reminderWaits);
    // dropcorr: a drop of a bill she recorded herself is corrected (its day) or undone (while it is the newest step) on the page too.
    const recordedDrop = await this.contracts.recordedDrop(contract);
    // agencyundo2: the agency's own stop, recorded by mistake, is undone on the page too while it is the newest step (read only where v27 takes the undo).
    const agencyStopUndo = detail.workflow?.accepts.includes('AGENCY_STOP_UNDONE') ? await this.contracts.agencyStopUndoable(contract.id) : null;
    // decisionfix: the complaints body's decision she recorded, as it now reads, for its correction form to start from.
    const recordedDecision = await this.contracts.recordedDecision(contract);
    // While complaining about a rejection over the customer number, the correction form says that correcting it withdraws the complaint (v15).
    const complaintWithdrawal = detail.state === 'complained' ? await this.contracts.complaintWithdrawnByNumber(contract) : null;
    // One read of the estate's documents: what the provider can open (as the desk's `forRequest`: what it was sent), those
    // the owner may send along, and what a draft still waits for, counted as sending counts it (every
    // current document of the estate).
    const enclosures = sentVersions(documents, sent);
    const enclosable = documents.filter(mayEnclose);
    const missing = missingDocuments(contract.provider.requiredDocuments, documents.filter(isCurrent).map((d) => d.kind));
    // `today`: the day a payment form offers, by the service's clock.
    // What the provider said it did (bankanswer) rides with the owner's page only: a kept cover's forms follow it (keptcover).
    return { estate, contract: { ...detail, answerDone: contract.answerDone }, enclosures, enclosable, providers, familyMembers, missingDocuments: missing, retryRefusals, correcting, bills, collection, suspended, recordedNotice, droppedFinalBill, paidBillDropped, calls, callAgency: claim?.agency ?? null, takeBackRefused: takeBack, takeBackHint, recordedDrop, agencyStopUndo, recordedDecision, complaintWithdrawal, reportedCollection, reportedBills, today: this.clock.today() };
  }
}
