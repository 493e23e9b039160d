/** How long clients are asked to wait (Retry-After) while the database is away: a restart takes seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** How long clients are asked to wait after a statement ran out of time: long enough for the rush to pass. */
export const TIMEOUT_RETRY_AFTER_SECONDS = 30;

// Socket errors from pg while connecting or talking to the server.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception), 53300 too many connections, 57P01 admin shutdown,
// 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down).
const SQLSTATE = /^(08[0-9A-Z]{3}|53300|57P0[123])$/;
// pg and pg-pool say these without a code: the server went away mid-conversation, or no connection came in time, or a statement
// ran past our own deadline (`query_timeout`, set a second after the server's statement timeout: a server that answers stops it first).
const READ_TIMEOUT = 'Query read timeout';
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout/i;
// TypeORM releases a query runner whose connection failed; a transaction's next query then gets this.
const RELEASED = 'QueryRunnerProviderAlreadyReleasedError';

/**
 * Whether an error means "the database cannot be reached right now" (retry later: 503), as opposed
 * to a fault in the request or the code. Looks through TypeORM's QueryFailedError and `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someCause(error, ({ code, message, name }) =>
    (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) || name === RELEASED || (typeof message === 'string' && MESSAGES.test(message)),
  );
}

/** Whether a statement ran past our own deadline on it (pg's `query_timeout`): its connection is then closed (`DeadlineClient`). */
export function isOurDeadline(error: unknown): boolean {
  return error instanceof Error && error.message === READ_TIMEOUT;
}

// SQLSTATE 57014 query_canceled: the statement timeout stopped it (or an operator cancelled it by hand).
const QUERY_CANCELED = '57014';

/** Whether a statement was stopped for running too long: the database is fine, this one request was too heavy right now. */
export function isStatementTimeout(error: unknown): boolean {
  return someCause(error, ({ code }) => code === QUERY_CANCELED);
}

interface ErrorParts {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** Looks through TypeORM's QueryFailedError (driverError) and `cause` chains. */
function someCause(error: unknown, test: (e: ErrorParts) => boolean): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (test(e as ErrorParts)) return true;
    e = (e as ErrorParts).driverError ?? (e as ErrorParts).cause;
  }
  return false;
}
