import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { contractNextStep, contractStatusText, ownerNextStep, ownerStatusText } from '../../workflows';
import { Letter, letterView } from '../letters/letter.entity';
import { OutboxService } from '../runtime/outbox.service';
import { WorkflowInstance } from '../runtime/workflow-instance.entity';
import { TimelineService } from '../timeline/timeline.service';
import { Contract } from './contract.entity';

type Language = 'nl' | 'en';
/** Who reads the words: the family (portal) gets its own sentences, staff get the owner's. */
export type Reader = 'owner' | 'family';
const WORDING = {
  owner: { status: ownerStatusText, next: ownerNextStep },
  family: { status: contractStatusText, next: contractNextStep },
} as const;

/** Read models of contracts: where each stands, in plain words, and what happens next. */
@Injectable()
export class ContractViews {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
  ) {}

  async summaries(contractIds: string[], lang: Language = 'nl', reader: Reader = 'owner') {
    if (!contractIds.length) return [];
    const contracts = await this.db.manager.find(Contract, { where: { id: In(contractIds) }, relations: { provider: true }, order: { createdAt: 'ASC' } });
    const instances = await this.db.manager.find(WorkflowInstance, { where: { subjectType: 'contract', subjectId: In(contractIds) } });
    const byContract = new Map(instances.map((i) => [i.subjectId, i]));
    return contracts.map((c) => this.summary(c, byContract.get(c.id)!, lang, reader));
  }

  async detail(contractId: string, lang: Language = 'nl') {
    const [summary] = await this.summaries([contractId], lang);
    return {
      ...summary,
      letters: (await this.db.manager.find(Letter, { where: { contractId }, order: { createdAt: 'ASC' } })).map(letterView),
      undeliveredEffects: await this.outbox.parked(summary.estateId, contractId),
      timeline: await this.timeline.list(summary.estateId, contractId),
    };
  }

  private summary(c: Contract, instance: WorkflowInstance, lang: Language, reader: Reader) {
    const context = (instance.snapshot as { context: Record<string, unknown> }).context;
    const words = { providerName: c.provider.name, dueDate: instance.dueDate };
    const { status, next } = WORDING[reader];
    return {
      id: c.id,
      estateId: c.estateId,
      provider: { id: c.provider.id, name: c.provider.name, category: c.provider.category, channel: c.provider.channel },
      description: c.description,
      accountNumber: c.accountNumber,
      action: c.action,
      transferToFamilyMemberId: c.transferToFamilyMemberId,
      requestedEndDate: c.requestedEndDate,
      state: instance.state,
      statusText: status(instance.state as never, context as never, lang, words),
      statusTexts: {
        nl: status(instance.state as never, context as never, 'nl', words),
        en: status(instance.state as never, context as never, 'en', words),
      },
      nextStep: next(instance.state as never, context as never, lang, words),
      dueAt: instance.dueDate,
      providerReference: (context.providerReference as string | null) ?? null,
      effectiveDate: (context.effectiveDate as string | null) ?? null,
      workflow: { machine: instance.machineId, version: instance.machineVersion, revision: instance.version },
    };
  }
}
