import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { ContractContext, ContractEvent, ContractState, ownerChangeText } from '../../workflows';
import type { Actor } from '../auth/principal';
import { EstateWorkflow } from '../estates/estate-workflow.service';
import { Provider } from '../providers/provider.entity';
import { AppliedTransition, WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { Contract } from './contract.entity';

/** A contract workflow as other modules may read it. */
export interface ContractStanding {
  state: ContractState;
  context: ContractContext;
  dueDate: string | null;
  accepts(type: ContractEvent['type']): boolean;
}

/** States in which nothing is left to do for a contract (for the estate's "all settled"). */
export const FINISHED_STATES = ['settled', 'closed', 'withdrawn'];

/** Document kinds a provider requires that the estate does not have yet. */
export function missingDocuments(required: string[], present: string[]): string[] {
  return required.filter((kind) => !present.includes(kind));
}

/** The kinds of document an estate has. */
export async function documentKinds(manager: EntityManager, estateId: string): Promise<string[]> {
  const rows: { kind: string }[] = await manager.query('SELECT DISTINCT kind FROM documents WHERE estate_id = $1', [estateId]);
  return rows.map((r) => r.kind);
}

/**
 * The contract lifecycle on the durable runtime, and how contracts move their estate along:
 * the first request puts the estate in progress, the last settled contract makes it settle.
 */
@Injectable()
export class ContractWorkflow implements OnModuleInit {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly estateWorkflow: EstateWorkflow,
  ) {}

  onModuleInit(): void {
    this.runtime.register('contract', {
      slaBusinessDays: async (manager, contractId) => (await this.contractWithProvider(manager, contractId)).provider.slaBusinessDays,
      describe: async (manager, t) => {
        const contract = await this.contractWithProvider(manager, t.instance.subjectId);
        const context = (t.instance.snapshot as { context: ContractContext }).context;
        // The staff record, in the owner's words and Dutch first (one stored sentence per entry).
        return `${contract.description}: ${ownerChangeText(t.to as ContractState, context, 'nl', contract.provider.name)}`;
      },
      afterTransition: (manager, t) => this.afterTransition(manager, t),
    });
  }

  /** Starts the workflow of a new contract and tells the estate its inventory has begun. */
  async start(manager: EntityManager, contract: Contract, actor: Actor): Promise<void> {
    await this.runtime.start(manager, {
      estateId: contract.estateId,
      subjectType: 'contract',
      subjectId: contract.id,
      machineId: 'contract',
      input: { action: contract.action },
    });
    await this.estateWorkflow.nudge(manager, contract.estateId, { type: 'CONTRACT_ADDED' }, actor);
    await this.refreshDocuments(manager, contract.estateId, actor);
  }

  apply(manager: EntityManager, contractId: string, event: AnyEventObject, actor: Actor): Promise<AppliedTransition> {
    return this.runtime.apply(manager, 'contract', contractId, event, actor);
  }

  /**
   * Where each contract's workflow stands, typed: state, context, due date and whether an event
   * would be accepted now (asked of the instance's own machine version).
   */
  async standings(manager: EntityManager, contractIds: string[]): Promise<Map<string, ContractStanding>> {
    const instances = await this.runtime.findMany(manager, 'contract', contractIds);
    return new Map(
      instances.map((instance) => [
        instance.subjectId,
        {
          state: instance.state as ContractState,
          context: this.runtime.contextOf<ContractContext>(instance),
          dueDate: instance.dueDate,
          accepts: (type: ContractEvent['type']) => this.runtime.can(instance, { type }),
        },
      ]),
    );
  }

  /** Moves waiting contracts between draft and ready as the estate's documents become complete. */
  async refreshDocuments(manager: EntityManager, estateId: string, actor: Actor): Promise<void> {
    const present = await documentKinds(manager, estateId);
    const waiting = await manager
      .createQueryBuilder(Contract, 'c')
      .innerJoinAndSelect('c.provider', 'p')
      .where('c.estateId = :estateId AND c.state IN (:...states)', { estateId, states: ['draft', 'ready'] })
      .getMany();
    for (const contract of waiting) {
      const complete = missingDocuments(contract.provider.requiredDocuments, present).length === 0;
      if ((contract.state === 'ready') !== complete) {
        await this.apply(manager, contract.id, { type: 'DOCUMENTS_CHANGED', complete }, actor);
      }
    }
  }

  private async afterTransition(manager: EntityManager, t: AppliedTransition): Promise<void> {
    const contractId = t.instance.subjectId;
    await manager.update(Contract, { id: contractId }, { state: t.to });
    const estateId = t.instance.estateId;
    if (t.event.type === 'REQUEST') {
      await this.estateWorkflow.nudge(manager, estateId, { type: 'REQUEST_SENT' }, t.actor);
    }
    if (FINISHED_STATES.includes(t.to) !== FINISHED_STATES.includes(t.from)) {
      const [{ open }] = await manager.query(`SELECT count(*)::int AS open FROM contracts WHERE estate_id = $1 AND NOT (state = ANY($2))`, [estateId, FINISHED_STATES]);
      const event = open === 0 ? 'ALL_CONTRACTS_SETTLED' : 'CONTRACT_REOPENED';
      await this.estateWorkflow.nudge(manager, estateId, { type: event }, t.actor);
    }
  }

  private async contractWithProvider(manager: EntityManager, contractId: string): Promise<Contract & { provider: Provider }> {
    return manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
  }
}
