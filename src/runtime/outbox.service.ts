import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { Statement, WriteBatch } from '../database/write-batch';
import type { Effect } from './workflow-runtime.service';
import { deleted } from '../database/deleted';

/** Every effect Steward performs. A kind without a registered handler stops start-up. */
export const EFFECT_KINDS = ['letter', 'deliver_letter', 'notify_family', 'notify_owner', 'portal_link', 'family_digest', 'family_report_mail', 'handover_notice', 'webhook'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** A workflow emitted this effect type; one we cannot perform is a machine bug, refused when it is written. */
export function effectKind(type: string): EffectKind {
  if (!(EFFECT_KINDS as readonly string[]).includes(type)) throw new Error(`effect "${type}" has no kind in EFFECT_KINDS`);
  return type as EffectKind;
}

export interface OutboxRow {
  id: string;
  estateId: string;
  contractId: string | null;
  instanceId: string;
  kind: EffectKind;
  /**
   * `from`: the state the transition left (rows written before it was recorded, and a start, have none).
   * `step`: the instance version the step made (older rows have none); `withLetter`:
   * the step also sent a letter; `dueDate`: the state's due date the step set (older rows have none).
   */
  payload: { effect: Effect; event: { type: string; [key: string]: unknown }; state: string; from?: string; step?: number; withLetter?: boolean; dueDate?: string | null; /** News: the subject's read model as the step left it. */ readModel?: object; /** A deadline that kept the state: the terms missed in a row with it (`missed_terms`). */ missedTerms?: number; /** A collection stop made anew without the other addressee's (`LettersService.remake`). */ alone?: boolean; /** A request made again after copies went to the provider's old address: their dates (README, printwords). */ postedBefore?: string[] };
  /** Including the one in progress. */
  attempts: number;
}

/**
 * Performs one kind of effect. `record` writes to the database in one transaction with marking the row
 * done, so it happens exactly once; it may enqueue a follow-up (a letter enqueues its delivery).
 * `deliver` leaves the system (SMTP) after the claim committed, outside any transaction; a crash before
 * the row is marked done delivers again, so it must be idempotent (a Message-ID stable per row). It must end at `deadline`
 * (`STEWARD_SEND_SECONDS` after the claim, within the lease): a delivery still running then could meet its own retry.
 */
export type EffectHandler = { record(manager: EntityManager, row: OutboxRow): Promise<void> } | { deliver(row: OutboxRow, deadline: AbortSignal): Promise<void> };

/** An effect to write to the outbox. */
export interface NewEffect {
  estateId: string;
  contractId: string | null;
  instanceId: string;
  kind: EffectKind;
  payload: object;
}

/**
 * Thrown by a handler whose step must wait for another effect to finish (a letter that names one of ours still on its way): its
 * row is put back, due again after `afterMs`, the attempt not counted. Nothing failed: no retry is used up, nothing parks.
 */
export class NotYet extends Error {
  constructor(
    readonly afterMs: number,
    why: string,
  ) {
    super(why);
  }
}

/** After this many failed attempts a row is parked and shown to the owner instead of retried. */
export const MAX_ATTEMPTS = 6;

/** 30 s, 1 min, 2 min, 4 min, … between attempts. */
export function backoffMs(attempts: number): number {
  return 30_000 * 2 ** (attempts - 1);
}

/** When a failed effect is tried again, and after how many attempts it is parked instead. */
export interface RetryPolicy {
  maxAttempts: number;
  /** The wait after this many failed attempts. */
  delayMs(attempts: number): number;
}

/** Ours to fix within minutes (a mail server, a bug): about a quarter of an hour, then the owner sees it parked. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: MAX_ATTEMPTS, delayMs: backoffMs };

/** A claimed row is ours this long; after it another worker may take it (we crashed, or hang). */
export const LEASE_MS = 5 * 60_000;
const CLAIM_BATCH = 20;
/** Rows of one batch performed side by side: enough to hide SMTP round trips, few enough for the pool. */
const CONCURRENCY = 4;
const PRUNE_BATCH = 1000;

export interface ParkedEffect {
  id: string;
  estateId: string;
  contractId: string | null;
  kind: EffectKind;
  attempts: number;
  lastError: string;
  lastErrorKind: string;
  createdAt: Date;
  /** The letter a parked `deliver_letter` was sending (null for other kinds): Today names its addressee and address. */
  letterId: string | null;
}

@Injectable()
export class OutboxService implements OnApplicationBootstrap {
  private readonly logger = new Logger('outbox');
  private readonly handlers = new Map<EffectKind, EffectHandler>();
  private readonly retries = new Map<EffectKind, RetryPolicy>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes the estate's effects, done or not; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM outbox WHERE estate_id = $1'], [estateId]);
  }

  /** A kind whose failures last longer than ours (someone else's server) brings its own retry policy. */
  register(kind: EffectKind, handler: EffectHandler, retry: RetryPolicy = DEFAULT_RETRY): void {
    this.handlers.set(kind, handler);
    this.retries.set(kind, retry);
  }

  /** Modules register on init; a kind nobody performs would otherwise surface only when parked. */
  onApplicationBootstrap(): void {
    const missing = EFFECT_KINDS.filter((kind) => !this.handlers.has(kind));
    if (missing.length) {
      throw new Error(`Steward cannot start: no handler for effect kind ${missing.map((k) => `"${k}"`).join(', ')}. The module that performs it must call OutboxService.register on init.`);
    }
  }

  /** Writes an effect to be performed after the caller's transaction commits (and only if it does); returns its row id. */
  async enqueue(manager: EntityManager, effect: NewEffect): Promise<string> {
    const [statement, params] = this.insertion([effect]);
    const [row]: { id: string }[] = await manager.query(`${statement} RETURNING id`, params);
    return row.id;
  }

  /**
   * Withdraws the effects of `kind` not yet claimed (`pending`, its first attempt to come or a retry waiting) whose payload's
   * `payloadKey` is one of `values`: marked done, never performed. One a worker claimed (its claim committed before the work
   * starts) and one another transaction holds are skipped: both are performed, and the handler may ask again whether to act
   * (a letter's sending, `LettersService.deliver`). `parked`: one parked after its failed attempts too (nobody performs it until
   * the owner retries; README printaddress: an e-mail to an address corrected since is made again instead). Returns the values withdrawn.
   */
  async withdrawUnclaimed(manager: EntityManager, kind: string, payloadKey: string, values: string[], parked = false): Promise<string[]> {
    if (!values.length) return [];
    const [rows]: [{ value: string }[], number] = await manager.query(
      `UPDATE outbox o SET status = 'done', done_at = $4 WHERE o.id IN (SELECT id FROM outbox WHERE kind = $1 AND (status = 'pending' OR ($5 AND status = 'parked')) AND payload->>$2 = ANY($3) FOR UPDATE SKIP LOCKED)
        RETURNING o.payload->>$2 AS value`,
      [kind, payloadKey, values, this.clock.now(), parked],
    );
    return rows.map((r) => r.value);
  }

  /**
   * deskundo: withdraws the effects of `kind` of this contract not yet claimed (waiting, a retry waiting, or parked) whose payload
   * `which` picks: marked done, never performed. One a worker claimed is skipped and performed (its handler may ask again). Through
   * `outbox_estate_idx`, the estate's own rows. Returns the payloads withdrawn (agencylate2: the letter that still matters goes again from them).
   */
  async withdrawUnclaimedOf(manager: EntityManager, contract: { id: string; estateId: string }, kind: EffectKind, which: (payload: OutboxRow['payload']) => boolean): Promise<OutboxRow['payload'][]> {
    const rows: { id: string; payload: OutboxRow['payload'] }[] = await manager.query(
      `SELECT id, payload FROM outbox WHERE estate_id = $1 AND contract_id = $2 AND kind = $3 AND status IN ('pending', 'parked') FOR UPDATE SKIP LOCKED`,
      [contract.estateId, contract.id, kind],
    );
    const withdrawn = rows.filter((r) => which(r.payload));
    if (withdrawn.length) await manager.query(`UPDATE outbox SET status = 'done', done_at = $2 WHERE id = ANY($1)`, [withdrawn.map((r) => r.id), this.clock.now()]);
    return withdrawn.map((r) => r.payload);
  }

  /** Whether an effect with one of these payload values is still waiting or being performed (a retry already asked for). */
  async isPending(manager: EntityManager, payloadKey: string, values: string[]): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM outbox WHERE status IN ('pending', 'in_progress') AND payload->>$1 = ANY($2) LIMIT 1`, [payloadKey, values]);
    return Boolean(row);
  }

  /**
   * Whether effects of these `kinds` of this estate are due and not performed yet (waiting, or being performed); one waiting for
   * a retry or parked is not counted. Through `outbox_estate_idx`, the estate's own rows.
   */
  async estateHasDue(manager: EntityManager, estateId: string, kinds: readonly EffectKind[]): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM outbox WHERE estate_id = $1 AND kind = ANY($2) AND (status = 'in_progress' OR (status = 'pending' AND available_at <= $3)) LIMIT 1`,
      [estateId, kinds, this.clock.now()],
    );
    return Boolean(row);
  }

  /**
   * The same as `enqueue` for a transition's effects, sent with its other writes in one statement.
   * One INSERT for all of them, so their ids keep the order the machine emitted them in.
   */
  enqueueIn(batch: WriteBatch, effects: NewEffect[]): void {
    if (effects.length) batch.add(this.insertion(effects));
  }

  private insertion(effects: NewEffect[]): Statement {
    const now = this.clock.now();
    return [
      `INSERT INTO outbox (estate_id, contract_id, instance_id, kind, payload, available_at) VALUES ${effects.map((_, i) => `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`).join(', ')}`,
      effects.flatMap((e) => [e.estateId, e.contractId, e.instanceId, e.kind, JSON.stringify(e.payload), now]),
    ];
  }

  /** Performs every effect that is due (of these `kinds` only, when given); returns how many were done. */
  async drain(limit = 1000, kinds?: readonly EffectKind[]): Promise<number> {
    let done = 0;
    for (let taken = 0; taken < limit; ) {
      const batch = await this.claim(Math.min(CLAIM_BATCH, limit - taken), kinds);
      if (!batch.length) break;
      // From the claim, not from each delivery's start: a row waits behind the others of its batch within the same lease.
      const deadline = AbortSignal.timeout(this.config.STEWARD_SEND_SECONDS * 1000);
      taken += batch.length;
      // Deliveries side by side; what one estate records, one after another in the order it was written
      // (the collection stop to the provider before its copy to the agency).
      const outcomes = await inParallel(this.inOrder(batch), CONCURRENCY, async (rows) => {
        const performed = [];
        for (const row of rows) performed.push(await this.perform(row, deadline));
        return performed;
      });
      done += outcomes.flat().filter((outcome) => outcome === 'done').length;
    }
    return done;
  }

  /** Claimed rows in groups performed one after another: an estate's records together, each delivery alone (ids ascending). */
  private inOrder(rows: OutboxRow[]): OutboxRow[][] {
    const groups = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const key = 'record' in this.handlers.get(row.kind)! ? `estate ${row.estateId}` : `row ${row.id}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return [...groups.values()];
  }

  /**
   * Takes due rows (and rows whose lease ran out) for one lease, counting the attempt; committed before any work starts. The lease
   * runs out on Steward's clock (`available_at`) and on the database's own (`leased_until`, opsbatch): a send waits in real
   * time, so a virtual clock moved on past the lease while it runs must not hand its row to a second worker.
   */
  private async claim(limit: number, kinds?: readonly EffectKind[]): Promise<OutboxRow[]> {
    const now = this.clock.now();
    const [rows]: [OutboxRow[], number] = await this.db.query(
      `UPDATE outbox o SET status = 'in_progress', attempts = o.attempts + 1, available_at = $2, leased_until = clock_timestamp() + $5 * interval '1 millisecond'
        WHERE o.id IN (SELECT id FROM outbox WHERE status IN ('pending', 'in_progress') AND available_at <= $1 AND ($4::text[] IS NULL OR kind = ANY($4))
                          AND (leased_until IS NULL OR leased_until <= clock_timestamp())
                        ORDER BY available_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.estate_id AS "estateId", o.contract_id AS "contractId", o.instance_id AS "instanceId", o.kind, o.payload, o.attempts`,
      [now, new Date(now.getTime() + LEASE_MS), limit, kinds ?? null, LEASE_MS],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async perform(row: OutboxRow, deadline: AbortSignal): Promise<'done' | 'failed' | 'lost' | 'waiting'> {
    const handler = this.handlers.get(row.kind)!; // every kind has one: checked at start-up
    try {
      if ('deliver' in handler) {
        // Its turn came after the batch's deadline: not started, so not failed; the next claim takes it with a lease of its own.
        if (deadline.aborted) throw new NotYet(0, 'the batch it was claimed with ran out of time');
        await handler.deliver(row, deadline);
        await this.markDone(this.db.manager, row);
        return 'done';
      }
      return await this.db.transaction(async (manager) => {
        // Still ours? A lease that ran out may have gone to another worker, which then records instead.
        const [mine] = await manager.query(`SELECT 1 FROM outbox WHERE id = $1 AND status = 'in_progress' AND attempts = $2 FOR UPDATE`, [row.id, row.attempts]);
        if (!mine) return 'lost';
        await handler.record(manager, row);
        await this.markDone(manager, row);
        return 'done';
      });
    } catch (error) {
      if (error instanceof NotYet) {
        await this.putBack(row, error.afterMs);
        return 'waiting';
      }
      await this.recordFailure(row, error);
      return 'failed';
    }
  }

  /** A step that must wait (`NotYet`): its database work was rolled back; due again later, with the attempt it used given back. */
  private putBack(row: OutboxRow, afterMs: number): Promise<unknown> {
    return this.db.query(
      `UPDATE outbox SET status = 'pending', attempts = attempts - 1, available_at = $3, leased_until = NULL WHERE id = $1 AND status = 'in_progress' AND attempts = $2`,
      [row.id, row.attempts, new Date(this.clock.now().getTime() + afterMs)],
    );
  }

  private markDone(manager: EntityManager, row: OutboxRow): Promise<unknown> {
    return manager.query(
      `UPDATE outbox SET status = 'done', done_at = $3, last_error = NULL, last_error_kind = NULL, leased_until = NULL WHERE id = $1 AND status = 'in_progress' AND attempts = $2`,
      [row.id, row.attempts, this.clock.now()],
    );
  }

  /** The handler's database work was rolled back with its transaction; retry later, or park. */
  private async recordFailure(row: OutboxRow, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const retry = this.retries.get(row.kind)!;
    const parked = row.attempts >= retry.maxAttempts;
    const kind = errorKind(error);
    // The log gets the error's kind, and the cause only when the system gave it (`systemCause`): a mail server's reply may quote an address. The row keeps the text for the owner.
    const cause = systemCause(error);
    this.logger.warn({ msg: parked ? 'effect parked' : 'effect failed, will retry', outboxId: row.id, kind: row.kind, attempts: row.attempts, error: kind, ...(cause && { cause }) });
    await this.db.query(
      `UPDATE outbox SET last_error = $3, last_error_kind = $4, status = $5, available_at = $6, leased_until = NULL WHERE id = $1 AND status = 'in_progress' AND attempts = $2`,
      [row.id, row.attempts, message.slice(0, 1000), kind, parked ? 'parked' : 'pending', new Date(this.clock.now().getTime() + retry.delayMs(row.attempts))],
    );
  }

  /** Deletes performed effects older than the retention period, a batch at a time; returns how many. */
  async pruneDone(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.STEWARD_OUTBOX_RETENTION_DAYS * 86_400_000);
    let pruned = 0;
    for (;;) {
      const [, count]: [unknown, number] = await this.db.query(
        `DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status = 'done' AND done_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [before, PRUNE_BATCH],
      );
      pruned += count;
      if (count < PRUNE_BATCH) return pruned;
    }
  }

  /**
   * The letter effects to a contract's provider (not a copy to an agency) not made yet (waiting, being made, or parked),
   * as a FROM item `alias` with their `contract_id`, `payload` (the step's: `state`, `from`, `effect.letterKind`), `status` and
   * `available_at` (by the clock: when it became due, or its next attempt or lease's end). Read
   * from their own partial index by contract (`outbox_unmade_letters_idx`, whose predicate is this WHERE word for word:
   * change both together), never the done history nor a backlog of other effects.
   */
  unmadeLettersSql(alias: string): string {
    return `(SELECT contract_id, payload, status, available_at FROM outbox
              WHERE (status IN ('pending', 'in_progress') OR status = 'parked') AND kind = 'letter' AND (payload #>> '{effect,to}') IS NULL) ${alias}`;
  }

  /** Effects that could not be performed, for the contract page. */
  parked(estateId: string, contractId?: string): Promise<ParkedEffect[]> {
    return this.db.query(`${PARKED} AND estate_id = $1 AND ($2::uuid IS NULL OR contract_id = $2) ORDER BY id`, [estateId, contractId ?? null]);
  }

  /**
   * Of these contracts, those whose letter's making or e-mailing is parked: the owner's "Opnieuw proberen" (`retry`) is then
   * the way on; otherwise the outbox still tries by itself. From `outbox_parked_idx` (the parked rows are few).
   */
  async withParkedLetters(contractIds: string[]): Promise<Set<string>> {
    if (!contractIds.length) return new Set();
    const rows: { contractId: string }[] = await this.db.query(
      `SELECT DISTINCT contract_id AS "contractId" FROM outbox WHERE status = 'parked' AND kind IN ('letter', 'deliver_letter') AND contract_id = ANY($1)`,
      [contractIds],
    );
    return new Set(rows.map((r) => r.contractId));
  }

  /** Parked effects of these estates (null: every estate), for the owner's queue, in order from `outbox_parked_steps_idx` (README queryplans). */
  parkedFor(estateIds: string[] | null, limit: number): Promise<ParkedEffect[]> {
    return this.db.query(`${PARKED} AND ($1::uuid[] IS NULL OR estate_id = ANY($1)) ORDER BY id LIMIT $2`, [estateIds, limit]);
  }

  /** The estate of an owner's effect, parked or not (a retried one is pending or done), or null. */
  async estateOfEffect(outboxId: string): Promise<string | null> {
    const [effect] = await this.db.query(`SELECT estate_id AS "estateId" FROM outbox WHERE id = $1 AND kind <> 'webhook'`, [outboxId]);
    return effect?.estateId ?? null;
  }

  /** The letter a parked sending (`deliver_letter`) delivers, its row locked for the owner's retry; null when the effect is no parked sending. */
  async parkedSending(manager: EntityManager, outboxId: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT payload ->> 'letterId' AS "letterId" FROM outbox WHERE id = $1 AND status = 'parked' AND kind = 'deliver_letter' FOR UPDATE`, [outboxId]);
    return row?.letterId ?? null;
  }

  /** Puts a parked effect back in line with a full set of attempts; false when it is not parked (any more). */
  async retry(outboxId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE outbox SET status = 'pending', attempts = 0, available_at = $2 WHERE id = $1 AND status = 'parked'`,
      [outboxId, this.clock.now()],
    );
    return count === 1;
  }
}

