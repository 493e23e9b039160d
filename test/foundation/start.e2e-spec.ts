import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-postgres';
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
    expect(estates.body.items.map((e: { deceased: { fullName: string } }) => e.deceased.fullName).sort()).toEqual(['Jan Hendrik de Vries', 'Şükrü Yılmaz']);
    expect((await call(child.url, 'POST', `${API}/portal/access`, undefined, { code: DEMO_FAMILY_CODE })).status).toBe(200);
    for (const page of ['/family/login', '/desk/login', '/app/login']) {
      const res = await fetch(`${child.url}${page}`);
      expect([page, res.status, res.headers.get('content-type')]).toEqual([page, 200, expect.stringContaining('text/html')]);
    }
    await child.stop();
    expect(child.process.exitCode).toBe(0);
    // pg queues a second query on a client still at work and warns that pg@9 will refuse it: a transaction's queries go one after another.
    expect(child.output()).not.toContain('DeprecationWarning');
  });
});

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('`npm start` under a process manager', () => {
  it('stops the server when npm itself gets SIGTERM, leaving nothing listening', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, NODE_ENV: 'test', STEWARD_DEMO_DATA: 'false', PORT: String(port), DATABASE_URL: await freshDatabase() },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a server it leaves behind can still be found and stopped
    });
    let output = '';
    npm.stdout!.on('data', (d) => (output += d));
    npm.stderr!.on('data', (d) => (output += d));
    const answers = () => fetch(`http://127.0.0.1:${port}/health/live`).then((r) => r.ok, () => false);
    try {
      for (let i = 0; !(await answers()); i++) {
        if (npm.exitCode !== null || i > 600) throw new Error(`npm start did not come up:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const npmExited = new Promise((resolve) => npm.once('exit', resolve));
      npm.kill('SIGTERM'); // what systemd, Docker or a PaaS sends to the process it started
      await npmExited;
      for (let i = 0; (await answers()) && i < 50; i++) await new Promise((r) => setTimeout(r, 200));
      expect(await answers()).toBe(false);
      // …and no process of it is left running (signal 0 only asks whether the group still exists).
      for (let i = 0; groupAlive(npm.pid!) && i < 50; i++) await new Promise((r) => setTimeout(r, 200));
      expect(groupAlive(npm.pid!)).toBe(false);
    } finally {
      // A server left without its parent would hold the port and the database for good.
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // the group is gone: nothing left running
      }
    }
  }, 180_000);
});

describe('starting on the embedded PostgreSQL of STEWARD_DATA_DIR', () => {
  // Readable by all, like a fresh ./.data: PostgreSQL runs as its own user when the tests run as root.
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-start-'));
  chmodSync(dataDir, 0o755);
  const lockFile = join(dataDir, 'pg', 'postmaster.pid');
  const embedded = { STEWARD_DATA_DIR: dataDir, DATABASE_URL: undefined };
  const postmasterPid = () => Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  let child: ChildApp | undefined;
  afterAll(async () => {
    if (child?.process.exitCode === null) await child.kill9();
    try {
      process.kill(postmasterPid(), 'SIGINT'); // whatever a failed test left running
    } catch {
      // nothing left
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes up again after kill -9, stopping the PostgreSQL the crash left behind', async () => {
    child = await startChildApp(embedded);
    const orphan = postmasterPid();
    await child.kill9();
    expect(alive(orphan)).toBe(true); // what a crash leaves: PostgreSQL still holds the data directory

    child = await startChildApp(embedded);
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid()).not.toBe(orphan);
    expect((await call(child.url, 'POST', `${API}/auth/login`, undefined, { email: 'nobody@test.example', password: 'wrong-password-1' })).status).toBe(401);
    await child.stop();
    expect(child.process.exitCode).toBe(0);
  }, 180_000);

  /** Asks until `ok` holds, for at most a generous minute on this shared machine: a bound, not a timing. */
  const until = async (what: string, ok: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 60_000; !(await ok()); await new Promise((r) => setTimeout(r, 250))) {
      if (Date.now() > deadline) throw new Error(`not within 60 s: ${what}\n${child?.output()}`);
    }
  };
  const status = (path: string) => fetch(`${child!.url}${path}`).then((r) => r.status, () => 0);

  it('restarts its PostgreSQL when it is killed, and serves again without being restarted itself', async () => {
    child = await startChildApp({ ...embedded, STEWARD_ADMIN_EMAIL: 'ops@test.example', STEWARD_ADMIN_PASSWORD: 'ops-password-1' });
    const token = (await call(child.url, 'POST', `${API}/auth/login`, undefined, { email: 'ops@test.example', password: 'ops-password-1' })).body.accessToken;
    expect((await call(child.url, 'GET', `${API}/estates`, token)).status).toBe(200);
    const killed = postmasterPid();
    process.kill(killed, 'SIGKILL'); // the OOM killer's way

    await until('ready again', async () => (await status('/health/ready')) === 200);
    expect(postmasterPid()).not.toBe(killed);
    expect((await call(child.url, 'GET', `${API}/estates`, token)).status).toBe(200);
    expect(await status('/health/live')).toBe(200);
    expect(child.output()).toContain('PostgreSQL exited unexpectedly; restarting it');
    expect(child.output()).not.toMatch(/\n\s+at /);
    await child.stop();
    expect(child.process.exitCode).toBe(0);
  }, 180_000);

  it('answers 503 on /health/live when its killed PostgreSQL cannot be started again, so a supervisor restarts it', async () => {
    child = await startChildApp(embedded);
    const config = join(dataDir, 'pg', 'postgresql.conf');
    const original = readFileSync(config, 'utf8');
    appendFileSync(config, '\nshared_buffers = lots\n'); // every restart now fails
    try {
      process.kill(postmasterPid(), 'SIGKILL');
      await until('/health/live gives up', async () => (await status('/health/live')) === 503);
      expect(child.output()).toMatch(/PostgreSQL restart failed.*"attempt":5/);
      expect(child.output()).toContain('PostgreSQL could not be restarted');
      expect(child.output()).not.toMatch(/\n\s+at /);
    } finally {
      writeFileSync(config, original);
    }
    // It still stops on SIGTERM (no database left to wait for; embedded-postgres's exit hook may answer first, with 143).
    await child.stop();
    expect([0, 143]).toContain(child.process.exitCode);
  }, 180_000);

  it('says why PostgreSQL did not start, instead of `undefined`', async () => {
    const config = join(dataDir, 'pg', 'postgresql.conf');
    const original = readFileSync(config, 'utf8');
    appendFileSync(config, '\nshared_buffers = lots\n');
    try {
      const failure = await startChildApp(embedded).then(() => 'started', (error: Error) => error.message);
      expect(failure).toMatch(/PostgreSQL did not start in .*: .*shared_buffers/);
    } finally {
      writeFileSync(config, original);
    }
  }, 120_000);

  it('refuses with one sentence when another process holds the data directory', async () => {
    const other = mkdtempSync(join(tmpdir(), 'steward-locked-'));
    mkdirSync(join(other, 'pg'));
    // This test process is alive and certainly not that directory's PostgreSQL.
    writeFileSync(join(other, 'pg', 'postmaster.pid'), `${process.pid}\n${join(other, 'pg')}\n`);
    try {
      const failure = await startChildApp({ ...embedded, STEWARD_DATA_DIR: other }).then(() => 'started', (error: Error) => error.message);
      expect(failure).toContain(`The data directory ${join(other, 'pg')} is locked by process ${process.pid}, which is not its PostgreSQL server`);
      expect(failure).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);
});
