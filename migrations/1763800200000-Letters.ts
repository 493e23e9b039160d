import { MigrationInterface, QueryRunner } from 'typeorm';

/** Letters: every rendered (or blocked) letter, archived with its checksum on the estate. */
export class Letters1763800200000 implements MigrationInterface {
  name = 'Letters1763800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        contract_id uuid REFERENCES contracts(id) ON DELETE CASCADE,
        outbox_id bigint UNIQUE REFERENCES outbox(id) ON DELETE SET NULL,
        kind text NOT NULL,
        language text NOT NULL CHECK (language IN ('nl', 'en')),
        status text NOT NULL CHECK (status IN ('sent', 'blocked')),
        urgent boolean NOT NULL DEFAULT false,
        letter_date date NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        violations jsonb NOT NULL DEFAULT '[]'::jsonb,
        enclosure_ids uuid[] NOT NULL DEFAULT '{}',
        pdf bytea,
        sha256 text,
        size_bytes integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'blocked' OR (pdf IS NOT NULL AND sha256 IS NOT NULL))
      );
      CREATE INDEX letters_estate_idx ON letters (estate_id, created_at);
      CREATE INDEX letters_contract_idx ON letters (contract_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letters;`);
  }
}
