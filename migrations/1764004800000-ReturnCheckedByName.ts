import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * returnedpages: who checked the address of a letter that came back, by name (`letters.return_checked_by_name`), as a report passed on
 * keeps `passed_on_by_name`: her contract page, the estate's letters and the API say „Adres gecontroleerd door … op …" without reading
 * the users table. Checks recorded before take their user's name. Few rows (the checked returns); a nullable column without a default
 * is no rewrite of `letters`.
 */
export class ReturnCheckedByName1764004800000 implements MigrationInterface {
  name = 'ReturnCheckedByName1764004800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN return_checked_by_name text`);
    await q.query(`UPDATE letters l SET return_checked_by_name = u.name FROM users u WHERE u.id = l.return_checked_by AND l.return_checked_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE letters DROP COLUMN return_checked_by_name');
  }
}
