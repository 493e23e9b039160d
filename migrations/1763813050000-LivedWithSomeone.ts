import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Today's leases someone may continue after their letter (README, familyrest) start from the estates where someone is
 * recorded to have lived with the deceased: few among a year's estates (most record nobody, or nothing). Partial, so the
 * estates with nothing recorded cost the index nothing; `= ANY(…)` implies `IS NOT NULL`, so the planner takes it.
 */
export class LivedWithSomeone1763813050000 implements MigrationInterface {
  name = 'LivedWithSomeone1763813050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX estates_deceased_lived_with_idx ON estates (deceased_lived_with) WHERE deceased_lived_with IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX estates_deceased_lived_with_idx`);
  }
}
