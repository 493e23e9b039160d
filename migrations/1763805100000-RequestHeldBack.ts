import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A provider sees a request on its desk once a letter reached it. A first request whose letter the
 * letter rules hold back is taken off the desk (`desk_tab` null) until the owner's fix sends it;
 * `request_held_back` keeps that fact for the transitions in between, which set the desk tab again.
 * Existing rows were all shown as sent, as before.
 */
export class RequestHeldBack1763805100000 implements MigrationInterface {
  name = 'RequestHeldBack1763805100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN request_held_back boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP COLUMN request_held_back`);
  }
}
