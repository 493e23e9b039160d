import { subjectIn } from '../../letters';
import { askedInstead, type ContractContext, type ContractState, familyDoneText, longDate, type RequestAsked } from '../../workflows';
import { billerOfWords, money } from '../../workflows/wording';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BillsService } from '../bills/bills.service';
import { addCalendarDays, Clock, dutchHourOf } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { CALL_RECORDED, CALL_REVISIONS, callsAsTheyStand, type RecordedCall, standingCall } from '../contracts/calls';
import { ContractViews, familyCallText } from '../contracts/contract-views.service';
import { ContractsService } from '../contracts/contracts.service';
import { providerLabels } from '../contracts/provider-label';
import { answerAwaitedOf } from '../contracts/correction.rules';
import { canSee, readsEstateDebts } from '../documents/document-audience';
import { EstateDocument } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { FamilyMember, portalMailAddress } from '../estates/family-member.entity';
import { LettersService, type RequestLetterStanding } from '../letters/letters.service';
import { MailService } from '../letters/mail.service';
import { CORRECTION_ASKED, NotificationsService, TOLD_BY_STEP } from '../notifications/notifications.service';
import { type EffectKind, OutboxRow, OutboxService } from '../runtime/outbox.service';
import { Workers } from '../runtime/workers.service';
import { workflowRows } from '../runtime/workflow-rows';
import { letterNotSent, storedContractStep } from '../timeline/contract-step';
import { familyStepText } from '../timeline/after-end';
import { familyBillPaymentText, isBillPaymentEvent, paymentsStanding } from '../timeline/bill-payments';
import { requestAsked } from '../contracts/contract.entity';
import { CORRECTION_EVENTS, familyCorrectionEntryText } from '../timeline/corrections';
import { DROP_DAY_CORRECTED } from '../timeline/drop-days';
import { COMMITTEE_DECISION_CORRECTED } from '../timeline/decision-corrections';
import { TimelineService } from '../timeline/timeline.service';
import { documentNamed, familyWords, langOf, type Lang, OWNER_DOCUMENT_KINDS } from '../words';
import { refundsToComeOf, settledButText, type SumsLeft } from '../estates/estate-workflow.service';
import { receiptsStanding, REFUND_EVENTS } from '../refunds/refund.rules';
import { HANDOVER_APPOINTMENT_GIVEN } from '../contracts/handover-appointment';
import { digestMail, type StillRunning } from './family-mail';
import { familyAskedBackText, familyEventText, familyRefundReceiptText, finalReportTold, standingFor } from './portal.service';
import { takenAsFor, uploadCorrectionEvent } from './taken-uploads';
import { FamilyReportsService } from './family-reports.service';
import { contractGroup } from './progress';
import { reportAboutText } from './report-about';

/** The day's news goes out at the end of the working day: one email a day at most, never one per event. */
export const DIGEST_HOUR = 17;

/** A document to tell this member about: one they may see (`canSee`, the one rule) and did not send in themselves. */
function newFor(member: FamilyMember, document: EstateDocument): boolean {
  return canSee(member, document) && !(document.uploadedByType === 'family' && document.uploadedById === member.id);
}

/** The news of a letter by post told as the family's timeline tells it: posted, or come back undelivered (returnedtoday). */
const BY_POST = ['letter.posted', 'letter.returned'];

/** A timeline entry this member wrote herself on the portal (a bill she marked paid). */
const byHer = (entry: { actor: { type: string; id: string | null } }, member: FamilyMember): boolean => entry.actor.type === 'family' && entry.actor.id === member.id;

/** The most recent digest moment at or before `now` (17:00 in Amsterdam, today or yesterday). */
export function lastDigestMoment(now: Date, today: string): Date {
  const todays = dutchHourOf(today, DIGEST_HOUR);
  return todays <= now ? todays : dutchHourOf(addCalendarDays(today, -1), DIGEST_HOUR);
}

/** A family notification taken into a digest. */
type Notice = {
  message: string; message_en: string | null; message_without_debts: string | null; message_without_debts_en: string | null; created_at: Date; contract_id: string | null; topic: string;
  /** The step whose letter to the provider the news was written with (null: none, or older news). */
  letter_step: number | null;
  /** The state the contract's step reached (null: the estate's news, or older news). */
  state: string | null;
};

/**
 * News told by its step that says its letter went to the provider, and what to say instead while that letter has
 * not gone out (held back by the letter rules for the case owner, or by e-mail and not delivered: `undelivered`, in the card's
 * words, so the email says them once): asked when the email is collected, so a letter released the same day reads as sent.
 * The words name no bill nor amount, for every relative alike.
 */
const UNTIL_ITS_LETTER_WENT: Partial<Record<string, (lang: Lang, provider: string, undelivered: boolean, firstBill: boolean) => string>> = {
  invoice_disputed: (lang, provider, undelivered, first) => (undelivered ? familyWords(lang).billDisputeUndelivered(provider, first) : familyWords(lang).billDisputeHeldBack(provider, first)),
};

/**
 * Corrections told by their step, with the news that first told the value each replaces: that news in the same
 * email means the family never read the old value, so the correction is not news (the contract's standing tells
 * the value as it is now). Otherwise the family read the old value before (an earlier email, the portal).
 */
