import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { ProblemException, ValidationProblem } from '../common/problem';
import { deleted } from '../database/deleted';
import { Workers } from '../runtime/workers.service';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, path, body ?? null])).digest('hex');
}

/**
 * `Idempotency-Key` for provider calls. The key is inserted in the same transaction as the change it
 * guards: a retry after success replays the stored answer, a concurrent duplicate waits on the
 * key's row and then replays, and a failed call stores nothing (its retry fails the same way).
 */
/**
 * A retry comes within minutes or days; after this long a key is forgotten, and with it the answer
 * it kept (which names the deceased and the account: least data).
 */
export const IDEMPOTENCY_KEY_DAYS = 30;

@Injectable()
export class IdempotencyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    workers: Workers,
  ) {
    workers.registerRoutine('idempotency key cleanup', () => this.forgetOldKeys());
  }

  /** A thousand a round, skipping rows another instance holds; the next round takes the rest. */
  forgetOldKeys(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - IDEMPOTENCY_KEY_DAYS * 86_400_000);
    return deleted(
      this.db.manager,
      ['DELETE FROM idempotency_keys WHERE (provider_id, key) IN (SELECT provider_id, key FROM idempotency_keys WHERE created_at < $1 LIMIT 1000 FOR UPDATE SKIP LOCKED)'],
      [before],
    );
  }

  async run(providerId: string, key: string | undefined, hash: string, work: (manager: EntityManager) => Promise<StoredResponse>): Promise<StoredResponse> {
    if (key === undefined) return this.db.transaction(work);
    assertKey(key);
    return this.db.transaction(async (manager) => {
      const stored = await this.claim(manager, providerId, key, hash);
      if (stored) return stored;
      const response = await work(manager);
      await this.keep(manager, providerId, key, response);
      return response;
    });
  }

  /**
   * A batch under one key. Its items are separate transactions, so the batch cannot be one: each item
   * runs under a key derived from the batch's (`itemKey`), and the batch's own key, committed before
   * the first item, keeps the whole answer once every item is through. A retry after that replays the
   * answer; a retry of a batch cut off half-way runs it again, and the items already done replay theirs.
   */
  async runBatch<T>(providerId: string, key: string | undefined, hash: string, work: (itemKey: (id: string) => string | undefined) => Promise<T>): Promise<T> {
    if (key === undefined) return work(() => undefined);
    assertKey(key);
    const stored = await this.db.transaction((manager) => this.claim(manager, providerId, key, hash));
    if (stored?.status) return stored.body as T;
    const batch = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const body = await work((id) => `batch-${batch}-${id}`);
    await this.keep(this.db.manager, providerId, key, { status: 200, body });
    return body;
  }

  /** Takes the key for this request; null when it is new, else what it answered (status 0: not finished), or 422 for another request. */
  private async claim(manager: EntityManager, providerId: string, key: string, hash: string): Promise<StoredResponse | null> {
    const inserted = await manager.query(
      `INSERT INTO idempotency_keys (provider_id, key, request_hash, response_status, response_body, created_at)
       VALUES ($1, $2, $3, 0, 'null', $4) ON CONFLICT DO NOTHING RETURNING key`,
      [providerId, key, hash, this.clock.now()],
    );
    if (inserted.length) return null;
    const [stored] = await manager.query('SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE provider_id = $1 AND key = $2', [providerId, key]);
    if (stored.request_hash !== hash) {
      throw new ProblemException(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different request.');
    }
    return { status: stored.response_status, body: stored.response_body };
  }

  private keep(manager: EntityManager, providerId: string, key: string, response: StoredResponse): Promise<unknown> {
    return manager.query('UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE provider_id = $1 AND key = $2', [
      providerId,
      key,
      response.status,
      JSON.stringify(response.body),
    ]);
  }
}

function assertKey(key: string): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ValidationProblem([{ field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' }], 400);
  }
}
