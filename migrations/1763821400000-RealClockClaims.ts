import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * opsbatch: claims that hold against a second instance and a crash.
 * - `outbox.leased_until`: the end of a claimed row's lease on the database's own clock (`clock_timestamp()`), beside
 *   `available_at` on Steward's clock. A virtual clock moved on past the lease while a send runs no longer lets a second worker
 *   take the row: both must have run out. Null: no live claim (rows before, and rows a spec marks by hand).
 * - `letters.print_claimed_until`: a letter being built into a print batch, on the database's clock, so a second instance
 *   printing at once leaves it alone; a crash frees it when the claim runs out.
 * - `family_members.link_code_hash`, `link_code_expires_at`: a new link's code, stored before its e-mail goes, so the code in the
 *   mailbox opens the portal even if we crash before the link is recorded as sent; the code in use stays until then.
 */
export class RealClockClaims1763821400000 implements MigrationInterface {
  name = 'RealClockClaims1763821400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN leased_until timestamptz`);
    await q.query(`ALTER TABLE letters ADD COLUMN print_claimed_until timestamptz`);
    await q.query(`ALTER TABLE family_members ADD COLUMN link_code_hash text, ADD COLUMN link_code_expires_at timestamptz`);
    await q.query(`CREATE UNIQUE INDEX family_members_link_code_key ON family_members (link_code_hash) WHERE link_code_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX family_members_link_code_key`);
    await q.query(`ALTER TABLE family_members DROP COLUMN link_code_hash, DROP COLUMN link_code_expires_at`);
    await q.query(`ALTER TABLE letters DROP COLUMN print_claimed_until`);
    await q.query(`ALTER TABLE outbox DROP COLUMN leased_until`);
  }
}
