import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who signed each letter: after a handover a later letter names the colleague who sent an earlier one,
 * and a provider whose latest letter a colleague signed is told the new contact person. Existing
 * letters are given the case owner of their moment, read from the handovers (each handover makes its
 * receiver the owner, each undo the one who handed over; before the first handover its sender owned it).
 */
export class LetterSigners1763805500000 implements MigrationInterface {
  name = 'LetterSigners1763805500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN signed_by_id uuid NULL REFERENCES users(id)`);
    await q.query(`
      UPDATE letters l SET signed_by_id = COALESCE(
        (SELECT owner FROM (
            SELECT h.handed_over_at AS at, h.to_user_id AS owner FROM handovers h WHERE h.estate_id = l.estate_id
            UNION ALL
            SELECT h.undone_at, h.from_user_id FROM handovers h WHERE h.estate_id = l.estate_id AND h.undone_at IS NOT NULL
          ) changes WHERE changes.at <= l.created_at ORDER BY changes.at DESC LIMIT 1),
        (SELECT h.from_user_id FROM handovers h WHERE h.estate_id = l.estate_id ORDER BY h.handed_over_at LIMIT 1),
        (SELECT e.owner_id FROM estates e WHERE e.id = l.estate_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN signed_by_id`);
  }
}