const CORRECTS: Partial<Record<string, { firstTold: string[]; replaces: string[] }>> = {
  // The confirmation is worded by its state: told as the contract stands.
  completion_corrected: { firstTold: ['confirmed'], replaces: [] },
  // A bill's figures: the bill came with its dispute; a part credited the same day said what remained of the old figure.
  bill_corrected: { firstTold: ['invoice_disputed'], replaces: ['dispute_partly_credited'] },
  // A confirmation or a bank's block taken back the same day (recorded by mistake): never so, so neither is told (audit77 BANK-3:
  // the block's line read "… heeft laten weten dat het verzoek is afgehandeld"); the contract is told as it stands, asked again.
  // A release told late that day (`release_overdue`) was of the block taken back: not told either; the take-back is, if the block was told before.
  confirmation_taken_back: { firstTold: ['confirmed', 'blocked'], replaces: ['confirmed', 'blocked', 'release_overdue'] },
};

/**
 * Of one email's news (oldest first), what a correction the same day made untrue or needless: a correction of a value
 * first told in this email, and step news that told a figure the correction replaced. Their contracts are told as
 * they stand instead (`standing`), so each fact is told once, as it is now.
 */
export function replacedSameDay<N extends { contract_id: string | null; topic: string }>(news: N[]): { dropped: Set<N>; standing: Set<string> } {
  const dropped = new Set<N>();
  const standing = new Set<string>();
  news.forEach((n, i) => {
    const corrects = CORRECTS[n.topic];
    if (!corrects || !n.contract_id) return;
    const before = news.slice(0, i).filter((m) => m.contract_id === n.contract_id && !dropped.has(m));
    const replaced = before.filter((m) => corrects.replaces.includes(m.topic));
    replaced.forEach((m) => dropped.add(m));
    if (before.some((m) => corrects.firstTold.includes(m.topic))) dropped.add(n);
    if (replaced.length || dropped.has(n)) standing.add(n.contract_id);
  });
  return { dropped, standing };
}

/**
 * The owner's decision on a bill or collection letter a relative reported (`decision` on a handled report: recorded, or nothing to do
 * with her reply), as the portal says it under the report but for the objection or the stop, which that step's own news tells. The
 * reporter reads it with the reply written to her; every other member, as their timeline says it (README, familyrest2): that a
 * relative reported it and what the owner decided, not her reply. Each line names its report as the portal's timeline does
 * (`reportAboutText`; README familyopen, audit75 F-7). Told once: its timeline entry is taken once (`takeFamilyNews`), and only from before the cutoff.
 */
export function reportDecisionNews(entry: { event: string; details: Record<string, unknown> }, memberId: string, owner: string, lang: Lang, reader: { provider: string | null; readsDebts: boolean; upload?: string | null }): string | null {
  const { decision, familyMemberId, reply } = entry.details;
  // familyupload2: her file taken into the estate, told to her in the words of her report list. familyupload3: to another relative who
  // may see it (`upload`: its kind, where `canSee` lets her), what it was taken in as, as her timeline says it; to one who may not, nothing.
  if (entry.event === 'family_report.handled' && decision === 'document_taken') {
    if (familyMemberId === memberId) return familyWords(lang).documentTaken(owner, takenAsFor(entry.details, reader.upload ?? 'other') ?? 'other');
    const takenAs = takenAsFor(entry.details, reader.upload ?? null);
    return takenAs === null ? null : familyEventText('family_report.handled_for_other', { decision, takenAs }, lang);
  }
  if (entry.event !== 'family_report.handled' || (decision !== 'bill_recorded' && decision !== 'nothing_to_do' && decision !== 'collection_recorded')) return null;
  const mail = familyWords(lang).mail;
  const about = reportAboutText(entry.details, reader, lang);
  if (familyMemberId !== memberId) return mail.otherBillDecided[decision](owner, about);
  const w = mail.billDecided;
  if (decision === 'collection_recorded') return w.collection_recorded(owner, about);
  if (decision === 'bill_recorded') return w.bill_recorded(owner, typeof reply === 'string' ? reply : null, about);
  // Handled without recording it, her reply is required (`FamilyReportsService.handle`).
  return typeof reply === 'string' ? w.nothing_to_do(owner, reply, about) : null;
}

/**
 * The closing step's news for a relative once its final report went out (`finalReportTold`); `left`: the refunds still to come as the
 * email is collected (refundclose, `settledButText`; refunddesk: the bills still to pay too), said instead of "alles is afgehandeld".
 */
function closedNews(told: ReturnType<typeof finalReportTold>, left: string | null, lang: Lang): string {
  const w = familyWords(lang).mail.closedReport;
  if (told === 'own') return w.own(left);
  return told.name === null ? w.withLetters(left) : w.to(left, told.name, told.withTheirLetters);
}

interface DigestPayload {
  familyMemberId: string;
  /** The member's language when the news was collected: the news and the email around it say it alike. Dutch for older rows. */
  lang?: Lang;
  /** The workflows' news and the corrections that concern this member, in the family's words and the member's language. */
  news: string[];
  /** New documents this member could see when the digest was collected; asked again when it is sent. */
  documentIds?: string[];
  /** The member reads the estate's debts and bills were still to be paid from it when collected (older rows: not said). */
  billsToPay?: boolean;
  /** The estate's contracts still running that the email tells nothing of, when collected (older rows: not said). */
  stillRunning?: StillRunning;
}

