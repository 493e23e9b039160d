import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable workflows: persisted XState snapshots with deadlines as data, and an outbox of side
 * effects written in the same transaction as the transition that caused them.
 */
export class Workflows1763800100000 implements MigrationInterface {
  name = 'Workflows1763800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workflow_instances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('contract', 'estate')),
        subject_id uuid NOT NULL,
        machine_id text NOT NULL,
        machine_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        state text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        due_date date,
        next_due_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_type, subject_id)
      );
      CREATE INDEX workflow_instances_due_idx ON workflow_instances (next_due_at) WHERE next_due_at IS NOT NULL;
      CREATE INDEX workflow_instances_estate_idx ON workflow_instances (estate_id);

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        contract_id uuid REFERENCES contracts(id) ON DELETE CASCADE,
        instance_id uuid NOT NULL REFERENCES workflow_instances(id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'parked')),
        attempts integer NOT NULL DEFAULT 0,
        available_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz
      );
      CREATE INDEX outbox_pending_idx ON outbox (available_at, id) WHERE status = 'pending';
      CREATE INDEX outbox_estate_idx ON outbox (estate_id);

      -- Messages to the family and to the case owner; outbox_id makes performing an effect idempotent.
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        contract_id uuid REFERENCES contracts(id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN ('family', 'owner')),
        topic text NOT NULL,
        message text NOT NULL,
        outbox_id bigint UNIQUE REFERENCES outbox(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX notifications_estate_idx ON notifications (estate_id, audience, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications; DROP TABLE outbox; DROP TABLE workflow_instances;`);
  }
}
