import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A withdrawn document that reached a provider is asked back: one deletion request per document and
 * provider (the primary key makes asking twice impossible), made about the contract through which it
 * went there, with the day its letter went out and the provider's confirmation. The desk reads a
 * request's rows by contract; the owner's Today queue reads the open ones of its estates by `sent_on`.
 */
export class DocumentErasures1763805400000 implements MigrationInterface {
  name = 'DocumentErasures1763805400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_erasures (
        document_id uuid NOT NULL REFERENCES documents(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        estate_id uuid NOT NULL REFERENCES estates(id),
        contract_id uuid NOT NULL REFERENCES contracts(id),
        requested_at timestamptz NOT NULL,
        letter_id uuid NULL,
        sent_on date NULL,
        confirmed_at timestamptz NULL,
        PRIMARY KEY (document_id, provider_id)
      )`);
    await q.query(`CREATE INDEX document_erasures_contract_idx ON document_erasures (contract_id)`);
    await q.query(`CREATE INDEX document_erasures_unconfirmed_idx ON document_erasures (estate_id, sent_on) WHERE confirmed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_erasures`);
  }
}
