import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * coverwatch (audit77 KC-A): the watch for late bills of a cover the insurer keeps for the estate runs to 40 business days after
 * the cover's last day (`coverUntil`) when that is later than the confirmed date; earlier builds counted from the confirmed date
 * only, so such a contract settled while its cover still ran. Each such contract waiting in `confirmed` is listed to have its due
 * date counted again when the app starts (`WorkflowRuntime.recountDeadlines`, as QuietPeriodFromEndDate1763805600000 did): only the
 * machines' code and the business-day calendar can count it. One settled too early stays settled: a bill after the end still
 * reopens it (`INVOICE_AFTER_END`), and a premium of the kept cover is recorded as owed in any state after the answer.
 */
export class KeptCoverWatch1763815100000 implements MigrationInterface {
  name = 'KeptCoverWatch1763815100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO deadline_recounts (instance_id, estate_id)
      SELECT w.id, w.estate_id FROM workflow_instances w JOIN contracts c ON c.id = w.subject_id
       WHERE w.subject_type = 'contract' AND w.state = 'confirmed'
         AND c.answer_done ->> 'done' = 'coverContinues' AND c.answer_done ->> 'coverUntil' IS NOT NULL
      ON CONFLICT (instance_id) DO NOTHING`);
  }

  async down(): Promise<void> {
    // Nothing to undo: a recounted due date is the right one, and the list empties itself when the app starts.
  }
}
