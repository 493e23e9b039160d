import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { deleted } from '../database/deleted';
import { actorOf, StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { NotFoundProblem, ProblemException, ValidationProblem, WHOLE_REQUEST } from '../common/problem';
import { StewardConfig } from '../config/config';
import { HandoverDto } from '../estates/estate.dto';
import { Estate, fullName } from '../estates/estate.entity';
import { EstateWorkflow } from '../estates/estate-workflow.service';
import { EstatesService } from '../estates/estates.service';
import { LettersService } from '../letters/letters.service';
import { MailService } from '../letters/mail.service';
import { PrintBatchesService } from '../letters/print-batches.service';
import { NotificationsService } from '../notifications/notifications.service';
import { familyEventText } from '../portal/portal.service';
import { OutboxRow, OutboxService } from '../runtime/outbox.service';
import { WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { TimelineService } from '../timeline/timeline.service';
import { User } from '../users/user.entity';
import { humanDate } from '../web/html';
import { type Lang, ownerWords } from '../words';
import { Handover } from './handover.entity';
import { mayUndo, type UndoRefusal, UNDO_WINDOW_MS, undoableUntil, undoRefusal } from './handover.rules';
import { userRows } from '../users/user-rows';

/**
 * Handovers of an estate from one case owner to another: confirmed with a reason, announced to the
 * receiver (their Today and an email) and to the family (portal and daily email), and undoable for a
 * day. Each runs under the estate's one lock (taken before any contract's), so racing handovers and
 * undos serialise and exactly one owner remains.
 */
@Injectable()
export class HandoversService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly estates: EstatesService,
    private readonly workflow: EstateWorkflow,
    private readonly runtime: WorkflowRuntime,
    private readonly outbox: OutboxService,
    private readonly timeline: TimelineService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly letters: LettersService,
    private readonly batches: PrintBatchesService,
  ) {}

  /** Part of the retention purge (one transaction per estate): the estate's handovers name its owners and their reasons. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM handovers WHERE estate_id = $1'], [estateId]);
  }

  onModuleInit(): void {
    this.outbox.register('handover_notice', { deliver: (row, deadline) => this.emailReceiver(row, deadline) });
  }

  /** The loser of two racing handovers no longer owns the estate and gets "not found". */
  async handover(principal: StaffPrincipal, estateId: string, dto: HandoverDto): Promise<{ estate: Estate; handover: Handover }> {
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager, true);
      const to = await manager.findOneBy(User, { id: dto.toUserId, active: true, role: 'specialist' });
      if (!to) throw new ValidationProblem([{ field: 'toUserId', message: 'must be an active specialist', rule: 'choice' }]);
      if (to.id === estate.ownerId) throw new ValidationProblem([{ field: 'toUserId', message: 'already owns this estate', rule: 'alreadyOwner' }]);
      const from = estate.owner;
      const now = this.clock.now();
      // An earlier receiver's notice ends when the estate moves on: it is no longer theirs to open.
      await manager.update(Handover, { estateId: estate.id, seenAt: IsNull() }, { seenAt: now });
      const handover = await manager.save(
        manager.create(Handover, { estateId: estate.id, fromUserId: from.id, toUserId: to.id, reason: dto.reason, handedOverAt: now, seenAt: null, undoneAt: null, undoneById: null }),
      );
      await this.estates.setOwner(manager, estate.id, to.id);
      await this.notifications.handOver(manager, estate.id, to.id);
      // Her letters not printed yet are his to print (audit98).
      await this.batches.followNewOwner(manager, estate.id, to.id);
      // Providers still writing to the one who signed their latest letter learn whom to write to now.
      // A request still waiting that she signed is made again, signed by him (handover2).
      const { told: toldProviders, remade: remadeLetters } = await this.letters.tellNewContact(manager, estate.id, to.id);
      // fromName and reason let the staff timeline say it again in each reader's language.
      const details = { handoverId: handover.id, fromUserId: from.id, toUserId: to.id, toName: to.name, toPhone: to.phone, toEmail: to.email, fromName: from.name, reason: dto.reason, toldProviders, remadeLetters };
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: 'estate.handed_over',
        summary: ownerWords('en').timeline.handedOver(to.name, from.name, dto.reason, toldProviders, remadeLetters),
        details,
      });
      await this.notifications.tellFamily(manager, estate.id, 'estate.handed_over', (lang) => familyEventText('estate.handed_over', details, lang)!);
      const instance = (await this.runtime.find(manager, 'estate', estate.id))!;
      await this.outbox.enqueue(manager, { estateId: estate.id, contractId: null, instanceId: instance.id, kind: 'handover_notice', payload: { handoverId: handover.id } });
      Object.assign(estate, { ownerId: to.id, owner: to });
      return { estate, handover };
    });
  }

  /**
   * Gives the estate back to the one who handed it over. Only the latest handover, within 24 hours on
   * the clock, by the previous owner or an administrator (anyone else: not found); a refusal says why.
   */
  async undo(principal: StaffPrincipal, estateId: string, handoverId: string): Promise<Estate> {
    return this.db.transaction(async (manager) => {
      await this.workflow.lock(manager, estateId);
      const handover = await manager.findOne(Handover, { where: { id: handoverId, estateId }, relations: { fromUser: true, toUser: true } });
      if (!handover || !mayUndo(principal, handover)) throw new NotFoundProblem();
      const latest = await this.latest(estateId, manager);
      const now = this.clock.now();
      const refusal = undoRefusal(handover, now, latest?.id === handover.id);
      // The detail in the owner's language, as their page says it; the code travels with the problem (as errors[0].rule,
      // kept off the JSON, its message the API's English) so a page can say it in the reader's words.
      const refuse = (rule: UndoRefusal | 'previousOwnerInactive', limit?: string) => {
        const said = (lang: Lang) => ownerWords(lang).errors.refusals[rule]('', limit ?? '');
        return new ProblemException(409, 'handover-not-undoable', ownerWords(principal.lang).errors.details.refused(said(principal.lang)), { errors: [{ field: WHOLE_REQUEST, message: said('en'), rule, limit }] });
      };
      if (refusal) throw refuse(refusal);
      const back = handover.fromUser;
      if (!back.active) throw refuse('previousOwnerInactive', back.name);
      await manager.update(Handover, { id: handover.id }, { undoneAt: now, undoneById: principal.userId });
      await this.estates.setOwner(manager, estateId, back.id);
      await this.notifications.handOver(manager, estateId, back.id);
      await this.batches.followNewOwner(manager, estateId, back.id);
      const { told: toldProviders, remade: remadeLetters } = await this.letters.tellNewContact(manager, estateId, back.id);
      const details = { handoverId: handover.id, fromUserId: handover.toUserId, toUserId: back.id, toName: back.name, toPhone: back.phone, toEmail: back.email, insteadName: handover.toUser.name, toldProviders, remadeLetters };
      await this.timeline.append(manager, {
        estateId,
        actor: actorOf(principal),
        event: 'estate.handover_undone',
        summary: ownerWords('en').timeline.handoverUndone(back.name, handover.toUser.name, toldProviders, remadeLetters),
        details,
      });
      await this.notifications.tellFamily(manager, estateId, 'estate.handover_undone', (lang) => familyEventText('estate.handover_undone', details, lang)!);
      return this.estates.findWithOwner(estateId, manager);
    });
  }

  /**
   * The receiver's notices: estates handed to them that they have not opened yet, newest first (index
   * handovers_received_idx), with who handed them over. One statement: `find` with a relation and a
   * limit reads the ids first and then the rows.
   */
  received(userId: string, limit: number): Promise<{ id: string; estateId: string; fromName: string; reason: string; handedOverAt: Date }[]> {
    return this.db.query(
      `SELECT h.id, h.estate_id AS "estateId", u.name AS "fromName", h.reason, h.handed_over_at AS "handedOverAt"
         FROM handovers h JOIN ${userRows} u ON u.id = h.from_user_id
        WHERE h.to_user_id = $1 AND h.seen_at IS NULL AND h.undone_at IS NULL
        ORDER BY h.handed_over_at DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /** What this user handed over and may still take back, newest first (index handovers_sent_idx), with whom to; one statement as above. */
  undoable(userId: string, limit: number): Promise<{ id: string; estateId: string; toName: string; handedOverAt: Date }[]> {
    const since = new Date(this.clock.now().getTime() - UNDO_WINDOW_MS);
    return this.db.query(
      `SELECT h.id, h.estate_id AS "estateId", u.name AS "toName", h.handed_over_at AS "handedOverAt"
         FROM handovers h JOIN ${userRows} u ON u.id = h.to_user_id
        WHERE h.from_user_id = $1 AND h.undone_at IS NULL AND h.handed_over_at > $2
        ORDER BY h.handed_over_at DESC LIMIT $3`,
      [userId, since, limit],
    );
  }

  /** The latest handover of an estate that is still in force (what an administrator may undo from the estate page; the one an undo must be). */
  latest(estateId: string, manager: EntityManager = this.db.manager): Promise<Handover | null> {
    // A plain LIMIT: findOne with a relation reads the ids first and then the row, two statements for one.
    return manager
      .createQueryBuilder(Handover, 'h')
      .innerJoinAndSelect('h.fromUser', 'fromUser')
      .where('h.estate_id = :estateId AND h.undone_at IS NULL', { estateId })
      .orderBy('h.handed_over_at', 'DESC')
      .limit(1)
      .getOne();
  }

  /** The receiver opened the estate: its notice leaves their Today. */
  async opened(principal: StaffPrincipal, estateId: string): Promise<void> {
    await this.db.manager.update(Handover, { estateId, toUserId: principal.userId, seenAt: IsNull() }, { seenAt: this.clock.now() });
  }

  /** The receiver's email, in the language of their account; a handover undone before it went out is not news any more. */
  private async emailReceiver(row: OutboxRow, deadline: AbortSignal): Promise<void> {
    const { handoverId } = row.payload as unknown as { handoverId: string };
    const handover = await this.db.manager.findOne(Handover, { where: { id: handoverId }, relations: { fromUser: true, toUser: true } });
    if (!handover || handover.undoneAt) return;
    const estate = await this.estates.findWithOwner(handover.estateId);
    const deceased = fullName(estate.deceased);
    const lang = handover.toUser.language;
    const w = ownerWords(lang).mail;
    await this.mail.send({
      to: handover.toUser.email,
      replyTo: handover.fromUser.email,
      subject: w.handoverSubject(deceased, estate.reference),
      text: [
        w.greeting(handover.toUser.name),
        '',
        w.handedOver(handover.fromUser.name, deceased, estate.reference, humanDate(handover.handedOverAt.toISOString(), lang)),
        w.reason(handover.reason),
        '',
        w.openIt(`${this.config.publicUrl}/app/estates/${estate.id}`),
        '',
        this.config.STEWARD_ORG_NAME,
      ].join('\n'),
      messageId: `<handover-${row.id}@steward>`,
    }, deadline);
  }
}

/** What the API shows of a handover. */
export function handoverView(h: Handover) {
  return { id: h.id, fromUserId: h.fromUserId, toUserId: h.toUserId, reason: h.reason, handedOverAt: h.handedOverAt.toISOString(), undoableUntil: undoableUntil(h).toISOString() };
}
