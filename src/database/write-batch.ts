import { EntityManager } from 'typeorm';
import { remembered } from '../../workflows/memo';
import { preparedQuery } from './prepared';

/**
 * Each part's text as placed in a batch, per statement text, position and parameter offset: the same
 * few statements recur in every transition, and renumbering their parameters was a regular expression
 * per part per batch. Bounded.
 */
const PLACED = new Map<string, Map<string, string>>();

/** A statement and its `$1…$n` parameters. */
export type Statement = [sql: string, parameters: unknown[]];

/**
 * Writes of several owners (the runtime, the timeline, the outbox, a subject's own table) sent to
 * PostgreSQL as one statement of data-modifying CTEs: one round trip instead of one per write. Each
 * owner still writes its own SQL (plain text: TypeORM's query builders cost more CPU than the round
 * trip saved); PostgreSQL runs every part to completion whether it is read or not. The statement is
 * prepared once per connection for each combination of parts (`preparedQuery`).
 * The parts see the database as it was before the statement, so none may depend on another's rows.
 */
export class WriteBatch {
  private readonly parts: string[] = [];
  private readonly parameters: unknown[] = [];

  constructor(readonly manager: EntityManager) {}

  /** Adds one INSERT/UPDATE/DELETE; returns the name its RETURNING rows have in `run`'s select. */
  add([sql, parameters]: Statement): string {
    const offset = this.parameters.length;
    this.parameters.push(...parameters);
    const index = this.parts.length;
    const placed = remembered(PLACED, sql, 1000, () => new Map<string, string>());
    this.parts.push(remembered(placed, `${index}:${offset}`, 100, () => `part${index} AS (${sql.replace(/\$(\d+)/g, (_, n: string) => `$${offset + Number(n)}`)})`));
    return `part${index}`;
  }

  /** Sends everything at once; `select` reads what the parts returned. */
  run<T>(select: string): Promise<T[]> {
    return preparedQuery(this.manager, `WITH ${this.parts.join(',\n')}\n${select}`, this.parameters);
  }

  /** Sends everything at once, if there is anything to send. */
  async send(): Promise<void> {
    if (this.parts.length) await this.run('SELECT 1');
  }
}
