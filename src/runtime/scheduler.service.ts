import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../auth/principal';
import { Clock } from '../clock/clock';
import { StateConflict, WorkflowRuntime } from './workflow-runtime.service';
import { WorkflowInstance } from './workflow-instance.entity';

/**
 * Turns passed deadlines into DEADLINE_PASSED events. Each due instance is claimed with
 * FOR UPDATE SKIP LOCKED and re-dated in the same transaction, so with any number of app instances
 * polling, every deadline fires exactly once.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger('scheduler');

  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly clock: Clock,
  ) {}

  /** Fires every deadline that has passed; returns how many fired. */
  async runDue(limit = 1000): Promise<number> {
    let fired = 0;
    while (fired < limit && (await this.fireOne())) fired++;
    return fired;
  }

  private fireOne(): Promise<boolean> {
    return this.runtime.transaction(async (manager) => {
      // Claimed with its estate's instance first: the lock order of every transition.
      const due = await this.runtime.claimDue(manager, this.clock.now());
      if (!due) return false;
      try {
        await this.runtime.apply(manager, due.subjectType, due.subjectId, { type: 'DEADLINE_PASSED' }, SYSTEM_ACTOR);
      } catch (error) {
        if (!(error instanceof StateConflict)) throw error;
        // A deadline the current state does not handle is stale: clear it rather than retry forever.
        this.logger.warn({ msg: 'stale deadline cleared', instanceId: due.id, state: due.state });
        await manager.update(WorkflowInstance, { id: due.id }, { nextDueAt: null });
      }
      return true;
    });
  }
}
