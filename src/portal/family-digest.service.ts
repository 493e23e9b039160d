import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addCalendarDays, Clock, startOfDutchDay } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { MailService } from '../letters/mail.service';
import { Workers } from '../runtime/workers.service';

/** The day's news goes out at the end of the working day: one email a day at most, never one per event. */
export const DIGEST_HOUR = 17;

/** The most recent digest moment at or before `now` (17:00 in Amsterdam, today or yesterday). */
export function lastDigestMoment(now: Date, today: string): Date {
  const todays = new Date(startOfDutchDay(today).getTime() + DIGEST_HOUR * 3_600_000);
  return todays <= now ? todays : new Date(startOfDutchDay(addCalendarDays(today, -1)).getTime() + DIGEST_HOUR * 3_600_000);
}

/**
 * So families need not look in to find out: once a day, everyone with an email address on an estate
 * gets one email with what changed (the notifications the workflows wrote for the family) and a link
 * to the portal. Each estate is claimed with SKIP LOCKED and its news marked as emailed in the same
 * transaction, so several instances never send the same news twice.
 */
@Injectable()
export class FamilyDigestService implements OnModuleInit {
  private readonly logger = new Logger('family-digest');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly estates: EstatesService,
    private readonly mail: MailService,
    private readonly workers: Workers,
  ) {}

  onModuleInit(): void {
    this.workers.registerRoutine(() => this.sendDue());
  }

  /** Sends every estate's news written before the last digest moment; returns how many emails went out. */
  async sendDue(): Promise<number> {
    const cutoff = lastDigestMoment(this.clock.now(), this.clock.today());
    let sent = 0;
    for (;;) {
      const emails = await this.db.transaction(async (manager) => {
        // One estate at a time, its row locked: instances running this at once each take another estate.
        const [estate]: { id: string }[] = await manager.query(
          `SELECT e.id FROM estates e
            WHERE EXISTS (SELECT 1 FROM notifications n WHERE n.estate_id = e.id AND n.audience = 'family' AND n.emailed_at IS NULL AND n.created_at < $1)
            LIMIT 1 FOR UPDATE OF e SKIP LOCKED`,
          [cutoff],
        );
        if (!estate) return null;
        const news: { id: string; message: string }[] = await manager.query(
          `SELECT id, message FROM notifications
            WHERE estate_id = $1 AND audience = 'family' AND emailed_at IS NULL AND created_at < $2 ORDER BY created_at`,
          [estate.id, cutoff],
        );
        if (!news.length) return 0; // another instance sent them between our two queries
        const count = await this.email(manager, estate.id, news.map((n) => n.message));
        await manager.query('UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1)', [news.map((n) => n.id), this.clock.now()]);
        return count;
      }).catch((error) => {
        // Mail server down: nothing is marked, the next round tries again; the other routines still run.
        this.logger.error({ msg: 'family digest not sent', error: String(error) });
        return null;
      });
      if (emails === null) return sent;
      sent += emails;
    }
  }

  private async email(manager: EntityManager, estateId: string, news: string[]): Promise<number> {
    const estate = await this.estates.findWithOwner(estateId, manager);
    const members = (await this.estates.familyMembers(estateId, manager)).filter((m) => m.email);
    const deceased = fullName(estate.deceased);
    for (const member of members) {
      await this.mail.send({
        to: member.email!,
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
        messageId: `<digest-${estateId}-${member.id}-${this.clock.today()}@steward>`,
      });
    }
    this.logger.log({ msg: 'family digest sent', estateId, emails: members.length, items: news.length });
    return members.length;
  }
}
