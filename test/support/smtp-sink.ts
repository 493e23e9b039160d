import { ParsedMail, simpleParser } from 'mailparser';
import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../src/database/embedded-postgres';
import { API } from './fixtures';
import type { Session } from './test-app';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** While true the server refuses every message (451), as a mail server that is down for us would. */
  refusing: boolean;
  /** Addresses the server refuses for good (550), as a provider's mail server refuses a mailbox it does not know. */
  refused: Set<string>;
  /**
   * While above 0, the server keeps each message it is sent at once but holds its reply to the message's end this many ms, as a
   * stalled mail server does (audit82 SMTP-2): the sender cannot tell whether it was accepted.
   */
  holdReplyMs: number;
  /**
   * While above 0, the server keeps each message at once but, instead of its reply, sends one byte of a reply's continuation line
   * („250-…”) every this many ms, a reply that never ends, as a server that trickles does: no single wait of the sender runs out.
   */
  trickleReplyMs: number;
  /** Each message from its DATA to its reply or its connection's close (ms since the epoch), the Message-ID's: sends of one message never overlap. */
  receptions: { messageId: string; from: number; to: number | null }[];
  /** Waits until at least `count` messages arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const state = { refusing: false, holdReplyMs: 0, trickleReplyMs: 0 };
  const receptions: SmtpSink['receptions'] = [];
  const refused = new Set<string>();
  const held = new Set<NodeJS.Timeout>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      callback(state.refusing ? Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }) : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(refused.has(address.address) ? Object.assign(new Error('Mailbox unknown'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const reception = { messageId: '', from: Date.now(), to: null as number | null };
      receptions.push(reception);
      const replied = () => (reception.to ??= Date.now());
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        reception.messageId = mail.messageId ?? '';
        if (state.trickleReplyMs) return trickle(session.id, replied);
        if (!state.holdReplyMs) return (replied(), callback());
        const reply = setTimeout(() => (held.delete(reply), replied(), callback()), state.holdReplyMs);
        held.add(reply);
      }, callback);
    },
  });
  /** A byte of „250-still busy” at a time on the session's socket (smtp-server's own connection), until the sender closes it. */
  const trickle = (sessionId: string, closed: () => void) => {
    const socket = [...(server as unknown as { connections: Set<{ id: string; _socket: Socket }> }).connections].find((c) => c.id === sessionId)!._socket;
    const line = Buffer.from('250-still busy\r\n');
    let sent = 0;
    const byte = setInterval(() => socket.writable && socket.write(line.subarray(sent % line.length, (sent++ % line.length) + 1)), state.trickleReplyMs);
    held.add(byte);
    socket.once('close', () => (clearInterval(byte), held.delete(byte), closed()));
  };
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refused,
    receptions,
    get refusing() {
      return state.refusing;
    },
    set refusing(value: boolean) {
      state.refusing = value;
    },
    get holdReplyMs() {
      return state.holdReplyMs;
    },
    set holdReplyMs(value: number) {
      state.holdReplyMs = value;
    },
    get trickleReplyMs() {
      return state.trickleReplyMs;
    },
    set trickleReplyMs(value: number) {
      state.trickleReplyMs = value;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      return messages;
    },
    close: () => {
      held.forEach(clearTimeout); // a trickle's interval too
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The family's daily emails to `to` the sink received so far, oldest first. */
export function familyDigests(sink: SmtpSink, to: string): ParsedMail[] {
  return sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to && /^(Nieuws over|News about)/.test(m.subject ?? ''));
}

/** Lets the day end (the day's news goes out at five) and waits for the daily email to `to` beyond the `before` it had; '' when none came. */
export async function nextFamilyDigest(admin: Session, sink: SmtpSink, to: string, before: number): Promise<string> {
  await admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
  const until = Date.now() + 15_000;
  while (familyDigests(sink, to).length <= before && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return familyDigests(sink, to)[before]?.text ?? '';
}
