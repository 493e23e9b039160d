import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/config';
import { migrate, provisionDatabase } from './database/database';
import { UsersService } from './users/users.service';

const USAGE = 'usage: npm run steward -- create-admin --email EMAIL --password PASSWORD [--name NAME]';

/** Operator commands that need no running server, e.g. creating the first administrator. */
async function cli(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string', default: 'Administrator' } },
  });
  if (positionals[0] !== 'create-admin' || !values.email || !values.password) throw new ConfigError(USAGE);
  if (values.password.length < 10) throw new ConfigError('the password must be at least 10 characters');
  const config = loadConfig();
  const database = await provisionDatabase(config, () => undefined);
  try {
    await migrate(database.url);
    const context = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: database.url }), { logger: ['error'] });
    try {
      const admin = await context.get(UsersService).ensureAdmin(values.email, values.password, values.name);
      console.log(`administrator ${admin.email} is ready`);
    } finally {
      await context.close();
    }
  } finally {
    await database.stop();
  }
}

cli(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
