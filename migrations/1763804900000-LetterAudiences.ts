import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * F18: a transfer letter prints the new holder's IBAN, date of birth, address, email and phone, and a
 * correction of those prints old and new values; every relative could open them in the portal. A
 * letter now has an audience like a document (see src/letters/letter-audience.ts) and names the new
 * holder whose particulars it prints, who reads it too. Existing letters get the same rule from their
 * kind and recorded corrections; a correction letter archived before letters kept their effect is
 * taken to concern the new holder (the safe side).
 */
/** The rule of letter-audience.ts applied to the letters already archived (exported for its test). */
export const LETTER_AUDIENCE_BACKFILL = `
  UPDATE letters l SET audience = 'heirs', new_holder_id = c.transfer_to_family_member_id
    FROM contracts c
   WHERE c.id = l.contract_id
     AND (l.kind = 'transfer'
          OR (l.kind = 'correction' AND (l.effect IS NULL OR jsonb_path_exists(l.effect, '$.payload.event.changes[*].field ? (@ starts with "newHolder")'))))`;

export class LetterAudiences1763804900000 implements MigrationInterface {
  name = 'LetterAudiences1763804900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE letters
        ADD COLUMN audience text NOT NULL DEFAULT 'family' CHECK (audience IN ('owner', 'representative', 'heirs', 'family')),
        ADD COLUMN new_holder_id uuid`);
    await q.query(LETTER_AUDIENCE_BACKFILL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN audience, DROP COLUMN new_holder_id`);
  }
}
