import 'reflect-metadata';
import { inspect } from 'node:util';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from './app.factory';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/config';
import { migrate } from './database/database';

/**
 * Only the background workers (deadlines, outbox, daily routines), no HTTP: `npm run worker`. Run as
 * many as needed next to app instances started with STEWARD_WORKERS=false; all claim their rows with
 * SKIP LOCKED. It needs DATABASE_URL: the embedded PostgreSQL belongs to the one `npm start` process.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, STEWARD_WORKERS: 'true' });
  Logger.overrideLogger(createLogger(config.NODE_ENV));
  const logger = new Logger('worker');
  if (!config.DATABASE_URL) throw new ConfigError('npm run worker needs DATABASE_URL: a separate worker process cannot share the embedded PostgreSQL of `npm start`.');
  await migrate(config.DATABASE_URL);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: config.DATABASE_URL }), { logger: createLogger(config.NODE_ENV) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log({ msg: 'shutting down', signal });
      // Workers finish the round in flight before the connection closes (BeforeApplicationShutdown).
      void context.close().finally(() => process.exit(0));
    });
  }
  logger.log({ msg: 'workers running', clock: config.STEWARD_CLOCK });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error : `worker start-up failed: ${inspect(error)}`);
  process.exit(1);
});
