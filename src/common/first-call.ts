import { setTimeout as sleep } from 'node:timers/promises';

/** A repeat sent while the first call is still at work (a form's double click, an API retry with its key) waits this long for its outcome. */
const WAIT_MS = 10_000;
const POLL_MS = 100;

/**
 * Asks `look` until it has an outcome (anything but `undefined`: go ahead, or what the first call came to), polling
 * rather than waiting on a lock so no pooled connection is held meanwhile; after `WAIT_MS` it throws `stillAtWork()`.
 */
export async function outcomeOfFirstCall<T>(look: () => Promise<T | undefined>, stillAtWork: () => Error): Promise<T> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const outcome = await look();
    if (outcome !== undefined) return outcome;
    if (Date.now() > until) throw stillAtWork();
    await sleep(POLL_MS);
  }
}
