import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnyEventObject, AnyStateMachine, createActor, Snapshot } from 'xstate';
import { DeadlinePolicy, machines } from '../../workflows';
import type { Actor } from '../auth/principal';
import { Clock } from '../clock/clock';
import { ProblemException } from '../common/problem';
import { TimelineService } from '../timeline/timeline.service';
import { effectKind, OutboxService } from './outbox.service';
import { computeDeadline, Deadline } from './deadlines';
import { SubjectType, WorkflowInstance } from './workflow-instance.entity';

/** Something a transition asked for (a letter, a notification); performed later from the outbox. */
export interface Effect {
  type: string;
  [key: string]: unknown;
}

export interface AppliedTransition {
  instance: WorkflowInstance;
  from: string;
  to: string;
  event: AnyEventObject;
  actor: Actor;
  effects: Effect[];
}

/** What a domain module tells the runtime about its subjects (contracts, estates). */
export interface SubjectHooks {
  /** Business days the provider has, for `providerSla` deadlines. */
  slaBusinessDays(manager: EntityManager, subjectId: string): Promise<number>;
  /** Plain words for the timeline. */
  describe(manager: EntityManager, transition: AppliedTransition): Promise<string>;
  /** Keeps denormalised state in step and lets other workflows react — inside the same transaction. */
  afterTransition(manager: EntityManager, transition: AppliedTransition): Promise<void>;
}

export class StateConflict extends ProblemException {
  constructor(subject: SubjectType, state: string, event: string) {
    super(409, 'state-conflict', `"${event}" is not possible while the ${subject} is in state "${state}". Nothing was changed.`, { state, event });
  }
}

