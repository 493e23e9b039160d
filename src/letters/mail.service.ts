import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { chmodSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { Clock } from '../clock/clock';
import { StewardConfig } from '../config/config';

export interface OutgoingMail {
  to: string;
  replyTo: string;
  subject: string;
  text: string;
  /** A letter's PDF, then its enclosures in the order the letter lists them; portal invitations have none. */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** Stable per letter, so a resend after a crash is recognisable as the same message. */
  messageId: string;
}

/**
 * Sends letters (and portal invitations) by email over SMTP (SMTP_URL). Without SMTP_URL — a fresh `npm start` — each message
 * is written as an .eml file under STEWARD_DATA_DIR/outgoing-mail instead, so nothing pretends to be sent.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('mail');
  private readonly transport: Transporter;
  private readonly fileDir: string | null;

  constructor(
    private readonly config: StewardConfig,
    private readonly clock: Clock,
  ) {
    this.fileDir = config.SMTP_URL ? null : join(config.STEWARD_DATA_DIR, 'outgoing-mail');
    this.transport = config.SMTP_URL ? createTransport(pooled(config.SMTP_URL)) : createTransport({ streamTransport: true, buffer: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.STEWARD_MAIL_FROM,
      to: mail.to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      // Dated by our clock, as the letter and the news it carries are: the same day when the clock was moved (a demo).
      date: this.clock.now(),
      attachments: mail.attachments ?? [],
    });
    if (this.fileDir) {
      // Only our own user may read them: they carry access codes, magic links and letters. The chmod also closes a folder made before this rule.
      // The data folder above keeps its ordinary mode: embedded PostgreSQL, run as `postgres` when we are root, must pass through it.
      mkdirSync(dirname(this.fileDir), { recursive: true });
      mkdirSync(this.fileDir, { recursive: true, mode: 0o700 });
      chmodSync(this.fileDir, 0o700);
      await writeFile(join(this.fileDir, `${mail.messageId.replace(/[^a-zA-Z0-9.-]/g, '_')}.eml`), (info as unknown as { message: Buffer }).message, { mode: 0o600 });
      this.logger.log({ msg: 'no SMTP_URL: mail written to outgoing-mail', messageId: mail.messageId });
    }
  }

  /** Throws when the mail server cannot be reached (connection, login); written to files there is nothing to reach. */
  async reachable(): Promise<void> {
    if (!this.fileDir) await this.transport.verify();
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** Outbox workers send side by side: a few kept-open connections, not a new one (and a new TLS handshake) per email. */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return url.toString();
}
