import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnyEventObject, AnyMachineSnapshot } from 'xstate';
import { rejectionKeepsTerm } from '../../workflows/committee';
import { CONTRACT_PROJECTION_VERSION, ContractProjection, DeadlinePolicy, machineFor, machines, projections, type RestoredTerm, TERM_KEEPING_EVENTS, TERM_RESTORING_EVENTS, toIsoDate } from '../../workflows';
import type { Actor } from '../auth/principal';
import { Clock } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { ReaderWordedProblem } from '../common/problem';
import { preparedQuery } from '../database/prepared';
import { WriteBatch } from '../database/write-batch';
import { TimelineService } from '../timeline/timeline.service';
import { ContractProjectionRow } from './contract-projection.entity';
import { type EffectKind, effectKind, OutboxService } from './outbox.service';
import { computeDeadline, Deadline, deadlineOn } from './deadlines';
import { SubjectType, WorkflowInstance } from './workflow-instance.entity';
import { deleted } from '../database/deleted';
import { factsOfState, initialStep, restoreSnapshot, snapshotOnVersion, step } from './machine-steps';

/** Something a transition asked for (a letter, a notification); performed later from the outbox. */
export interface Effect {
  type: string;
  [key: string]: unknown;
}

export interface AppliedTransition<Facts = unknown> {
  instance: WorkflowInstance;
  from: string;
  to: string;
  event: AnyEventObject;
  actor: Actor;
  effects: Effect[];
  /** The subject's read model after the transition (null for a machine without one). */
  projection: object | null;
  /** What the subject's hooks read about it with the lock (`SubjectHooks.facts`). */
  facts: Facts;
  /** When it happened, by the service's clock (the one deadlines and the timeline use, not the database's). */
  at: Date;
}

/** What a domain module tells the runtime about its subjects (contracts, estates). */
export interface SubjectHooks<Facts = unknown> {
  /**
   * What the other hooks need to know about the subject (names, the provider's service level), read
   * by the query that locks the instance, so a transition costs no extra round trip: joins on `w`
   * (the instance) and one SQL expression for the facts (e.g. `json_build_object(…)`).
   */
  facts?: { join: string; select: string };
  /** Business days the provider has, for `providerSla` deadlines. */
  slaBusinessDays?(facts: Facts): number;
  /**
   * The recorded end date that `afterEndDate` deadlines count from, or null: from the subject's read model, its facts (null when the
   * runtime did not read them) and the event being applied (null when none), which may record what the facts do not hold yet.
   */
  endDate?(projection: object | null, facts: Facts | null, event: AnyEventObject | null): string | null;
  /** The date the owner gave in the subject's read model that `promised` deadlines fall on, or null. */
  promisedDate?(projection: object | null): string | null;
  /**
   * releasewait: the term a state returned to after a side step keeps (counted from when it was left, with the terms missed
   * in it), read from the subject's history; or (releaseremind) the term a deadline passed into a state that goes on waiting for the
   * same thing (`subject.dueDate`, the day that passed, kept as a missed term); null for a fresh term as usual. Asked only of a step into another state.
   */
  returnedTerm?(
    manager: EntityManager,
    subject: Pick<WorkflowInstance, 'estateId' | 'subjectId' | 'dueDate' | 'missedDueDate' | 'missedWithLetter' | 'missedTerms' | 'firstMissedDueDate'>,
    from: string,
    to: string,
    event: AnyEventObject,
    projection: object | null,
  ): Promise<RestoredTerm | null>;
  /** Plain words for the timeline. */
  describe(transition: AppliedTransition<Facts>): string;
  /**
   * Language-neutral data the timeline says those words from again in each reader's language (stored as `details.wording`); read in
   * the step's transaction (`manager`) when it keeps what another module holds that day (famstatus: a settled contract's bills left).
   */
  wording?(transition: AppliedTransition<Facts>, manager: EntityManager): object | Promise<object>;
  /** The subject's own writes that belong with the transition (denormalised state), sent in its statement. */
  write(batch: WriteBatch, transition: AppliedTransition<Facts>): void;
  /** Lets other workflows react, inside the same transaction. */
  afterTransition?(manager: EntityManager, transition: AppliedTransition<Facts>): Promise<void>;
}

/** A workflow as readers see it: no actor restored, no snapshot read. */
export interface Standing<Projection> {
  instance: Pick<WorkflowInstance, 'id' | 'subjectId' | 'machineId' | 'machineVersion' | 'version' | 'state' | 'dueDate' | 'missedDueDate' | 'missedWithLetter' | 'missedTerms' | 'firstMissedDueDate' | 'firstUnansweredDueDate'>;
  /** The event types the instance's own machine version has a transition for now. */
  acceptedEvents: string[];
  projection: Projection;
}

/**
 * SQL for the part up to the end date of the contract's bill `reference` (each a SQL expression) as its read model
 * holds it open now (`undisputedPart` in src/bills, in SQL): its amount less what is disputed of it, or NULL when no
 * such bill is open or all of it is disputed. For a reader that filters in SQL what it would otherwise read with
 * `standings`; found by the instance's unique `(subject_type, subject_id)` and the read model's key.
 */
export const openUndisputedPartSql = (contractId: string, reference: string) => `(SELECT (d ->> 'amount')::numeric - (d -> 'disputed' ->> 'amount')::numeric
  FROM workflow_instances w JOIN contract_projections p ON p.instance_id = w.id, jsonb_array_elements(p.open_disputes) d
  WHERE w.subject_type = 'contract' AND w.subject_id = ${contractId} AND coalesce(d ->> 'recordedAs', d ->> 'reference') = ${reference}
    AND (d -> 'disputed' ->> 'amount')::numeric < (d ->> 'amount')::numeric LIMIT 1)`;

