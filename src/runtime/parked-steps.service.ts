import { Injectable } from '@nestjs/common';
import { OutboxService } from './outbox.service';
import { DeadlineScheduler } from './scheduler.service';

/** An automatic step (a deadline or an effect) whose retries ran out; it waits for someone to retry it. */
export interface ParkedStep {
  /** `deadline-<instance id>` or `effect-<outbox id>`. */
  id: string;
  estateId: string;
  contractId: string | null;
  /** `deadline`, or the effect's kind. */
  kind: string;
  lastErrorKind: string;
  attempts: number;
  /** The letter a parked e-mail was delivering; null otherwise. */
  letterId: string | null;
}

const STEP_ID = /^(deadline)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$|^(effect)-([1-9][0-9]{0,17})$/;

/** Parked deadlines and effects as one list, for the owner's queue, and their retry. */
@Injectable()
export class ParkedSteps {
  constructor(
    private readonly scheduler: DeadlineScheduler,
    private readonly outbox: OutboxService,
  ) {}

  /** Parked steps of these estates (null: every estate); few by nature, so no paging. */
  async parkedFor(estateIds: string[] | null, limit: number): Promise<ParkedStep[]> {
    const [deadlines, effects] = await Promise.all([this.scheduler.parkedFor(estateIds, limit), this.outbox.parkedFor(estateIds, limit)]);
    return [
      ...deadlines.map((d) => ({ id: `deadline-${d.instanceId}`, estateId: d.estateId, contractId: d.contractId, kind: 'deadline', lastErrorKind: d.lastErrorKind, attempts: d.attempts, letterId: null })),
      ...effects.map((e) => ({ id: `effect-${e.id}`, estateId: e.estateId, contractId: e.contractId, kind: e.kind, lastErrorKind: e.lastErrorKind, attempts: e.attempts, letterId: e.letterId })),
    ].slice(0, limit);
  }

  /**
   * The estate of a step (for the caller's access check), parked or no longer: a step retried a moment ago is
   * still the owner's, told apart from one that never was (null) so a second retry hears it was retried.
   */
  estateOf(stepId: string): Promise<string | null> {
    const match = STEP_ID.exec(stepId);
    if (!match) return Promise.resolve(null);
    return match[1] ? this.scheduler.estateOfInstance(match[2]) : this.outbox.estateOfEffect(match[4]);
  }

  /** The outbox row of an effect's step (`effect-<outbox id>`); null for a deadline or an unknown step. */
  effectOf(stepId: string): string | null {
    return STEP_ID.exec(stepId)?.[4] ?? null;
  }

  /** Puts the step back in line; the next worker round performs it. False when it was not parked (any more). */
  retry(stepId: string): Promise<boolean> {
    const match = STEP_ID.exec(stepId);
    if (!match) return Promise.resolve(false);
    return match[1] ? this.scheduler.retry(match[2]) : this.outbox.retry(match[4]);
  }
}
