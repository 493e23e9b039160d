import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type NameOrder, subjectIn } from '../../letters';
import { answeredInPart, COMMITTEE_BILL_REJECTED, contractStatusText, contractStep, estateStepText, isOfDroppedClaim, longDate, ownerChangeText, ownerEstateStatusText, ownerStatusText, partyOf } from '../../workflows';
import { creditOnCommitteeBill } from '../../workflows/committee-wording';
import { Clock } from '../clock/clock';
import { ContractsService, type CorrectionLapsedListener, type CorrectionNewsListener, type LaterEndDateListener, type NoticeCorrectedListener, type PaidBillDroppedListener } from '../contracts/contracts.service';
import { answerOfStep, wishedDateAsked } from '../contracts/correction.rules';
import { answeredOrStepText, ContractViews, correctionAnswerNews, correctionAnswerText, laterEndDateText, missedTermText } from '../contracts/contract-views.service';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { Contract, requestAsked } from '../contracts/contract.entity';
import { providerLabel } from '../contracts/provider-label';
import { OutboxRow, OutboxService } from '../runtime/outbox.service';
import { deleted } from '../database/deleted';
import { EstatesService } from '../estates/estates.service';
import { estateOwnerId, estateRows } from '../estates/estate-rows';
import { fullName } from '../estates/estate.entity';
import type { StaffPrincipal } from '../auth/principal';
import { NotFoundProblem } from '../common/problem';
import { CREATED_AT_CURSOR, cursorTimestamp, DEFAULT_PAGE_SIZE, listOf, type Page, pageOf, type Position } from '../common/paging';
import { type BlockedLetterListener, LettersService } from '../letters/letters.service';
import { heldBackText } from '../workspace/owner-reasons';
import { letterNotSent } from '../timeline/contract-step';
import { familyStepText } from '../timeline/after-end';
import { TimelineService } from '../timeline/timeline.service';
import { END_DATE_CORRECTION } from '../bills/owed-bills';
import { familyWords, type Lang, OWNER_DOCUMENT_KINDS, ownerWords, paidOnDropSaid } from '../words';
import { leftAtStep } from '../estates/estate-workflow.service';
import { listed, money } from '../../workflows/wording';

/** deskanswer2: the topic of the news that a correction's term passed unanswered (owner and family; Today's row reads the owner's). */
export const CORRECTION_LAPSED = 'correction_lapsed';
/** corrnews: the family's news that our correction of a confirmed request went to the provider, and that it confirmed its date again. */
export const CORRECTION_ASKED = 'correction_asked';
const CORRECTION_KEPT = 'correction_kept';
/**
 * Family news told as the step that made it, not in the words of the state it reached (the daily email keeps these as
 * written): a late bill disputed is news of its own beside a collection letter of the same day, which the state tells.
 */
export const TOLD_BY_STEP = ['collection_notice_corrected', 'committee_filing_corrected', 'dispute_resolved', 'dispute_partly_credited', 'collection_stopped', 'completion_corrected', 'bill_corrected', 'invoice_disputed', 'confirmation_taken_back', 'complaint_withdrawn', 'rejection_withdrawn', 'drop_undone', 'agency_stop_undone', CORRECTION_LAPSED, CORRECTION_ASKED, CORRECTION_KEPT];
/** The owner's news told as the step that made it, then where the request stands: a rejection taken back is not a request sent anew (v20); the provider holding to the committee's bill changes nothing of it (v25). */
const OWNER_TOLD_BY_STEP = ['rejection_withdrawn', COMMITTEE_BILL_REJECTED];

/**
 * deskback: the owner's news that stays on her Today until she reads it (`unreadOnToday`): a provider's rejection taken back. Her
 * own record of it (by phone, post or e-mail: only her record carries `receivedVia`) is written read: she knows, she typed it.
 */
export const ON_TODAY_UNTIL_READ = 'rejection_withdrawn';

