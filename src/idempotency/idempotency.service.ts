import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { Clock } from '../clock/clock';
import { outcomeOfFirstCall } from '../common/first-call';
import { ReaderWordedProblem, ValidationProblem } from '../common/problem';
import { deleted } from '../database/deleted';
import { Workers } from '../runtime/workers.service';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** An answer of `runApart`: `replayed` when it is not this call's own (the first call's kept answer, or one built again). */
export type KeyedAnswer = StoredResponse & { replayed: boolean };

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, path, body ?? null])).digest('hex');
}

/** Whose key it is: a provider's desk calls or one staff member's calls to the owners' API; keys never cross. */
export type IdempotencyScope = { providerId: string } | { userId: string };

function scopeOf(scope: IdempotencyScope): [column: 'provider_id' | 'user_id', id: string] {
  return 'providerId' in scope ? ['provider_id', scope.providerId] : ['user_id', scope.userId];
}

/**
 * `Idempotency-Key` for the desk's and the owners' API calls. The key is inserted in the transaction
 * `run` opens: a retry after success replays the stored answer, a concurrent duplicate waits on the
 * key's row and then replays, and a failed call stores nothing (its retry fails the same way). Desk
 * work writes through that transaction's manager, so key and change commit together; the owners' API
 * runs its routes' own transactions, so it claims the key apart (`runApart`).
 */
/**
 * A retry comes within minutes or days; after this long a key is forgotten, and with it the answer
 * it kept (which names the deceased and the account: least data).
 */
export const IDEMPOTENCY_KEY_DAYS = 30;
/** The oldest moment a key taken at still counts from, at `now`: before it the key has expired. */
const keptSince = (now: Date) => new Date(now.getTime() - IDEMPOTENCY_KEY_DAYS * 86_400_000);

/**
 * A claim with no answer kept after this long is abandoned (its call crashed between the work and keeping the
 * answer), and the next call with the key and the same request takes it over and runs anew, as Stripe's keys do.
 * Six times the 10 s a duplicate waits (`outcomeOfFirstCall`), and far above any call of ours (the slowest, an
 * upload, takes seconds), so a call still at work is not run twice; short enough that a client's retry
 * within minutes goes through instead of being told to send a new key.
 */
export const ABANDONED_CLAIM_MS = 60_000;

/**
 * How long a duplicate waits for the answer of a call whose change committed, before it takes the call as cut off and
 * builds the answer again: the answer is built within a second of the commit (the audit saw 0.3 s with an estate's calls
 * queued), so a call still building it keeps its own answer for its duplicates; half the 10 s a duplicate waits at most.
 */
const ANSWER_BUILT_MS = 5_000;

/**
 * What `claim` found: the key taken for this call at `takenAt` (the claim's tag: a call slower than `ABANDONED_CLAIM_MS`
 * may have lost its key to a retry meanwhile, so it keeps or frees the key only while it is still the one it took),
 * the answer already kept (status 0: not finished), or that the call was done but its answer never kept (`answerLost`).
 */
type Claim = { takenAt: Date } | StoredResponse | { answerLost: true };

/** The claim of the keyed call whose route runs in this async context (`runApart`), for its transactions to mark committed. */
const runningClaim = new AsyncLocalStorage<{ scope: IdempotencyScope; key: string; takenAt: Date }>();

/** Whether the keyed call of this request replayed its answer, for the desk's answers (`run`, `runBatch`): their route says so (`noteReplayed`). */
const replayNoted = new AsyncLocalStorage<{ replayed: boolean }>();

/** Runs `work` (a desk answer's route), telling whether its key replayed the first call's answer rather than running it. */
export async function noteReplayed<T>(work: () => Promise<T>): Promise<{ answer: T; replayed: boolean }> {
  const noted = { replayed: false };
  const answer = await replayNoted.run(noted, work);
  return { answer, replayed: noted.replayed };
}

/** A kept answer given again: the route's `noteReplayed` hears of it. */
function replayed<T>(answer: T): T {
  const noted = replayNoted.getStore();
  if (noted) noted.replayed = true;
  return answer;
}

