import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import type { Actor } from '../auth/principal';
import { AppliedTransition, WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { Estate, EstateStatus } from './estate.entity';

const STATUS_WORDS: Record<string, string> = {
  intake: 'intake',
  inventory: 'taking inventory of contracts',
  inProgress: 'requests in progress',
  settling: 'settling: every contract is ended or transferred',
  closed: 'closed; the final report goes to the family',
  purged: 'purged after the retention period',
};

/** The estate lifecycle (intake → inventory → in progress → settling → closed → purged) on the runtime. */
@Injectable()
export class EstateWorkflow implements OnModuleInit {
  constructor(private readonly runtime: WorkflowRuntime) {}

  onModuleInit(): void {
    this.runtime.register('estate', {
      slaBusinessDays: async () => 0,
      describe: async (_m, t) => `Estate status: ${STATUS_WORDS[t.to] ?? t.to}.`,
      afterTransition: (manager, t) => this.keepStatus(manager, t),
    });
  }

  start(manager: EntityManager, estate: Estate) {
    return this.runtime.start(manager, { estateId: estate.id, subjectType: 'estate', subjectId: estate.id, machineId: 'estate', input: {} });
  }

  /** Sends an event the estate may or may not be ready for: contracts drive the estate, never block on it. */
  async nudge(manager: EntityManager, estateId: string, event: AnyEventObject, actor: Actor): Promise<void> {
    const instance = await this.runtime.find(manager, 'estate', estateId, true);
    if (instance && this.runtime.can(instance, event)) await this.runtime.apply(manager, 'estate', estateId, event, actor);
  }

  private async keepStatus(manager: EntityManager, t: AppliedTransition): Promise<void> {
    await manager.update(Estate, { id: t.instance.subjectId }, { status: t.to as EstateStatus });
  }
}