/**
 * refund: the contracts (`contract_id`) of the estates `estateIds` (an SQL uuid array; null: every estate, an administrator's Today) whose confirmed final bill is a refund (below nil):
 * its amount (below nil) and the provider's reference, found by `contract_projections_refunds_idx`, or by the contract (the instance's
 * unique `(subject_type, subject_id)`) for a reader that starts from its contracts. For the refunds module's lists.
 */
export const refundsOfEstatesSql = (estateIds: string | null) => `SELECT w.subject_id AS contract_id, p.estate_id, p.final_invoice_amount::float8 AS amount, p.provider_reference AS reference
  FROM contract_projections p JOIN workflow_instances w ON w.id = p.instance_id WHERE ${estateIds === null ? '' : `p.estate_id = ANY(${estateIds}) AND `}w.subject_type = 'contract' AND p.final_invoice_amount < 0`;

/** The read model of each subject type that has one, and the table it is kept in. */
const PROJECTION_ROWS = { contract: ContractProjectionRow };
/** The version of each read model's projection code: stored rows of a lower one are written again. */
const PROJECTION_VERSIONS: Record<keyof typeof PROJECTION_ROWS, number> = { contract: CONTRACT_PROJECTION_VERSION };
type ProjectionOf = { contract: ContractProjection };

/** A step the subject's state does not take: the runtime does not know who reads it, so the problem filter words it (`errors.common.stateConflict`). */
export class StateConflict extends ReaderWordedProblem {
  constructor(subject: SubjectType, state: string, event: string) {
    super(409, 'state-conflict', 'stateConflict', [subject, state], { state, event });
  }
}

