import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * collrest2: a collection stop the case owner recorded before collwho asked who answered it (`answeredBy`) says nothing of who
 * did; one recorded before receivedvia2 does not even say how it reached her, so nothing but its author (staff, not a desk
 * user) tells it from the provider's own stop given in its desk. Its event is marked `answeredBy: 'notRecorded'`, so every
 * reader (`collectionAnswerOf`) says that who answered was not recorded without reading the entry's author.
 */
/** The marking of those stops (exported for its test). */
export const UNATTRIBUTED_COLLECTION_STOPS = `
  UPDATE timeline_entries SET details = jsonb_set(details, '{event}', COALESCE(details -> 'event', '{}'::jsonb) || '{"answeredBy": "notRecorded"}')
   WHERE event = 'COLLECTION_STOPPED' AND actor_type = 'staff' AND NOT COALESCE(details -> 'event' ? 'answeredBy', false)`;

export class CollectionStopsUnattributed1763818100000 implements MigrationInterface {
  name = 'CollectionStopsUnattributed1763818100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(UNATTRIBUTED_COLLECTION_STOPS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE timeline_entries SET details = details #- '{event,answeredBy}' WHERE event = 'COLLECTION_STOPPED' AND details #>> '{event,answeredBy}' = 'notRecorded'`);
  }
}
