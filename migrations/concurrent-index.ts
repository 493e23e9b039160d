import type { QueryRunner } from 'typeorm';

/**
 * Drops the index `name` if a CONCURRENTLY build left it invalid (it crashed or was cancelled): no query uses such an index, every
 * write still updates it, and CREATE INDEX … IF NOT EXISTS would keep it. Then running the migration again builds it afresh.
 */
export async function dropInvalidIndex(q: QueryRunner, name: string): Promise<void> {
  const [invalid] = await q.query(`SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1 AND NOT i.indisvalid`, [name]);
  if (invalid) await q.query(`DROP INDEX CONCURRENTLY ${name}`);
}
