import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * scaletoday (audit84 A1, A2, D1): what Today and the desk choose their rows by, kept on the contract in the transaction of each change,
 * so a page reads an index range with its LIMIT, not every open refund or dispute of the country.
 * - An open refund (`refund_open`, refundscale): `refund_step` where it leaves the provider's request (`deskRefundStep`: transfer,
 *   reported), `refund_due_on` the day its term (or a reminder's) ends and `refund_reminded` whether a reminder's is, and
 *   `refund_check_on` the day Today asks her to look for a reported transfer (none: nothing reported beyond what she recorded).
 *   Kept by `RefundsService` (`refundMarkers`) with each confirmation, report, reminder and receipt.
 * - `bill_held`: a bill the provider holds to (rejected or credited) is open on the contract, the owner's decision beside a dispute
 *   (`heldBills`); kept with each step of the contract.
 * Filled here from the read models and the timeline as the services read them (the term confirmation: the first after the latest
 * that named another amount; 30 and 14 days, `REFUND_TERM_DAYS`, `REFUND_REMINDER_TERM_DAYS`; 3 days, `REFUND_REPORTED_CHECK_DAYS`).
 */
export class TodayFromMarkers1763820300000 implements MigrationInterface {
  name = 'TodayFromMarkers1763820300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN refund_step text, ADD COLUMN refund_due_on date, ADD COLUMN refund_reminded boolean NOT NULL DEFAULT false,
      ADD COLUMN refund_check_on date, ADD COLUMN bill_held boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE contracts c SET refund_step = CASE WHEN coalesce(rep.reported, 0) < round((-r.amount)::numeric, 2) THEN 'transfer' ELSE 'reported' END,
        refund_due_on = coalesce(rem.day + 14, conf.day + 30), refund_reminded = rem.day IS NOT NULL,
        refund_check_on = CASE WHEN rep.reported > got.received THEN rep.last_paid + 3 END
      FROM (SELECT w.subject_id AS contract_id, p.final_invoice_amount::float8 AS amount FROM contract_projections p JOIN workflow_instances w ON w.id = p.instance_id
             WHERE w.subject_type = 'contract' AND p.final_invoice_amount < 0) r
      CROSS JOIN LATERAL (SELECT coalesce(sum(x.amount), 0) AS received FROM refund_receipts x WHERE x.contract_id = r.contract_id) got
      CROSS JOIN LATERAL (SELECT min(t.seq) AS seq, min(t.occurred_at) AS at, (min(t.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM timeline_entries t
        WHERE t.contract_id = r.contract_id AND t.event IN ('COMPLETE', 'COMPLETION_CORRECTED')
          AND t.seq > coalesce((SELECT max(u.seq) FROM timeline_entries u WHERE u.contract_id = r.contract_id AND u.event IN ('COMPLETE', 'COMPLETION_CORRECTED')
            AND (u.details #>> '{event,finalInvoiceAmount}')::float8 IS DISTINCT FROM r.amount), 0)) conf
      CROSS JOIN LATERAL (SELECT (max(t.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM timeline_entries t
        WHERE t.contract_id = r.contract_id AND t.event = 'refund.reminded' AND t.seq > conf.seq) rem
      CROSS JOIN LATERAL (SELECT sum((t.details ->> 'amount')::numeric) AS reported, max((t.details ->> 'paidOn')::date) AS last_paid FROM timeline_entries t
        WHERE t.contract_id = r.contract_id AND t.event = 'refund.paid_reported' AND t.seq > conf.seq) rep
      WHERE c.refund_open AND c.id = r.contract_id`);
    await q.query(`UPDATE contracts c SET bill_held = true FROM contract_projections p JOIN workflow_instances w ON w.id = p.instance_id
      WHERE w.subject_type = 'contract' AND w.subject_id = c.id AND p.open_disputes <> '[]'
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(p.open_disputes) d WHERE coalesce(d ->> 'rejectionReason', '') <> '' OR coalesce((d ->> 'credited')::numeric, 0) <> 0)`);
    await q.query(`CREATE INDEX contracts_refund_due_idx ON contracts (refund_due_on, id) WHERE refund_open`);
    await q.query(`CREATE INDEX contracts_refund_check_idx ON contracts (refund_check_on, id) WHERE refund_open AND refund_check_on IS NOT NULL`);
    await q.query(`CREATE INDEX contracts_bill_held_idx ON contracts (state) WHERE bill_held`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_bill_held_idx`);
    await q.query(`DROP INDEX contracts_refund_check_idx`);
    await q.query(`DROP INDEX contracts_refund_due_idx`);
    await q.query(`ALTER TABLE contracts DROP COLUMN refund_step, DROP COLUMN refund_due_on, DROP COLUMN refund_reminded, DROP COLUMN refund_check_on, DROP COLUMN bill_held`);
  }
}
