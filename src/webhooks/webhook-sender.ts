import { Injectable } from '@nestjs/common';
import { lookup, LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { rootCertificates } from 'node:tls';
import { Webhook } from 'standardwebhooks';
import { StewardConfig } from '../config/config';
import { DELIVERY_FAILURES, isInternalAddress, webhookUrlProblem } from './webhook-rules';

/** A receiver that does not answer within this long counts as a failed attempt (Stripe, Svix: 10–15 s): each wait's bound. */
const TIMEOUT_MS = 10_000;

/** A failed delivery, with a code for the outbox's error kind (`HTTP_500`, `ECONNREFUSED`, …). */
export class DeliveryFailed extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DeliveryFailed';
  }
}

/** Posts one signed event over HTTPS (Standard Webhooks headers); any 2xx is delivered, anything else (redirects too) fails. */
@Injectable()
export class WebhookSender {
  private readonly ca: string[] | undefined;

  constructor(private readonly config: StewardConfig) {
    this.ca = config.STEWARD_WEBHOOKS_CA_FILE ? [...rootCertificates, readFileSync(config.STEWARD_WEBHOOKS_CA_FILE, 'utf8')] : undefined;
  }

  /**
   * `deadline` ends the whole post, however its bytes come (the outbox's, within its lease: an endpoint that trickles its answer
   * keeps each wait short and would outlast the lease, when a second worker posts the event again): the connection is closed and
   * the attempt failed as not answered in the time it had.
   */
  async post(url: string, secret: string, eventId: string, body: string, deadline: AbortSignal): Promise<void> {
    const allowInternal = this.config.STEWARD_WEBHOOKS_ALLOW_PRIVATE ?? false;
    const problem = webhookUrlProblem(url, allowInternal);
    if (problem) throw new DeliveryFailed(DELIVERY_FAILURES.url(problem), 'EURL');
    // Wall-clock time, not the domain clock: the receiver compares it with its own clock to refuse replays.
    const signed = new Date();
    const signature = new Webhook(secret).sign(eventId, signed, body);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Steward-Webhooks/1',
      'webhook-id': eventId,
      'webhook-timestamp': String(Math.floor(signed.getTime() / 1000)),
      'webhook-signature': signature,
      'content-length': String(Buffer.byteLength(body)),
    };
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers, timeout: TIMEOUT_MS, ca: this.ca, lookup: allowInternal ? undefined : publicLookup }, (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new DeliveryFailed(DELIVERY_FAILURES.status(status), `HTTP_${status}`));
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new DeliveryFailed(DELIVERY_FAILURES.timeout(TIMEOUT_MS / 1000), 'ETIMEDOUT')));
      // Settled here, not by the request's error: a response whose body trickles may end with neither 'end' nor 'error'.
      const stop = () => {
        const failed = new DeliveryFailed(DELIVERY_FAILURES.timeout(Math.floor((Date.now() - started) / 1000)), 'ETIMEDOUT');
        reject(failed);
        req.destroy(failed);
      };
      deadline.addEventListener('abort', stop, { once: true });
      req.on('close', () => deadline.removeEventListener('abort', stop));
      req.on('error', reject);
      req.end(body);
    });
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** DNS as usual, but a name that resolves to an internal address is refused at connect time (no DNS rebinding around the URL check). */
function publicLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const internal = addresses.find((a) => isInternalAddress(a.address));
    if (internal) return callback(new DeliveryFailed(DELIVERY_FAILURES.internal(hostname), 'EINTERNAL'), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}
