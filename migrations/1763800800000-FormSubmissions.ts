import { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time keys of web forms, so a double click creates one thing (see src/web/form-submissions.ts). */
export class FormSubmissions1763800800000 implements MigrationInterface {
  name = 'FormSubmissions1763800800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE form_submissions (
        key text PRIMARY KEY,
        -- Where the first post of the form ended; NULL while it is still being handled.
        result_location text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX form_submissions_created_at_idx ON form_submissions (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE form_submissions;`);
  }
}
