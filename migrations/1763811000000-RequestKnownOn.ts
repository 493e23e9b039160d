import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day the provider is known to have had a contract's request (`requestKnownOn` in `src/contracts/end-date.rules.ts`),
 * kept at its confirmation: a consumer's notice runs from it, and no longer from a request letter that went out after the
 * confirmation. Backfilled for confirmed contracts as it would have been kept then: the earliest of the latest cancellation
 * letter that had gone out before the (latest) confirmation (`sentOn`: an e-mail delivered, by post once posted; by the
 * moment it was delivered or posted, else, with only its date known, a day before) and the provider's acknowledgement or
 * question between the latest request and that confirmation. Left null where none is recorded: the notice then runs
 * from the date of death, as it did when no letter had gone out.
 */
export class RequestKnownOn1763811000000 implements MigrationInterface {
  name = 'RequestKnownOn1763811000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN request_known_on date`);
    await q.query(`
      WITH confirmed AS (
        SELECT DISTINCT ON (contract_id) contract_id, seq, occurred_at AS at, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day
          FROM timeline_entries WHERE contract_id IS NOT NULL AND event = 'COMPLETE' ORDER BY contract_id, seq DESC
      ), requested AS (
        SELECT c.contract_id, coalesce(max(t.seq), 0) AS seq
          FROM confirmed c LEFT JOIN timeline_entries t ON t.contract_id = c.contract_id AND t.event = 'REQUEST' AND t.seq < c.seq
         GROUP BY c.contract_id
      ), answered AS (
        SELECT c.contract_id, min((t.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date) AS day
          FROM confirmed c JOIN requested r USING (contract_id)
          JOIN timeline_entries t ON t.contract_id = c.contract_id AND t.event IN ('ACKNOWLEDGE', 'REQUEST_INFORMATION') AND t.seq > r.seq AND t.seq < c.seq
         GROUP BY c.contract_id
      ), sent AS (
        SELECT DISTINCT ON (l.contract_id) l.contract_id, d.day
          FROM letters l JOIN confirmed c ON c.contract_id = l.contract_id
         CROSS JOIN LATERAL (SELECT coalesce((l.delivered_at AT TIME ZONE 'Europe/Amsterdam')::date, l.letter_date) AS day) d
         WHERE l.kind = 'cancellation' AND l.status = 'sent'
           AND NOT (l.delivery_status = 'failed' OR (l.channel = 'email' AND l.delivery_status = 'pending'))
           AND (l.channel <> 'post' OR l.delivery_status = 'posted') AND (l.delivered_at <= c.at OR (l.delivered_at IS NULL AND l.letter_date < c.day))
         ORDER BY l.contract_id, l.created_at DESC, l.id DESC
      )
      UPDATE contracts k SET request_known_on = LEAST(s.day, a.day)
        FROM confirmed c LEFT JOIN sent s USING (contract_id) LEFT JOIN answered a USING (contract_id)
       WHERE k.id = c.contract_id AND (s.day IS NOT NULL OR a.day IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP COLUMN request_known_on`);
  }
}