/** The step let the provider's term pass and kept the state with no letter going again: its effect only alerts the owner to call (`unannouncedTerm`). */
const unansweredAlert = ({ payload }: OutboxRow): boolean =>
  payload.event.type === 'DEADLINE_PASSED' && payload.from === payload.state && !payload.withLetter && partyOf(payload.state as never) === 'provider';

/** The owner's notifications list: newest first by when each was written, then id. */
export const OWNER_NOTIFICATIONS_CURSOR = CREATED_AT_CURSOR;

/** One of the owner's notifications as her page and the API list it: what it says (in her language when written), where it leads. */
export interface OwnerNotification {
  id: string;
  estateId: string;
  contractId: string | null;
  topic: string;
  message: string;
  createdAt: Date;
  /** Whether the estate's owner has read it (opened it, or marked all read); an administrator's reading does not count. */
  read: boolean;
  estateReference: string;
  deceasedName: string;
}

type OwnerNotificationRow = Omit<OwnerNotification, 'deceasedName'> & { givenNames: string; surnamePrefix: string | null; surname: string; nameOrder: NameOrder; cursorAt: string };

const OWNER_NOTIFICATION_COLUMNS = `n.id, n.estate_id AS "estateId", n.contract_id AS "contractId", n.topic, n.message, n.created_at AS "createdAt", n.read_at IS NOT NULL AS read,
  e.reference AS "estateReference", e.deceased_given_names AS "givenNames", e.deceased_surname_prefix AS "surnamePrefix", e.deceased_surname AS surname,
  e.deceased_name_order AS "nameOrder", ${cursorTimestamp('n.created_at')} AS "cursorAt"`;

/**
 * Family and owner notifications produced by workflows. Writing the row is the effect; the unique
 * outbox_id makes a retried effect a no-op. The family's daily email (FamilyDigestService) carries them.
 */
