import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addCalendarDays, Clock, dutchHourOf } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { FamilyMember } from '../estates/family-member.entity';
import { MailService } from '../letters/mail.service';
import { OutboxRow, OutboxService } from '../runtime/outbox.service';
import { Workers } from '../runtime/workers.service';

/** The day's news goes out at the end of the working day: one email a day at most, never one per event. */
export const DIGEST_HOUR = 17;

/** The most recent digest moment at or before `now` (17:00 in Amsterdam, today or yesterday). */
export function lastDigestMoment(now: Date, today: string): Date {
  const todays = dutchHourOf(today, DIGEST_HOUR);
  return todays <= now ? todays : dutchHourOf(addCalendarDays(today, -1), DIGEST_HOUR);
}

interface DigestPayload {
  familyMemberId: string;
  news: string[];
}

/**
 * So families need not look in to find out: once a day, everyone with an email address on an estate
 * gets one email with what changed (the notifications the workflows wrote for the family) and a link
 * to the portal. Collecting the news and queueing one email per member happen in one transaction
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
  ) {}

  onModuleInit(): void {
    this.workers.registerRoutine('family digest', () => this.collectDue());
    this.outbox.register('family_digest', { deliver: (row) => this.send(row) });
  }

  /** Queues the digests of every estate with news from before the last digest moment; returns how many emails. */
  async collectDue(): Promise<number> {
    const cutoff = lastDigestMoment(this.clock.now(), this.clock.today());
    let queued = 0;
    for (;;) {
      const emails = await this.db.transaction(async (manager) => {
        const [estate]: { id: string; instance_id: string }[] = await manager.query(
          `SELECT e.id, w.id AS instance_id FROM estates e JOIN workflow_instances w ON w.subject_type = 'estate' AND w.subject_id = e.id
            WHERE EXISTS (SELECT 1 FROM notifications n WHERE n.estate_id = e.id AND n.audience = 'family' AND n.in_digest_at IS NULL AND n.created_at < $1)
            ORDER BY e.id LIMIT 1 FOR UPDATE OF e SKIP LOCKED`,
          [cutoff],
        );
        if (!estate) return null;
        // RETURNING reads the rows as they are now: news another instance took a moment ago is not taken again.
        const [news]: [{ message: string; created_at: Date }[], number] = await manager.query(
          `UPDATE notifications SET in_digest_at = $3
            WHERE estate_id = $1 AND audience = 'family' AND in_digest_at IS NULL AND created_at < $2
            RETURNING message, created_at`,
          [estate.id, cutoff, this.clock.now()],
        );
        if (!news.length) return 0;
        const lines = news.sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at)).map((n) => n.message);
        const members = (await this.estates.familyMembers(estate.id, manager)).filter((m) => m.email);
        for (const member of members) {
          const payload: DigestPayload = { familyMemberId: member.id, news: lines };
          await this.outbox.enqueue(manager, { estateId: estate.id, contractId: null, instanceId: estate.instance_id, kind: 'family_digest', payload });
        }
        return members.length;
      });
      if (emails === null) return queued;
      queued += emails;
    }
  }

  private async send(row: OutboxRow): Promise<void> {
    const manager = this.db.manager;
    const { familyMemberId, news } = row.payload as unknown as DigestPayload;
    const member = await manager.findOneBy(FamilyMember, { id: familyMemberId });
    if (!member?.email) return; // removed, or no address any more: nobody to write to
    const estate = await this.estates.findWithOwner(row.estateId, manager);
    const deceased = fullName(estate.deceased);
    await this.mail.send({
      to: member.email,
      replyTo: estate.owner.email,
      subject: `Nieuws over de afwikkeling voor ${deceased}`,
      text: [
        `Beste ${member.name},`,
        '',
        `Er is nieuws over de contracten van ${deceased}:`,
        '',
        ...news.map((line) => `- ${line}`),
        '',
        `Alles staat ook in het familieportaal: ${this.config.publicUrl}/family`,
        'U hoeft zelf niets te doen, tenzij wij u daarom vragen.',
        '',
        `Heeft u vragen? Bel of mail ${estate.owner.name}${estate.owner.phone ? ` (${estate.owner.phone})` : ''}, ${estate.owner.email}.`,
        '',
        'Met vriendelijke groet,',
        estate.owner.name,
        this.config.STEWARD_ORG_NAME,
      ].join('\n'),
      // Stable per queued email: a resend after a crash is recognisably the same message.
      messageId: `<digest-${row.id}@steward>`,
    });
  }
}
