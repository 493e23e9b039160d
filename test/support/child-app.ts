import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-postgres';

const ROOT = join(__dirname, '..', '..');

export interface ChildApp {
  url: string;
  process: ChildProcess;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** The way a crash happens: no shutdown hooks, no goodbyes. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real server (src/main.ts) as a separate process against a given database, for tests
 * that must survive a crash. TypeScript is compiled on the fly by @swc-node/register.
 */
export async function startChildApp(env: NodeJS.ProcessEnv, { startupSeconds = 60 } = {}): Promise<ChildApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', STEWARD_DEMO_DATA: 'false', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startupSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited during start-up:\n${output}`);
    const healthy = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app did not become healthy within ${startupSeconds} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Minimal JSON client for a child app. */
export async function call(url: string, method: string, path: string, token?: string, body?: object): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
