import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: provider figures (dashboard, scorecards) from a per-provider, per-day roll-up instead of
 * a year of timeline rows. A routine adds each closed Dutch day once; the figures read the roll-up
 * plus the days not rolled up yet (normally only today) from the timeline itself, in one statement.
 * Answer times are kept as an exact histogram (one row per whole number of business days), so
 * medians and "within the SLA" come out as they did from the raw history.
 */
export class ProviderFigureDays1763802610000 implements MigrationInterface {
  name = 'ProviderFigureDays1763802610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- What happened per provider on one Dutch day: requests sent, reminders its silence caused, bills after the end date.
      CREATE TABLE provider_event_days (
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        day date NOT NULL,
        requests integer NOT NULL,
        reminders integer NOT NULL,
        invoices_after_end integer NOT NULL,
        PRIMARY KEY (day, provider_id)
      );
      -- First answers, counted on the Dutch day of the request they answer, by business days taken.
      CREATE TABLE provider_answer_days (
        measure text NOT NULL CHECK (measure IN ('first_answer', 'confirmation')),
        request_day date NOT NULL,
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        business_days integer NOT NULL,
        answered integer NOT NULL,
        PRIMARY KEY (measure, request_day, provider_id, business_days)
      );
      -- The first Dutch day not rolled up yet (NULL: none is); one row.
      CREATE TABLE provider_figures_progress (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        rolled_until date
      );
      INSERT INTO provider_figures_progress DEFAULT VALUES;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE provider_figures_progress; DROP TABLE provider_answer_days; DROP TABLE provider_event_days;`);
  }
}
