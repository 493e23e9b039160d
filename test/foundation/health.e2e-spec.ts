import request from 'supertest';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { dataSourceOptions, migrate } from '../../src/database/database';
import { startTestApp, TestApp } from '../support/test-app';

describe('health probes', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t?.close());

  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  it('is ready with every migration applied, and says which one is missing when it is not', async () => {
    await get('/health/ready').expect(200);
    const newest = new migrations[migrations.length - 1]();
    const source = new DataSource(dataSourceOptions(t.databaseUrl));
    await source.initialize();
    try {
      await source.undoLastMigration({ transaction: 'each' });
    } finally {
      await source.destroy();
    }

    const notReady = await get('/health/ready').expect(503);
    expect(notReady.headers['content-type']).toContain('application/problem+json');
    expect(notReady.body).toMatchObject({ type: 'https://steward.example/problems/not-ready', detail: 'Not ready: migrations down.' });
    expect(notReady.body.checks).toEqual({ database: { status: 'up' }, migrations: { status: 'down', pending: [newest.name] } });
    await get('/health/live').expect(200); // alive all the same: a restart would not help

    expect(await migrate(t.databaseUrl)).toEqual([newest.name]);
    await get('/health/ready').expect(200);
  });
});