export function stateName(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The instance columns under the names of `WorkflowInstance`, for the raw locking queries (`snapshot` may narrow which rows carry theirs). */
const instanceColumns = (snapshot = 'w.snapshot') => `w.id, w.estate_id AS "estateId", w.subject_type AS "subjectType", w.subject_id AS "subjectId",
  w.machine_id AS "machineId", w.machine_version AS "machineVersion", ${snapshot} AS snapshot, w.state, w.version,
  w.due_date AS "dueDate", w.next_due_at AS "nextDueAt", w.missed_due_date AS "missedDueDate", w.missed_with_letter AS "missedWithLetter",
  w.missed_terms AS "missedTerms", w.first_missed_due_date AS "firstMissedDueDate",
  w.first_unanswered_due_date AS "firstUnansweredDueDate", w.accepted_events AS "acceptedEvents"`;
const INSTANCE_COLUMNS = instanceColumns();

/** A provider's term held: it does not run while the provider has nothing to answer (`suspendProviderDeadline`, `recountDeadlines`). */
const HOLD_PROVIDER_TERM = 'UPDATE workflow_instances SET due_date = NULL, next_due_at = NULL WHERE id = $1';
/** Instances projected per transaction. */
const PROJECTION_PAGE = 200;
/** Pages of stale read models written again per worker round (a few seconds of work). */
const STALE_PAGES_PER_ROUND = 25;

/**
 * Runs persisted XState actors. Applying an event is one transaction: lock the instance, restore the
 * actor, transition, then one statement persists snapshot + state + version + deadline + accepted
 * events + read model, appends the timeline and writes every emitted effect to the outbox. A crash
 * anywhere leaves either all of it or none of it.
 *
 * Lock order: an estate's instance before any of its contracts' instances, on every path, so
 * closing an estate and a contract's transition never wait on each other in a circle.
 */
@Injectable()
export class WorkflowRuntime implements OnApplicationBootstrap {
  private readonly logger = new Logger('runtime');
  private readonly hooks = new Map<SubjectType, SubjectHooks>();
  /** Each applied transition with its transaction: /metrics counts it once that commits. */
  readonly applied = new EventEmitter<{ transition: [EntityManager, AppliedTransition] }>();
  private readonly upserts = new Map<keyof typeof PROJECTION_ROWS, { sql: string; columns: [string, string][] }>();
  /** The locking query of each subject type, with its hooks' facts (`lockWithFacts`). */
  private readonly locks = new Map<SubjectType, string>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
    private readonly config: StewardConfig,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes the estate's workflows and their read models (the caller holds the estate's lock); returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM contract_projections WHERE estate_id = $1', 'DELETE FROM workflow_instances WHERE estate_id = $1'], [estateId]);
  }

  register<Facts>(subject: SubjectType, hooks: SubjectHooks<Facts>): void {
    this.hooks.set(subject, hooks as SubjectHooks);
  }

  async onApplicationBootstrap(): Promise<void> {
    const projected = await this.projectUnprojected();
    if (projected) this.logger.log({ msg: 'workflow read models written for existing instances', instances: projected });
    const recounted = await this.recountDeadlines(Infinity);
    if (recounted) this.logger.log({ msg: 'deadlines recounted for existing instances', instances: recounted });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Creates the instance for a new subject, in the caller's transaction. */
  async start(
    manager: EntityManager,
    subject: { estateId: string; subjectType: SubjectType; subjectId: string; machineId: keyof typeof machines; input: object },
  ): Promise<WorkflowInstance> {
    const versions = machines[subject.machineId];
    const machineVersion = Math.max(...Object.keys(versions).map(Number));
    const { snapshot, emitted: effects } = initialStep(versions[machineVersion], subject.input);
    const after = this.readSnapshot(subject.machineId, snapshot);
    if (after.deadline?.basis === 'providerSla') throw new Error('a workflow cannot start waiting on a provider: nothing was sent yet');
    const now = this.clock.now();
    const instance = manager.create(WorkflowInstance, {
      createdAt: now,
      updatedAt: now,
      estateId: subject.estateId,
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      machineId: subject.machineId,
      machineVersion,
      snapshot: after.persisted,
      state: after.state,
      acceptedEvents: after.acceptedEvents,
      version: 1,
      ...this.deadline(after.deadline, subject.subjectType, null, after.projection),
    });
    await manager.save(instance);
    const batch = new WriteBatch(manager);
    this.writeProjection(batch, instance, after.projection);
    this.writeEffects(batch, instance, effects, { type: 'START' }, instance.version, undefined, after.projection);
    await batch.send();
    return instance;
  }

  /** The instance of a subject, unlocked (e.g. to name it on an outbox row). */
  find(manager: EntityManager, subjectType: SubjectType, subjectId: string): Promise<WorkflowInstance | null> {
    return manager.findOneBy(WorkflowInstance, { subjectType, subjectId });
  }

  /**
   * Locks a subject's instance for the rest of the caller's transaction — a contract's after its
   * estate's, the one lock order every path keeps — for a caller that checks something before
   * applying an event. Returns null when the subject has no workflow.
   */
  async lock(manager: EntityManager, subjectType: SubjectType, subjectId: string): Promise<WorkflowInstance | null> {
    return (await this.lockWithFacts(manager, subjectType, subjectId))?.instance ?? null;
  }

  /**
   * Claims one instance whose deadline has passed, with its estate's instance first, skipping any
   * that another transaction holds, so several schedulers never fire one deadline twice.
   */
  async claimDue(manager: EntityManager, now: Date): Promise<WorkflowInstance | null> {
    const [row] = await manager.query(
      `SELECT ${INSTANCE_COLUMNS} FROM workflow_instances w
         JOIN workflow_instances e ON e.subject_type = 'estate' AND e.subject_id = w.estate_id
        WHERE w.next_due_at <= $1
          -- A deadline that failed at this version waits for its retry, or for the owner once parked (see DeadlineScheduler).
          AND NOT EXISTS (SELECT 1 FROM deadline_failures f WHERE f.instance_id = w.id AND f.instance_version = w.version
                                                              AND (f.parked_at IS NOT NULL OR f.retry_at > $1))
          -- A due date an earlier build counted wrongly is not fired before it is recounted (see recountDeadlines).
          AND NOT EXISTS (SELECT 1 FROM deadline_recounts r WHERE r.instance_id = w.id)
        ORDER BY w.next_due_at LIMIT 1
          FOR NO KEY UPDATE OF e, w SKIP LOCKED`,
      [now],
    );
    return row ?? null;
  }

  /** Where these subjects' workflows stand, from the read models written with each transition: one indexed query. */
  async standings<S extends keyof ProjectionOf>(manager: EntityManager, subjectType: S, subjectIds: string[]): Promise<Map<string, Standing<ProjectionOf[S]>>> {
    if (!subjectIds.length) return new Map();
    const rows = (await manager
      .createQueryBuilder(WorkflowInstance, 'w')
      .select(['w.id', 'w.subjectId', 'w.machineId', 'w.machineVersion', 'w.version', 'w.state', 'w.dueDate', 'w.missedDueDate', 'w.missedWithLetter', 'w.missedTerms', 'w.firstMissedDueDate', 'w.firstUnansweredDueDate', 'w.acceptedEvents'])
      .innerJoinAndMapOne('w.projection', PROJECTION_ROWS[subjectType], 'p', 'p.instanceId = w.id')
      .where('w.subjectType = :subjectType AND w.subjectId IN (:...subjectIds)', { subjectType, subjectIds })
      .getMany()) as (WorkflowInstance & { projection: ProjectionOf[S] })[];
    return new Map(rows.map(({ projection, acceptedEvents, ...instance }) => [instance.subjectId, { instance, acceptedEvents: acceptedEvents ?? [], projection }]));
  }

  /**
   * The subjects whose present state let `atLeast` terms pass one after another with no letter going out
   * again (only the owner was alerted each time: the move is the owner's) and her calls left unanswered, the
   * longest late first: since the earliest of them still unanswered, as Today dates a late move (a term her call
   * answered is not counted, so not dated from either). Index `workflow_instances_late_again` (partial: such rows are few).
   */
  async lateAgain(manager: EntityManager, subjectType: SubjectType, atLeast: number, limit: number): Promise<{ subjectId: string; estateId: string; missedTerms: number; since: string }[]> {
    return manager.query(
      `SELECT w.subject_id AS "subjectId", w.estate_id AS "estateId", w.missed_terms AS "missedTerms", w.first_unanswered_due_date AS since
         FROM workflow_instances w
        WHERE w.missed_terms >= $2 AND NOT w.missed_with_letter AND w.subject_type = $1
        ORDER BY w.first_unanswered_due_date, w.subject_id LIMIT $3`,
      [subjectType, atLeast, limit],
    );
  }

  /**
   * deskterm: the subjects whose term ended before today while its deadline still waits for the working day it fires on
   * (`deadlineOn`: a Friday's term fires on Monday), with their state. Such deadlines fire within days (the longest wait, Christmas
   * beside a weekend, is four days), so a week bounds the range read: the coming week's deadlines of contracts, from
   * `workflow_instances_terms_passed_idx` alone (scaledigest, audit84 W1: the planner read `workflow_instances_estate_queue_idx`
   * whole, every contract ever, every worker round).
   */
  termsPassedBeforeFiring(manager: EntityManager, subjectType: SubjectType): Promise<{ subjectId: string; state: string }[]> {
    const now = this.clock.now();
    return manager.query(
      `SELECT w.subject_id AS "subjectId", w.state FROM workflow_instances w
        WHERE w.next_due_at > $1 AND w.next_due_at <= $1::timestamptz + interval '7 days' AND w.due_date < $2 AND w.subject_type = $3`,
      [now, this.clock.today(), subjectType],
    );
  }

  /** Applies one event inside the caller's transaction; 409 (and nothing written) if not allowed now. */
  async apply(manager: EntityManager, subjectType: SubjectType, subjectId: string, event: AnyEventObject, actor: Actor): Promise<AppliedTransition> {
    const applied = await this.transition(manager, subjectType, subjectId, event, actor);
    if ('refused' in applied) throw new StateConflict(subjectType, applied.refused, event.type);
    return applied;
  }

  /** Applies the event if the workflow accepts it now (its guards decided with this payload); null if not, and nothing written. */
  async applyIfAccepted(manager: EntityManager, subjectType: SubjectType, subjectId: string, event: AnyEventObject, actor: Actor): Promise<AppliedTransition | null> {
    const applied = await this.transition(manager, subjectType, subjectId, event, actor);
    return 'refused' in applied ? null : applied;
  }

  private async transition(manager: EntityManager, subjectType: SubjectType, subjectId: string, event: AnyEventObject, actor: Actor): Promise<AppliedTransition | { refused: string }> {
    const locked = await this.lockWithFacts(manager, subjectType, subjectId);
    if (!locked) throw new ReaderWordedProblem(404, 'not-found', 'noWorkflow');
    const { instance, facts } = locked;
    const stepped = step(this.restore(instance), event);
    if (!stepped) return { refused: instance.state };
    const { snapshot, emitted: effects } = stepped;
    const after = this.readSnapshot(instance.machineId, snapshot);

    const hooks = this.hooksFor(subjectType);
    const from = instance.state;
    const previousVersion = instance.version;
    const at = this.clock.now();
    // A step that keeps the term also keeps what is known of the term missed before it; one taken back returns to the term it left.
    const keepsTerm = keepsDueDate(instance, event, after.state, after.deadline, after.projection);
    const restored = restoredTerm(event) ?? (after.state !== from ? ((await hooks.returnedTerm?.(manager, instance, from, after.state, event, after.projection)) ?? null) : null);
    Object.assign(instance, {
      ...(keepsTerm ? {} : restored ? missedOf(restored) : missedTerm(instance, event, after.state, effects)),
      snapshot: after.persisted,
      state: after.state,
      acceptedEvents: after.acceptedEvents,
      version: previousVersion + 1,
      updatedAt: at,
      ...(keepsTerm ? {} : this.deadline(after.deadline, subjectType, facts, after.projection, restored?.since, event)),
    });
    const transition: AppliedTransition = { instance, from, to: instance.state, event, actor, effects, projection: after.projection, facts, at };

    const wording = await hooks.wording?.(transition, manager);
    const batch = new WriteBatch(manager);
    const updated = batch.add([
      `UPDATE workflow_instances SET snapshot = $1, state = $2, accepted_events = $3, due_date = $4, next_due_at = $5, version = $6, updated_at = $9,
              missed_due_date = $10, missed_with_letter = $11, missed_terms = $12, first_missed_due_date = $13, first_unanswered_due_date = $14
        WHERE id = $7 AND version = $8 RETURNING id`,
      [JSON.stringify(instance.snapshot), instance.state, instance.acceptedEvents, instance.dueDate, instance.nextDueAt, instance.version, instance.id, previousVersion, at, instance.missedDueDate, instance.missedWithLetter, instance.missedTerms, instance.firstMissedDueDate, instance.firstUnansweredDueDate],
    ]);
    this.writeProjection(batch, instance, after.projection);
    this.timeline.appendIn(batch, {
      estateId: instance.estateId,
      contractId: subjectType === 'contract' ? subjectId : null,
      actor,
      event: event.type,
      fromState: from,
      toState: instance.state,
      summary: hooks.describe(transition),
      // A term that passed and kept the state is kept by its day, so a call is weighed against each term of the row (`termsUnanswered`).
      details: { event: withoutType(event), effects: effects.map((e) => e.type), step: instance.version, ...(wording && { wording }), ...((keptTermPassed(event, from, instance) || passedIntoMissed(event, restored)) && { missedDueDate: instance.missedDueDate }) },
    });
    this.writeEffects(batch, instance, effects, event, instance.version, from, after.projection);
    hooks.write(batch, transition);
    const [{ count }] = await batch.run<{ count: number }>(`SELECT count(*)::int AS count FROM ${updated}`);
    // The row lock makes this impossible; the version check is the belt to those braces (throwing rolls the batch back).
    if (count !== 1) throw new ReaderWordedProblem(409, 'concurrent-change', 'concurrentChange');
    await hooks.afterTransition?.(manager, transition);
    this.applied.emit('transition', manager, transition);
    return transition;
  }

  /**
   * Moves an instance to another version of its machine, keeping its snapshot, state and due date:
   * only where the machines' own rule says the new version keeps all the old one did in that state and
   * only adds the step the caller applies next in its transaction (`estateVersionToReopen`,
   * `contractVersionForStep`). Its accepted events are the new version's; its step count stays:
   * moving is no step.
   */
  async moveToVersion(manager: EntityManager, subjectType: SubjectType, subjectId: string, machineVersion: number): Promise<void> {
    const locked = await this.lockWithFacts(manager, subjectType, subjectId);
    if (!locked || locked.instance.machineVersion === machineVersion) return;
    const { instance } = locked;
    const machine = machineFor(instance.machineId, machineVersion);
    if (!machine) throw new Error(`machine ${instance.machineId} v${machineVersion} is not available`);
    const moved = this.readSnapshot(instance.machineId, snapshotOnVersion(machine, instance.snapshot));
    if (moved.state !== instance.state) throw new Error(`${instance.machineId} v${machineVersion} does not keep state ${instance.state}`);
    await manager.query('UPDATE workflow_instances SET machine_version = $1, snapshot = $2, accepted_events = $3 WHERE id = $4', [machineVersion, JSON.stringify(moved.persisted), moved.acceptedEvents, instance.id]);
  }

  /**
   * How many of the terms missed in a row the owner's calls leave unanswered (`unanswered`, weighed by the caller from each
   * term's day): 0 once she called after the latest, so the missed term no longer makes her move due nor lists the case
   * for the administrator until the next term passes (counted on from there); more as a call that answered terms is moved
   * earlier or withdrawn. The missed date stays: the term did pass. Only while the move is hers (no letter went again).
   * `firstUnanswered`: the earliest of them (null when none is), kept with the count in the caller's transaction so Today
   * ranks and dates the late move by it without reading the calls. Returns whether they changed.
   */
  async termsUnanswered(manager: EntityManager, subjectType: SubjectType, subjectId: string, unanswered: number, firstUnanswered: string | null): Promise<boolean> {
    const instance = await this.lock(manager, subjectType, subjectId);
    if (!instance?.missedDueDate || instance.missedWithLetter || (instance.missedTerms === unanswered && instance.firstUnansweredDueDate === firstUnanswered)) return false;
    await manager.query('UPDATE workflow_instances SET missed_terms = $2, first_unanswered_due_date = $3 WHERE id = $1', [instance.id, unanswered, firstUnanswered]);
    return true;
  }

  /**
   * Stops the provider's time while the letter it waits on is held back by the letter rules: the
   * provider has nothing to answer, so no reminder or complaint may follow (they would tell of a
   * request it never had). Only when the workflow made no step since `step` (the one that meant to
   * send the letter) and that state waits on the provider. `restartProviderDeadline` counts it again
   * once the letter goes; meanwhile the blocked letter is the owner's move on Today. `hold` says why the letter is not
   * with the provider (`LetterHold`). Returns whether it stopped.
   */
  async suspendProviderDeadline(manager: EntityManager, subjectType: SubjectType, subjectId: string, step: number, hold: LetterHold): Promise<boolean> {
    const locked = await this.lockWithFacts(manager, subjectType, subjectId);
    if (!locked || locked.instance.version !== step || locked.instance.dueDate === null) return false;
    const { instance } = locked;
    if (!holdsTerm(factsOfState(this.restore(instance), instance.state), hold)) return false;
    await manager.query(HOLD_PROVIDER_TERM, [instance.id]);
    return true;
  }

  /**
   * Counts the deadline of a state that waits on a provider again from today, when the workflow is
   * still in `state`: a letter the letter rules held back went out only now, and the provider's time
   * runs from the letter it has, not from the step that meant to send it. A fixed term (`holdsTerm`) is counted
   * again only when a held-back letter stopped it: one that ran on (a collection stop by post) already counts the
   * post's time. `printed`: the due date the letter printed ("uiterlijk …"), a promise to the provider, so that is the
   * term, unless it passed before the letter went (a batch posted late): then it is counted from today. Returns whether it moved.
   */
  async restartProviderDeadline(manager: EntityManager, subjectType: SubjectType, subjectId: string, state: string, printed: string | null = null): Promise<boolean> {
    const locked = await this.lockWithFacts(manager, subjectType, subjectId);
    if (!locked || locked.instance.state !== state) return false;
    const { instance, facts } = locked;
    const stateFacts = factsOfState(this.restore(instance), state);
    const policy = stateFacts.deadline;
    if (!policy || !(holdsTerm(stateFacts, 'post') || (instance.dueDate === null && holdsTerm(stateFacts, 'blocked')))) return false;
    const { dueDate, nextDueAt } = printed && printed >= this.clock.today() ? deadlineOn(printed) : this.deadline(policy, subjectType, facts, null);
    if (dueDate === instance.dueDate) return false;
    await manager.query('UPDATE workflow_instances SET due_date = $1, next_due_at = $2 WHERE id = $3', [dueDate, nextDueAt, instance.id]);
    return true;
  }

  /**
   * Locks the subject's instance — a contract's after its estate's, in one statement (rows are locked
   * in the ORDER BY's order) — and reads the hooks' facts about the subject with it.
   * FOR NO KEY UPDATE: the rows' keys never change, so inserts that merely reference an instance
   * (outbox rows) need not wait for it.
   */
  private async lockWithFacts(manager: EntityManager, subjectType: SubjectType, subjectId: string): Promise<{ instance: WorkflowInstance; facts: unknown } | null> {
    let sql = this.locks.get(subjectType);
    if (!sql) {
      const facts = this.hooksFor(subjectType).facts;
      // A contract's estate row is only locked: its snapshot and the facts are neither worked out nor sent.
      const subject = 'w.subject_type = $1 AND w.subject_id = $2';
      sql = `SELECT ${instanceColumns(`CASE WHEN ${subject} THEN w.snapshot END`)}, ${facts ? `CASE WHEN ${subject} THEN ${facts.select} END` : 'NULL'} AS facts
         FROM workflow_instances w ${facts?.join ?? ''}
        WHERE (${subject})
           OR (w.subject_type = 'estate' AND w.subject_id = (SELECT estate_id FROM workflow_instances WHERE subject_type = $1 AND subject_id = $2))
        ORDER BY w.subject_type = 'estate' DESC
          FOR NO KEY UPDATE OF w`;
      this.locks.set(subjectType, sql);
    }
    const rows = await preparedQuery<WorkflowInstance & { facts: unknown }>(manager, sql, [subjectType, subjectId]);
    const row = rows.find((r) => r.subjectType === subjectType && r.subjectId === subjectId);
    if (!row) return null;
    const { facts: read, ...instance } = row;
    return { instance: Object.assign(new WorkflowInstance(), instance), facts: read };
  }

  /**
   * Writes the accepted events and read model of instances that have none yet (those created before
   * read models existed), from their own machine version. Several app instances may start at once:
   * each takes pages the others do not hold.
   */
  projectUnprojected(): Promise<number> {
    return this.reproject('w.accepted_events IS NULL', []);
  }

  /**
   * Writes again the read models that a lower projection version wrote, at most `pages` pages: a
   * worker routine, so a new projection rolls out in the background while readers see the old one.
   */
  async projectStale(pages = STALE_PAGES_PER_ROUND): Promise<number> {
    let projected = 0;
    for (const subjectType of Object.keys(PROJECTION_ROWS) as (keyof typeof PROJECTION_ROWS)[]) {
      const table = this.db.getMetadata(PROJECTION_ROWS[subjectType]).tableName;
      projected += await this.reproject(`w.id IN (SELECT instance_id FROM ${table} WHERE projection_version < $2)`, [PROJECTION_VERSIONS[subjectType]], pages);
    }
    return projected;
  }

  /**
   * Counts again the deadlines a migration listed in `deadline_recounts` because an earlier build
   * counted them wrongly (all at start-up, a few pages per worker round after), earliest due first: a term counted from the end date
   * (`afterEndDate`) is counted from the day its state was entered (the instance's last step), as a
   * transition into it now would; a provider's term (`providerSla`) listed `awaiting_post`, because the letter
   * it waits on lay unposted before such terms were held (migration 1763807600000), is held as
   * `suspendProviderDeadline` holds it, until the batch is marked posted. Any other term is left as it is. Each page is one transaction;
   * several app instances take pages the others do not hold, and a row another holds waits for the
   * worker round (`claimDue` does not fire a listed instance meanwhile).
   */
  async recountDeadlines(pages = STALE_PAGES_PER_ROUND): Promise<number> {
    let recounted = 0;
    for (let page = 0; page < pages; page++) {
      const count = await this.db.transaction(async (manager) => {
        const instances: (WorkflowInstance & { since: Date; awaitingPost: boolean })[] = await manager.query(
          `SELECT ${INSTANCE_COLUMNS}, w.updated_at AS since, r.awaiting_post AS "awaitingPost" FROM deadline_recounts r JOIN workflow_instances w ON w.id = r.instance_id
            ORDER BY w.next_due_at NULLS LAST LIMIT $1 FOR NO KEY UPDATE OF w SKIP LOCKED`,
          [PROJECTION_PAGE],
        );
        if (!instances.length) return 0;
        const batch = new WriteBatch(manager);
        const facts = await this.factsOf(manager, instances);
        for (const instance of instances) {
          const { deadline: policy, projection } = this.readSnapshot(instance.machineId, this.restore(instance));
          if (policy?.basis === 'providerSla' && instance.awaitingPost && instance.dueDate !== null) batch.add([HOLD_PROVIDER_TERM, [instance.id]]);
          if (policy?.basis !== 'afterEndDate') continue;
          const { dueDate, nextDueAt } = this.deadline(policy, instance.subjectType, facts.get(instance.id) ?? null, projection, toIsoDate(instance.since));
          if (dueDate !== instance.dueDate) batch.add(['UPDATE workflow_instances SET due_date = $1, next_due_at = $2 WHERE id = $3', [dueDate, nextDueAt, instance.id]]);
        }
        batch.add(['DELETE FROM deadline_recounts WHERE instance_id = ANY($1::uuid[])', [instances.map((i) => i.id)]]);
        await batch.send();
        return instances.length;
      });
      if (!count) break;
      recounted += count;
    }
    return recounted;
  }

  /** What each subject's hooks read about these instances (`SubjectHooks.facts`), beyond the caller's locks: one query per subject type. */
  private async factsOf(manager: EntityManager, instances: WorkflowInstance[]): Promise<Map<string, unknown>> {
    const facts = new Map<string, unknown>();
    for (const subjectType of new Set(instances.map((i) => i.subjectType))) {
      const read = this.hooksFor(subjectType).facts;
      if (!read) continue;
      const ids = instances.filter((i) => i.subjectType === subjectType).map((i) => i.id);
      const rows: { id: string; facts: unknown }[] = await manager.query(`SELECT w.id, ${read.select} AS facts FROM workflow_instances w ${read.join} WHERE w.id = ANY($1::uuid[])`, [ids]);
      for (const row of rows) facts.set(row.id, row.facts);
    }
    return facts;
  }

  /** Writes accepted events and read model again for the instances `where` selects, a page per transaction. */
  private async reproject(where: string, parameters: unknown[], pages = Infinity): Promise<number> {
    let projected = 0;
    for (let page = 0; page < pages; page++) {
      const count = await this.db.transaction(async (manager) => {
        const instances: WorkflowInstance[] = await manager.query(
          `SELECT ${INSTANCE_COLUMNS} FROM workflow_instances w WHERE ${where} LIMIT $1 FOR NO KEY UPDATE SKIP LOCKED`,
          [PROJECTION_PAGE, ...parameters],
        );
        if (!instances.length) return 0;
        const batch = new WriteBatch(manager);
        for (const instance of instances) {
          const snapshot = this.readSnapshot(instance.machineId, this.restore(instance));
          batch.add(['UPDATE workflow_instances SET accepted_events = $1 WHERE id = $2', [snapshot.acceptedEvents, instance.id]]);
          this.writeProjection(batch, instance, snapshot.projection);
        }
        await batch.send();
        return instances.length;
      });
      if (!count) break;
      projected += count;
    }
    return projected;
  }

  private hooksFor(subjectType: SubjectType): SubjectHooks {
    const hooks = this.hooks.get(subjectType);
    if (!hooks) throw new Error(`no workflow hooks registered for ${subjectType}`);
    return hooks;
  }

  private restore(instance: WorkflowInstance): AnyMachineSnapshot {
    const machine = machineFor(instance.machineId, instance.machineVersion);
    if (!machine) throw new Error(`machine ${instance.machineId} v${instance.machineVersion} is not available`);
    return restoreSnapshot(machine, instance.snapshot);
  }

  /** Everything the runtime stores of a snapshot, read through the machine's own code. */
  private readSnapshot(machineId: string, snapshot: AnyMachineSnapshot) {
    const state = stateName(snapshot.value);
    const { acceptedEvents, deadline } = factsOfState(snapshot, state);
    const project = Object.hasOwn(projections, machineId) ? projections[machineId as keyof typeof projections] : null;
    return {
      persisted: snapshot.machine.getPersistedSnapshot(snapshot) as object,
      state,
      deadline,
      acceptedEvents: acceptedEvents.slice(),
      projection: project ? project(snapshot.context, snapshot.value) : null,
    };
  }

  /** The deadline of `policy` for a state entered on `since` (today, unless recounted) by `event`, with what the subject's hooks know. */
  private deadline(policy: DeadlinePolicy | null, subjectType: SubjectType, facts: unknown, projection: object | null, since = this.clock.today(), event: AnyEventObject | null = null): Deadline | { dueDate: null; nextDueAt: null } {
    if (!policy) return { dueDate: null, nextDueAt: null };
    const hooks = this.hooksFor(subjectType);
    return computeDeadline(policy, since, {
      slaBusinessDays: policy.basis === 'providerSla' ? hooks.slaBusinessDays!(facts) : 0,
      retentionYears: this.config.STEWARD_RETENTION_YEARS,
      endDate: policy.basis === 'afterEndDate' ? hooks.endDate!(projection, facts, event) : null,
      promisedDate: policy.basis === 'promised' ? hooks.promisedDate!(projection) : null,
    });
  }

  private writeProjection(batch: WriteBatch, instance: WorkflowInstance, projection: object | null): void {
    if (!projection) return;
    const subjectType = instance.subjectType as keyof typeof PROJECTION_ROWS;
    const { sql, columns } = this.projectionUpsert(subjectType);
    const row: Record<string, unknown> = { ...projection, instanceId: instance.id, estateId: instance.estateId, projectionVersion: PROJECTION_VERSIONS[subjectType] };
    const record: Record<string, unknown> = {};
    for (const [property, column] of columns) record[column] = row[property];
    batch.add([sql, [JSON.stringify(record)]]);
  }

  /**
   * The upsert of a read model, built once per table from its entity's columns. The row travels as
   * one JSON parameter that PostgreSQL casts to the table's typed columns (jsonb_populate_record).
   */
  private projectionUpsert(subjectType: keyof typeof PROJECTION_ROWS): { sql: string; columns: [string, string][] } {
    let upsert = this.upserts.get(subjectType);
    if (!upsert) {
      const metadata = this.db.getMetadata(PROJECTION_ROWS[subjectType]);
      const columns = metadata.columns.map((c): [string, string] => [c.propertyName, c.databaseName]);
      const updated = columns.filter(([property]) => property !== 'instanceId').map(([, column]) => `${column} = EXCLUDED.${column}`);
      const sql = `INSERT INTO ${metadata.tableName} SELECT * FROM jsonb_populate_record(NULL::${metadata.tableName}, $1::jsonb)
        ON CONFLICT (instance_id) DO UPDATE SET ${updated.join(', ')}`;
      upsert = { sql, columns };
      this.upserts.set(subjectType, upsert);
    }
    return upsert;
  }

  /**
   * `from`: the state the transition left, for words about the step itself (a dispute's end is no new
   * confirmation). `step`: the instance's version the step made, also on its timeline entry, so what a
   * step says it did can be checked against what its effects became (was its letter sent or held back?).
   * `dueDate`: the state's due date as the step set it, which a later step may have changed by the time
   * the effect is performed; `readModel` likewise for news (`NEWS_EFFECTS`), which words what the step
   * left (the bills still open then), not what a later step left. `missedTerms`: after a deadline that kept the state,
   * how many terms passed in a row with it (its owner alert is written only for the first, see NotificationsService).
   */
  private writeEffects(batch: WriteBatch, instance: WorkflowInstance, effects: Effect[], event: AnyEventObject, step: number, from?: string, readModel?: object | null): void {
    const withLetter = effects.some((e) => e.type === 'letter');
    const missedTerms = from !== undefined && keptTermPassed(event, from, instance) ? instance.missedTerms : 0;
    this.outbox.enqueueIn(
      batch,
      effects.map((effect) => {
        const kind = effectKind(effect.type);
        return {
          estateId: instance.estateId,
          contractId: instance.subjectType === 'contract' ? instance.subjectId : null,
          instanceId: instance.id,
          kind,
          payload: { effect, event, state: instance.state, dueDate: instance.dueDate, step, ...(withLetter && { withLetter }), ...(from !== undefined && { from }), ...(readModel && NEWS_EFFECTS.includes(kind) && { readModel }), ...(missedTerms && { missedTerms }) },
        };
      }),
    );
  }
}

