import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who lived with the deceased in a rented home, in place of whether they lived alone (art. 7:268 BW decides by who:
 * a co-tenant or a lasting joint household continues the lease, a lodger does not). An older yes reads as nobody,
 * an older no as someone, not recorded who.
 */
export class WhoLivedThere1763812200000 implements MigrationInterface {
  name = 'WhoLivedThere1763812200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE estates ADD COLUMN deceased_lived_with text
      CONSTRAINT estates_deceased_lived_with_known CHECK (deceased_lived_with IN ('nobody', 'coTenant', 'household', 'lodger', 'someone'))`);
    await q.query(`UPDATE estates SET deceased_lived_with = CASE WHEN deceased_lived_alone THEN 'nobody' ELSE 'someone' END WHERE deceased_lived_alone IS NOT NULL`);
    await q.query(`ALTER TABLE estates DROP COLUMN deceased_lived_alone`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE estates ADD COLUMN deceased_lived_alone boolean`);
    await q.query(`UPDATE estates SET deceased_lived_alone = (deceased_lived_with = 'nobody') WHERE deceased_lived_with IS NOT NULL`);
    await q.query(`ALTER TABLE estates DROP COLUMN deceased_lived_with`);
  }
}
