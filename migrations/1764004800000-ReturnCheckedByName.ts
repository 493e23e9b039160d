import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * returnedpages: who checked the address of a letter that came back, by name (`letters.return_checked_by_name`), as a report passed on
 * keeps `passed_on_by_name`: her contract page, the estate's letters and the API say „Adres gecontroleerd door … op …" without reading
 * the users table. Checks recorded before take their user's name. A nullable column without a default is no rewrite of `letters`; the
 * fill finds the few checked returns only by reading `letters` whole (no index holds them), so it runs outside a transaction, after the
 * `ADD COLUMN`'s lock is let go (batchposted's lesson), and a run again after a crash goes on (`IF NOT EXISTS`, only rows not filled).
 */
export class ReturnCheckedByName1764004800000 implements MigrationInterface {
  name = 'ReturnCheckedByName1764004800000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN IF NOT EXISTS return_checked_by_name text`);
    await q.query(`UPDATE letters l SET return_checked_by_name = u.name FROM users u WHERE u.id = l.return_checked_by AND l.return_checked_at IS NOT NULL AND l.return_checked_by_name IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE letters DROP COLUMN return_checked_by_name');
  }
}