/**
 * Why a letter to the provider is not with it yet: held back by the letter rules (`blocked`), or waiting for the post.
 */
export type LetterHold = 'blocked' | 'post';

/**
 * Whether a letter not yet with the provider holds its step's term: a term on the provider's service level always; a
 * fixed term of a state that waits on the provider (v1's complaint about a collection stop, sent again each business
 * day; v9's complaint about a rejection) only while the letter rules hold the letter back — such a fixed term by post
 * already counts the post's time (README, *Letters by post*).
 */
function holdsTerm({ deadline, waitingOn }: { deadline: DeadlinePolicy | null; waitingOn: string | null }, hold: LetterHold): boolean {
  if (deadline?.basis === 'providerSla') return true;
  return hold === 'blocked' && deadline?.basis === 'fixed' && waitingOn === 'provider';
}

/** Effects that tell people what a step did: they carry the read model the step left (`writeEffects`). */
const NEWS_EFFECTS: readonly EffectKind[] = ['notify_family', 'notify_owner'];

/**
 * A term counted from entering the state (`fromEntry`) keeps its date while events other than its own passing keep the state; a correction
 * (`TERM_KEEPING_EVENTS`) keeps any term, and so does the provider holding to a bill the complaints body has (`rejectionKeepsTerm`).
 */
