import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { Statement, WriteBatch } from '../database/write-batch';
import type { Effect } from './workflow-runtime.service';

export interface OutboxRow {
  id: string;
  estateId: string;
  contractId: string | null;
  instanceId: string;
  kind: string;
  payload: { effect: Effect; event: { type: string; [key: string]: unknown }; state: string };
  attempts: number;
}

/**
 * Performs one kind of effect. Runs inside the transaction that marks the row done, so effects that
 * only write to the database happen exactly once; effects that leave the system (email) must be
 * idempotent on `row.id`, because a crash after sending and before commit sends again.
 */
export interface EffectHandler {
  perform(manager: EntityManager, row: OutboxRow): Promise<void>;
}

/** An effect to write to the outbox. */
export interface NewEffect {
  estateId: string;
  contractId: string | null;
  instanceId: string;
  kind: string;
  payload: object;
}

/** After this many failed attempts a row is parked and shown on the contract instead of retried. */
export const MAX_ATTEMPTS = 6;

/** 30 s, 1 min, 2 min, 4 min, … between attempts. */
export function backoffMs(attempts: number): number {
  return 30_000 * 2 ** (attempts - 1);
}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger('outbox');
  private readonly handlers = new Map<string, EffectHandler>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  register(kind: string, handler: EffectHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Writes an effect to be performed after the caller's transaction commits (and only if it does). */
  async enqueue(manager: EntityManager, effect: NewEffect): Promise<void> {
    await manager.query(...this.insertion([effect]));
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

  /** Performs every effect that is due; returns how many were done. */
  async drain(limit = 1000): Promise<number> {
    let done = 0;
    for (let i = 0; i < limit; i++) {
      const outcome = await this.performOne();
      if (outcome === 'empty') break;
      if (outcome === 'done') done++;
    }
    return done;
  }

  private async performOne(): Promise<'empty' | 'done' | 'failed'> {
    let claimed: OutboxRow | undefined;
    try {
      return await this.db.transaction(async (manager) => {
        const [row] = await manager.query(
          `SELECT id, estate_id AS "estateId", contract_id AS "contractId", instance_id AS "instanceId", kind, payload, attempts
             FROM outbox WHERE status = 'pending' AND available_at <= $1
            ORDER BY available_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [this.clock.now()],
        );
        if (!row) return 'empty';
        claimed = row as OutboxRow;
        const handler = this.handlers.get(claimed.kind);
        if (!handler) throw new Error(`no handler for effect "${claimed.kind}"`);
        await handler.perform(manager, claimed);
        await manager.query(`UPDATE outbox SET status = 'done', done_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`, [claimed.id, this.clock.now()]);
        return 'done';
      });
    } catch (error) {
      if (!claimed) throw error;
      await this.recordFailure(claimed, error);
      return 'failed';
    }
  }

  /** The handler's work was rolled back with its transaction; count the attempt and retry later, or park. */
  private async recordFailure(row: OutboxRow, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    const parked = attempts >= MAX_ATTEMPTS;
    // The log gets the error's kind only: a mail server's reply may quote an address. The row keeps the text for the owner.
    this.logger.warn({ msg: parked ? 'effect parked' : 'effect failed, will retry', outboxId: row.id, kind: row.kind, attempts, error: errorKind(error) });
    await this.db.query(
      `UPDATE outbox SET attempts = $2, last_error = $3, status = $4, available_at = $5 WHERE id = $1 AND status = 'pending'`,
      [row.id, attempts, message.slice(0, 1000), parked ? 'parked' : 'pending', new Date(this.clock.now().getTime() + backoffMs(attempts))],
    );
  }

  /** Effects that could not be performed, for the contract page and the owner's queue. */
  parked(estateId: string, contractId?: string): Promise<{ id: string; kind: string; attempts: number; lastError: string; createdAt: Date }[]> {
    return this.db.query(
      `SELECT id, kind, attempts, last_error AS "lastError", created_at AS "createdAt" FROM outbox
        WHERE estate_id = $1 AND status = 'parked' AND ($2::uuid IS NULL OR contract_id = $2) ORDER BY id`,
      [estateId, contractId ?? null],
    );
  }
}

/** What kind of error it was (an error code such as ECONNREFUSED, or the class), without its message. */
export function errorKind(error: unknown): string {
  const coded = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  return [coded.code, coded.responseCode, coded.name].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ') || 'error';
}