// The owner's parked steps. A webhook is the provider's endpoint to fix: its desk and the administrator see it (src/webhooks).
const PARKED = `SELECT id, estate_id AS "estateId", contract_id AS "contractId", kind, attempts, last_error AS "lastError",
                       coalesce(last_error_kind, 'error') AS "lastErrorKind", created_at AS "createdAt",
                       CASE WHEN kind = 'deliver_letter' THEN payload ->> 'letterId' END AS "letterId"
                  FROM outbox WHERE status = 'parked' AND kind <> 'webhook'`;

/** Runs `work` on every item with at most `limit` at a time; results in input order. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * The cause of a failure the operating system reported (a refused or unreachable connection, a host not found), for the log
 * (audit80 SMTP-1): Node words it from the call, the code and the host (`connect ECONNREFUSED 127.0.0.1:2580`), never from what
 * a server answered, so it names nobody. Any other message is left out: a mail server's reply may quote an address.
 */
export function systemCause(error: unknown): string | undefined {
  const e = error as { syscall?: unknown; message?: unknown } | null;
  return typeof e?.syscall === 'string' && typeof e.message === 'string' ? e.message : undefined;
}

/** What kind of error it was (an error code such as ECONNREFUSED, or the class), without its message. */
export function errorKind(error: unknown): string {
  const coded = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  return [coded.code, coded.responseCode, coded.name].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ') || 'error';
}
