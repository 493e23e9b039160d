import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The estate's debts are the heirs' (and their representative's): a relative who is neither read the amounts,
 * the bills' numbers and the estate's account in the portal, the dossier and the daily email, and could open
 * the letters about the debts (audit). Now:
 * - letters about the debts are for the heirs (src/letters/letter-audience.ts). Those archived before get the
 *   same rule from their kind and recorded corrections; a report to the family, whose facts were not kept, is
 *   taken to tell the debts when its text shows an amount (only bills and disputes put one in a report);
 * - the family's news is worded for the others too (`message_without_debts`, `_en`): the daily email gives
 *   each relative the words for their reach. News written before has none: a relative outside the debts is
 *   not told it (the safe side; at most one day's news, already in the portal in their words).
 */
/** The rule of letter-audience.ts applied to the letters already archived (exported for its test). */
export const DEBT_LETTERS_BACKFILL = `
  UPDATE letters SET audience = 'heirs'
   WHERE audience = 'family'
     AND (kind IN ('dispute', 'dispute_escalation', 'collection_stop', 'bill_correction')
          OR (kind = 'correction' AND jsonb_path_exists(effect, '$.payload.event.changes[*].field ? (@ == "estateAccount")'))
          OR (kind IN ('progress_report', 'final_report') AND strpos(body_text, '€') > 0))`;

export class DebtsReach1763806200000 implements MigrationInterface {
  name = 'DebtsReach1763806200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN message_without_debts text, ADD COLUMN message_without_debts_en text`);
    await q.query(DEBT_LETTERS_BACKFILL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN message_without_debts, DROP COLUMN message_without_debts_en`);
  }
}
