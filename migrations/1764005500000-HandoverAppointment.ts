import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rentkeys (audit104 F3): the appointment a housing corporation gave for the handover of the dwelling and its keys, after it confirmed
 * the lease's end (`contracts.handover_appointment`: day, time or part of day, place, what to bring, a note). A nullable column without a
 * default is no rewrite of `contracts`; read with the contract's row, so no index.
 */
export class HandoverAppointment1764005500000 implements MigrationInterface {
  name = 'HandoverAppointment1764005500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contracts ADD COLUMN handover_appointment jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contracts DROP COLUMN handover_appointment');
  }
}
