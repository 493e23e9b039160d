import { MigrationInterface, QueryRunner } from 'typeorm';

/** One limiter for every login (issue 11), and session versions so a deactivated account's sessions stay ended. */
export class LoginLimits1763800900000 implements MigrationInterface {
  name = 'LoginLimits1763800900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One counter row per key ("staff:<email>", "address:<ip>", …): an attempt is one INSERT … ON CONFLICT DO UPDATE
      -- that does not count past max_attempts, so simultaneous tries cannot slip through together. A row whose
      -- window has ended starts over at the next attempt, and is swept by other attempts meanwhile.
      CREATE TABLE login_attempts (
        key text PRIMARY KEY,
        attempts integer NOT NULL CHECK (attempts >= 0),
        max_attempts integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      );
      CREATE INDEX login_attempts_window_idx ON login_attempts (window_ends_at);
      -- The family portal's own counter is replaced by the one above.
      DROP TABLE portal_access_attempts;
      -- A staff or desk session carries the version it was opened under; deactivating raises it, so
      -- reactivating an account does not bring its old sessions back.
      ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 0;
      ALTER TABLE provider_users ADD COLUMN session_version integer NOT NULL DEFAULT 0;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider_users DROP COLUMN session_version;
      ALTER TABLE users DROP COLUMN session_version;
      CREATE TABLE portal_access_attempts (
        id bigserial PRIMARY KEY,
        client text NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX portal_access_attempts_client_idx ON portal_access_attempts (client, attempted_at);
      COMMENT ON TABLE portal_access_attempts IS 'failed portal code attempts and new-link requests, per client address, kept for the rate-limit window';
      DROP TABLE login_attempts;
    `);
  }
}
