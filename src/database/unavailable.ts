/** How long clients are asked to wait (Retry-After) while the database is away: a restart takes seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Socket errors from pg while connecting or talking to the server.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception), 53300 too many connections, 57P01 admin shutdown,
// 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down).
const SQLSTATE = /^(08[0-9A-Z]{3}|53300|57P0[123])$/;
// pg and pg-pool say these without a code: the server went away mid-conversation, or no connection came in time.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;
// TypeORM releases a query runner whose connection failed; a transaction's next query then gets this.
const RELEASED = 'QueryRunnerProviderAlreadyReleasedError';

/**
 * Whether an error means "the database cannot be reached right now" (retry later: 503), as opposed
 * to a fault in the request or the code. Looks through TypeORM's QueryFailedError and `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, name, driverError, cause } = e as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (name === RELEASED) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}
