import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the provider figures' roll-up also takes today's closed quarters of an hour, so a figure
 * reads at most the last 25 minutes from the timeline instead of the whole day. The progress becomes
 * an instant; the first day not rolled up maps to the start of that Dutch day.
 */
export class ProviderFiguresWithinTheDay1763804300000 implements MigrationInterface {
  name = 'ProviderFiguresWithinTheDay1763804300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider_figures_progress ALTER COLUMN rolled_until TYPE timestamptz USING (rolled_until::timestamp AT TIME ZONE 'Europe/Amsterdam');
      COMMENT ON COLUMN provider_figures_progress.rolled_until IS 'Timeline rows written before this instant are in the roll-up (NULL: none are)';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // A day rolled up only in part cannot be told apart by day: start again, the routine rebuilds the year from the timeline.
    await q.query(`
      TRUNCATE provider_event_days, provider_answer_days, provider_event_months, provider_answer_months;
      ALTER TABLE provider_figures_progress ALTER COLUMN rolled_until TYPE date USING NULL;
      COMMENT ON COLUMN provider_figures_progress.rolled_until IS NULL;
    `);
  }
}
