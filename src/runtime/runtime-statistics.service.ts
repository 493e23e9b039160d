import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { PROBES_DATA_SOURCE } from '../database/database';

/**
 * Gauges of the runtime's own tables for /metrics, read on every scrape. Each query walks a partial
 * index of the few rows it counts (pending or parked effects, set deadlines), never the history.
 * Through the probes' pool: a scrape still answers while pages fill the main one.
 */
@Injectable()
export class RuntimeStatistics {
  constructor(
    @InjectDataSource(PROBES_DATA_SOURCE) private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Effects waiting to be performed (or being performed under a lease), and effects parked after too many failures, by kind. */
  outboxBacklog(): Promise<{ kind: string; status: 'pending' | 'parked'; count: number }[]> {
    return this.db.query(
      `SELECT kind, 'pending' AS status, count(*)::int AS count FROM outbox WHERE status IN ('pending', 'in_progress') GROUP BY kind
       UNION ALL
       SELECT kind, 'parked', count(*)::int FROM outbox WHERE status = 'parked' GROUP BY kind`,
    );
  }

  /** Workflow instances whose deadline has passed but which the scheduler has not fired yet, by machine. */
  overdueDeadlines(): Promise<{ machine: string; count: number }[]> {
    return this.db.query(
      `SELECT machine_id AS machine, count(*)::int AS count FROM workflow_instances WHERE next_due_at <= $1 GROUP BY machine_id`,
      [this.clock.now()],
    );
  }
}
