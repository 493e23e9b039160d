import type { ContractStepWording } from '../timeline/owner-timeline';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { answerDoneOf, answersCorrection, ContractEvent, ContractProjection, ContractState, contractStep, contractVersionForStep, deskOverdue, deskTabAfter, heldBills, MOVING_EVENTS, ownerBrpCheckedText, ownerChangeText, partyOf, promisedDateOf, releaseLateBeside, type RequestAsked } from '../../workflows';
import { type AnswerDone, type InsuranceKind, watchedFrom } from '../../workflows/wording';
import type { Provider } from '../providers/provider.entity';
import type { Actor } from '../auth/principal';
import { ReaderWordedProblem } from '../common/problem';
import { EstateWorkflow, type SumsLeft } from '../estates/estate-workflow.service';
import { AppliedTransition, type LetterHold, Standing, WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { callAfter, type RecordedCall } from './calls';
import { currentDocumentRows } from '../documents/document-rows';
import { providerRows } from '../providers/provider-rows';
import { refundReceiptRows } from '../refunds/refund-rows';
import { askedBackMarked, refundLeftOf } from '../refunds/refund.rules';
import { lateReleaseKept, overdueRelease, releaseTermBack, releaseTermFound, releaseTermOf, returnsToRelease } from './take-back.rules';
import { TimelineService } from '../timeline/timeline.service';
import { Contract, type ContractAction, type CorrectionAnswered, type CorrectionAwaited, requestAsked } from './contract.entity';
import { OWNER_DOCUMENT_KINDS } from '../words';
import { Clock, dutchDate } from '../clock/clock';
import { Workers } from '../runtime/workers.service';

/** A contract workflow as other modules may read it: from its read model, whatever the machine version. */
export interface ContractStanding {
  /** The workflow instance, for effects written outside a transition (a correction letter). */
  instanceId: string;
  state: ContractState;
  context: ContractProjection;
  dueDate: string | null;
  /** A term that passed while the contract stayed in this state (a fresh one runs to `dueDate`); null when none. */
  missedTerm: MissedTerm | null;
  /**
   * Whether the instance's own machine version has a transition for this event now (guarded ones too), or
   * the version that recording it moves the instance to (a late bill on a contract closed on v1 to v6, a confirmation
   * taken back on v1 to v13: `contractVersionForStep`). Whether the estate is open is not the workflow's to say.
   */
  accepts(type: ContractEvent['type']): boolean;
  acceptedEvents: string[];
  workflow: { machine: string; version: number; revision: number };
}

/**
 * A deadline the contract's present state let pass without moving on: the latest due date that passed,
 * and whether that step wrote to the provider again (else it only alerted the owner); how many terms
 * passed one after another in the state (`count`; those the owner's calls left unanswered, `WorkflowRuntime.termsUnanswered`),
 * and the first of them (`since`).
 */
export interface MissedTerm {
  dueDate: string;
  withLetter: boolean;
  since: string;
  count: number;
  /** The earliest of those terms the owner's calls left unanswered (`since` until a call answers it), as the runtime keeps it. */
  unansweredSince: string;
}

/**
 * The missed term that left the move with the owner (no letter went again): the owner's call or own step is
 * due since the earliest of them her calls left unanswered, whatever fresh term runs (a term renewed without a word
 * to anyone is no new term; one her call answered is no longer late).
 */
export const ownersMoveSince = (missed: MissedTerm | null): string | null => (missed && !missed.withLetter && missed.count > 0 ? missed.unansweredSince : null);

/**
 * releasedispute: her call about the bank's release is due beside a dispute (`releaseLateBeside`): the release's passed term, which the
 * dispute kept as the first of its missed terms (`since`), is still the earliest her calls left unanswered. Once a call answered it, a
 * later term that passes is the dispute's own (its complaint's), called as such, not the release's (remindwithdraw).
 */
export const releaseCallDue = ({ state, context, missedTerm }: Pick<ContractStanding, 'state' | 'context' | 'missedTerm'>): boolean =>
  releaseLateBeside(state, context) && missedTerm !== null && ownersMoveSince(missedTerm) === missedTerm.since;

/**
 * The provider's term passed after our last letter and none went since (the complaint went unanswered): no letter
 * told the provider a new term, so no reader is shown one as the provider's; the runtime's fresh due date only
 * alerts the owner again.
 */
export const unannouncedTerm = ({ state, missedTerm }: Pick<ContractStanding, 'state' | 'missedTerm'>): boolean => missedTerm !== null && !missedTerm.withLetter && partyOf(state) === 'provider';

/**
 * The provider's terms passed in a row in the present state, oldest first: the first (`since`) and the latest (`dueDate`)
 * as the workflow keeps them, and the days between from its timeline (`recorded`: each kept-state deadline's day; one
 * written before they were kept is not known, README callsagency).
 */
export const termsInRow = (missed: MissedTerm, recorded: string[]): string[] =>
  [...new Set([missed.since, ...recorded.filter((day) => day > missed.since && day < missed.dueDate), missed.dueDate])].sort();

/** The days the contract's `DEADLINE_PASSED` timeline entries kept (`termsInRow`'s `recorded`), of entries of any events. */
export const keptMissedDays = (entries: { event: string; details: Record<string, unknown> }[]): string[] =>
  entries.flatMap((e) => (e.event === 'DEADLINE_PASSED' && typeof e.details.missedDueDate === 'string' ? [e.details.missedDueDate] : []));

/**
 * How many of the provider's missed terms (`termsInRow`; `unannouncedTerm`: the move left with the owner) the owner's calls
 * as they stand (`callsAsTheyStand`) leave unanswered: each term is answered by a call made after its last day (`callAfter`),
 * an older term too by a call recorded later, or one corrected to a day between two terms; a call on or before a term's
 * last day does not answer it. Null when the move is not hers: a letter or the provider's answer is a workflow step, which
 * clears the missed term itself. All answered, her alert is off until the next term passes
 * (`WorkflowRuntime.termsUnanswered`); a call corrected to an earlier day or withdrawn gives back each term it answered.
 */
export const unansweredTerms = (standing: Pick<ContractStanding, 'state' | 'missedTerm'>, terms: string[], calls: RecordedCall[]): number | null =>
  unannouncedTerm(standing) ? terms.filter((term) => callAfter(calls, term) === null).length : null;

/**
 * While the provider's term passed unannounced: the day it first passed, after which a call the owner recorded is said
 * beside it (awaited after the call, `termsUnanswered`, until the next term passes; after that as what was tried); else null.
 */
export const unansweredSince = (standing: Pick<ContractStanding, 'state' | 'missedTerm'>): string | null => (unannouncedTerm(standing) ? standing.missedTerm!.since : null);

/**
 * The earliest of the provider's missed terms (`termsInRow`) that the owner's calls as they stand leave unanswered
 * (`unansweredTerms` counts them), or null when her calls answered every one.
 */
export const firstUnansweredTerm = (terms: string[], calls: RecordedCall[]): string | null => terms.find((term) => callAfter(calls, term) === null) ?? null;

/**
 * The owner's calls on the provider's terms missed in a row (`answeringCalls`): the call said beside them (the latest made
 * after the first term). The earliest term they leave unanswered is the runtime's (`MissedTerm.unansweredSince`).
 */
export interface CallsOnMissedTerms {
  call: RecordedCall;
}

/**
 * Whether a missed term is said beside the state's status with no new term of the provider's (`missedTermText`): the
 * owner's own, or the provider's passed unannounced, also after the owner's call. The state's status then names no
 * term ("zonder termijn" would contradict it); a term a letter renewed is the state's own to name.
 */
export const missedTermSaid = ({ state, context, missedTerm }: Pick<ContractStanding, 'state' | 'context' | 'missedTerm'>): boolean =>
  missedTerm !== null && !missedTerm.withLetter && !releaseLateBeside(state, context);

/**
 * The due date a reader is shown as the contract's term: none while the provider's term passed unannounced (`unannouncedTerm`),
 * nor while the letter it waits on has not reached the provider (`letterOnItsWay`, `termAwaitsLetter`): its term starts when
 * it is posted or delivered, and the workflow's due date may be the step's own, from before its letter was made.
 */
export const shownDueDate = (standing: Pick<ContractStanding, 'state' | 'context' | 'missedTerm' | 'dueDate'>, letterOnItsWay = false): string | null =>
  letterOnItsWay || (unannouncedTerm(standing) && !releaseLateBeside(standing.state, standing.context)) ? null : standing.dueDate;

/** What describing and dating a contract's transition needs, read with the lock. */
interface ContractFacts {
  description: string;
  providerId: string;
  providerName: string;
  slaBusinessDays: number;
  providerAnswered: boolean;
  /** Whether the first request's letter is held back by the letter rules (the desk does not show it). */
  requestHeldBack: boolean;
  /** What the request asks (`requestAsked`): the provider's category, the action, an insurer's kind as recorded now. */
  category: Provider['category'];
  action: ContractAction;
  insuranceKind: InsuranceKind | null;
  /** What the confirmation said was done, as recorded before the step (`contracts.answer_done`, raw). */
  answerDone: unknown;
  /** closewords: what reached the estate account of the refund its provider confirmed, all receipts together (0: none). */
  refundReceived: number;
  /** deskcorr: a correction after the confirmation awaits the provider's answer (`contracts.correction_awaited`). */
  correctionAwaited: boolean;
  /** deskanswer2: that correction lapsed where its letter said the earlier date stays: the desk no longer waits on it (`awaitsDesk`). */
  correctionLapsedKeeps: boolean;
}

/**
 * What a step records as what the bank or insurer did (`contracts.answer_done`): a confirmation's, or a correction's that says it
 * (`withCorrections` carries what stays); null for a confirmation taken back; undefined when the step leaves the recorded one.
 */
function answerRecordedBy(event: AnyEventObject): AnswerDone | null | undefined {
  if (event.type === 'TAKE_BACK_CONFIRMATION') return null;
  if (event.type === 'COMPLETE' || (event.type === 'COMPLETION_CORRECTED' && event.done !== undefined)) return answerDoneOf(event as Parameters<typeof answerDoneOf>[0]);
  return undefined;
}

/** What a step's request asked as it was taken: the words of the owner's history say it, and store it (`ContractStepWording.asked`). */
const askedOf = (facts: ContractFacts): RequestAsked => requestAsked({ action: facts.action, insuranceKind: facts.insuranceKind, provider: { category: facts.category } });
/** refusalwords: the contract takes a complaint once the step is taken (`StatusWords.complaintOffered`), as her page offers its form. */
const complaintOfferedAfter = (t: AppliedTransition<ContractFacts>): boolean => Boolean(t.instance.acceptedEvents?.includes('COMPLAIN'));

/**
 * closewords: settled while the refund its provider confirmed has not all come, the step keeps what was left (`refundLeft`), so the
 * family's timeline says that, not "afgehandeld", and still says it once the money came later.
 */
function refundLeftAt(t: AppliedTransition<ContractFacts>): Pick<ContractStepWording, 'refundLeft'> {
  const left = t.to === 'settled' ? refundLeftOf((t.projection as ContractProjection).finalInvoiceAmount, t.facts.refundReceived) : 0;
  return left > 0 ? { refundLeft: left } : {};
}

/**
 * deskanswer: what a step that answers an awaited correction (`answersCorrection`) answered, kept beside the correction
 * (`contracts.correction_answered`): a corrected confirmation its new date; a confirmation taken back or a request ended, no date.
 */
function correctionAnswer(t: AppliedTransition<ContractFacts>): Omit<CorrectionAnswered, keyof CorrectionAwaited> {
  const effectiveDate = t.event.type === 'COMPLETION_CORRECTED' ? ((t.projection as ContractProjection | null)?.effectiveDate ?? null) : null;
  // digest3: what else it corrected, as its step did (`contractStep`), for the family's card.
  const changes = t.event.type === 'COMPLETION_CORRECTED' ? contractStep(t.event, t.from, t.to).corrected.filter((c) => c.field !== 'effectiveDate') : [];
  const { receivedVia, toldOn } = t.event as { receivedVia?: unknown; toldOn?: unknown };
  const how = { ...(typeof receivedVia === 'string' && { receivedVia }), ...(typeof toldOn === 'string' && { toldOn }) };
  return { answeredOn: dutchDate(t.at), kept: false, effectiveDate, ...(changes.length && { alsoCorrected: { changes, ...how } }) };
}

/** Told of every provider confirmation recorded (`COMPLETE`) and every corrected end date, in its transaction (ContractsService checks it against what was asked: contracts depend on the workflow). */
export type CompletionListener = (
  manager: EntityManager,
  completion: { estateId: string; contractId: string; effectiveDate: string; corrected: { from: string | null; instanceId: string; state: string; before: string; reference: { from: string; to: string } | null } | null },
) => Promise<void>;

/** Of a contract (`contractId` in `estateId`), its bills still to pay from the estate, read in the caller's transaction: the bills module answers. */
export type ContractBillsLeftReader = (manager: EntityManager, estateId: string, contractId: string) => Promise<SumsLeft | null>;

/** scaletoday: after a step of a contract that confirms a refund (a final bill below nil), the refunds module keeps its markers in the step's transaction (`RefundsService.keep`). */
export type ContractRefundKeeper = (manager: EntityManager, contract: { id: string; estateId: string }) => Promise<void>;

/** From the second term missed in a row with only the owner alerted, a contract is listed for administrators too. */
const LISTED_FOR_ADMINISTRATORS_FROM = 2;

/** States in which nothing is left to do for a contract (for the estate's "all settled"). */
export const FINISHED_STATES = ['settled', 'closed', 'withdrawn', 'informedByBrp'];

/** Document kinds a provider requires that the estate does not have yet. */
export function missingDocuments(required: string[], present: string[]): string[] {
  return required.filter((kind) => !present.includes(kind));
}

/** The kinds of document an estate has; a replaced or withdrawn one no longer counts. */
export async function documentKinds(manager: EntityManager, estateId: string): Promise<string[]> {
  return (await documentKindsOf(manager, [estateId])).get(estateId)!;
}

/** The same for several estates in one read (a queue page's drafts), by estate id. */
export async function documentKindsOf(manager: EntityManager, estateIds: string[]): Promise<Map<string, string[]>> {
  const kinds = new Map(estateIds.map((id): [string, string[]] => [id, []]));
  if (!estateIds.length) return kinds;
  const rows: { estate_id: string; kind: string }[] = await manager.query(
    `SELECT DISTINCT estate_id, kind FROM ${currentDocumentRows} d WHERE estate_id = ANY($1::uuid[])`,
    [[...kinds.keys()]],
  );
  for (const row of rows) kinds.get(row.estate_id)!.push(row.kind);
  return kinds;
}

/**
 * The contract lifecycle on the durable runtime, and how contracts move their estate along:
 * the first request puts the estate in progress, the last settled contract makes it settle.
 */
@Injectable()
export class ContractWorkflow implements OnModuleInit {
  private completed: CompletionListener = async () => {};
  private billsLeft: ContractBillsLeftReader = async () => null;
  private refundKeeper: ContractRefundKeeper = async () => {};

  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly estateWorkflow: EstateWorkflow,
    private readonly timeline: TimelineService,
    private readonly clock: Clock,
    private readonly workers: Workers,
  ) {}

  onModuleInit(): void {
    this.workers.registerRoutine('desk terms passed', () => this.markTermsPassed());
    this.runtime.register<ContractFacts>('contract', {
      facts: {
        join: `LEFT JOIN contracts c ON c.id = w.subject_id LEFT JOIN ${providerRows} p ON p.id = c.provider_id`,
        select: `json_build_object('description', c.description, 'providerId', c.provider_id, 'providerName', p.name, 'slaBusinessDays', p.sla_business_days, 'providerAnswered', c.provider_answered, 'requestHeldBack', c.request_held_back, 'category', p.category, 'action', c.action, 'insuranceKind', c.insurance_kind, 'answerDone', c.answer_done, 'correctionAwaited', c.correction_awaited IS NOT NULL, 'correctionLapsedKeeps', coalesce((c.correction_awaited->'lapsed'->>'keeps')::boolean, false), 'refundReceived', (SELECT coalesce(sum(x.amount), 0)::float8 FROM ${refundReceiptRows} x WHERE x.contract_id = c.id AND x.answers = 'refund'))`,
      },
      slaBusinessDays: (facts) => facts.slaBusinessDays,
      // releasewait: back from a bill's dispute to the bank's release, the term it had then (`releaseTermOf`); releaseremind: the
      // bank's term passed into the overdue release (`overdueRelease`), the term that passed; releasedispute: that passed term
      // kept while a bill is disputed (`lateReleaseKept`) and back with the release (`releaseTermBack`).
      returnedTerm: async (manager, instance, from, to, event, projection) =>
        returnsToRelease(from, to)
          ? releaseTermBack(releaseTermOf(await this.timeline.latestSteps(manager, instance.subjectId, releaseTermFound)), to, instance, this.clock.today())
          : (overdueRelease(event.type, to, instance.dueDate, this.clock.today()) ?? lateReleaseKept(to, (projection as ContractProjection | null)?.releaseAwaited, instance, this.clock.today())),
      // The quiet period runs after the confirmed end date (or the date of the new holder), or after the last day of a cover the
      // insurer keeps for the estate when later (coverwatch): as the step being taken records it, else as recorded.
      endDate: (projection, facts, event) => {
        const recorded = event ? answerRecordedBy(event) : undefined;
        return watchedFrom((projection as ContractProjection).effectiveDate, recorded !== undefined ? recorded : answerDoneOf(facts?.answerDone as Parameters<typeof answerDoneOf>[0]));
      },
      // v12: the date the owner gave for a document that follows her part answer.
      promisedDate: (projection) => promisedDateOf(projection && (projection as ContractProjection).openInformationRequest),
      // The staff record, in the owner's words and Dutch first (one stored sentence per entry).
      // A BRP check may keep the state (not informed after all): the check itself is what happened.
      describe: (t) => {
        const projection = t.projection as ContractProjection;
        const change = t.event.type === 'BRP_CHECKED' && projection.brpCheck
          ? ownerBrpCheckedText(projection.brpCheck, 'nl', t.facts.providerName)
          : ownerChangeText(contractStep(t.event, t.from, t.to, t.effects.map((e) => e.type), projection), projection, 'nl', t.facts.providerName, { ...askedOf(t.facts), documentKinds: OWNER_DOCUMENT_KINDS, complaintOffered: complaintOfferedAfter(t) });
        return `${t.facts.description}: ${change}`;
      },
      wording: async (t, manager): Promise<ContractStepWording> => ({ description: t.facts.description, providerName: t.facts.providerName, projection: t.projection as ContractProjection, asked: askedOf(t.facts), ...(complaintOfferedAfter(t) && { complaintOffered: true as const }), ...refundLeftAt(t), ...(await this.billsLeftAt(manager, t)) }),
      write: (batch, t) => {
        // deskcorr: a correction after the confirmation keeps the request the provider's until a step answers it (`answersCorrection`).
        const correctionAwaited = t.facts.correctionAwaited && !answersCorrection(t.event.type, t.to as ContractState);
        const desk = deskTabAfter(t.to as ContractState, t.facts.providerAnswered, t.event.type, t.facts.requestHeldBack, { ...(t.projection as ContractProjection), correctionAwaited: correctionAwaited && !t.facts.correctionLapsedKeeps });
        // refundscale: a refund confirmed (a final bill below nil) of which less came than confirmed stays open (`refund_open`),
        // as the step leaves the confirmation: a correction of the amount may open it again or close it. What came is the step's
        // facts' (`refundReceived`, the same read the settled step's words take).
        // The rest of what Today and the desk choose an open refund by is the refunds module's (`refundKeeper`, after the step).
        // askdesk: money asked back (markers with a desk step and no due day, `askedBackMarkers`) is no refund of the step's: it stays open.
        const refundOpen = refundLeftOf((t.projection as ContractProjection | null)?.finalInvoiceAmount ?? null, t.facts.refundReceived) > 0;
        // scaletoday: a bill the provider holds to open beside the step (`heldBills`), which Today's badge reads by its index (`bill_held`).
        const billHeld = t.projection ? heldBills(t.projection as ContractProjection).length > 0 : false;
        batch.add([
          `UPDATE contracts SET state = $1, desk_tab = $2, provider_answered = $3, request_held_back = $6, desk_overdue = $7, updated_at = $5, refund_open = ($8 OR ${askedBackMarked()}), bill_held = $9,
                  correction_awaited = CASE WHEN $10 THEN correction_awaited END,
                  correction_answered = CASE WHEN correction_awaited IS NOT NULL AND NOT $10 THEN correction_awaited || $11::jsonb ELSE correction_answered END WHERE id = $4`,
          [t.to, desk.tab, desk.providerAnswered, t.instance.subjectId, t.at, t.facts.requestHeldBack && !desk.providerAnswered, deskOverdue(t.to as ContractState, t.instance.missedDueDate !== null), refundOpen, billHeld, correctionAwaited, correctionAnswer(t)],
        ]);
      },
      afterTransition: (manager, t) => this.afterTransition(manager, t),
    });
  }

  /**
   * deskterm: a provider's term that passed is overdue on its desk from the next day on, the list's first sort key (`desk_overdue`)
   * too, though the deadline that sends the reminder waits for a working day; that deadline's step writes the key again.
   */
  private markTermsPassed(): Promise<void> {
    return this.runtime.transaction(async (manager) => {
      const passed = await this.runtime.termsPassedBeforeFiring(manager, 'contract');
      const overdue = passed.filter((p) => deskOverdue(p.state as ContractState, true)).map((p) => p.subjectId);
      if (overdue.length) await manager.query('UPDATE contracts SET desk_overdue = true WHERE id = ANY($1) AND NOT desk_overdue', [overdue]);
    });
  }

  /** scaletoday: the refunds module keeps a confirmed refund's markers after each step that names one (registered as the bills' reader is). */
  keepRefundWith(keeper: ContractRefundKeeper): void {
    this.refundKeeper = keeper;
  }

  /** famstatus: the bills module tells which of a contract's bills are still to pay (registered as the estate's reader is). */
  readBillsLeftWith(reader: ContractBillsLeftReader): void {
    this.billsLeft = reader;
  }

  /**
   * famstatus: settled while a bill of it is still to pay from the estate, the step keeps what was left (`billsLeft`), so the family's
   * timeline says that, not "afgehandeld", and still says it once the bill is paid later.
   */
  private async billsLeftAt(manager: EntityManager, t: AppliedTransition<ContractFacts>): Promise<Pick<ContractStepWording, 'billsLeft'>> {
    const left = t.to === 'settled' ? await this.billsLeft(manager, t.instance.estateId, t.instance.subjectId) : null;
    return left ? { billsLeft: left } : {};
  }

  onCompletion(listener: CompletionListener): void {
    this.completed = listener;
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
   * Where each contract's workflow stands, typed: state, read model, due date and which events the
   * instance's own machine version accepts now. One indexed query; no actor is restored.
   */
  async standings(manager: EntityManager, contractIds: string[]): Promise<Map<string, ContractStanding>> {
    const standings = await this.runtime.standings(manager, 'contract', contractIds);
    return new Map([...standings].map(([id, standing]) => [id, standingOf(standing)]));
  }

  /** Contracts whose owner's move has been late for two terms or more in a row (`MissedTerm`, no letter since): for administrators, so none sits unnoticed. */
  lateAgain(manager: EntityManager, limit: number): Promise<{ subjectId: string; estateId: string; missedTerms: number; since: string }[]> {
    return this.runtime.lateAgain(manager, 'contract', LISTED_FOR_ADMINISTRATORS_FROM, limit);
  }

  /**
   * Locks the contract's workflow (after its estate's) for the rest of the caller's transaction and
   * says where it stands, for a caller that checks something before applying an event.
   */
  async lock(manager: EntityManager, contractId: string): Promise<ContractStanding | null> {
    if (!(await this.runtime.lock(manager, 'contract', contractId))) return null;
    return (await this.standings(manager, [contractId])).get(contractId)!;
  }

  /**
   * `lock`, for a step on the contract (`event`; none for an edit of its record): a contract without its workflow (its
   * row lost or never made) can take no step, so it is refused with a 409 `state-conflict` naming the state it is listed
   * in, worded for its reader by the problem filter (`errors.common.unhandled`), instead of failing as an error.
   */
  async lockForStep(manager: EntityManager, contract: Pick<Contract, 'id' | 'state'>, event?: string): Promise<ContractStanding> {
    const standing = await this.lock(manager, contract.id);
    if (!standing) throw new ReaderWordedProblem(409, 'state-conflict', 'unhandled', [contract.state], { state: contract.state, ...(event && { event }) });
    return standing;
  }

  /**
   * A late bill or collector's letter recorded for a contract closed on an older machine version, or a confirmation taken
   * back on one confirmed on an older version, moves the instance, in the caller's transaction and just before the event is
   * applied, to the version that takes it (`contractVersionForStep`); any other event or state moves nothing. `standing`:
   * read under the contract's lock (`lock`), after the caller's checks (the estate open, the bill sound).
   */
  async moveForEvent(manager: EntityManager, contractId: string, standing: ContractStanding, event: string): Promise<void> {
    const version = contractVersionForStep(standing.workflow.version, standing.state, event);
    if (version) await this.runtime.moveToVersion(manager, 'contract', contractId, version);
  }

  /**
   * How many of the provider's missed terms the owner's calls as they stand leave unanswered (`unansweredTerms`) and the earliest
   * of them (`firstUnansweredTerm`): none, her alert off until the next term passes; more, back with those terms counted and
   * late since the first of them. Returns whether that changed.
   */
  ownerCalled(manager: EntityManager, contractId: string, unanswered: number, firstUnanswered: string | null): Promise<boolean> {
    return this.runtime.termsUnanswered(manager, 'contract', contractId, unanswered, firstUnanswered);
  }

  /** The provider's deadline of `state` counted from today, when the contract is still in it (a held-back letter went out only now); or the date the letter printed (`printed`). */
  restartProviderDeadline(manager: EntityManager, contractId: string, state: string, printed: string | null = null): Promise<boolean> {
    return this.runtime.restartProviderDeadline(manager, 'contract', contractId, state, printed);
  }

  /** No provider deadline while the letter of `step` is held back (`hold`: by the letter rules, or for the post), when the contract made no step since. */
  suspendProviderDeadline(manager: EntityManager, contractId: string, step: number, hold: LetterHold): Promise<boolean> {
    return this.runtime.suspendProviderDeadline(manager, 'contract', contractId, step, hold);
  }

  /** Applies the event if the workflow accepts it now, with this payload; false (nothing written) if not. */
  async applyIfAccepted(manager: EntityManager, contractId: string, event: AnyEventObject, actor: Actor): Promise<boolean> {
    return (await this.runtime.applyIfAccepted(manager, 'contract', contractId, event, actor)) !== null;
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

  private async afterTransition(manager: EntityManager, t: AppliedTransition<ContractFacts>): Promise<void> {
    const estateId = t.instance.estateId;
    if (((t.projection as ContractProjection | null)?.finalInvoiceAmount ?? 0) < 0) await this.refundKeeper(manager, { id: t.instance.subjectId, estateId });
    if (t.event.type === 'REQUEST') {
      await this.estateWorkflow.nudge(manager, estateId, { type: 'REQUEST_SENT' }, t.actor);
    }
    // What a confirmation said was done (bankanswer), or its correction (keptcover: `withCorrections` carries what stays), is kept
    // for every reader; a confirmation taken back leaves none.
    const done = answerRecordedBy(t.event);
    if (done !== undefined) await manager.query('UPDATE contracts SET answer_done = $2 WHERE id = $1', [t.instance.subjectId, done && JSON.stringify(done)]);
    // v17: the release the block left owed is recorded: every reader then says the balance was paid to the estate account.
    if (t.event.type === 'BALANCE_RELEASED') {
      await manager.query(`UPDATE contracts SET answer_done = jsonb_set(answer_done, '{balanceReleased}', 'true') WHERE id = $1 AND answer_done IS NOT NULL`, [t.instance.subjectId]);
    }
    // Whoever recorded it (desk, API, the owner): a confirmation, or a corrected end date (v5), is checked against what was asked outside the machine.
    const changed = t.event.type === 'COMPLETION_CORRECTED' ? (t.event.corrected as { field: string; from: string | null; to: string | null }[]) : [];
    const endDate = changed.find((c) => c.field === 'effectiveDate');
    // collwho: the provider's reference corrected with it, for the agency whose stop quoted it.
    const reference = changed.find((c): c is { field: string; from: string; to: string } => c.field === 'reference' && Boolean(c.from) && Boolean(c.to));
    if (t.event.type === 'COMPLETE' || endDate) {
      const corrected = endDate ? { from: endDate.from, instanceId: t.instance.id, state: t.to, before: t.from, reference: reference ? { from: reference.from, to: reference.to } : null } : null;
      await this.completed(manager, { estateId, contractId: t.instance.subjectId, effectiveDate: String(t.event.effectiveDate), corrected });
    }
    if (FINISHED_STATES.includes(t.to) !== FINISHED_STATES.includes(t.from)) {
      const [{ open }] = await manager.query(`SELECT count(*)::int AS open FROM contracts WHERE estate_id = $1 AND NOT (state = ANY($2))`, [estateId, FINISHED_STATES]);
      if (open === 0) await this.estateWorkflow.allSettled(manager, estateId, t.actor);
      else await this.estateWorkflow.nudge(manager, estateId, { type: 'CONTRACT_REOPENED' }, t.actor);
    }
  }
}

function standingOf({ instance, acceptedEvents: own, projection }: Standing<ContractProjection>): ContractStanding {
  const moving = MOVING_EVENTS.filter((type) => contractVersionForStep(instance.machineVersion, instance.state, type) !== null);
  const acceptedEvents = moving.length ? [...own, ...moving].sort() : own;
  return {
    instanceId: instance.id,
    state: instance.state as ContractState,
    context: projection,
    dueDate: instance.dueDate,
    missedTerm: instance.missedDueDate
      ? {
          dueDate: instance.missedDueDate,
          withLetter: instance.missedWithLetter,
          since: instance.firstMissedDueDate ?? instance.missedDueDate,
          count: instance.missedTerms,
          unansweredSince: instance.firstUnansweredDueDate ?? instance.firstMissedDueDate ?? instance.missedDueDate,
        }
      : null,
    accepts: (type) => acceptedEvents.includes(type),
    acceptedEvents,
    workflow: { machine: instance.machineId, version: instance.machineVersion, revision: instance.version },
  };
}
