import { compare as bcryptCompare } from 'bcryptjs';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';

/**
 * Password hashes. New hashes are scrypt from node's crypto: it runs on libuv's thread pool, so a burst of
 * logins no longer stalls every other request the way bcryptjs did (pure JavaScript on the event loop,
 * in chunks of up to 100 ms). Hashes written before are bcrypt: still accepted, and replaced by scrypt at
 * the account's next successful login (see `outdated`).
 */
interface ScryptCost {
  /** log2 of scrypt's N (CPU and memory cost) */
  ln: number;
  r: number;
  p: number;
}

/**
 * 2^14 × 8 × 128 bytes = 16 MiB per hash, and about the time bcrypt cost 10 took here. OWASP asks for
 * about eight times this work (N=2^17); raising it later is safe: hashes of a lower cost count as
 * outdated and are replaced at the next login.
 */
const COST: ScryptCost = { ln: 14, r: 8, p: 1 };
const KEY_BYTES = 32;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([\w-]+)\$([\w-]+)$/;

/**
 * How many hashes run at once: one fewer than the cores (at least one). Off the event loop is not enough on
 * its own: a burst of logins filling libuv's four threads starves the event loop and PostgreSQL of CPU
 * just the same, and those threads also serve file reads. The rest wait their turn.
 */
const MAX_PARALLEL = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running < MAX_PARALLEL) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the finishing hash hands over its turn
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.ln;
  return inTurn(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password, salt, KEY_BYTES, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}

const format = (cost: ScryptCost, salt: Buffer, key: Buffer) =>
  `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;

/** Checked instead when there is no account, so an unknown email costs the same time as a known one. */
const NO_ACCOUNT = format(COST, randomBytes(16), Buffer.alloc(KEY_BYTES));

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(COST, salt, await derive(password, salt, COST));
}

export interface PasswordCheck {
  ok: boolean;
  /** Right, but stored the old way (bcrypt or a lower cost): the caller stores `hashPassword` of it now. */
  outdated: boolean;
}

/** Checks a password against a stored hash, or against nothing (null) at the same cost. */
export async function checkPassword(password: string, stored: string | null): Promise<PasswordCheck> {
  const hash = stored ?? NO_ACCOUNT;
  if (hash.startsWith('$2')) {
    const ok = await bcryptCompare(password, hash);
    return { ok, outdated: ok };
  }
  const match = FORMAT.exec(hash);
  if (!match) return { ok: false, outdated: false };
  const cost = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  const expected = Buffer.from(match[5], 'base64url');
  const key = await derive(password, Buffer.from(match[4], 'base64url'), cost);
  const ok = stored !== null && key.length === expected.length && timingSafeEqual(key, expected);
  return { ok, outdated: ok && (cost.ln !== COST.ln || cost.r !== COST.r || cost.p !== COST.p) };
}
