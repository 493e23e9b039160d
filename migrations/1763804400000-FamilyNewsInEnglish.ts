import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family's news in English too, for the relatives who chose English: worded when the news happens
 * (the contract's state and due date then), like the Dutch `message`. Null for the case owner's rows
 * (written in the owner's own language) and for news from before; the daily email then says it in Dutch.
 */
export class FamilyNewsInEnglish1763804400000 implements MigrationInterface {
  name = 'FamilyNewsInEnglish1763804400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN message_en text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN message_en`);
  }
}
