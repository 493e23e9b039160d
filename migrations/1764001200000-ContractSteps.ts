import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskpage: a contract's steps (entries the runtime wrote, with the state they reached) by their place in its history, apart from
 * its other entries (letters sent, reminders, calls, notes), so the take-back reads the few steps before the confirmation it
 * restores from, not every entry a long history holds between them (`TimelineService.stepsBeforeConfirmation`).
 */
export class ContractSteps1764001200000 implements MigrationInterface {
  name = 'ContractSteps1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_contract_steps_idx ON timeline_entries (contract_id, seq) WHERE contract_id IS NOT NULL AND to_state IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_contract_steps_idx`);
  }
}
