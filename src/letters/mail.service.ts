import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { chmodSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { Readable } from 'node:stream';
import { Clock } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { LEASE_MS } from '../runtime/outbox.service';

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
 * How long one step of a send may wait on the mail server: the DNS lookup, the connection, its greeting, each reply (nodemailer's
 * `dnsTimeout`, `connectionTimeout`, `greetingTimeout`, `socketTimeout`; its own defaults wait up to 10 minutes). A send waits at
 * most `SMTP_WAITS` times, so even a server that stalls at every step has it end before its outbox lease (`LEASE_MS`) does: a send
 * still waiting then is taken by another worker and sent again while the first may still be accepted (audit82 SMTP-2). Shorter
 * than RFC 5321 4.5.3.2 suggests for the reply to the message (10 minutes): a server that slow gets the same Message-ID again.
 * One that trickles (a byte every 14 s) keeps each wait short: the whole send's deadline (`send`'s) ends that one.
 */
export const SMTP_STEP_MS = LEASE_MS / 20;
/** DNS, connection, greeting, EHLO, STARTTLS with its EHLO again, AUTH's three, MAIL, RCPT, DATA and the message's end. */
export const SMTP_WAITS = 14;

/**
 * A send that failed after the whole message went to the mail server, with no reply to it (a timeout, a lost connection): the
 * server may have accepted it (RFC 1047). The letter is not "surely not arrived": it goes again as it was, with its Message-ID.
 */
export class UnconfirmedDelivery extends Error {
  override readonly name = 'UnconfirmedDelivery';
  /** The cause's code (ETIMEDOUT, ECONNECTION), for the owner's words of why (`stepErrorText`). */
  readonly code: unknown;

  constructor(cause: Error & { code?: unknown }) {
    super(`${cause.message} (after the whole message was sent: it may have arrived)`, { cause });
    this.code = cause.code;
  }
}

/** A send stopped at its deadline (`STEWARD_SEND_SECONDS` after its outbox row was claimed), its connection closed. */
class SendTooLong extends Error {
  override readonly name = 'SendTooLong';
  readonly code = 'ETIMEDOUT';
}

/**
 * One send as the 'stream' plugin below sees it: whether the message went whole to the server, and its stop at the deadline. A
 * message stream that fails makes nodemailer fail the send and close its connection (pooled or not; closed before the message's
 * end, the server cancels it, RFC 5321 3.8), so no byte of it follows and no reply to it is read: the deadline fails that stream
 * (as nodemailer itself fails one, `emit('error')` once it ended).
 */
class Watch {
  whole = false;
  private stream: Readable | null = null;
  private late: SendTooLong | null = null;

  /** The message's stream, when a connection starts to send it; one whose deadline passed while it waited fails at once. */
  started(stream: Readable): Readable {
    this.stream = stream.once('end', () => (this.whole = true));
    if (this.late) setImmediate(() => this.fail(stream));
    return stream;
  }

  stop(late: SendTooLong): void {
    this.late = late;
    if (this.stream) this.fail(this.stream);
  }

  private fail(stream: Readable): void {
    if (stream.destroyed) stream.emit('error', this.late);
    else stream.destroy(this.late!);
  }
}

/** What `send` hands nodemailer: the message, and its watch (the 'stream' plugin below). */
type Sending = Mail.Options & { watch?: Watch };

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
    this.transport = config.SMTP_URL
      ? createTransport(transportUrl(config.SMTP_URL))
      : createTransport({ streamTransport: true, buffer: true });
    // The message's stream ends once all of it went to the server; what fails after that, unanswered, may have arrived.
    this.transport.use('stream', (sending, done) => {
      const watch = (sending.data as Sending).watch;
      if (watch) sending.message.processFunc((message) => watch.started(message));
      done();
    });
  }

  /**
   * Throws `UnconfirmedDelivery` when the server had the whole message but did not answer it. At `deadline` (the outbox's, from
   * its claim; by default `STEWARD_SEND_SECONDS` from now) the send stops and its connection is closed, whatever the step.
   */
  async send(mail: OutgoingMail, deadline = AbortSignal.timeout(this.config.STEWARD_SEND_SECONDS * 1000)): Promise<void> {
    deadline.throwIfAborted();
    const watch = new Watch();
    const sending: Sending = {
      from: this.config.STEWARD_MAIL_FROM,
      to: mail.to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      // Dated by our clock, as the letter and the news it carries are: the same day when the clock was moved (a demo).
      date: this.clock.now(),
      attachments: mail.attachments ?? [],
      watch,
    };
    // A message still waiting for a pooled connection has no stream to fail yet: the send ends at its deadline all the same.
    let stopped: (late: SendTooLong) => void = () => undefined;
    const stop = () => {
      const late = new SendTooLong('the mail server did not finish the send before its deadline: its connection was closed');
      watch.stop(late);
      stopped(late);
    };
    deadline.addEventListener('abort', stop, { once: true });
    const info = await Promise.race([this.transport.sendMail(sending), new Promise<never>((_, reject) => (stopped = reject))])
      .catch((error: Error & { responseCode?: unknown }) => {
        throw watch.whole && error.responseCode === undefined ? new UnconfirmedDelivery(error) : error;
      })
      .finally(() => deadline.removeEventListener('abort', stop));
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

/**
 * Outbox workers send side by side: a few kept-open connections, not a new one (and a new TLS handshake) per email. Every wait
 * on the server is `SMTP_STEP_MS`. As query parameters (nodemailer reads options from the URL): one SMTP_URL sets itself wins.
 */
function transportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const defaults = { pool: 'true', dnsTimeout: SMTP_STEP_MS, connectionTimeout: SMTP_STEP_MS, greetingTimeout: SMTP_STEP_MS, socketTimeout: SMTP_STEP_MS };
  for (const [name, value] of Object.entries(defaults)) if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
  return url.toString();
}
