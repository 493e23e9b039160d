import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A letter keeps the effect it was produced from (workflow instance and payload), so a blocked letter
 * can be produced again after the owner corrected the data even when its outbox row has been pruned
 * (STEWARD_OUTBOX_RETENTION_DAYS). Letters whose outbox row still exists take it over now.
 */
export class LetterEffects1763802800000 implements MigrationInterface {
  name = 'LetterEffects1763802800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN effect jsonb`);
    await q.query(`UPDATE letters l SET effect = jsonb_build_object('instanceId', o.instance_id, 'payload', o.payload) FROM outbox o WHERE o.id = l.outbox_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN effect`);
  }
}
