import { DEMO_FAMILY_CODE, DEMO_SPECIALIST } from '../../src/seed/demo-data';
import { call, ChildApp, startChildApp } from '../support/child-app';
import { API } from '../support/fixtures';
import { freshDatabase } from '../support/test-app';

describe('the real server as `npm start` runs it', () => {
  let child: ChildApp | undefined;
  afterAll(async () => child?.process.exitCode === null && child.kill9());

  it('migrates an empty database, seeds the demo, serves the API and pages, and stops cleanly on SIGTERM', async () => {
    child = await startChildApp({ DATABASE_URL: await freshDatabase(), STEWARD_DEMO_DATA: 'true' });
    const login = await call(child.url, 'POST', `${API}/auth/login`, undefined, { email: DEMO_SPECIALIST.email, password: DEMO_SPECIALIST.password });
    expect(login.status).toBe(200);
    const estates = await call(child.url, 'GET', `${API}/estates`, login.body.accessToken);
    expect(estates.body.map((e: { deceased: { fullName: string } }) => e.deceased.fullName).sort()).toEqual(['Jan Hendrik de Vries', 'Şükrü Yılmaz']);
    expect((await call(child.url, 'POST', `${API}/portal/access`, undefined, { code: DEMO_FAMILY_CODE })).status).toBe(200);
    for (const page of ['/family/login', '/desk/login', '/app/login']) {
      const res = await fetch(`${child.url}${page}`);
      expect([page, res.status, res.headers.get('content-type')]).toEqual([page, 200, expect.stringContaining('text/html')]);
    }
    await child.stop();
    expect(child.process.exitCode).toBe(0);
  });
});
