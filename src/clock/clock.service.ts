import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem';
import { DEFAULT_LANG, type Lang, ownerWords } from '../words';
import { StewardConfig } from '../config/config';
import { Clock, VirtualClock } from './clock';

/**
 * Keeps the virtual clock (STEWARD_CLOCK=virtual) across restarts in `virtual_clock`, this module's table:
 * every advance is stored, and at start the clock resumes where it stood plus the real time since.
 * A system clock is left alone and nothing is stored for it.
 */
@Injectable()
export class ClockService implements OnModuleInit {
  private readonly logger = new Logger('clock');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
  ) {}

  /** Runs before the workers start (they begin on application bootstrap), so nothing is due by a clock that is about to jump. */
  async onModuleInit(): Promise<void> {
    if (!(this.clock instanceof VirtualClock)) return;
    // Elapsed real time by the database's clock, the one that wrote `stored_at`.
    const [row] = (await this.db.query(`SELECT now + (clock_timestamp() - stored_at) AS resumed FROM virtual_clock`)) as { resumed: Date }[];
    if (!row) return;
    if (this.clock.resumeAt(row.resumed)) {
      this.logger.log({
        msg: 'virtual clock resumed where it was stored',
        now: this.clock.now().toISOString(),
        ...(this.config.STEWARD_CLOCK_START && { ignoredStart: this.config.STEWARD_CLOCK_START, reason: 'STEWARD_CLOCK_START is earlier than the stored time' }),
      });
    } else {
      this.logger.log({ msg: 'virtual clock starts later than the stored time', now: this.clock.now().toISOString() });
    }
  }

  /** Moves the virtual clock and stores where it now stands; a system clock cannot be moved (refused in `lang`, the administrator's). */
  async advanceDays(days: number, lang: Lang = DEFAULT_LANG): Promise<Date> {
    if (!(this.clock instanceof VirtualClock)) {
      throw new ProblemException(403, 'real-clock', ownerWords(lang).errors.details.realClock);
    }
    // Added to the stored time in one statement, not read and written back: two instances advancing at once both count
    // (audit82 CLOCK-1). From the later of the stored time (run on since it was stored) and ours: another instance may be ahead.
    const [{ now }]: { now: Date }[] = await this.db.query(
      `INSERT INTO virtual_clock (id, now, stored_at) VALUES (1, $1::timestamptz + make_interval(days => $2), clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET now = GREATEST(virtual_clock.now + (EXCLUDED.stored_at - virtual_clock.stored_at), $1::timestamptz) + make_interval(days => $2), stored_at = EXCLUDED.stored_at
       RETURNING now`,
      [this.clock.now(), days],
    );
    this.clock.resumeAt(now);
    return this.clock.now();
  }
}
