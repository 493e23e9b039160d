import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { StewardConfig } from '../config/config';
import { isDatabaseUnavailable } from '../database/unavailable';
import { asWorker } from '../database/worker-timeout';
import { errorKind, OutboxService } from './outbox.service';
import { DeadlineScheduler } from './scheduler.service';
import { WorkflowRuntime } from './workflow-runtime.service';

const OUTBOX_INTERVAL_MS = 1_000;
const SCHEDULER_INTERVAL_MS = 15_000;

/**
 * Background loops of this app instance. Safe to run in every instance at once: both loops claim
 * their rows with SKIP LOCKED. A clean shutdown waits for the round in flight.
 */
@Injectable()
export class Workers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('workers');
  private timers: NodeJS.Timeout[] = [];
  private inFlight = new Set<Promise<unknown>>();
  /** While the database is away every round fails the same way: say so once, and once when it is back. */
  private databaseAway = false;
  /**
   * Housekeeping that runs after the scheduler in every round (the daily print batch, pruning); each
   * must be idempotent and cheap when there is nothing to do. One that fails holds up none of the others.
   */
  private readonly routines: { name: string; run: () => Promise<unknown> }[] = [];

  constructor(
    private readonly config: StewardConfig,
    private readonly scheduler: DeadlineScheduler,
    private readonly outbox: OutboxService,
    runtime: WorkflowRuntime,
  ) {
    this.registerRoutine('outbox pruning', () => this.outbox.pruneDone());
    this.registerRoutine('read models of an older projection', () => runtime.projectStale());
    this.registerRoutine('deadlines to recount', () => runtime.recountDeadlines());
  }

  onApplicationBootstrap(): void {
    if (!this.config.workers) return;
    this.every(OUTBOX_INTERVAL_MS, () => this.outbox.drain());
    this.every(SCHEDULER_INTERVAL_MS, () => this.runScheduled());
  }

  registerRoutine(name: string, run: () => Promise<unknown>): void {
    this.routines.push({ name, run });
  }

  /** A failing deadline is parked by the scheduler itself; only an outage ends the round early. */
  private async runScheduled(): Promise<number> {
    const fired = await this.scheduler.runDue();
    for (const routine of this.routines) {
      await routine.run().catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) throw error;
        this.logger.error({ msg: 'routine failed', routine: routine.name, error: errorKind(error) });
      });
    }
    return fired;
  }

  /** Before the database connection closes: stop the loops and let the round in flight finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.timers.forEach(clearInterval);
    this.timers = [];
    await Promise.allSettled([...this.inFlight]);
  }

  /** Fires everything due now: deadlines first, then the effects they produced. */
  runDueWork(): Promise<{ deadlines: number; effects: number }> {
    return this.asWorker(async () => {
      const deadlines = await this.runScheduled();
      const effects = await this.outbox.drain();
      return { deadlines, effects };
    });
  }

  /** Background work gets the workers' statement timeout, not the pages'. */
  private asWorker<T>(work: () => Promise<T>): Promise<T> {
    return asWorker(this.config.STEWARD_WORKER_STATEMENT_TIMEOUT_MS, work);
  }

  private every(ms: number, work: () => Promise<unknown>): void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      const round = this.asWorker(work)
        .then(() => this.succeeded(), (error) => this.failed(error))
        .finally(() => {
          running = false;
          this.inFlight.delete(round);
        });
      this.inFlight.add(round);
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }

  private failed(error: unknown): void {
    if (!isDatabaseUnavailable(error)) {
      this.logger.error({ msg: 'background round failed', error: String(error) });
    } else if (!this.databaseAway) {
      this.databaseAway = true;
      // The driver's own words say what failed („timeout exceeded when trying to connect”): the kind alone was only „Error” (audit88 F11). No stack.
      this.logger.warn({ msg: 'database unavailable: background work waits until it is back', error: errorKind(error), reason: error instanceof Error ? error.message.slice(0, 200) : String(error) });
    }
  }

  private succeeded(): void {
    if (!this.databaseAway) return;
    this.databaseAway = false;
    this.logger.log({ msg: 'database back: background work resumed' });
  }
}
