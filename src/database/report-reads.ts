import type { DataSource, EntityManager } from 'typeorm';

/**
 * `read` on one connection of the reports' share (its pool, statement timeout and read-only sessions), through a manager that knows
 * the application's entities: the reports' data source registers none (its reports query tables by name), while a module's reads
 * it calls may build on an entity (the workflow standings). The connection goes back to its pool as soon as `read` is done.
 */
export async function onReportsShare<T>(entities: DataSource, reports: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = reports.createQueryRunner('slave');
  try {
    return await read(entities.createEntityManager(runner));
  } finally {
    await runner.release();
  }
}
