import type { DataSource } from 'typeorm';
import { migrations } from '../../migrations';

/**
 * Rolls the schema back to before `migration` and forward again, as a real rollback would: every later migration goes
 * down first and up again after, so a spec re-running an old data migration sees today's schema, not a half one.
 * `before` runs on the schema just before `migration`: rows that schema allows and the migration must deal with.
 */
export async function rerunFrom(source: DataSource, migration: (typeof migrations)[number], before?: () => Promise<void>): Promise<void> {
  const later = migrations.length - migrations.indexOf(migration);
  for (let i = 0; i < later; i++) await source.undoLastMigration({ transaction: 'each' });
  await before?.();
  await source.runMigrations({ transaction: 'each' });
}
