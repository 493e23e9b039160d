import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { RetryPolicy } from '../runtime/outbox.service';

/*
 * What a webhook is, without I/O: which transitions become events, what an event says, which URLs
 * may receive them, and how the signing secret is kept.
 */

/** Every event a provider can receive; `data.requestId` names the request in the desk API. */
export const WEBHOOK_EVENT_TYPES = [
  'request.created', 'request.information_supplied', 'request.disputed', 'request.collection_stopped',
  'request.corrected', 'request.withdrawn', 'request.erasure_requested', 'request.document_corrected', 'request.answer_changed',
  'request.letter_returned', 'request.decision_corrected', 'request.handover_appointment',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * The events no letter to the provider says, each written with the fact in its own transaction: the case owner recorded an answer that
 * changes one the desk gave (recordedanswer), our letter by post to the provider came back undelivered (returnedthread: check the postal
 * address we have), Steward corrected the complaints body's decision it recorded (decisionowes). Each is a line in the desk's thread.
 */
export type UnletteredEventType = Extract<WebhookEventType, 'request.answer_changed' | 'request.letter_returned' | 'request.decision_corrected'>;

/**
 * A letter to the provider is what tells it something happened; the letter's going out now tells its
 * endpoint (a letter the letter rules hold back tells nothing until it goes). The agency's copy of a
 * collection stop is not the provider's letter. Every letter that changes what the provider must do
 * is an event: a new request, information, a bill disputed, a collection to stop, corrected facts, a
 * request withdrawn, a document to delete, a corrected version of a document it had (docdesc). Reminders and complaints change nothing in the request.
 */
const EVENT_OF_LETTER: Record<string, WebhookEventType> = {
  cancellation: 'request.created',
  transfer: 'request.created',
  information_supplied: 'request.information_supplied',
  dispute: 'request.disputed',
  collection_stop: 'request.collection_stopped',
  correction: 'request.corrected',
  withdrawal: 'request.withdrawn',
  document_erasure: 'request.erasure_requested',
  document_correction: 'request.document_corrected',
};

export function webhookEventOf(letter: { letterKind: string; to?: string }): WebhookEventType | null {
  return letter.to === undefined ? (EVENT_OF_LETTER[letter.letterKind] ?? null) : null;
}

/**
 * A thin event: its stable id, type, time and the request it is about, nothing the request itself
 * does not show. The receiver reads the request through the desk API with its own token. rentkeys3: a handover appointment's event
 * also carries the appointment and the one it replaced (`facts`), as the request shows them, so a corporation's planning need not ask.
 */
export function webhookEventBody(event: { id: string; type: WebhookEventType; createdAt: Date; requestId: string; facts?: Record<string, unknown> }): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: { requestId: event.requestId, ...event.facts } });
}

const SECOND = 1000;
const HOUR = 3_600_000;
/**
 * The waits after each failed attempt: Standard Webhooks' suggested schedule (5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h; standardwebhooks.com, "Retry schedule"), continued every 10 h up to Stripe's window of about
 * three days, so an endpoint down over a weekend still gets every event without a replay.
 */
const WEBHOOK_DELAYS_MS = [5 * SECOND, 300 * SECOND, 1800 * SECOND, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR];

/** A provider's system may be down for hours; ours is not the one to fix, so it is retried far longer than our own effects. */
export const WEBHOOK_RETRY: RetryPolicy = {
  maxAttempts: WEBHOOK_DELAYS_MS.length + 1,
  delayMs: (attempts) => WEBHOOK_DELAYS_MS[Math.min(attempts, WEBHOOK_DELAYS_MS.length) - 1],
};

