import type { EntityManager } from 'typeorm';

/** Runs DELETE statements with the same parameters; returns the rows the last one deleted (the subject's own). */
export async function deleted(manager: EntityManager, statements: string[], params: unknown[]): Promise<number> {
  let count = 0;
  for (const sql of statements) count = ((await manager.query(sql, params)) as [unknown, number])[1];
  return count;
}
