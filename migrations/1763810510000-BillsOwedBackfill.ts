import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bills an end-date correction made owed (`billsOwed` on `COMPLETION_CORRECTED`, kept since branch billgone), for the
 * corrections recorded before: computed from what the steps recorded, as `billsOwedAfterEndDate` would have. Every contract
 * step stores the read model it left, so a correction's bills are the open bills of the step before it (its latest earlier
 * step with a read model) that the correction's own read model no longer holds open: only a corrected end date takes a bill
 * out of the dispute (contract machine v11; before it a correction was refused while a bill was open). Each is named by the
 * number it was disputed under, with all of it less what the provider credited on it. A correction whose read models are not
 * both recorded is left as it is (nothing is guessed). `down` leaves the facts: they are true, and the code before reads them.
 */
export class BillsOwedBackfill1763810510000 implements MigrationInterface {
  name = 'BillsOwedBackfill1763810510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH owed AS (
        SELECT c.id, jsonb_agg(jsonb_build_object('reference', coalesce(d ->> 'recordedAs', d ->> 'reference'), 'amount', (d ->> 'amount')::numeric - coalesce((d ->> 'credited')::numeric, 0)) ORDER BY ord) AS bills
          FROM timeline_entries c
          CROSS JOIN LATERAL (
            SELECT b.details -> 'wording' -> 'projection' -> 'openDisputes' AS open FROM timeline_entries b
             WHERE b.contract_id = c.contract_id AND b.seq < c.seq AND b.details @? '$.wording.projection' ORDER BY b.seq DESC LIMIT 1
          ) before
          CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(before.open) = 'array' THEN before.open ELSE '[]' END) WITH ORDINALITY AS o (d, ord)
         WHERE c.event = 'COMPLETION_CORRECTED' AND NOT c.details @? '$.event.billsOwed'
           AND jsonb_typeof(c.details -> 'wording' -> 'projection' -> 'openDisputes') = 'array'
           AND NOT c.details -> 'wording' -> 'projection' -> 'openDisputes' @> jsonb_build_array(jsonb_build_object('reference', d -> 'reference'))
         GROUP BY c.id
      )
      UPDATE timeline_entries t SET details = jsonb_set(t.details, '{event,billsOwed}', owed.bills) FROM owed WHERE t.id = owed.id AND t.details ? 'event'`);
  }

  async down(): Promise<void> {}
}