/** What the outbox writes of a step that the email reads: its news, and its letter (whether it went or is held back). */
const STEP_WRITES: readonly EffectKind[] = ['letter', 'notify_family'];

/** Estates with news read from each source per batch of a collecting round. */
const CANDIDATES = 1000;
/** Below every estate id (uuids compare byte by byte, as their lower-case text): where a round's first batch starts. */
const BEFORE_EVERY_ESTATE = '00000000-0000-0000-0000-000000000000';

/**
 * So families need not look in to find out: once a day, everyone with an email address on an estate
 * gets one email with what changed (the notifications the workflows wrote for the family, the
 * corrections that concern them, the calls the owner recorded and the new documents they may see) and a link to the portal. Collecting the news and queueing one email per member happen in one transaction
 * (the estate row claimed with SKIP LOCKED, so instances never collect the same news twice); the
 * outbox then sends each email with its retries, and a mail server that is down delays nobody else.
 */
@Injectable()
export class FamilyDigestService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly estates: EstatesService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly workers: Workers,
    private readonly timeline: TimelineService,
    private readonly documents: DocumentsService,
    private readonly contracts: ContractsService,
    private readonly views: ContractViews,
    private readonly letters: LettersService,
    private readonly bills: BillsService,
    private readonly reports: FamilyReportsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.workers.registerRoutine('family digest', () => this.collectDue());
    this.outbox.register('family_digest', { deliver: (row, deadline) => this.send(row, deadline) });
  }

  /**
   * Queues the digests of every estate with news from before the last digest moment; returns how many emails. An estate's
   * email takes its news up to the moment it is collected, not only up to the digest moment: it tells each contract as it
   * stands then, so a step recorded in between (the email collected late: a busy or restarted server) is told in it once, and
   * not again the next day.
   *
   * A step's news and letter are written by the outbox just after the step commits; an email collected in between would tell the
   * step by its contract's standing and the next day again by its news, or its letter as held back. So what is due of them is
   * written first (`STEP_WRITES`), and an estate with a step whose writes are still due (committed since, or being written by
   * another worker) waits for the next round.
   */
  async collectDue(): Promise<number> {
    const cutoff = lastDigestMoment(this.clock.now(), this.clock.today());
    await this.outbox.drain(undefined, STEP_WRITES);
    // scaledigest (audit84 W2): the estates with news are read from the news' own indexes a batch at a time, each batch after the
    // last estate of the one before, so a round reads the day's news, not every estate once per email (quadratic on a year's data).
    // An estate locked by another instance (collecting it, or a step of it committing), or with a step whose writes are still due,
    // is passed: its news stays for the next round, not lost.
    let batch: string[] = [];
    let after = BEFORE_EVERY_ESTATE;
    let queued = 0;
    for (;;) {
      if (!batch.length) {
        batch = await this.estatesWithNews(cutoff, after);
        if (!batch.length) return queued;
        after = batch[batch.length - 1];
      }
      const estateId = batch.shift()!;
      queued += await this.db.transaction(async (manager) => {
        const [estate]: { id: string; instance_id: string }[] = await manager.query(
          `SELECT e.id, w.id AS instance_id FROM estates e JOIN ${workflowRows('estate')} w ON w.subject_id = e.id WHERE e.id = $1 FOR UPDATE OF e SKIP LOCKED`,
          [estateId],
        );
        if (!estate) return 0;
        // Asked again now it is locked: another instance may have collected it since the batch was read; news since the digest
        // moment alone waits for tomorrow's email (one a day).
        if (!(await this.notifications.hasFamilyNews(manager, estate.id, cutoff)) && !(await this.timeline.hasFamilyNews(manager, estate.id, cutoff))) return 0;
        // Asked after the estate is locked: a step's outbox row references the estate, so no step of it commits until this email
        // is queued, and every step the email reads the contracts after has its news written, taken below.
        if (await this.outbox.estateHasDue(manager, estate.id, STEP_WRITES)) return 0;
        // RETURNING reads the rows as they are now: news another instance took a moment ago is not taken again.
        const collected = this.clock.now();
        const [news]: [Notice[], number] = await manager.query(
          `UPDATE notifications SET in_digest_at = $2
            WHERE estate_id = $1 AND audience = 'family' AND in_digest_at IS NULL AND created_at <= $2
            RETURNING message, message_en, message_without_debts, message_without_debts_en, created_at, contract_id, topic, letter_step, state`,
          [estate.id, collected],
        );
        const taken = await this.timeline.takeFamilyNews(manager, estate.id, collected);
        if (!news.length && !taken.length) return 0;
        // famtext: a receipt of a refund undone before this email is not told, nor its undoing; one told before is corrected. So is a
        // bill's payment (famdigest2).
        const entries = paymentsStanding(receiptsStanding(taken));
        news.sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at));
        // The closing step's news says a final report follows; once it went out, each relative is told where it is instead, as the portal tells them.
        const report = news.some((n) => n.topic === 'estate_closed') ? await this.letters.finalReportAddressee(estate.id, manager) : null;
        const closings = report ? news.filter((n) => n.topic === 'estate_closed') : [];
        // famclosed (audit85 CLOSE-3): settled and closed in one email: its closing line says all, not also "we ronden het dossier af" before it.
        const closedAt = closings.length ? +new Date(closings[closings.length - 1].created_at) : null;
        const steps = news.filter((n) => !closings.includes(n) && !(closedAt !== null && n.topic === 'estate_settling' && +new Date(n.created_at) <= closedAt));
        // famdigest2 (corrcard's Not done): our correction of a contract and the letter that asked its provider to confirm it, told in one
        // email, are one line: the correction's (from what to what), then the letter's news after it, on the contract's last correction.
        const lastCorrection = new Map(entries.filter((e) => e.event === CORRECTION_EVENTS.contract && e.contractId).map((e) => [e.contractId!, e]));
        const askedWith = steps.filter((n) => n.topic === CORRECTION_ASKED && n.contract_id && lastCorrection.has(n.contract_id));
        const stepNews = steps.filter((n) => !askedWith.includes(n));
        const uploaded = entries.filter((e) => e.event === 'document.uploaded').map((e) => String(e.details.documentId));
        const documents = await this.documents.byIds(manager, uploaded);
        // A contract's news and correction name it as the portal does: with its description when the provider has several here.
        const contracts = await this.contracts.inEstate(estate.id, manager);
        const named = providerLabels(contracts);
        // A step's news whose letter has not gone out is told as held back, in words of its own.
        const sentSteps = stepNews.some((n) => n.letter_step !== null && UNTIL_ITS_LETTER_WENT[n.topic]) ? await this.letters.sentSteps(estate.id, manager) : new Set<string>();
        // A bill disputed is „een rekening" when it is the first the family hears of (`firstBillHeard`), as the portal's card says it.
        const withLetters = [...new Set(stepNews.filter((n) => n.letter_step !== null && UNTIL_ITS_LETTER_WENT[n.topic] && n.contract_id).map((n) => n.contract_id!))];
        const firstBills = withLetters.length ? await this.views.firstBillsHeard(withLetters) : new Set<string>();
        const providers = new Map(contracts.map((c) => [c.id, c.provider.name]));
        // A call is told as it stands when the email goes: corrected, unshared or withdrawn since, never as first written.
        const revised = entries.some((e) => e.event === CALL_RECORDED) ? callsAsTheyStand(await this.timeline.ofEstate(manager, estate.id, CALL_REVISIONS)) : new Map<string, RecordedCall | null>();
        const standingCalls = entries.filter((e) => e.event === CALL_RECORDED).flatMap((e) => { const call = standingCall(e, revised); return call ? [{ contractId: e.contractId!, call }] : []; });
        // v16: a document withdrawn that had answered a provider's question: its step as the family's timeline says it, once (no workflow notification tells it).
        const withdrawnAnswers = entries.filter((e) => e.event === 'ANSWER_WITHDRAWN' && e.contractId && e.toState);
        const transfers = new Set(contracts.filter((c) => c.action === 'transfer').map((c) => c.id));
        // The contracts still running that a relative's email tells nothing of are counted in one line: she can tell they still
        // run, not forgotten (README, digestrest). Each one's standing is on its portal card; the email stays the day's news. Running
        // as the portal counts it (`contractGroup`): one done by its state that a relative's report still waits on the owner about is
        // not done (README familyopen), read by the same rule as the portal's progress (`openInEstate`).
        const reported = new Set((await this.reports.openInEstate(estate.id, manager)).map((r) => r.contractId));
        // refundrest: nor is one whose refund has not all come (its card says so); a refund recorded received since the last email,
        // all of it now, is told once, to every relative (its sum to the readers of the estate's debts, as their card said it).
        // closewords: one whose file closed with the estate is not running for its refund: the closing line and the heading name that refund.
        // famstatus: one done by its state whose bill the estate still owes runs too, as its card and the progress line count it (with the
        // owner), unless it closed with the estate (the closing line names the bills).
        const refunds = await this.views.refundsOf(contracts);
        const doneByState = contracts.filter((c) => c.state !== 'closed' && contractGroup(c.state as ContractState) === 'done');
        const owesBills = doneByState.length ? await this.bills.unpaidOf(doneByState) : new Map<string, unknown>();
        // corrcard: nor one whose provider's answer to our correction is awaited (its card groups it with what runs).
        const answerAwaited = answerAwaitedOf(contracts, this.clock.today());
        const running = contracts.filter((c) => contractGroup(c.state as ContractState, undefined, owesBills.has(c.id), reported.has(c.id), (c.state !== 'closed' && (refunds.get(c.id)?.left ?? 0) > 0) || answerAwaited.has(c.id)) !== 'done');
        const toCome = refundsToComeOf(refunds.values());
        const refundsIn = [...new Set(entries.filter((e) => e.event === 'refund.received' && e.contractId && refunds.get(e.contractId)?.left === 0).map((e) => e.contractId!))];
        // famdigest (audit87 F7): a part of a refund that has not all come is told as the timeline tells each receipt (`refundCame`), and
        // (famtext) a receipt an earlier email told and that was undone since, as the timeline's correction (`refundCameUndone`).
        const partsIn = entries.filter((e) => (e.event === REFUND_EVENTS.received || e.event === REFUND_EVENTS.undone) && e.contractId && !refundsIn.includes(e.contractId));
        // askback: the letter asking back a final bill paid before the provider dropped the claim, as the family's card says it.
        const askedBack = entries.filter((e) => e.event === REFUND_EVENTS.askedBack && e.contractId);
        // askclose: the provider's report that it paid that money back, as its word: the owner has not recorded it received.
        const reportedBack = entries.filter((e) => e.event === REFUND_EVENTS.paidReported && e.details.askedBack && e.contractId);
        // famdigest (audit87 F7): the agency told by e-mail that the collection ended, as the timeline says it; not one that did not arrive (nor does the timeline).
        const agencyLetters = entries.filter((e) => e.event === 'letter.sent' && e.details.collectionEnded);
        const unarrived = agencyLetters.length ? await this.letters.stepLetters(estate.id, manager) : null;
        // rentkeys2: the handover appointment a corporation gave or changed, as the family's timeline says it: the day, what to bring.
        const appointments = entries.filter((e) => e.event === HANDOVER_APPOINTMENT_GIVEN && e.contractId);
        const agenciesTold = agencyLetters.filter((e) => !unarrived || !unarrived.undelivered.has(String(e.details.letterId)) || unarrived.beingSent.has(String(e.details.letterId)));
        const newsOf = news.map((n) => n.contract_id).filter((id): id is string => id !== null);
        const held = (n: Notice) => {
          const say = UNTIL_ITS_LETTER_WENT[n.topic];
          const contract = n.contract_id;
          if (!say || !contract || !letterNotSent(contract, n.letter_step !== null, n.letter_step, sentSteps)) return undefined;
          return (lang: Lang, standing?: RequestLetterStanding) => `${named.get(contract)}: ${say(lang, providers.get(contract)!, standing === 'undelivered', firstBills.has(contract))}`;
        };
        // The heirs' news and the other relatives', each worded once for this estate's members.
        const worded = new Map<boolean, Promise<Record<Lang, string[]>>>();
        const asked = new Map(contracts.map((c) => [c.id, requestAsked(c)]));
        const lines = (readsDebts: boolean) => worded.get(readsDebts) ?? worded.set(readsDebts, this.newsLines(stepNews, named, asked, readsDebts, held)).get(readsDebts)!;
        // Whether bills are still to be paid from the estate, asked once: its debt readers are told where to find them.
        let owing: Promise<boolean> | undefined;
        const billsToPay = () => (owing ??= this.bills.openPage(estate.id, null, 1, manager).then((page) => page.items.length > 0));
        // refunddesk: the closing line says the bills still to pay as the heading does, read once, when an email says the file closed.
        let left: Promise<SumsLeft | null> | undefined;
        const billsLeft = () => (left ??= this.bills.toPayInEstate(estate.id, manager));
        // The owner who decided on a reported bill, named as the portal names her.
        const decided = entries.some((e) => e.event === 'family_report.handled' && e.details.decision) ? (await this.estates.findWithOwner(estate.id, manager)).owner.name : null;
        // familyupload3: a file a relative sent, taken or its kind corrected since, told by its kind to whom may see it now (`canSee`).
        const takes = entries.filter((e) => e.event === 'family_report.handled' && e.details.decision === 'document_taken');
        const takenUploads = takes.length ? await this.reports.takenUploads(estate.id, manager) : new Map<string, string>();
        const uploadOf = (e: (typeof entries)[number]) => (e.event === 'document.corrected' ? String(e.details.documentId) : takenUploads.get(String(e.details.reportId)));
        const uploadIds = [...takes, ...entries.filter((e) => e.event === 'document.corrected')].map(uploadOf).filter((id): id is string => id !== undefined);
        const uploads = new Map((uploadIds.length ? await this.documents.byIds(manager, uploadIds) : []).map((d) => [d.id, d]));
        const uploadSeen = (e: (typeof entries)[number], member: FamilyMember) => {
          const upload = uploads.get(uploadOf(e) ?? '');
          return upload && canSee(member, upload) ? (upload.kind as string) : null;
        };
        let count = 0;
        const members = await this.estates.familyMembers(estate.id, manager);
        for (const member of members.filter((m) => portalMailAddress(m))) {
          // Each member reads only what concerns them (corrections of their own particulars, documents `canSee` allows,
          // the estate's debts if `readsEstateDebts`), in their language.
          const lang = langOf(member.language);
          const debts = readsEstateDebts(member);
          const told = [...(await lines(debts))[lang], ...(report && closings.length ? [closedNews(finalReportTold(report, member, members), settledButText({ bills: await billsLeft(), refunds: toCome }, debts, lang), lang)] : [])];
          // dropmore: the day of a provider's drop corrected (comcorr2: and the body's decision) is told as the other corrections, in her timeline's words.
          const corrected = entries.map((e) =>
            e.event === 'document.corrected'
              ? uploadSeen(e, member) === null ? null : familyEventText(uploadCorrectionEvent(e.details, member.id) ?? '', e.details, lang)
              : e.event === DROP_DAY_CORRECTED || e.event === COMMITTEE_DECISION_CORRECTED ? (familyEventText(e.event, e.details, lang, debts) ?? null) : familyCorrectionEntryText(e, member.id, lang, { providerName: named.get(e.contractId ?? ''), transfer: transfers.has(e.contractId ?? '') }, debts),
          );
          const corrections = entries.flatMap((e, i) => {
            const asked = askedWith.filter((n) => lastCorrection.get(n.contract_id!) === e).map((n) => (lang === 'en' ? (n.message_en ?? n.message) : n.message));
            if (!asked.length) return corrected[i] ?? [];
            // The letter's news named its contract; after the correction's sentences it follows them without the name again.
            const label = `${named.get(e.contractId!)}: `;
            return [corrected[i] === null ? asked.join(' ') : [corrected[i], ...asked.map((m) => (m.startsWith(label) ? m.slice(label.length) : m))].join(' ')];
          });
          // A letter by post is told when it went into the mail, to every relative, as the timeline tells its letters; and (returnedtoday)
          // when it came back undelivered and is sent again.
          const posted = entries.filter((e) => BY_POST.includes(e.event)).map((e) => familyEventText(e.event, { ...e.details, subject: subjectIn(String(e.details.subject), lang) }, lang)!);
          // A call the owner recorded, to every relative as their timeline tells it: its outcome only when she shared it; named by its
          // contract when the estate has several with the provider (its label is then not the provider's name alone).
          const calls = standingCalls.map(({ contractId, call }) => familyCallText(call, lang, named.get(contractId) === providers.get(contractId) ? undefined : named.get(contractId)));
          const renewals = withdrawnAnswers.map((e) => {
            const contract = contracts.find((c) => c.id === e.contractId)!;
            return `${named.get(contract.id)}: ${familyStepText(storedContractStep({ ...e, toState: e.toState! }), { action: contract.action } as ContractContext, lang, contract.provider.name, debts, requestAsked(contract))}`;
          });
          const decidedLines = entries.map((e) => (decided === null ? null : reportDecisionNews(e, member.id, decided, lang, { provider: e.contractId ? (named.get(e.contractId) ?? null) : null, readsDebts: debts, upload: uploadSeen(e, member) })));
          const decisions = decidedLines.filter((text): text is string => text !== null);
          // coverrest: a kept cover's premium recorded as owed is no workflow step; its entry tells the readers of the estate's debts, as their
          // timeline does. famdigest2 (audit97 F4): so does a bill the owner marked paid from the estate (which, paid when, what), or its payment undone.
          // digest3: one the representative marked paid (or undid) on the portal herself is no news to her, as a document she sent is not (`newFor`).
          const paymentLines = entries.map((e) => (debts && isBillPaymentEvent(e.event) && !byHer(e, member) ? familyBillPaymentText(e, lang, named.get(e.contractId ?? ''), billerOfWords(asked.get(e.contractId ?? '') ?? {})) : null));
          const payments = entries.flatMap((e, i) => (paymentLines[i] === null ? [] : [`${named.get(e.contractId ?? '')}: ${paymentLines[i]}`]));
          const documentIds = documents.filter((d) => newFor(member, d)).map((d) => d.id);
          const received = [
            ...refundsIn.map((id) => `${named.get(id)}: ${familyWords(lang).refundReceived(debts ? money(refunds.get(id)!.amount, lang) : null)}`),
            ...partsIn.flatMap((e) => familyRefundReceiptText(e, lang, named.get(e.contractId!)!, debts) ?? []),
            ...askedBack.map((e) => familyAskedBackText(e, lang, named.get(e.contractId!)!, debts)),
            ...reportedBack.map((e) => `${named.get(e.contractId!)}: ${familyWords(lang).paidDropReportedNews(providers.get(e.contractId!)!, debts && typeof e.details.amount === 'number' ? money(e.details.amount, lang) : null, longDate(String(e.details.paidOn), lang))}`),
          ];
          const agencies = agenciesTold.map((e) => familyEventText(e.event, { ...e.details, provider: named.get(e.contractId ?? '') }, lang, debts)!);
          const handovers = appointments.map((e) => familyEventText(e.event, e.details, lang)!);
          if (!told.length && !corrections.length && !posted.length && !calls.length && !renewals.length && !decisions.length && !payments.length && !received.length && !agencies.length && !handovers.length && !documentIds.length) continue;
          // Counted per relative (digestrest's Not done): a contract is told of when this email tells her something of it, not when only
          // another relative's correction, a document she may not see, or an entry no email tells concerned it.
          const toldHer = entries.filter((e, i) => corrected[i] !== null || decidedLines[i] !== null || paymentLines[i] !== null || BY_POST.includes(e.event) || withdrawnAnswers.includes(e) || appointments.includes(e) || (e.event === 'document.uploaded' && documentIds.includes(String(e.details.documentId))));
          const toldOf = new Set([...newsOf, ...toldHer.map((e) => e.contractId), ...standingCalls.map((c) => c.contractId), ...refundsIn, ...partsIn.map((e) => e.contractId), ...askedBack.map((e) => e.contractId), ...reportedBack.map((e) => e.contractId), ...agenciesTold.map((e) => e.contractId)].filter((id): id is string => id !== null));
          const stillRunning = { count: running.filter((c) => !toldOf.has(c.id)).length, others: toldOf.size > 0 };
          const payload: DigestPayload = { familyMemberId: member.id, lang, news: [...told, ...corrections, ...posted, ...agencies, ...handovers, ...calls, ...renewals, ...decisions, ...payments, ...received], documentIds, stillRunning, ...(debts && (await billsToPay()) ? { billsToPay: true } : {}) };
          await this.outbox.enqueue(manager, { estateId: estate.id, contractId: null, instanceId: estate.instance_id, kind: 'family_digest', payload });
          count++;
        }
        return count;
      });
    }
  }

  /**
   * The next batch of estates with news from before `cutoff` after estate `after`, in id order: the workflows' news and the timeline's
   * (corrections, documents, posted letters). Each source gives at most `CANDIDATES`; past the last estate of a full one the other
   * may hold estates it has not read yet, so the batch ends there and the next starts after it.
   */
  private async estatesWithNews(cutoff: Date, after: string): Promise<string[]> {
    const manager = this.db.manager;
    const sources = [await this.notifications.estatesWithFamilyNews(manager, cutoff, after, CANDIDATES), await this.timeline.estatesWithFamilyNews(manager, cutoff, after, CANDIDATES)];
    const [bound] = sources.filter((ids) => ids.length === CANDIDATES).map((ids) => ids[ids.length - 1]).sort();
    return [...new Set(sources.flat())].filter((id) => bound === undefined || id <= bound).sort();
  }

  /**
   * The news as the email says it. News told by its step (a credit note, a stopped collection) says what
   * happened and stays as written; when a later step the family is not told of left the state it reached (the
   * provider holding to its bill), where the contract stands now follows it. News worded by the state a step reached ("we asked KPN; KPN should
   * answer by …") is told once per contract, after its steps' news, as where the contract stands now (its
   * card in the portal): a letter held back when the step was recorded but sent since is told as sent,
   * and a step of days ago (its news recorded late) never promises a date already passed, nor hides a
   * reminder sent since. News from before it was worded in English too is said in Dutch (`message`).
   * `readsDebts` (`readsEstateDebts`): a relative outside the estate's debts reads the words written for them,
   * and news from before those were written is not theirs (the safe side). `heldBack`: a step's news whose letter
   * has not gone out, in the words for that (`UNTIL_ITS_LETTER_WENT`). `asked`: what each contract's request asked beyond an
   * end and what its confirmation said was done, as recorded now (`requestAsked`).
   */
  private async newsLines(all: Notice[], named: Map<string, string>, asked: Map<string, RequestAsked>, readsDebts: boolean, heldBack: (n: Notice) => ((lang: Lang, standing?: RequestLetterStanding) => string) | undefined): Promise<Record<Lang, string[]>> {
    // A fact replaced the same day is told once, as it stands; a correction only of a value told before.
    const { dropped, standing } = replacedSameDay(all);
    const news = all.filter((n) => !dropped.has(n));
    const byState = new Set(news.filter((n) => n.contract_id && !TOLD_BY_STEP.includes(n.topic)));
    // Where it stands comes last among the contract's news: after what the steps told, as the state they left.
    const last = new Map(news.filter((n) => n.contract_id).map((n) => [n.contract_id!, n]));
    // A contract told only by its steps: a later step the family is not told of (the provider holding to its bill) left the
    // state the last of them reached, so what it said may no longer be true; read as it stands to see (older news: as before).
    const toldByStep = [...last.values()].filter((n) => !byState.has(n) && n.state !== null).map((n) => n.contract_id!);
    const tellsStanding = new Set([...[...byState].map((n) => n.contract_id!), ...standing]);
    const summaries = await this.views.summaries([...new Set([...tellsStanding, ...toldByStep])], 'nl', 'family', readsDebts);
    const unsent = await this.letters.requestLetterStandings(summaries, { unmade: true, judged: new Map() });
    const written = (n: Notice, lang: Lang): string[] => {
      const held = heldBack(n);
      if (held) return [held(lang, unsent.get(n.contract_id!))];
      const [message, english] = readsDebts ? [n.message, n.message_en] : [n.message_without_debts, n.message_without_debts_en];
      return message === null ? [] : [lang === 'en' ? (english ?? message) : message];
    };
    const now = new Map(summaries.map((c) => [c.id, c]));
    // A confirmation is told as where its contract stands, which names the end date. When the contract moved on since (a late
    // bill the same day), where it stands no longer names it: the end date is told on the confirmation's own line, once, as
    // it stands now (a correction of it the same day included). A bank or insurer asked no end: its line says what it did, as
    // the card says it (bankanswer: its date is the day its answer holds per, never an end).
    const endDateApart = (n: Notice, lang: Lang): string[] => {
      // bankrelease: a bank's block without the release (`blocked`) is its confirmation, told the same way.
      const c = (n.topic === 'confirmed' || n.topic === 'blocked') && n.contract_id ? now.get(n.contract_id) : undefined;
      if (!c || c.state === n.topic) return [];
      const ask = asked.get(c.id) ?? {};
      if (askedInstead(c.action, ask)) return [`${named.get(c.id) ?? c.provider.name}: ${familyDoneText(c.provider.name, ask.answerDone ?? null, lang)}`];
      if (!c.effectiveDate) return [];
      return [`${named.get(c.id) ?? c.provider.name}: ${familyWords(lang).endDateConfirmed(c.provider.name, longDate(c.effectiveDate, lang), c.action)}`];
    };
    // A confirmation told on a line of its own is told: its contract's standing follows its last news only for what else it says
    // (a late bill's own news tells that bill, once: digestrest).
    const apart = new Set([...byState].filter((n) => endDateApart(n, 'nl').length));
    const standsFor = new Set([...[...byState].filter((n) => !apart.has(n)).map((n) => n.contract_id!), ...standing]);
    // A bill disputed after an end date told apart, where the contract still stands: told as the card tells it, which names the
    // bill once and says what the family need not pay (and what is owed) while the objection runs; its step's words say neither.
    // Not for a bank or insurer: the card's bill comes "na de einddatum", which they were not asked for.
    const billAsItStands = new Set(
      news.filter((n) => {
        const c = n.topic === 'invoice_disputed' && n.contract_id ? now.get(n.contract_id) : undefined;
        const confirmedApart = [...apart].some((m) => m.contract_id === n.contract_id && +new Date(m.created_at) <= +new Date(n.created_at));
        return c && confirmedApart && last.get(c.id) === n && c.state === n.state && !heldBack(n) && !askedInstead(c.action, asked.get(c.id) ?? {});
      }),
    );
    // famdigest2 (stop66mends): outside the estate's debts the card's sentence that the collection stopped adds only the agency's name to
    // the stop's own line in this email (who told us, that it stopped, how it came): said once, by that line. A reader of the debts keeps
    // it: it names the collection by its reference and sum.
    // digest3: one only suspended, the stop's line said so: the card's sentence becomes what that line did not say (which collection, that
    // it can start again), for every reader.
    const stopTold = new Set(news.filter((n) => n.topic === 'collection_stopped' && n.contract_id && n.message_without_debts !== null).map((n) => n.contract_id!));
    const withoutStopSaid = (c: (typeof summaries)[number], lang: Lang): string => {
      const said = stopTold.has(c.id) ? c.collectionStopSaid : undefined;
      const instead = said?.instead ? ` ${said.instead[lang]}` : '';
      const stop = said && (instead || !readsDebts) ? ` ${said[lang]}` : null;
      return stop && c.statusTexts[lang].endsWith(stop) ? `${c.statusTexts[lang].slice(0, -stop.length)}${instead}` : c.statusTexts[lang];
    };
    // `before`: the contract's lines this email said already; its standing follows only when it says something they did not
    // (a part credit's news is worded as the state it leads to).
    const said = (n: Notice, lang: Lang, before: string[]): string[] => {
      const own = byState.has(n) ? endDateApart(n, lang) : billAsItStands.has(n) ? [] : written(n, lang);
      const c = n.contract_id ? now.get(n.contract_id) : undefined;
      if (!c || last.get(c.id) !== n || (!standsFor.has(c.id) && !billAsItStands.has(n) && c.state === n.state)) return own;
      const { statusText } = standingFor({ ...c, statusText: withoutStopSaid(c, lang) }, unsent.get(c.id), familyWords(lang), this.clock.today());
      return [...before, ...own].some((line) => line.includes(statusText)) ? own : [...own, `${named.get(c.id) ?? c.provider.name}: ${statusText}`];
    };
    const linesIn = (lang: Lang): string[] => {
      const told = new Map<string | null, string[]>();
      return news.flatMap((n) => {
        const lines = said(n, lang, told.get(n.contract_id) ?? []);
        told.set(n.contract_id, [...(told.get(n.contract_id) ?? []), ...lines]);
        return lines;
      });
    };
    return { nl: linesIn('nl'), en: linesIn('en') };
  }

  private async send(row: OutboxRow, deadline: AbortSignal): Promise<void> {
    const manager = this.db.manager;
    const { familyMemberId, lang = 'nl', news, documentIds = [], billsToPay = false, stillRunning } = row.payload as unknown as DigestPayload;
    const member = await manager.findOneBy(FamilyMember, { id: familyMemberId });
    // Removed, no address any more, or their access withdrawn since the news was collected: nobody to write to.
    const to = member && portalMailAddress(member);
    if (!to) return;
    // Asked again now: a document withdrawn, or shown to fewer, since the digest was collected is not named.
    const documents = (await this.documents.byIds(manager, documentIds)).filter((d) => newFor(member, d));
    if (!news.length && !documents.length) return;
    const estate = await this.estates.findWithOwner(row.estateId, manager);
    const people = { member, owner: estate.owner, organisation: this.config.STEWARD_ORG_NAME, deceased: fullName(estate.deceased) };
    await this.mail.send({
      to,
      replyTo: estate.owner.email,
      // docrest: each by what it is, in the words the owner's lists use, never by its file name (a scan's name may say more than meant).
      ...digestMail(lang, people, news, documents.map((d) => documentNamed(OWNER_DOCUMENT_KINDS[lang], d)), `${this.config.publicUrl}/family`, billsToPay, stillRunning),
      // Stable per queued email: a resend after a crash is recognisably the same message.
      messageId: `<digest-${row.id}@steward>`,
    }, deadline);
  }
}