/** The owner's notifications list (cursorbind): hers, an administrator's every estate's. */
export const ownerNotifications = (principal: StaffPrincipal) => listOf('owner-notifications', principal.role === 'admin' ? null : principal.userId);

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly workflow: ContractWorkflow,
    private readonly estates: EstatesService,
    private readonly letters: LettersService,
    private readonly contracts: ContractsService,
    private readonly views: ContractViews,
    private readonly timeline: TimelineService,
  ) {}

  /**
   * A page of the owner's notifications, newest first (ownernotif): those of the estates she owns now (after a handover, the new
   * owner's), read from `notifications_owner_idx` by her id whatever the number of her estates (notifrest); an administrator's,
   * every estate's, as her Today (`notifications_owner_all_idx`). `after` is a decoded OWNER_NOTIFICATIONS_CURSOR.
   */
  async forOwner(principal: StaffPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<OwnerNotification>> {
    const admin = principal.role === 'admin';
    // Her id and the position come in as a row the statement joins behind `OFFSET 0` (so the planner does not fold them in as
    // constants): planned with the position's date, PostgreSQL estimated her rows older than it from the whole table's dates (next
    // to none where her estates are older than most) and read and sorted every one of hers (730 rows for a page of 21 in the plan
    // test); not seen, it reads her newest from the index and stops at the page.
    const rows: OwnerNotificationRow[] = await this.db.query(
      `SELECT ${OWNER_NOTIFICATION_COLUMNS} FROM (SELECT $1::uuid AS owner_id, $2::timestamptz AS at, $3::uuid AS id OFFSET 0) c
         CROSS JOIN LATERAL (SELECT * FROM notifications n WHERE n.audience = 'owner' ${admin ? '' : 'AND n.owner_id = c.owner_id'} ${after ? 'AND (n.created_at, n.id) < (c.at, c.id)' : ''}
                              ORDER BY n.created_at DESC, n.id DESC LIMIT $4) n
         JOIN ${estateRows} e ON e.id = n.estate_id
        ORDER BY n.created_at DESC, n.id DESC`,
      [admin ? null : principal.userId, ...(after ?? [null, null]), limit + 1],
    );
    return pageOf(ownerNotifications(principal), rows, limit, (r) => [r.cursorAt, r.id], ({ givenNames, surnamePrefix, surname, nameOrder, cursorAt: _, ...n }) => ({ ...n, deceasedName: fullName({ givenNames, surnamePrefix, surname, nameOrder }) }));
  }

  /** How many of her estates' notifications she has not read, for the workspace's header (`notifications_owner_unread_idx`); an administrator owns none. */
  async unreadCount(principal: StaffPrincipal): Promise<number> {
    const [{ unread }]: { unread: number }[] = await this.db.query(`SELECT count(*)::int AS unread FROM notifications n WHERE n.audience = 'owner' AND n.read_at IS NULL AND n.owner_id = $1`, [principal.userId]);
    return unread;
  }

  /**
   * deskback: her unread news of one topic, oldest first, for her Today (`notifications_on_today_idx`): it leaves Today as it is
   * read (opened, or all marked read, or its contract opened), as in her notifications. deskrules: an administrator's Today (no
   * `ownerId`) shows every owner's, as its other sections do; her reading never marks it read.
   */
  async unreadOnToday(ownerId: string | null, limit: number): Promise<{ id: string; estateId: string; contractId: string | null; message: string; createdAt: Date }[]> {
    // The topic is written into the statement (a constant of ours) so the partial index `notifications_on_today_idx` (migration
    // 1763821500000) matches it in every plan: an administrator's page is read in its order, not sorted from all unread news.
    return this.db.query(
      `SELECT n.id, n.estate_id AS "estateId", n.contract_id AS "contractId", n.message, n.created_at AS "createdAt" FROM notifications n
        WHERE n.audience = 'owner' AND n.read_at IS NULL AND n.topic = '${ON_TODAY_UNTIL_READ}' ${ownerId ? 'AND n.owner_id = $2' : ''} ORDER BY n.created_at, n.id LIMIT $1`,
      ownerId ? [limit, ownerId] : [limit],
    );
  }

  /**
   * deskrules (deskback's Not done): she opened the contract, so its news kept on her Today (`ON_TODAY_UNTIL_READ`) is read, as if
   * she had opened the notification: its history tells the same. Only her own opening counts (`notifications_owner_unread_idx`, her id and the contract: migration 1764000400000): the
   * news is the estate's owner's (`owner_id`, moved with a handover), so an administrator's opening matches none of it.
   */
  async contractOpened(principal: StaffPrincipal, contractId: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET read_at = $4 WHERE audience = 'owner' AND read_at IS NULL AND owner_id = $1 AND contract_id = $2 AND topic = $3`,
      [principal.userId, contractId, ON_TODAY_UNTIL_READ, this.clock.now()],
    );
  }

  /** A handover (or its undo) moved the estate: its notifications are its new owner's, read or not as they were (ownernotif). */
  async handOver(manager: EntityManager, estateId: string, ownerId: string): Promise<void> {
    await manager.query(`UPDATE notifications SET owner_id = $2 WHERE estate_id = $1 AND audience = 'owner'`, [estateId, ownerId]);
  }

  /**
   * She opens a notification: where it leads (its contract, else its estate), and it is read from now on. 404 outside her reach
   * (`requireAccess`); an administrator may open any, and it stays unread for its owner, whose news it is.
   */
  async open(principal: StaffPrincipal, id: string): Promise<{ estateId: string; contractId: string | null }> {
    const [row]: { estateId: string; contractId: string | null }[] = await this.db.query(`SELECT estate_id AS "estateId", contract_id AS "contractId" FROM notifications WHERE id = $1 AND audience = 'owner'`, [id]);
    if (!row) throw new NotFoundProblem();
    const estate = await this.estates.requireAccess(principal, row.estateId);
    if (estate.ownerId === principal.userId) await this.db.query(`UPDATE notifications SET read_at = $2 WHERE id = $1 AND read_at IS NULL`, [id, this.clock.now()]);
    return row;
  }

  /** „Alles gelezen": every notification of her estates written until now is read; an administrator's changes none (she owns no estate). */
  async markAllRead(principal: StaffPrincipal): Promise<void> {
    const now = this.clock.now();
    await this.db.query(`UPDATE notifications n SET read_at = $2 WHERE n.audience = 'owner' AND n.read_at IS NULL AND n.created_at <= $2 AND n.owner_id = $1`, [principal.userId, now]);
  }

  /** Part of the retention purge (one transaction per estate): deletes the estate's notifications; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM notifications WHERE estate_id = $1'], [estateId]);
  }

  onModuleInit(): void {
    this.outbox.register('notify_family', { record: (m, row) => this.record(m, row, 'family') });
    this.outbox.register('notify_owner', { record: (m, row) => this.record(m, row, 'owner') });
    this.letters.onLetterBlocked((m, blocked) => this.tellOwnerOfBlock(m, blocked));
    this.letters.onLetterDeliveredLate((m, l) => this.tellFamily(m, l.estateId, 'letter.delivered_late', (lang) => familyWords(lang).letterDeliveredLate(l.recipient, subjectIn(l.subject, lang))));
    this.contracts.onLaterEndDate((m, later) => this.tellOwnerOfLaterEndDate(m, later));
    this.contracts.onPaidBillDropped((m, dropped) => this.tellOwnerOfPaidBillDropped(m, dropped));
    this.contracts.onNoticeCorrected((m, corrected) => this.tellFamilyOfCorrectedNotice(m, corrected));
    this.contracts.onCorrectionLapsed((m, lapsed) => this.tellOfLapsedCorrection(m, lapsed));
    this.contracts.onCorrectionNews((m, news) => this.tellFamilyOfCorrection(m, news));
    // ownerrules: her opening a contract through the API reads its news, as her page does.
    this.contracts.onContractOpened((principal, contractId) => this.contractOpened(principal, contractId));
  }

  /**
   * A provider confirmed an end date later than the request asked: the owner hears it at once, in
   * the words of the contract's status and next step (call the provider, object), not only when
   * opening the contract. The machine knows no asked date; the rule is `endDateNotice`.
   */
  private async tellOwnerOfLaterEndDate(manager: EntityManager, { estateId, contractId, providerName, action, effectiveDate, later }: Parameters<LaterEndDateListener>[1]): Promise<void> {
    const { owner } = await this.estates.findWithOwner(estateId, manager);
    const { status, next } = laterEndDateText(providerName, effectiveDate, later, owner.language, action);
    await this.tellOwner(manager, { estateId, contractId, topic: 'end_date_later_than_asked', message: `${status} ${next}` });
  }

  /** paiddrop: a final bill the estate paid before its provider dropped the claim: the owner hears it in her language, as Today's row says it. */
  private async tellOwnerOfPaidBillDropped(manager: EntityManager, { estateId, contractId, bill, droppedOn }: Parameters<PaidBillDroppedListener>[1]): Promise<void> {
    const [{ owner }, contract] = await Promise.all([this.estates.findWithOwner(estateId, manager), manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } })]);
    const w = ownerWords(owner.language).today;
    const said = paidOnDropSaid(contract.provider.name, { ...bill, amount: bill.paid, droppedOn }, owner.language);
    const message = `${w.paidBillsDropped}: ${w.paidBillDropped(said)} ${w.paidBillDroppedMove(said.provider, said.paid)}.`;
    await this.tellOwner(manager, { estateId, contractId, topic: 'paid_bill_dropped', message });
  }

  /** A letter the letter rules held back: the owner hears it in her language, as Today's row says it, with the rules' reasons in her words. */
  private async tellOwnerOfBlock(manager: EntityManager, { estateId, contractId, recipient, violations }: Parameters<BlockedLetterListener>[1]): Promise<void> {
    const { owner } = await this.estates.findWithOwner(estateId, manager);
    await this.tellOwner(manager, { estateId, contractId, topic: 'letter_blocked', message: heldBackText(owner.language, recipient, violations) });
  }

  /**
   * agencyafter: the agency's letter was recorded with a mistake and our stop goes to it again: the family hears it as news of that
   * step (`TOLD_BY_STEP`), the agency's claim as corrected only to those who read the estate's debts (`readsEstateDebts`).
   */
  private async tellFamilyOfCorrectedNotice(manager: EntityManager, { estateId, contractId, agency, reference, amount, again }: Parameters<NoticeCorrectedListener>[1]): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    const label = providerLabel(contract.provider.name, contract.description, await manager.count(Contract, { where: { estateId, providerId: contract.providerId } }));
    const say = (lang: Lang, readsDebts: boolean) => `${label}: ${familyWords(lang).noticeCorrectedNews(contract.provider.name, readsDebts ? { agency, reference, amount: amount === null ? null : money(amount, lang) } : null, again)}`;
    await this.tellFamily(manager, estateId, 'collection_notice_corrected', say, contractId);
  }

  /**
   * famnews: what a relative corrected or took back herself (a report, the photo of one, a bank statement) is news for the owner, in
   * her language, naming the relative; `say` words it without what was withdrawn (no message, no figure: the news outlives them).
   */
  async tellOwnerOfRelative(manager: EntityManager, news: { estateId: string; contractId: string | null; topic: string; say: (lang: Lang) => string; about?: { reportId: string; replaces?: string } }): Promise<void> {
    const { owner } = await this.estates.findWithOwner(news.estateId, manager);
    // corrnews: her news of the same report she has not read yet (a correction, then its withdrawal) is replaced, not joined: one notification.
    // Read from `notifications_owner_unread_idx` (her id, the contract).
    if (news.about?.replaces) {
      await manager.query(
        `DELETE FROM notifications WHERE audience = 'owner' AND read_at IS NULL AND owner_id = ${estateOwnerId('$1')} AND contract_id IS NOT DISTINCT FROM $2 AND about_id = $3 AND topic = $4`,
        [news.estateId, news.contractId, news.about.reportId, news.about.replaces],
      );
    }
    await this.tellOwner(manager, { estateId: news.estateId, contractId: news.contractId, topic: news.topic, message: news.say(owner.language), aboutId: news.about?.reportId });
  }

  /**
   * deskanswer2: a correction's term passed without the provider's answer: the owner hears it once, on the day after the term, as her
   * page and Today say it (`correctionAnswerText`); the family hears what holds now (`correctionLapsedNews`), the same words for every
   * reach (a date, no debt).
   */
  private async tellOfLapsedCorrection(manager: EntityManager, { estateId, contractId, providerName, standing, confirmed }: Parameters<CorrectionLapsedListener>[1]): Promise<void> {
    const [{ owner }, contract] = await Promise.all([this.estates.findWithOwner(estateId, manager), manager.findOneOrFail(Contract, { where: { id: contractId } })]);
    const label = providerLabel(providerName, contract.description, await manager.count(Contract, { where: { estateId, providerId: contract.providerId } }));
    const { status, next } = correctionAnswerText(standing, providerName, confirmed, owner.language);
    await this.tellOwner(manager, { estateId, contractId, topic: CORRECTION_LAPSED, message: `${label}: ${status}${next ? ` ${next}` : ''}` });
    const say = (lang: Lang) => `${label}: ${familyWords(lang).correctionLapsedNews(providerName, longDate(standing.on, lang), longDate(confirmed, lang), standing.silenceKeeps)}`;
    await this.tellFamily(manager, estateId, CORRECTION_LAPSED, say, contractId);
  }

  /**
   * corrnews: the family hears what our correction of a confirmed request changed and that the provider is asked to confirm it; once it
   * confirms its date again, that the date stays (and, where the correction asked another wished date, that it did not follow it). The
   * facts are named by what they are (the history's line of the correction says their values); dates only: the same for every reach.
   */
  private async tellFamilyOfCorrection(manager: EntityManager, { estateId, contractId, providerName, on, changes, kept }: Parameters<CorrectionNewsListener>[1]): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId } });
    const label = providerLabel(providerName, contract.description, await manager.count(Contract, { where: { estateId, providerId: contract.providerId } }));
    if (kept === null) {
      const what = (lang: Lang) => listed([...new Set(changes.map((c) => familyWords(lang).letterAbout.facts[c.field] ?? c.field))], lang);
      await this.tellFamily(manager, estateId, CORRECTION_ASKED, (lang) => `${label}: ${familyWords(lang).correctionAskedNews(providerName, longDate(on, lang), what(lang))}`, contractId);
      return;
    }
    await this.tellFamily(manager, estateId, CORRECTION_KEPT, (lang) => `${label}: ${correctionAnswerNews({ kind: 'kept', on, effectiveDate: kept, asked: wishedDateAsked(changes) }, providerName, lang)}`, contractId);
  }

  /** Owner news no workflow effect wrote (a held-back letter, a later end date), dated by the service's clock. */
  private async tellOwner(manager: EntityManager, news: { estateId: string; contractId: string | null; topic: string; message: string; aboutId?: string }): Promise<void> {
    await manager.query(`INSERT INTO notifications (estate_id, contract_id, audience, topic, message, created_at, owner_id, about_id) VALUES ($1, $2, 'owner', $3, $4, $5, ${estateOwnerId('$1')}, $6)`, [
      news.estateId,
      news.contractId,
      news.topic,
      news.message,
      this.clock.now(),
      news.aboutId ?? null,
    ]);
  }

  /**
   * Family news that no workflow wrote (a new contact person): it goes out in their next daily email, in each
   * member's language; words that name no debt are the same for every relative, others are worded for each reach
   * (`readsDebts`). About a contract (`contractId`), it counts as that contract's news.
   */
  async tellFamily(manager: EntityManager, estateId: string, topic: string, say: (lang: Lang, readsDebts: boolean) => string, contractId: string | null = null): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (estate_id, contract_id, audience, topic, message, message_en, message_without_debts, message_without_debts_en, created_at) VALUES ($1, $2, 'family', $3, $4, $5, $6, $7, $8)`,
      [estateId, contractId, topic, say('nl', true), say('en', true), say('nl', false), say('en', false), this.clock.now()],
    );
  }

  /**
   * Estates with family news from before `cutoff` that no daily email took yet, the next `limit` after estate `after` in id order
   * (scaledigest: a digest round reads them a batch at a time, never every estate). From `notifications_family_news_idx`, which holds
   * only the news no email took: the rows read are that news, whatever the number of estates.
   */
  async estatesWithFamilyNews(manager: EntityManager, cutoff: Date, after: string, limit: number): Promise<string[]> {
    const rows: { estate_id: string }[] = await manager.query(
      `SELECT DISTINCT estate_id FROM notifications WHERE audience = 'family' AND in_digest_at IS NULL AND estate_id > $2 AND created_at < $1 ORDER BY estate_id LIMIT $3`,
      [cutoff, after, limit],
    );
    return rows.map((r) => r.estate_id);
  }

  /** Whether the estate still has such news from before `cutoff` (a digest of another instance may have taken it a moment ago). */
  async hasFamilyNews(manager: EntityManager, estateId: string, cutoff: Date): Promise<boolean> {
    const [row]: { found: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM notifications WHERE estate_id = $1 AND audience = 'family' AND in_digest_at IS NULL AND created_at < $2) AS found`,
      [estateId, cutoff],
    );
    return row.found;
  }

  /**
   * Family news is worded now in both languages (the state and due date the step set), for the relatives who
   * read the estate's debts and for the others (`readsEstateDebts`); the daily email picks each member's. The
   * case owner's is worded once, in the language of their account.
   */
  private async record(manager: EntityManager, row: OutboxRow, audience: 'family' | 'owner'): Promise<void> {
    // The provider's term passed again with no letter since: the owner was alerted at the first miss of the row and nothing
    // new happened (no new term runs), so no second alert; from the second the case is on the administrator's Today (`lateAgain`).
    if (audience === 'owner' && unansweredAlert(row) && (row.payload.missedTerms ?? 1) > 1) return;
    // audit90 G5: a bill withdrawn as part of a dropped claim is no news of its own for the family: the drop's news says it.
    if (audience === 'family' && isOfDroppedClaim(row.payload.event)) return;
    const say = await this.wording(manager, row, audience);
    const messages =
      audience === 'family'
        ? [say('nl', true), say('en', true), say('nl', false), say('en', false)]
        : [say((await this.estates.findWithOwner(row.estateId, manager)).owner.language, true), null, null, null];
    // The step whose letter the news may claim went out: the daily email asks whether it did (`letter_step`).
    const topic = String(row.payload.effect.topic ?? row.kind);
    const hers = audience === 'owner' && topic === ON_TODAY_UNTIL_READ && row.payload.event.receivedVia !== undefined;
    const letterStep = audience === 'family' && row.payload.withLetter && typeof row.payload.step === 'number' ? row.payload.step : null;
    // The state a contract's step reached: the daily email tells where it stands now when a later step left that state untold.
    const state = audience === 'family' && row.contractId && typeof row.payload.state === 'string' ? row.payload.state : null;
    await manager.query(
      `INSERT INTO notifications (estate_id, contract_id, audience, topic, message, message_en, message_without_debts, message_without_debts_en, outbox_id, created_at, letter_step, state, owner_id, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, ${audience === 'owner' ? estateOwnerId('$1') : 'NULL'}, ${hers ? '$10' : 'NULL'}) ON CONFLICT (outbox_id) DO NOTHING`,
      [row.estateId, row.contractId, audience, topic, ...messages, row.id, this.clock.now(), letterStep, state],
    );
  }

  /**
   * Families read their own sentences, in words for their reach (`readsDebts`); the case owner reads the staff
   * wording. The contract is read once for every language and reach.
   */
  private async wording(manager: EntityManager, row: OutboxRow, audience: 'family' | 'owner'): Promise<(lang: Lang, readsDebts: boolean) => string> {
    // The estate's own news (all settled, closed, reopened) in the words of the portal's estate status, or of its step (settling and
    // closing: with the bills and refunds it kept as left, refundclose, closewords).
    if (!row.contractId) return (lang, readsDebts) => (audience === 'family' ? estateStepText(row.payload.event.type, row.payload.state as never, lang, leftAtStep(row.payload.event, readsDebts, lang)) : ownerEstateStatusText(row.payload.state as never, lang));
    const contract = await manager.findOneOrFail(Contract, { where: { id: row.contractId }, relations: { provider: true } });
    const standing = (await this.workflow.standings(manager, [contract.id])).get(contract.id)!;
    const { dueDate } = standing;
    // What the step left (its open bills), not what a later step performed first left (older rows: now's).
    const context = (row.payload.readModel as typeof standing.context | undefined) ?? standing.context;
    const name = contract.provider.name;
    const asked = requestAsked(contract);
    // The news names the contract too when the estate has several with this provider.
    const label = providerLabel(name, contract.description, await manager.count(Contract, { where: { estateId: contract.estateId, providerId: contract.providerId } }));
    // A dispute ends in `confirmed`, but the news is its end (a credit note, a withdrawn bill), not a fresh confirmation;
    // a partial credit note or a stopped collection is told as what the provider did, not as the state it led to.
    // The bills it names as still open are those the step left. A late bill's dispute letter held back is the daily email's to say (at collection).
    if (audience === 'family' && TOLD_BY_STEP.includes(String(row.payload.effect.topic))) {
      const step = contractStep(row.payload.event, row.payload.from ?? null, row.payload.state, [], context);
      // corrcard: a corrected end date that answered our correction is told as that answer (the card's words), not as a correction of its
      // own; famdigest2: what else it corrected (its reference, the final bill) follows in the step's words, as recorded.
      const answer = answerOfStep(step, contract.correctionAnswered);
      // bankend: a corrected end date says, as the timeline does, what it moved of the bills decided paid from the estate.
      const moved = row.payload.event.type === END_DATE_CORRECTION && typeof row.payload.step === 'number' ? await this.timeline.afterEndMovedAt(manager, contract.id, row.payload.step) : [];
      // As the timeline says it: a bill for time after the end date that the owner decided the estate pays all the same is said to be one.
      return (lang, readsDebts) => `${label}: ${answeredOrStepText(answer, step, name, lang, (told) => familyStepText(told, context, lang, name, readsDebts, asked, moved))}`;
    }
    // The step's letter is held back by the letter rules (or not made yet): the state's words would say it went out.
    if (audience === 'family' && row.payload.withLetter && letterNotSent(contract.id, true, row.payload.step, await this.letters.sentSteps(row.estateId, manager))) {
      return (lang) => `${label}: ${familyWords(lang).letterHeldBack(name)}`;
    }
    // The owner's alert that the provider's term passed with no letter since (the complaint unanswered): no letter gave the
    // provider a new term, so the state's words name none and the alert says since when it is late (`unannouncedTerm`).
    const missed = audience === 'owner' && unansweredAlert(row) && standing.missedTerm;
    // A question answered in part is said by the day its letter went, as on her pages and in the next letter (`partAnswersSent`,
    // README letterdates, familyline), not the day she answered: null while it has not gone.
    const partSentOn = audience === 'owner' && answeredInPart(context.openInformationRequest) ? ((await this.views.partAnswersSent([contract.id])).get(contract.id) ?? null) : undefined;
    if (missed) {
      const words = { providerName: name, dueDate: null, missedDueDate: missed.since, ownTermSaid: true, documentKinds: OWNER_DOCUMENT_KINDS, partSentOn, ...asked };
      return (lang) => `${label}: ${ownerStatusText(row.payload.state as never, context, lang, words)} ${missedTermText(missed, row.payload.state as never, context, asked, name, null, 'owner', lang).status}`;
    }
    const status = audience === 'family' ? contractStatusText : ownerStatusText;
    // The due date of the state the step reached, not of a later step performed first (older rows: today's).
    const stepDueDate = row.payload.dueDate === undefined ? dueDate : row.payload.dueDate;
    // comlater2: a part credit on a bill the complaints body has is told as the offer it is (her status alone would not name it).
    const ownStep = audience === 'owner' && ['dispute_partly_credited', ...OWNER_TOLD_BY_STEP].includes(String(row.payload.effect.topic)) ? contractStep(row.payload.event, row.payload.from ?? null, row.payload.state, [], context) : null;
    if (ownStep && (OWNER_TOLD_BY_STEP.includes(String(row.payload.effect.topic)) || creditOnCommitteeBill(ownStep))) {
      return (lang) => `${label}: ${ownerChangeText(ownStep, context, lang, name, asked)} ${ownerStatusText(row.payload.state as never, context, lang, { providerName: name, dueDate: stepDueDate, ...asked, documentKinds: OWNER_DOCUMENT_KINDS })}`;
    }
    // famclosed (audit85 WORDS-1): a transfer's words to the family name its new holder, as the card does.
    const newHolder = audience === 'family' && contract.transferToFamilyMemberId ? (await this.estates.familyMember(contract.transferToFamilyMemberId, manager))?.name : undefined;
    return (lang, readsDebts) => `${label}: ${status(row.payload.state as never, context, lang, { providerName: name, dueDate: stepDueDate, readsDebts, newHolder, ...asked, ...(audience === 'owner' && { documentKinds: OWNER_DOCUMENT_KINDS, partSentOn, complaintOffered: standing.accepts('COMPLAIN') }) })}`;
  }
}
