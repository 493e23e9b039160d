import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { ReaderWordedProblem } from '../common/problem';
import { Workers } from '../runtime/workers.service';
import { LoginLimit, retryAfterSeconds } from './login-limits';

/**
 * Counts one attempt for every key ($1, with its max $3 and window $4) whose window has room; an ended
 * window starts over at 1. One statement, so PostgreSQL's row locks decide between simultaneous attempts,
 * and rows are locked in key order, so two attempts sharing keys cannot deadlock. Keys that come back were
 * counted; a missing key was full. Ended windows are swept by a worker routine (`sweepEndedWindows`).
 */
const TAKE = `
  INSERT INTO login_attempts AS a (key, attempts, max_attempts, window_ends_at)
  SELECT l.key, 1, l.max, $2::timestamptz + make_interval(secs => l.window_seconds)
    FROM unnest($1::text[], $3::int[], $4::int[]) AS l(key, max, window_seconds) ORDER BY l.key
  ON CONFLICT (key) DO UPDATE SET
    attempts = CASE WHEN a.window_ends_at <= $2 THEN 1 ELSE a.attempts + 1 END,
    max_attempts = excluded.max_attempts,
    window_ends_at = CASE WHEN a.window_ends_at <= $2 THEN excluded.window_ends_at ELSE a.window_ends_at END
  WHERE a.window_ends_at <= $2 OR a.attempts < excluded.max_attempts
  RETURNING key`;

/** Gives attempts back, locking the rows in key order like TAKE. */
const GIVE_BACK = `
  UPDATE login_attempts SET attempts = attempts - 1
   WHERE key IN (SELECT key FROM login_attempts WHERE key = ANY($1) AND attempts > 0 ORDER BY key FOR UPDATE)`;

/** The one limiter of every login (staff, desk, family codes); it alone owns `login_attempts`. */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    workers: Workers,
  ) {
    workers.registerRoutine('login window cleanup', () => this.sweepEndedWindows());
  }

  /** Rows of ended windows only take room (a new attempt starts its window over anyway); rows in use are skipped. */
  async sweepEndedWindows(): Promise<number> {
    let swept = 0;
    for (;;) {
      const [, count]: [unknown, number] = await this.db.query(
        `DELETE FROM login_attempts WHERE key IN (SELECT key FROM login_attempts WHERE window_ends_at <= $1 LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
        [this.clock.now()],
      );
      swept += count;
      if (count < 1000) return swept;
    }
  }

  /**
   * Runs `check` (a password or code check) only if every limit has an attempt left, else 429. The attempt
   * is counted before the check, so at most `max` checks ever run per window however many arrive at once;
   * a check that succeeds (not null) gives its attempt back, so only failures use up the limit.
   */
  async attempt<T>(limits: LoginLimit[], check: () => Promise<T | null>): Promise<T | null> {
    await this.take(limits);
    const result = await check();
    if (result !== null) await this.db.query(GIVE_BACK, [limits.map((l) => l.key)]);
    return result;
  }

  /** Counts an attempt against every limit, or, if any is used up, none of them and 429 with Retry-After. */
  async take(limits: LoginLimit[]): Promise<void> {
    const now = this.clock.now();
    const keys = limits.map((l) => l.key);
    const taken: { key: string }[] = await this.db.query(TAKE, [keys, now, limits.map((l) => l.max), limits.map((l) => l.windowSeconds)]);
    if (taken.length === limits.length) return;
    // Refused: what was counted for the other limits is given back, so the refusal costs them nothing.
    // Meanwhile they may look one fuller than they are, which can only refuse, never let through.
    const counted = taken.map((t) => t.key);
    if (counted.length) await this.db.query(GIVE_BACK, [counted]);
    const [full]: { window_ends_at: Date | null }[] = await this.db.query(
      'SELECT max(window_ends_at) AS window_ends_at FROM login_attempts WHERE key = ANY($1)',
      [keys.filter((k) => !counted.includes(k))],
    );
    // No row: its window ended this very moment, and a retry may go at once.
    const retryAfter = retryAfterSeconds(full.window_ends_at ?? now, now);
    // `retryAt`: the moment itself, so a page can say until when (the family's login: "Probeer het om 17:45 opnieuw").
    throw new ReaderWordedProblem(429, 'too-many-attempts', 'tooManyAttempts', [Math.ceil(retryAfter / 60)], { retryAfterSeconds: retryAfter, retryAt: new Date(now.getTime() + retryAfter * 1000).toISOString() });
  }
}
