import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';
import { DECIDED, owed } from './1764004000000-DecisionsOwedAnew';

const REPAID_AGAIN = `(event = 'CLAIM_DROP_UNDONE' AND details @? '$.event.repaymentWithdrawn.owedAs ? (@.type() == "string")')`;

/**
 * repaybill: an undo of a claim's drop that found money the provider had paid back leaves that money owed to it again, a bill to pay
 * (`repaymentWithdrawn.owedAs`, `repaidAgainBill`): both partial indexes of the steps that left bills owed take it, the predicate as
 * `TimelineService` writes it (`BILLS_OWED_STEPS`). Undos recorded before it kept no `owedAs`: their money stays said owed, not listed.
 *
 * Built CONCURRENTLY under names of their own, outside a transaction, then the old ones dropped and the new ones renamed
 * (`replaceIndexConcurrently`): the timeline takes appends throughout. `down` builds the old ones plainly (a spec undoes it in a transaction).
 */
export class RepaidOwedAgain1764005700000 implements MigrationInterface {
  name = 'RepaidOwedAgain1764005700000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    // A run again after a crash finds what was renamed already and goes on from there.
    const built = async (index: string) => (await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = $1 AND indexdef LIKE '%CLAIM_DROP_UNDONE%'`, [index])).length > 0;
    if (!(await built('timeline_entries_bills_owed_idx'))) {
      await replaceIndexConcurrently(q, 'timeline_entries_bills_owed_idx', 'timeline_entries_bills_owed_repaid_idx', `ON timeline_entries (estate_id, seq) WHERE ${owed(DECIDED, `\n  OR ${REPAID_AGAIN}`)}`);
    }
    if (!(await built('timeline_entries_bills_owed_seq_idx'))) {
      await replaceIndexConcurrently(q, 'timeline_entries_bills_owed_seq_idx', 'timeline_entries_bills_owed_seq_repaid_idx', `ON timeline_entries (seq) WHERE ${owed(DECIDED, `\n  OR ${REPAID_AGAIN}`)}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE ${owed(DECIDED)}`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_seq_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_seq_idx ON timeline_entries (seq) WHERE ${owed(DECIDED)}`);
  }
}