// Addresses a webhook may never reach: loopback, private networks (RFC 1918, RFC 4193), link-local
// (cloud metadata at 169.254.169.254), carrier-grade NAT, "this network", multicast and reserved.
const BLOCKED = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 3]] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is internal (an IPv4-mapped IPv6 address counts as its IPv4 address). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  return family === 0 ? true : BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why this URL cannot receive webhooks, or null when it can. `allowInternal` is for tests (STEWARD_WEBHOOKS_ALLOW_PRIVATE). */
export function webhookUrlProblem(text: string, allowInternal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:') return 'must start with https://';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.hash) return 'must not have a #fragment';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const internal = isIP(host) ? isInternalAddress(host) : host === 'localhost' || host.endsWith('.localhost') || !host.includes('.');
  if (internal && !allowInternal) return 'must be a public address, not a loopback, private or local one';
  return null;
}

/**
 * The failures the sender words itself, in English for the receiver's developer: stored as the delivery's `last_error` (the
 * API's `lastError`, unchanged) and read back by `deliveryFailureOf` to tell them in the reader's language.
 */
export const DELIVERY_FAILURES = {
  status: (status: number) => `The endpoint answered HTTP ${status}.`,
  timeout: (seconds: number) => `No answer within ${seconds} seconds.`,
  url: (problem: string) => `The URL ${problem}.`,
  internal: (hostname: string) => `${hostname} resolves to an internal address.`,
};

export type DeliveryFailure =
  | { kind: 'status'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'url' | 'internal' | 'unreachable' | 'certificate' | 'other' };

/**
 * A stored `last_error` as what went wrong: the sender's own forms (`DELIVERY_FAILURES`), else Node's, which name their code
 * (`connect ECONNREFUSED 203.0.113.5:443`, `getaddrinfo ENOTFOUND hooks.example`, `socket hang up`) or the certificate
 * (`self-signed certificate`, `certificate has expired`, `Hostname/IP does not match certificate's altnames`); anything else is `other`.
 */
export function deliveryFailureOf(lastError: string): DeliveryFailure {
  const status = /^The endpoint answered HTTP (\d{3})\.$/.exec(lastError);
  if (status) return { kind: 'status', status: Number(status[1]) };
  const timeout = /^No answer within (\d+) seconds\.$/.exec(lastError);
  if (timeout) return { kind: 'timeout', seconds: Number(timeout[1]) };
  if (lastError.startsWith('The URL ')) return { kind: 'url' };
  if (lastError.endsWith(' resolves to an internal address.')) return { kind: 'internal' };
  if (/\b(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b|socket hang up/.test(lastError)) return { kind: 'unreachable' };
  if (/certificate|\b(SSL|TLS)\b/i.test(lastError)) return { kind: 'certificate' };
  return { kind: 'other' };
}

/** What a reader's catalogue says of each failure (the desk's `hooks.failures`, the administrator's `admin.deliveryFailures`). */
export interface DeliveryFailureWords {
  status: (status: number) => string;
  timeout: (seconds: number) => string;
  url: string;
  internal: string;
  unreachable: string;
  certificate: string;
  other: string;
}

/** A delivery's last error in its reader's words. */
export function deliveryFailureText(words: DeliveryFailureWords, lastError: string): string {
  const failure = deliveryFailureOf(lastError);
  return failure.kind === 'status' ? words.status(failure.status) : failure.kind === 'timeout' ? words.timeout(failure.seconds) : words[failure.kind];
}

/**
 * The URL as stored and compared: WHATWG's serialisation (scheme and host in lower case, the default port
 * dropped, an empty path as `/`), so two spellings of one receiver are one endpoint. Path and query stay as
 * typed: a receiver may tell them apart. Only for a URL `webhookUrlProblem` accepted.
 */
export const normalisedWebhookUrl = (text: string): string => new URL(text).href;

/** A new signing secret in the Standard Webhooks form (`whsec_` and base64 of 24 random bytes). */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** AES-256-GCM: iv, tag and ciphertext, base64, separated by dots. */
export function encryptSecret(secret: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64')).join('.');
}

export function decryptSecret(stored: string, key: Buffer): string {
  const [iv, tag, ciphertext] = stored.split('.').map((part) => Buffer.from(part, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
