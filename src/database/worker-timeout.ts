import { AsyncLocalStorage } from 'node:async_hooks';
import { EntitySubscriberInterface, EventSubscriber, TransactionStartEvent } from 'typeorm';

/** The statement timeout of the background round this code runs in, if any. */
const workerRound = new AsyncLocalStorage<number>();

/** Runs background work so that every transaction it opens gets the workers' statement timeout. */
export function asWorker<T>(statementTimeoutMs: number, work: () => Promise<T>): Promise<T> {
  return workerRound.run(statementTimeoutMs, work);
}

/** The statement timeout of the worker round this code runs in; undefined on a page's or the API's path. */
export function workerStatementTimeoutMs(): number | undefined {
  return workerRound.getStore();
}

/**
 * Workers share the main pool, whose connections carry the pages' statement timeout; a worker's
 * transaction sets its own at the start instead. SET LOCAL semantics: it ends with the transaction,
 * so the connection goes back to the pool with the pages' timeout.
 */
@EventSubscriber()
export class WorkerStatementTimeout implements EntitySubscriberInterface {
  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const timeoutMs = workerStatementTimeoutMs();
    if (timeoutMs !== undefined) await queryRunner.query(`SELECT set_config('statement_timeout', $1, true)`, [`${timeoutMs}ms`]);
  }
}
