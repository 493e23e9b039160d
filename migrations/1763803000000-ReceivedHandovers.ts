import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Handovers that are received and can be undone: the receiver's notice lasts until they open the
 * estate (`seen_at`), an undo is recorded on the handover itself, and the owner picker searches
 * active specialists by name (accents and case ignored) in name order.
 */
export class ReceivedHandovers1763803000000 implements MigrationInterface {
  name = 'ReceivedHandovers1763803000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE handovers
        ADD COLUMN seen_at timestamptz,
        ADD COLUMN undone_at timestamptz,
        ADD COLUMN undone_by_id uuid REFERENCES users(id),
        ADD CHECK ((undone_at IS NULL) = (undone_by_id IS NULL));
      -- Handovers from before this release were received long ago: no notice for them.
      UPDATE handovers SET seen_at = handed_over_at;
      -- The receiver's Today: their unopened handovers, newest first.
      CREATE INDEX handovers_received_idx ON handovers (to_user_id, handed_over_at DESC) WHERE seen_at IS NULL AND undone_at IS NULL;
      -- The sender's Today: what they handed over lately and may still undo.
      CREATE INDEX handovers_sent_idx ON handovers (from_user_id, handed_over_at DESC) WHERE undone_at IS NULL;
      -- The latest handover of an estate (the one an undo takes back).
      DROP INDEX handovers_estate_idx;
      CREATE INDEX handovers_estate_idx ON handovers (estate_id, handed_over_at DESC);

      CREATE INDEX users_specialists_name_idx ON users (name, id) WHERE role = 'specialist' AND active;
      CREATE INDEX users_specialists_search_idx ON users USING gin (steward_fold(name) gin_trgm_ops) WHERE role = 'specialist' AND active;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX users_specialists_search_idx; DROP INDEX users_specialists_name_idx;
      DROP INDEX handovers_estate_idx; CREATE INDEX handovers_estate_idx ON handovers (estate_id);
      DROP INDEX handovers_sent_idx; DROP INDEX handovers_received_idx;
      ALTER TABLE handovers DROP COLUMN undone_by_id, DROP COLUMN undone_at, DROP COLUMN seen_at;
    `);
  }
}
