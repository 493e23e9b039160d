import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInvalidIndex, replaceIndexConcurrently } from './concurrent-index';
import { thread, THREAD_BEFORE } from './1764004000000-DecisionsOwedAnew';

/** The desk thread's events since the complaints body's corrections (migration 1764004000000), as its partial index holds them. */
const THREAD_DECIDED = `${THREAD_BEFORE}, 'contract.committee_decision_corrected'`;

/**
 * rentkeys2: a lease's handover appointment is on the owner's Today until its day has passed, by that day (`handoverAppointmentsOnToday`):
 * an owner's read by her estates' ids, an administrator's by the day over every estate; only the few contracts with one are indexed.
 *
 * And the desk's thread shows the appointment as given or changed (`contract.handover_appointment`, after the thread's events): its partial
 * index holds the query's predicate word for word (`DESK_THREAD_ENTRIES`), as migration 1764004000000 rebuilt it.
 *
 * Built CONCURRENTLY, outside a transaction (`contracts` and the timeline take writes throughout); a run again after a crash drops an
 * invalid build and goes on. `down` drops and builds plainly (a spec undoes it in a transaction).
 */
export class HandoverAppointmentsOnToday1764005600000 implements MigrationInterface {
  name = 'HandoverAppointmentsOnToday1764005600000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await dropInvalidIndex(q, 'contracts_handover_estate_idx');
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS contracts_handover_estate_idx ON contracts (estate_id, (handover_appointment ->> 'on')) WHERE handover_appointment IS NOT NULL`);
    await dropInvalidIndex(q, 'contracts_handover_on_idx');
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS contracts_handover_on_idx ON contracts ((handover_appointment ->> 'on'), id) WHERE handover_appointment IS NOT NULL`);
    const [built] = await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'timeline_entries_desk_thread_idx' AND indexdef LIKE '%handover_appointment%'`);
    if (!built) {
      await replaceIndexConcurrently(q, 'timeline_entries_desk_thread_idx', 'timeline_entries_desk_thread_handover_idx', `ON timeline_entries (contract_id, seq) WHERE ${thread(`${THREAD_DECIDED}, 'contract.handover_appointment'`)}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq) WHERE ${thread(THREAD_DECIDED)}`);
    await q.query(`DROP INDEX contracts_handover_on_idx; DROP INDEX contracts_handover_estate_idx`);
  }
}
