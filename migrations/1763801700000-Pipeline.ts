import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background work at national scale. The outbox claims rows with a lease (`in_progress` until
 * `available_at`) and commits the claim before any network I/O, so no transaction waits on a mail
 * server; a crash leaves the row to be taken again when the lease runs out. A deadline that fails is retried
 * with backoff and then parked in `deadline_failures`, so it no longer holds up the others.
 */
export class Pipeline1763801700000 implements MigrationInterface {
  name = 'Pipeline1763801700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
      ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'in_progress', 'done', 'parked'));
      ALTER TABLE outbox ADD COLUMN last_error_kind text;
      DROP INDEX outbox_pending_idx;
      CREATE INDEX outbox_due_idx ON outbox (available_at, id) WHERE status IN ('pending', 'in_progress');
      CREATE INDEX outbox_done_idx ON outbox (done_at) WHERE status = 'done';
      CREATE INDEX outbox_parked_idx ON outbox (estate_id) WHERE status = 'parked';

      CREATE TABLE deadline_failures (
        instance_id uuid PRIMARY KEY REFERENCES workflow_instances(id) ON DELETE CASCADE,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        -- The instance's version when it failed: once another event moved the instance on, the failure no longer holds.
        instance_version integer NOT NULL,
        attempts integer NOT NULL,
        last_error_kind text NOT NULL,
        last_error text NOT NULL,
        retry_at timestamptz,
        parked_at timestamptz,
        failed_at timestamptz NOT NULL
      );
      CREATE INDEX deadline_failures_parked_idx ON deadline_failures (estate_id) WHERE parked_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE deadline_failures;
      DROP INDEX outbox_due_idx; DROP INDEX outbox_done_idx; DROP INDEX outbox_parked_idx;
      UPDATE outbox SET status = 'pending' WHERE status = 'in_progress';
      CREATE INDEX outbox_pending_idx ON outbox (available_at, id) WHERE status = 'pending';
      ALTER TABLE outbox DROP COLUMN last_error_kind;
      ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
      ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'done', 'parked'));
    `);
  }
}
