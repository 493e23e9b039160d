import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of workflows, written in the same transaction as each transition, so readers never
 * restore an actor or parse snapshot JSON: the event types an instance accepts now, and a contract's
 * projection (`projectContract`) in typed columns.
 *
 * Existing instances are projected when the app starts (`WorkflowRuntime.projectUnprojected`), not
 * here: only the machines' own code knows how to read their snapshots, and a migration must not
 * import code that changes after it was written. `accepted_events IS NULL` marks them.
 */
export class WorkflowReadModels1763801600000 implements MigrationInterface {
  name = 'WorkflowReadModels1763801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workflow_instances ADD COLUMN accepted_events text[];
      CREATE INDEX workflow_instances_unprojected_idx ON workflow_instances (id) WHERE accepted_events IS NULL;

      CREATE TABLE contract_projections (
        instance_id uuid PRIMARY KEY REFERENCES workflow_instances(id) ON DELETE CASCADE,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('cancel', 'transfer')),
        provider_reference text,
        effective_date date,
        final_invoice_amount numeric,
        reminders_sent integer NOT NULL,
        escalations integer NOT NULL,
        disputes integer NOT NULL,
        last_rejection_reason text,
        open_information_request jsonb,
        open_dispute jsonb,
        dispute_rejection_reason text
      );
      CREATE INDEX contract_projections_estate_idx ON contract_projections (estate_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_projections; ALTER TABLE workflow_instances DROP COLUMN accepted_events;`);
  }
}