function keepsDueDate(instance: WorkflowInstance, event: AnyEventObject, to: string, policy: DeadlinePolicy | null, projection: object | null): boolean {
  if (to !== instance.state) return false;
  // A correction keeps no term running too: one held while the letter it answers is held back stays held.
  // comcorr: a correction that carries a term (the filing's corrected day) starts it from that day instead.
  if (TERM_KEEPING_EVENTS.includes(event.type)) return !restoredTerm(event);
  if (rejectionKeepsTerm(event, (projection as Partial<ContractProjection> | null)?.openDisputes ?? [])) return true;
  return instance.dueDate !== null && policy?.basis === 'fixed' && policy.fromEntry === true && event.type !== 'DEADLINE_PASSED';
}

/**
 * A deadline that passes without moving the state starts a fresh term (the owner is alerted, or a
 * complaint goes again): the due date that passed is kept, the latest one, so readers can say the term
 * just missed beside the new one (a first miss said for ever reads as if nothing was missed since);
 * and how many terms passed one after another in the state, since the first of them, so a term renewed
 * again and again is counted, not said as if missed once. Any other step that starts the state's term
 * afresh (the owner acts, the provider answers) clears them. `instance` still holds the due date that
 * passed. After the owner's call (`termsUnanswered`: count 0 beside a missed date) the count starts again, from the
 * same first date.
 */