@Injectable()
export class IdempotencyService implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    workers: Workers,
  ) {
    workers.registerRoutine('idempotency key cleanup', () => this.forgetOldKeys());
    db.subscribers.push(this);
  }

  /**
   * Every transaction a keyed route (`runApart`) commits marks its key committed in that same transaction, whichever
   * service opened it: the key then knows its call was done even if the answer is never kept (a crash while it was built).
   * Only a transaction that wrote something counts (`txid_current_if_assigned()`: a read-only one has no transaction id),
   * so a call that read, then was refused, still frees its key.
   */
  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    const running = runningClaim.getStore();
    if (!running) return;
    const [column, id] = scopeOf(running.scope);
    await queryRunner.query(
      `UPDATE idempotency_keys SET committed = true
       WHERE ${column} = $1 AND key = $2 AND created_at = $3 AND response_status = 0 AND NOT committed AND txid_current_if_assigned() IS NOT NULL`,
      [id, running.key, running.takenAt],
    );
  }

  /** A thousand a round, skipping rows another instance holds; the next round takes the rest. */
  forgetOldKeys(): Promise<number> {
    const before = keptSince(this.clock.now());
    return deleted(
      this.db.manager,
      ['DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE created_at < $1 LIMIT 1000 FOR UPDATE SKIP LOCKED)'],
      [before],
    );
  }

  async run(scope: IdempotencyScope, key: string | undefined, hash: string, work: (manager: EntityManager) => Promise<StoredResponse>): Promise<StoredResponse> {
    if (key === undefined) return this.db.transaction(work);
    assertKey(key);
    return this.db.transaction(async (manager) => {
      const claim = await this.claim(manager, scope, key, hash);
      // Its key and its answer commit together: a key done without its answer was another route's (`runApart`).
      if ('answerLost' in claim) throw answerLost();
      if (!('takenAt' in claim)) return replayed(claim);
      const response = await work(manager);
      await this.keep(manager, scope, key, claim.takenAt, response);
      return response;
    });
  }

  /**
   * A key for work that runs its own transactions (the owners' API, `IdempotencyInterceptor`): the claim
   * commits at once, so no connection is held while the work runs (a burst of keyed calls cannot take the
   * pool); a concurrent duplicate polls, as a form's double click does (`FormSubmissions`), and replays the
   * first's answer, or answers 409 if it is still at work after 10 s (`outcomeOfFirstCall`); a failed call frees its key.
   * The work's transactions mark the key committed as they commit (`beforeTransactionCommit`), and its answer is
   * kept just after: a crash in between leaves a key that knows its call was done, and a retry that saw no answer come
   * for `ANSWER_BUILT_MS` gets `answerAgain`, the resource as it now stands (or, for a call whose answer cannot be built
   * again, 409 `idempotency-key-done`), never a second run told that nothing changed. A claim whose work committed nothing stays in progress (409) until
   * `ABANDONED_CLAIM_MS` have passed, after which a retry runs the work anew (`claim`); should the first call still be at
   * work then, its failure frees and its answer fills only its own claim, not the retry's (`takenAt`).
   */
  async runApart(scope: IdempotencyScope, key: string, hash: string, work: () => Promise<StoredResponse>, answerAgain?: () => Promise<StoredResponse>): Promise<KeyedAnswer> {
    assertKey(key);
    const waitingSince = Date.now();
    const claim = await outcomeOfFirstCall(
      async () => {
        const found = await this.db.transaction((manager) => this.claim(manager, scope, key, hash));
        if ('answerLost' in found) return Date.now() - waitingSince >= ANSWER_BUILT_MS ? found : undefined;
        return 'takenAt' in found || found.status ? found : undefined;
      },
      () => new ReaderWordedProblem(409, 'idempotency-key-in-progress', 'keyInProgress'),
    );
    if ('answerLost' in claim) {
      if (!answerAgain) throw answerLost();
      return { ...(await answerAgain()), replayed: true };
    }
    if (!('takenAt' in claim)) return { ...claim, replayed: true };
    let response: StoredResponse;
    try {
      response = await runningClaim.run({ scope, key, takenAt: claim.takenAt }, work);
    } catch (error) {
      // A call that failed after committing its change keeps its key: the retry is told it was done.
      const [column, id] = scopeOf(scope);
      await this.db.query(`DELETE FROM idempotency_keys WHERE ${column} = $1 AND key = $2 AND response_status = 0 AND NOT committed AND created_at = $3`, [id, key, claim.takenAt]);
      throw error;
    }
    await this.keep(this.db.manager, scope, key, claim.takenAt, response);
    return { ...response, replayed: false };
  }

  /**
   * A batch under one key. Its items are separate transactions, so the batch cannot be one: each item
   * runs under a key derived from the batch's (`itemKey`), and the batch's own key, committed before
   * the first item, keeps the whole answer once every item is through. A retry after that replays the
   * answer; a retry of a batch cut off half-way runs it again, and the items already done replay theirs (its answer
   * is kept by the call holding the claim).
   */
  async runBatch<T>(scope: IdempotencyScope, key: string | undefined, hash: string, work: (itemKey: (id: string) => string | undefined) => Promise<T>): Promise<T> {
    if (key === undefined) return work(() => undefined);
    assertKey(key);
    const claim = await this.db.transaction((manager) => this.claim(manager, scope, key, hash));
    if ('status' in claim && claim.status) return replayed(claim.body as T);
    const batch = createHash('sha256').update(key).digest('hex').slice(0, 32);
    // An item replayed by a batch run anew is the item's, not the batch's answer: the batch is not said to be replayed.
    const body = await replayNoted.run({ replayed: false }, () => work((id) => `batch-${batch}-${id}`));
    if ('takenAt' in claim) await this.keep(this.db.manager, scope, key, claim.takenAt, { status: 200, body });
    return body;
  }

  /**
   * Takes the key for this request, tagged with the moment it was taken, when it is new, abandoned (no answer and nothing
   * committed after `ABANDONED_CLAIM_MS`, the same request) or expired (taken more than `IDEMPOTENCY_KEY_DAYS` ago, whatever it kept: as
   * good as forgotten, though the cleanup may not have come by yet) — taken over in the insert itself, so of two retries
   * at once one takes it and the other waits on it — else what it answered (status 0: not finished; `answerLost` when its work committed), or 422 for another
   * request: its `detail` in the caller's words (the problem filter's, by audience and language), `errors[].message` the
   * API's English. Every moment is Steward's clock (`Clock`, virtual in tests and demos), never the database's.
   */
  private async claim(manager: EntityManager, scope: IdempotencyScope, key: string, hash: string): Promise<Claim> {
    const [column, id] = scopeOf(scope);
    let stored: { request_hash: string; response_status: number; response_body: unknown; committed: boolean } | undefined;
    // A call that failed frees its key (`runApart`): gone between the insert and the read, the key is free again.
    while (!stored) {
      const now = this.clock.now();
      const inserted = await manager.query(
        `INSERT INTO idempotency_keys AS k (${column}, key, request_hash, response_status, response_body, created_at)
         VALUES ($1, $2, $3, 0, 'null', $4)
         ON CONFLICT (${column}, key) DO UPDATE SET created_at = EXCLUDED.created_at, request_hash = EXCLUDED.request_hash, response_status = 0, response_body = 'null', committed = false
           WHERE (k.response_status = 0 AND NOT k.committed AND k.request_hash = EXCLUDED.request_hash AND k.created_at < $5) OR k.created_at < $6
         RETURNING key`,
        [id, key, hash, now, new Date(now.getTime() - ABANDONED_CLAIM_MS), keptSince(now)],
      );
      if (inserted.length) return { takenAt: now };
      [stored] = await manager.query(`SELECT request_hash, response_status, response_body, committed FROM idempotency_keys WHERE ${column} = $1 AND key = $2`, [id, key]);
    }
    if (stored.request_hash !== hash) {
      throw new ReaderWordedProblem(422, 'idempotency-key-reused', 'keyReused', [], {
        errors: [{ field: 'Idempotency-Key', message: 'was already used for a different request: send a new key' }],
      });
    }
    if (stored.committed && !stored.response_status) return { answerLost: true };
    return { status: stored.response_status, body: stored.response_body };
  }

  /** Keeps the answer in the claim taken at `takenAt` only: a retry that took the key over keeps its own. */
  private keep(manager: EntityManager, scope: IdempotencyScope, key: string, takenAt: Date, response: StoredResponse): Promise<unknown> {
    const [column, id] = scopeOf(scope);
    return manager.query(`UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE ${column} = $1 AND key = $2 AND created_at = $5`, [
      id,
      key,
      response.status,
      JSON.stringify(response.body),
      takenAt,
    ]);
  }
}

/** A retry of a call that was done, whose answer was lost and cannot be built again: said so, not run anew. */
function answerLost(): ReaderWordedProblem {
  return new ReaderWordedProblem(409, 'idempotency-key-done', 'keyDone');
}

function assertKey(key: string): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ValidationProblem([{ field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters', rule: 'keyFormat' }], 400);
  }
}
