import { EntityManager } from 'typeorm';

/**
 * Independent reads side by side on the pool (each takes its own connection), one after another on a
 * transaction's manager: its one connection would only queue them, and pg deprecates (pg 9 removes)
 * a query sent while the client is still busy with another.
 */
export async function readAll<T extends readonly unknown[]>(manager: EntityManager, reads: [...{ [K in keyof T]: () => Promise<T[K]> }]): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
