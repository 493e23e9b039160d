import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/principal';
import { Clock } from '../clock/clock';
import { isDatabaseUnavailable } from '../database/unavailable';
import { backoffMs, errorKind, MAX_ATTEMPTS } from './outbox.service';
import { WorkflowInstance } from './workflow-instance.entity';
import { StateConflict, WorkflowRuntime } from './workflow-runtime.service';
import { deleted } from '../database/deleted';

export interface ParkedDeadline {
  instanceId: string;
  estateId: string;
  contractId: string | null;
  attempts: number;
  lastErrorKind: string;
  parkedAt: Date;
}

/**
 * Turns passed deadlines into DEADLINE_PASSED events. Each due instance is claimed with
 * FOR UPDATE SKIP LOCKED and re-dated in the same transaction, so with any number of app instances
 * polling, every deadline fires exactly once. A deadline that fails (a machine version that is gone, a
 * hook that throws) is rolled back to a savepoint, retried with backoff and then parked in
 * `deadline_failures` for the owner, while every other deadline goes on. A failure holds only for the
 * instance version it failed at: an event from elsewhere (the provider answers) moves the instance on.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger('scheduler');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runtime: WorkflowRuntime,
    private readonly clock: Clock,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes the estate's failed deadlines; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM deadline_failures WHERE estate_id = $1'], [estateId]);
  }

  /** Fires every deadline that has passed; returns how many were handled (fired, cleared or failed). */
  async runDue(limit = 1000): Promise<number> {
    let handled = 0;
    while (handled < limit && (await this.fireOne())) handled++;
    return handled;
  }

  private fireOne(): Promise<boolean> {
    return this.runtime.transaction(async (manager) => {
      const now = this.clock.now();
      // Claimed with its estate's instance first (the lock order of every transition), skipping failed ones still waiting.
      const due = await this.runtime.claimDue(manager, now);
      if (!due) return false;
      // The failure is written in this transaction, under the row lock, so no other instance fires it meanwhile.
      await manager.query('SAVEPOINT deadline');
      try {
        await this.runtime.apply(manager, due.subjectType, due.subjectId, { type: 'DEADLINE_PASSED' }, SYSTEM_ACTOR);
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT deadline');
        if (!(error instanceof StateConflict)) {
          await this.recordFailure(manager, due, error, now);
          return true;
        }
        // A deadline the current state does not handle is stale: clear it rather than retry forever.
        this.logger.warn({ msg: 'stale deadline cleared', instanceId: due.id, state: due.state });
        await manager.query('UPDATE workflow_instances SET next_due_at = NULL WHERE id = $1', [due.id]);
      }
      await manager.query('DELETE FROM deadline_failures WHERE instance_id = $1', [due.id]);
      return true;
    });
  }

  private async recordFailure(manager: EntityManager, due: WorkflowInstance, error: unknown, now: Date): Promise<void> {
    const [previous]: { attempts: number }[] = await manager.query('SELECT attempts FROM deadline_failures WHERE instance_id = $1 AND instance_version = $2', [due.id, due.version]);
    const attempts = (previous?.attempts ?? 0) + 1;
    const parked = attempts >= MAX_ATTEMPTS;
    const kind = errorKind(error);
    this.logger.warn({ msg: parked ? 'deadline parked' : 'deadline failed, will retry', instanceId: due.id, attempts, error: kind });
    await manager.query(
      `INSERT INTO deadline_failures (instance_id, estate_id, attempts, last_error_kind, last_error, retry_at, parked_at, failed_at, instance_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (instance_id) DO UPDATE SET instance_version = excluded.instance_version, attempts = excluded.attempts, last_error_kind = excluded.last_error_kind,
         last_error = excluded.last_error, retry_at = excluded.retry_at, parked_at = excluded.parked_at, failed_at = excluded.failed_at`,
      [
        due.id,
        due.estateId,
        attempts,
        kind,
        String(error instanceof Error ? error.message : error).slice(0, 1000),
        parked ? null : new Date(now.getTime() + backoffMs(attempts)),
        parked ? now : null,
        now,
        due.version,
      ],
    );
  }

  /** Parked deadlines of these estates (null: every estate), for the owner's queue. */
  parkedFor(estateIds: string[] | null, limit: number): Promise<ParkedDeadline[]> {
    return this.db.query(`${PARKED} AND ($1::uuid[] IS NULL OR f.estate_id = ANY($1)) ORDER BY f.parked_at, f.instance_id LIMIT $2`, [estateIds, limit]);
  }

  /** The estate of a workflow instance whose deadline is or was parked (a retried one leaves no failure behind), or null. */
  async estateOfInstance(instanceId: string): Promise<string | null> {
    const [instance] = await this.db.query(`SELECT estate_id AS "estateId" FROM workflow_instances WHERE id = $1`, [instanceId]);
    return instance?.estateId ?? null;
  }

  /** Lets a parked deadline fire again at the next round (its instance is still due); false when it is not parked. */
  async retry(instanceId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query('DELETE FROM deadline_failures WHERE instance_id = $1 AND parked_at IS NOT NULL', [instanceId]);
    return count === 1;
  }
}

const PARKED = `SELECT f.instance_id AS "instanceId", f.estate_id AS "estateId", CASE WHEN w.subject_type = 'contract' THEN w.subject_id END AS "contractId",
                       f.attempts, f.last_error_kind AS "lastErrorKind", f.parked_at AS "parkedAt"
                  FROM deadline_failures f JOIN workflow_instances w ON w.id = f.instance_id AND w.version = f.instance_version
                 WHERE f.parked_at IS NOT NULL`;
