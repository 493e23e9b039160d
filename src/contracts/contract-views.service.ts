import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { contractNextStep, contractStatusText, ownerNextStep, ownerStatusText } from '../../workflows';
import { Letter, letterView } from '../letters/letter.entity';
import { complaintsBodyFor } from '../providers/complaints-bodies';
import { OutboxService } from '../runtime/outbox.service';
import { TimelineService } from '../timeline/timeline.service';
import { ownerWords } from '../words';
import { ContractStanding, ContractWorkflow } from './contract-workflow.service';
import { Contract } from './contract.entity';

type Language = 'nl' | 'en';
/** Who reads the words: the family (portal) gets its own sentences, staff get the owner's. */
export type Reader = 'owner' | 'family';
const WORDING = {
  owner: { status: ownerStatusText, next: ownerNextStep },
  family: { status: contractStatusText, next: contractNextStep },
} as const;

/** What a contract's status says of its provider. */
type ProviderFacts = { name: string; informedByBrp: boolean };

/** Nothing went out yet to a provider informed through the BRP, and the owner has not checked with it. */
const brpCheckOpen = (provider: ProviderFacts, { state, context }: ContractStanding) => provider.informedByBrp && (state === 'draft' || state === 'ready') && !context.brpCheck;

/** The contracts whose latest letter to the provider is held back in the state they are still in (letters know). */
export type HeldBackReader = (contracts: { id: string; state: string }[]) => Promise<Set<string>>;

/** Read models of contracts: where each stands, in plain words, and what happens next. */
@Injectable()
export class ContractViews {
  private heldBack: HeldBackReader = async () => new Set();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
    private readonly workflow: ContractWorkflow,
  ) {}

  /** Letters register which contracts' letters are held back: they read contracts, so this module cannot ask them. */
  readHeldBackWith(reader: HeldBackReader): void {
    this.heldBack = reader;
  }

  async summaries(contractIds: string[], lang: Language = 'nl', reader: Reader = 'owner') {
    if (!contractIds.length) return [];
    const contracts = await this.db.manager.find(Contract, { where: { id: In(contractIds) }, relations: { provider: true }, order: { createdAt: 'ASC' } });
    return this.summariesOf(contracts, lang, reader);
  }

  /** The same for contracts the caller has read already, with their providers, in its order (no second read of them). */
  async summariesOf(contracts: Contract[], lang: Language = 'nl', reader: Reader = 'owner') {
    const standings = await this.workflow.standings(this.db.manager, contracts.map((c) => c.id));
    // The family's overview says a held-back letter in its own words (portal.service.ts).
    const heldBack = reader === 'owner' ? await this.heldBack(contracts.map((c) => ({ id: c.id, state: standings.get(c.id)!.state }))) : new Set<string>();
    return contracts.map((c) => this.summary(c, standings.get(c.id)!, lang, reader, heldBack.has(c.id)));
  }

  async detail(contractId: string, lang: Language = 'nl') {
    const [summary] = await this.summaries([contractId], lang);
    return {
      ...summary,
      letters: (await this.db.manager.find(Letter, { where: { contractId }, order: { createdAt: 'ASC' } })).map(letterView),
      undeliveredEffects: await this.outbox.parked(summary.estateId, contractId),
      timeline: await this.timeline.list(summary.estateId, contractId, undefined, lang),
    };
  }

  /**
   * The owner's status line of a contract whose standing and provider the caller has read already (the
   * Today queue's lines: a summary's other parts, in two languages, are not read or written for them).
   */
  ownerStatus(standing: ContractStanding, provider: ProviderFacts, lang: Language): { statusText: string; brpCheckOpen: boolean } {
    return { statusText: ownerStatusText(standing.state, standing.context, lang, { providerName: provider.name, dueDate: standing.dueDate }), brpCheckOpen: brpCheckOpen(provider, standing) };
  }

  /** `heldBack`: the letter of the state it is in did not go out, so the state's words ("gevraagd", "herinnering verstuurd") would not be true. */
  private summary(c: Contract, standing: ContractStanding, lang: Language, reader: Reader, heldBack = false) {
    const { state, context, dueDate } = standing;
    const words = { providerName: c.provider.name, dueDate, complaintsBody: { nl: complaintsBodyFor(c.provider.category, 'nl')?.name ?? null, en: complaintsBodyFor(c.provider.category, 'en')?.name ?? null } };
    const held = (l: Language) => ownerWords(l).contract.letterHeldBack(c.provider.name);
    const { status: stateStatus, next: stateNext } = WORDING[reader];
    const status: typeof stateStatus = heldBack ? (_s, _c, l) => held(l) : stateStatus;
    const next: typeof stateNext = heldBack ? (_s, _c, l) => ownerWords(l).contract.letterHeldBackNext : stateNext;
    return {
      id: c.id,
      estateId: c.estateId,
      provider: { id: c.provider.id, name: c.provider.name, category: c.provider.category, channel: c.provider.channel, informedByBrp: c.provider.informedByBrp },
      description: c.description,
      accountNumber: c.accountNumber,
      action: c.action,
      transferToFamilyMemberId: c.transferToFamilyMemberId,
      requestedEndDate: c.requestedEndDate,
      state,
      statusText: status(state, context, lang, words),
      statusTexts: { nl: status(state, context, 'nl', words), en: status(state, context, 'en', words) },
      nextStep: next(state, context, lang, words),
      dueAt: dueDate,
      providerReference: context.providerReference,
      effectiveDate: context.effectiveDate,
      brpCheck: context.brpCheck,
      /** Every disputed bill still open, oldest first: an answer about one names it as `invoiceReference` while several are open. */
      openDisputes: context.openDisputes,
      /** What the provider asked and we have not supplied yet (the owner's contract page shows it above its answer). */
      openQuestion: context.openInformationRequest,
      brpCheckOpen: brpCheckOpen(c.provider, standing),
      // `accepts`: the events this instance's own machine version takes now (the workspace offers their forms).
      workflow: { ...standing.workflow, accepts: standing.acceptedEvents },
    };
  }
}
