import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a monthly layer over the provider figures' daily roll-up, kept by the same routine in the
 * same statements. A year's figures then read the whole months from here and only the window's first,
 * partial month from the days (~12× fewer rows). Histograms add up, so the medians stay exact. Filled
 * from the days already rolled up.
 */
/** The monthly layer from the daily one (also how `bench:figures` fills it). */
export const MONTHS_FROM_DAYS = `
  INSERT INTO provider_event_months (provider_id, month, requests, reminders, invoices_after_end)
    SELECT provider_id, date_trunc('month', day)::date, sum(requests), sum(reminders), sum(invoices_after_end) FROM provider_event_days GROUP BY 1, 2;
  INSERT INTO provider_answer_months (measure, month, provider_id, business_days, answered)
    SELECT measure, date_trunc('month', request_day)::date, provider_id, business_days, sum(answered) FROM provider_answer_days GROUP BY 1, 2, 3, 4;`;

export class ProviderFigureMonths1763803910000 implements MigrationInterface {
  name = 'ProviderFigureMonths1763803910000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provider_event_months (
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        requests integer NOT NULL,
        reminders integer NOT NULL,
        invoices_after_end integer NOT NULL,
        PRIMARY KEY (month, provider_id)
      );
      CREATE TABLE provider_answer_months (
        measure text NOT NULL CHECK (measure IN ('first_answer', 'confirmation')),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        business_days integer NOT NULL,
        answered integer NOT NULL,
        PRIMARY KEY (measure, month, provider_id, business_days)
      );
    `);
    await q.query(MONTHS_FROM_DAYS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE provider_answer_months; DROP TABLE provider_event_months;`);
  }
}
