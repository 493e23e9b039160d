import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import type { HandoverAppointment } from '../contracts/handover-appointment';
import { cursorTimestamp, CREATED_AT_CURSOR, DEFAULT_PAGE_SIZE, listOf, Page, pageOf, positionOf } from '../common/paging';
import { NotFoundProblem, ReaderWordedProblem, ValidationProblem } from '../common/problem';
import { StewardConfig } from '../config/config';
import { deleted } from '../database/deleted';
import { ProvidersService } from '../providers/providers.service';
import { OutboxRow, OutboxService } from '../runtime/outbox.service';
import { DeliveryStatus, NewWebhookEndpoint, WebhookDeliveryView, WebhookEndpointView } from './webhook.dto';
import { decryptSecret, encryptSecret, newWebhookSecret, normalisedWebhookUrl, UnletteredEventType, WEBHOOK_RETRY, webhookEventBody, webhookEventOf, WebhookEventType, webhookUrlProblem } from './webhook-rules';
import { WebhookSender } from './webhook-sender';

/** A provider has at most this many endpoints: each event is posted to every one. */
export const MAX_ENDPOINTS = 5;

/** A letter that went out to a contract's provider, as far as webhooks care. */
export interface LetterToProvider {
  estateId: string;
  instanceId: string;
  contractId: string;
  providerId: string;
  letterKind: string;
  /** Set when the letter went to someone else on the provider's behalf (the collection agency). */
  to?: string;
}

/**
 * A provider's webhook endpoints and the deliveries of its events. Events are written with the letter
 * that tells the provider (same transaction, when the letter goes out: produced and not held back; by post when its batch is marked posted, by e-mail when it is delivered); each delivery is a `webhook` effect in the outbox,
 * so leases, retries and parking are the outbox's (on the webhooks' own schedule); this table mirrors where it stands for
 * the provider and the administrator.
 */
