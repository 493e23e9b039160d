import type { PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

/** The name each statement text is prepared under; bounded, past it statements go unnamed (parsed each time). */
const names = new Map<string, string>();
const MAX_NAMES = 500;

/**
 * Runs one statement on the transaction's own connection as a named prepared statement, for the
 * hot path of workflow transitions: PostgreSQL parses and plans it once per connection instead of
 * on every call, and TypeORM's query wrapper (which measured more CPU than the statement's own
 * parameters) is skipped. Fails with TypeORM's QueryFailedError, as `manager.query` does; outside
 * a transaction it is `manager.query`.
 */
export async function preparedQuery<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner as (typeof manager.queryRunner & { databaseConnection?: PoolClient }) | undefined;
  const client = runner?.isTransactionActive ? runner.databaseConnection : undefined;
  if (!client) return manager.query(sql, parameters);
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_NAMES) {
    name = `steward_${names.size}`;
    names.set(sql, name);
  }
  try {
    return (await client.query({ name, text: sql, values: parameters })).rows as T[];
  } catch (error) {
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}
