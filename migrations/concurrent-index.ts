import type { QueryRunner } from 'typeorm';

/**
 * Drops the index `name` if a CONCURRENTLY build left it invalid (it crashed or was cancelled): no query uses such an index, every
 * write still updates it, and CREATE INDEX … IF NOT EXISTS would keep it. Then running the migration again builds it afresh.
 */
export async function dropInvalidIndex(q: QueryRunner, name: string): Promise<void> {
  const [invalid] = await q.query(`SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1 AND NOT i.indisvalid`, [name]);
  if (invalid) await q.query(`DROP INDEX CONCURRENTLY ${name}`);
}

/**
 * Replaces the index `name` by one of `definition` (what follows the index's name in CREATE INDEX: `ON table (…) WHERE …`) without holding
 * the table's writes: built CONCURRENTLY under the name `building`, outside a transaction, then the old one dropped CONCURRENTLY and the new
 * one renamed (batchfill). A crash before the rename is resumed by running again: an invalid build is dropped first (`dropInvalidIndex`).
 */
export async function replaceIndexConcurrently(q: QueryRunner, name: string, building: string, definition: string): Promise<void> {
  await dropInvalidIndex(q, building);
  await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${building} ${definition}`);
  await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  await q.query(`ALTER INDEX ${building} RENAME TO ${name}`);
}
