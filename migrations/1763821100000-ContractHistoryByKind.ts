import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * histidx: a contract's entries of one kind in writing order. The contract page, the desk's request and the letters read a
 * contract's calls, collection steps or complaints by kind (`TimelineService.eventPage`, `ofContract`, `latestStepOf`,
 * `droppedFinalBill`): by `timeline_entries_contract_idx` alone each walked the contract's whole history and looked at every
 * entry's kind, 2,000 reminders to find no collection stop; here they read that kind's entries only, newest first with a LIMIT.
 */
export class ContractHistoryByKind1763821100000 implements MigrationInterface {
  name = 'ContractHistoryByKind1763821100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_contract_event_idx ON timeline_entries (contract_id, event, seq) WHERE contract_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_contract_event_idx`);
  }
}