export function stateName(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Runs persisted XState actors. Applying an event is one transaction: lock the instance, restore the
 * actor, transition, persist snapshot + state + version + deadline, append the timeline, and write
 * every emitted effect to the outbox. A crash anywhere leaves either all of it or none of it.
 */
@Injectable()
export class WorkflowRuntime {
  private readonly hooks = new Map<SubjectType, SubjectHooks>();
  /** Each applied transition with its transaction: /metrics counts it once that commits. */
  readonly applied = new EventEmitter<{ transition: [EntityManager, AppliedTransition] }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
  ) {}

  register(subject: SubjectType, hooks: SubjectHooks): void {
    this.hooks.set(subject, hooks);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Creates the instance for a new subject, in the caller's transaction. */
  async start(
    manager: EntityManager,
    subject: { estateId: string; subjectType: SubjectType; subjectId: string; machineId: keyof typeof machines; input: object },
  ): Promise<WorkflowInstance> {
    const versions = machines[subject.machineId] as Record<number, AnyStateMachine>;
    const machineVersion = Math.max(...Object.keys(versions).map(Number));
    const { snapshot, effects } = this.run(versions[machineVersion], { input: subject.input });
    const instance = manager.create(WorkflowInstance, {
      estateId: subject.estateId,
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      machineId: subject.machineId,
      machineVersion,
      snapshot: snapshot.persisted,
      state: snapshot.state,
      version: 1,
      ...(await this.deadline(manager, subject.subjectType, subject.subjectId, snapshot.deadline)),
    });
    await manager.save(instance);
    await this.writeEffects(manager, instance, effects, { type: 'START' });
    return instance;
  }

  async find(manager: EntityManager, subjectType: SubjectType, subjectId: string, lock = false): Promise<WorkflowInstance | null> {
    const query = manager
      .createQueryBuilder(WorkflowInstance, 'w')
      .where('w.subjectType = :subjectType AND w.subjectId = :subjectId', { subjectType, subjectId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The instances of these subjects, for readers that show many at once. */
  findMany(manager: EntityManager, subjectType: SubjectType, subjectIds: string[]): Promise<WorkflowInstance[]> {
    if (!subjectIds.length) return Promise.resolve([]);
    return manager
      .createQueryBuilder(WorkflowInstance, 'w')
      .where('w.subjectType = :subjectType AND w.subjectId IN (:...subjectIds)', { subjectType, subjectIds })
      .getMany();
  }

  /** The machine's context, read through the machine so no module outside the runtime parses snapshot JSON. */
  contextOf<T>(instance: WorkflowInstance): T {
    return this.restore(instance).getSnapshot().context as T;
  }

  /** Would this event be accepted now? (for showing only the actions that make sense) */
  can(instance: WorkflowInstance, event: AnyEventObject): boolean {
    return this.restore(instance).getSnapshot().can(event);
  }

  /** Applies one event inside the caller's transaction; 409 (and nothing written) if not allowed now. */
  async apply(manager: EntityManager, subjectType: SubjectType, subjectId: string, event: AnyEventObject, actor: Actor): Promise<AppliedTransition> {
    const instance = await this.find(manager, subjectType, subjectId, true);
    if (!instance) throw new ProblemException(404, 'not-found', `No workflow for this ${subjectType}.`);
    const running = this.restore(instance);
    const effects = this.collectEffects(running);
    running.start();
    if (!running.getSnapshot().can(event)) {
      running.stop();
      throw new StateConflict(subjectType, instance.state, event.type);
    }
    running.send(event);
    const after = this.describeSnapshot(running);
    running.stop();

    const from = instance.state;
    Object.assign(instance, {
      snapshot: after.persisted,
      state: after.state,
      ...(await this.deadline(manager, subjectType, subjectId, after.deadline)),
    });
    const updated = await manager
      .createQueryBuilder()
      .update(WorkflowInstance)
      .set({ snapshot: instance.snapshot, state: instance.state, dueDate: instance.dueDate, nextDueAt: instance.nextDueAt, version: instance.version + 1 })
      .where('id = :id AND version = :version', { id: instance.id, version: instance.version })
      .execute();
    // The row lock makes this impossible; the version check is the belt to those braces.
    if (updated.affected !== 1) throw new ProblemException(409, 'concurrent-change', 'Someone changed this at the same moment. Try again.');
    instance.version += 1;

    const transition: AppliedTransition = { instance, from, to: instance.state, event, actor, effects };
    const hooks = this.hooksFor(subjectType);
    await this.timeline.append(manager, {
      estateId: instance.estateId,
      contractId: subjectType === 'contract' ? subjectId : null,
      actor,
      event: event.type,
      fromState: from,
      toState: instance.state,
      summary: await hooks.describe(manager, transition),
      details: { event: withoutType(event), effects: effects.map((e) => e.type) },
    });
    await this.writeEffects(manager, instance, effects, event);
    await hooks.afterTransition(manager, transition);
    this.applied.emit('transition', manager, transition);
    return transition;
  }

  private hooksFor(subjectType: SubjectType): SubjectHooks {
    const hooks = this.hooks.get(subjectType);
    if (!hooks) throw new Error(`no workflow hooks registered for ${subjectType}`);
    return hooks;
  }

  private restore(instance: WorkflowInstance) {
    const machine = (machines[instance.machineId as keyof typeof machines] as Record<number, AnyStateMachine> | undefined)?.[instance.machineVersion];
    if (!machine) throw new Error(`machine ${instance.machineId} v${instance.machineVersion} is not available`);
    return createActor(machine, { snapshot: instance.snapshot as Snapshot<unknown> });
  }

  private run(machine: AnyStateMachine, options: { input: object }) {
    const actor = createActor(machine, options);
    const effects = this.collectEffects(actor);
    actor.start();
    const snapshot = this.describeSnapshot(actor);
    actor.stop();
    return { snapshot, effects };
  }

  private collectEffects(actor: { on: (type: '*', handler: (e: Effect) => void) => unknown }): Effect[] {
    const effects: Effect[] = [];
    actor.on('*', (emitted) => effects.push(emitted));
    return effects;
  }

  private describeSnapshot(actor: ReturnType<typeof createActor<AnyStateMachine>>) {
    const snapshot = actor.getSnapshot();
    const meta = Object.values(snapshot.getMeta() as Record<string, { deadline?: DeadlinePolicy } | undefined>);
    return {
      persisted: actor.getPersistedSnapshot() as object,
      state: stateName(snapshot.value),
      deadline: meta.find((m) => m?.deadline)?.deadline ?? null,
    };
  }

  private async deadline(manager: EntityManager, subjectType: SubjectType, subjectId: string, policy: DeadlinePolicy | null): Promise<Deadline | { dueDate: null; nextDueAt: null }> {
    if (!policy) return { dueDate: null, nextDueAt: null };
    const sla = policy.basis === 'providerSla' ? await this.hooksFor(subjectType).slaBusinessDays(manager, subjectId) : 0;
    return computeDeadline(policy, this.clock.today(), sla);
  }

  private async writeEffects(manager: EntityManager, instance: WorkflowInstance, effects: Effect[], event: AnyEventObject): Promise<void> {
    for (const effect of effects) {
      await this.outbox.enqueue(manager, {
        estateId: instance.estateId,
        contractId: instance.subjectType === 'contract' ? instance.subjectId : null,
        instanceId: instance.id,
        kind: effectKind(effect.type),
        payload: { effect, event, state: instance.state },
      });
    }
  }
}

function withoutType(event: AnyEventObject): Record<string, unknown> {
  const { type: _type, ...rest } = event;
  return rest;
}