function missedTerm(instance: WorkflowInstance, event: AnyEventObject, to: string, effects: Effect[]): Pick<WorkflowInstance, 'missedDueDate' | 'missedWithLetter' | 'missedTerms' | 'firstMissedDueDate' | 'firstUnansweredDueDate'> {
  if (event.type !== 'DEADLINE_PASSED' || to !== instance.state) return { missedDueDate: null, missedWithLetter: false, missedTerms: 0, firstMissedDueDate: null, firstUnansweredDueDate: null };
  // Terms still unanswered before this one: the earliest of them stays; none (her calls answered them all), this one is the first.
  const unansweredBefore = instance.missedDueDate !== null && instance.missedTerms > 0;
  return {
    missedDueDate: instance.dueDate,
    missedWithLetter: effects.some((e) => e.type === 'letter'),
    missedTerms: (instance.missedDueDate ? instance.missedTerms : 0) + 1,
    firstMissedDueDate: (instance.missedDueDate && (instance.firstMissedDueDate ?? instance.missedDueDate)) || instance.dueDate,
    firstUnansweredDueDate: (unansweredBefore && (instance.firstUnansweredDueDate ?? instance.firstMissedDueDate ?? instance.missedDueDate)) || instance.dueDate,
  };
}

/** The term a step taken back returns to (`TERM_RESTORING_EVENTS`), as its event carries it; null for any other step. */
const restoredTerm = (event: AnyEventObject): RestoredTerm | null => (TERM_RESTORING_EVENTS.includes(event.type) && event.term ? (event.term as RestoredTerm) : null);
// Every restored term counts as unanswered until the caller weighs the owner's calls against them (`termsUnanswered`).
const missedOf = ({ missedDueDate, missedWithLetter, missedTerms, firstMissedDueDate }: RestoredTerm) => ({
  missedDueDate,
  missedWithLetter,
  missedTerms,
  firstMissedDueDate,
  firstUnansweredDueDate: missedDueDate ? (firstMissedDueDate ?? missedDueDate) : null,
});

/**
 * Whether this step was a deadline that passed into a state that keeps it as missed (`returnedTerm`, e.g. the bank's term into
 * `releaseOverdue`): kept in the history as a kept-state passing is, so a step back to that state later reads the term that ran out.
 */
const passedIntoMissed = (event: AnyEventObject, restored: RestoredTerm | null): boolean => event.type === 'DEADLINE_PASSED' && Boolean(restored?.missedDueDate);
/** Whether this step was a deadline that passed and kept the state (`missedTerm`): `instance.missedDueDate` is then the day that passed. */
const keptTermPassed = (event: AnyEventObject, from: string, instance: WorkflowInstance): boolean => event.type === 'DEADLINE_PASSED' && from === instance.state;

function withoutType(event: AnyEventObject): Record<string, unknown> {
  const { type: _type, ...rest } = event;
  return rest;
}