@Injectable()
export class WebhooksService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly sender: WebhookSender,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly providers: ProvidersService,
  ) {}

  /** Part of the retention purge (one transaction per estate): its deliveries name its requests. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM webhook_deliveries WHERE estate_id = $1'], [estateId]);
  }

  onModuleInit(): void {
    this.outbox.register('webhook', { deliver: (row, deadline) => this.deliver(row, deadline) }, WEBHOOK_RETRY);
  }

  async register(providerId: string, url: string): Promise<NewWebhookEndpoint> {
    const problem = webhookUrlProblem(url, this.config.STEWARD_WEBHOOKS_ALLOW_PRIVATE ?? false);
    if (problem) throw new ValidationProblem([{ field: 'url', message: problem, rule: 'publicHttps' }], 422);
    const normalised = normalisedWebhookUrl(url);
    return this.db.transaction(async (manager) => {
      // Serialises registrations of one provider, so the limit holds under concurrent calls.
      await this.providers.lock(manager, providerId);
      // A second endpoint at the same URL would get every event twice, each signed with another secret (webhook_endpoints_url_idx).
      const [same]: { id: string }[] = await manager.query('SELECT id FROM webhook_endpoints WHERE provider_id = $1 AND url = $2 AND removed_at IS NULL', [providerId, normalised]);
      if (same) {
        throw new ReaderWordedProblem(409, 'endpoint-registered-already', 'endpointRegisteredAlready', [], {
          endpointId: same.id,
          // `said`: a form (the administrator's page) words it at the field, as the filter words the detail.
          errors: [{ field: 'url', message: 'is registered already', said: { refusal: 'endpointRegisteredAlready', args: [] } }],
        });
      }
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM webhook_endpoints WHERE provider_id = $1 AND removed_at IS NULL', [providerId]);
      if (count >= MAX_ENDPOINTS) throw new ReaderWordedProblem(409, 'too-many-endpoints', 'tooManyEndpoints', [MAX_ENDPOINTS]);
      const secret = newWebhookSecret();
      const [row] = await manager.query(
        `INSERT INTO webhook_endpoints (provider_id, url, secret_encrypted, created_at) VALUES ($1, $2, $3, $4) RETURNING ${ENDPOINT_COLUMNS}`,
        [providerId, normalised, encryptSecret(secret, this.config.webhookKey), this.clock.now()],
      );
      return { ...row, secret };
    });
  }

  endpoints(providerId: string): Promise<WebhookEndpointView[]> {
    return this.db.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE provider_id = $1 AND removed_at IS NULL ORDER BY created_at`, [providerId]);
  }

  /** Stops posting to the endpoint; what is still on its way to it is dropped, and its deliveries leave the lists. */
  async remove(providerId: string, endpointId: string): Promise<void> {
    const [, count]: [unknown, number] = await this.db.query('UPDATE webhook_endpoints SET removed_at = $3 WHERE id = $1 AND provider_id = $2 AND removed_at IS NULL', [endpointId, providerId, this.clock.now()]);
    if (count !== 1) throw new NotFoundProblem();
  }

  /** In the letter's transaction: the event its kind means to the provider, one delivery per endpoint. */
  async recordLetter(manager: EntityManager, letter: LetterToProvider): Promise<void> {
    const type = webhookEventOf(letter);
    if (type) await this.record(manager, type, letter);
  }

  /**
   * In the fact's transaction, one event for the fact (`UnletteredEventType`): an answer that changed one the provider gave in its desk
   * (`overridesDeskAnswer`), our letter to it come back, the complaints body's decision corrected. No letter tells it, so this event does,
   * as a letter's would; the caller tells only the provider's own (never the agency's copy).
   */
  recordUnlettered(manager: EntityManager, type: UnletteredEventType, request: Omit<LetterToProvider, 'letterKind' | 'to'>): Promise<void> {
    return this.record(manager, type, request);
  }

  /**
   * rentkeys3: in the appointment's transaction, one event for a handover appointment the corporation gave or changed, with it and the one
   * it replaced: its own system plans the handover from it. Only the contract's provider (the corporation) is told, never an agency.
   */
  recordHandoverAppointment(manager: EntityManager, request: Omit<LetterToProvider, 'letterKind' | 'to'>, given: { handoverAppointment: HandoverAppointment; previousAppointment: HandoverAppointment | null }): Promise<void> {
    return this.record(manager, 'request.handover_appointment', request, given);
  }

  /** One delivery of the event per endpoint of the provider. */
  private async record(manager: EntityManager, type: WebhookEventType, letter: Omit<LetterToProvider, 'letterKind' | 'to'>, facts?: Record<string, unknown>): Promise<void> {
    const endpoints: { id: string }[] = await manager.query('SELECT id FROM webhook_endpoints WHERE provider_id = $1 AND removed_at IS NULL', [letter.providerId]);
    const now = this.clock.now();
    const eventId = randomUUID();
    const body = webhookEventBody({ id: eventId, type, createdAt: now, requestId: letter.contractId, facts });
    for (const endpoint of endpoints) {
      const id = randomUUID();
      const outboxId = await this.enqueue(manager, { id, estateId: letter.estateId, instanceId: letter.instanceId, contractId: letter.contractId });
      await manager.query(
        `INSERT INTO webhook_deliveries (id, endpoint_id, provider_id, event_id, event_type, estate_id, instance_id, contract_id, body, outbox_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, endpoint.id, letter.providerId, eventId, type, letter.estateId, letter.instanceId, letter.contractId, body, outboxId, now],
      );
    }
  }

  private enqueue(manager: EntityManager, d: { id: string; estateId: string; instanceId: string; contractId: string }): Promise<string> {
    return this.outbox.enqueue(manager, { estateId: d.estateId, contractId: d.contractId, instanceId: d.instanceId, kind: 'webhook', payload: { deliveryId: d.id } });
  }

  /** The outbox's attempt: post, then record where the delivery stands; a failure is rethrown so the outbox retries or parks it. */
  private async deliver(row: OutboxRow, deadline: AbortSignal): Promise<void> {
    const { deliveryId } = row.payload as unknown as { deliveryId: string };
    const [delivery]: { event_id: string; body: string; url: string; secret_encrypted: string }[] = await this.db.query(
      `SELECT d.event_id, d.body, e.url, e.secret_encrypted FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1 AND e.removed_at IS NULL`,
      [deliveryId],
    );
    if (!delivery) return; // the endpoint was removed: nobody to tell
    try {
      await this.sender.post(delivery.url, decryptSecret(delivery.secret_encrypted, this.config.webhookKey), delivery.event_id, delivery.body, deadline);
    } catch (error) {
      await this.db.query('UPDATE webhook_deliveries SET status = $2, attempts = $3, last_error = $4 WHERE id = $1', [
        deliveryId,
        row.attempts >= WEBHOOK_RETRY.maxAttempts ? 'parked' : 'pending',
        row.attempts,
        (error instanceof Error ? error.message : String(error)).slice(0, 500),
      ]);
      throw error;
    }
    await this.db.query(`UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, last_error = NULL, delivered_at = $3 WHERE id = $1`, [deliveryId, row.attempts, this.clock.now()]);
  }

  /** One page of the provider's deliveries to its current endpoints, newest first. */
  /** `cursorParam`: the query parameter that carried the cursor, named when it is refused (the admin page's parked list: `parked`). */
  async deliveries(providerId: string, options: { status?: DeliveryStatus; cursor?: string; limit?: number; cursorParam?: string }): Promise<Page<WebhookDeliveryView>> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    // cursorbind: the provider's deliveries as filtered by status.
    const list = listOf('webhook-deliveries', providerId, options.status);
    const after = positionOf(list, options.cursor, CREATED_AT_CURSOR, options.cursorParam);
    const rows: (WebhookDeliveryView & { cursorAt: string })[] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS}, ${cursorTimestamp('d.created_at')} AS "cursorAt"
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.provider_id = $1 AND e.removed_at IS NULL AND ($2::text IS NULL OR d.status = $2)
          AND ($3::timestamptz IS NULL OR (d.created_at, d.id) < ($3::timestamptz, $4::uuid))
        ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
      [providerId, options.status ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return pageOf(list, rows, limit, (r) => [r.cursorAt, r.id], ({ cursorAt: _, ...view }) => view);
  }

  /**
   * Sends the event again with the same id: a parked delivery gets a fresh set of attempts, a
   * delivered one is posted once more (the receiver lost it). One still on its way is a 409.
   */
  async replay(providerId: string, deliveryId: string): Promise<WebhookDeliveryView> {
    await this.db.transaction(async (manager) => {
      const [delivery] = await manager.query(
        `SELECT d.id, d.status, d.outbox_id, d.estate_id AS "estateId", d.instance_id AS "instanceId", d.contract_id AS "contractId"
           FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
          WHERE d.id = $1 AND d.provider_id = $2 AND e.removed_at IS NULL FOR UPDATE OF d`,
        [deliveryId, providerId],
      );
      if (!delivery) throw new NotFoundProblem();
      if (delivery.status === 'pending') throw new ReaderWordedProblem(409, 'already-on-its-way', 'alreadyOnItsWay');
      const outboxId = delivery.status === 'parked' && (await this.outbox.retry(delivery.outbox_id)) ? delivery.outbox_id : await this.enqueue(manager, delivery);
      // On its way again, so not delivered: `deliveredAt` is of the send that reached the endpoint, set again when this one does (audit81 WH-2).
      await manager.query(`UPDATE webhook_deliveries SET status = 'pending', attempts = 0, delivered_at = NULL, outbox_id = $2 WHERE id = $1`, [deliveryId, outboxId]);
    });
    const [view] = await this.db.query(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = $1`, [deliveryId]);
    return view;
  }
}

const ENDPOINT_COLUMNS = `id, url, created_at AS "createdAt"`;
const DELIVERY_COLUMNS = `d.id, d.event_id AS "eventId", d.event_type AS "eventType", d.contract_id AS "requestId", e.url, d.status, d.attempts,
  d.last_error AS "lastError", d.created_at AS "createdAt", d.delivered_at AS "deliveredAt"`;
