import { AnyActorScope, AnyEventObject, AnyMachineSnapshot, AnyStateMachine, createActor, Snapshot } from 'xstate';
import { acceptedEvents, DeadlinePolicy, refusedByContext } from '../../workflows';
import type { Effect } from './workflow-runtime.service';

/**
 * XState's pure steps (what its `initialTransition` / `transition` do) without an actor per step:
 * a durable transition used to restore an actor, start it, ask `can`, send, read and stop it, and
 * XState's own pure functions build an actor per call too (their inert scope). Here each machine
 * gets one inert actor once, for the `self` and `system` its actions may read; each step gets a
 * scope of its own that runs actions as a started actor runs them and keeps what they emit, in order.
 * Our machines invoke and spawn no actors, so there is no child to start or stop.
 */
const inertActors = new WeakMap<AnyStateMachine, AnyActorScope['self']>();

function stepScope(machine: AnyStateMachine, emitted: Effect[]): { scope: AnyActorScope; flush(): void } {
  let self = inertActors.get(machine);
  if (!self) {
    self = createActor(machine);
    inertActors.set(machine, self);
  }
  const deferred: (() => void)[] = [];
  const scope: AnyActorScope = {
    self,
    id: '',
    sessionId: '',
    logger: () => undefined,
    system: self.system,
    stopChild: () => undefined,
    defer: (fn) => deferred.push(fn),
    emit: (event: Effect) => emitted.push(event),
    // A running actor executes each action when it is resolved; `emit` defers the emitting itself.
    actionExecutor: (action) => action.exec?.(action.info, action.params),
  };
  // Deferred work runs after the step, in the order it was asked for (as the actor's `update` does).
  return { scope, flush: () => deferred.forEach((fn) => fn()) };
}

/** The machine's initial snapshot for `input`, and the effects its initial actions emitted. */
export function initialStep(machine: AnyStateMachine, input: object): { snapshot: AnyMachineSnapshot; emitted: Effect[] } {
  const emitted: Effect[] = [];
  const { scope, flush } = stepScope(machine, emitted);
  const snapshot = machine.getInitialSnapshot(scope, input);
  flush();
  return { snapshot, emitted };
}

/** A persisted snapshot made live again, on the machine version it was persisted by. */
export function restoreSnapshot(machine: AnyStateMachine, persisted: object): AnyMachineSnapshot {
  return machine.restoreSnapshot(persisted as Snapshot<unknown>, stepScope(machine, []).scope);
}

/**
 * A persisted snapshot read by another version of its machine (`WorkflowRuntime.moveToVersion`): its
 * state, context and history kept, and whether it is done the new version's word. Restored as it was, a
 * snapshot persisted in a state the old version held final stays "done" and takes no event, even where the
 * new version lets the state go on (contract v7's `closed`).
 */
export function snapshotOnVersion(machine: AnyStateMachine, persisted: object): AnyMachineSnapshot {
  const { value, context, historyValue } = restoreSnapshot(machine, persisted);
  return machine.resolveState({ value, context, historyValue });
}

/**
 * The snapshot after `event` and what its actions emitted, or null when the snapshot has no
 * transition for it now (XState's `can`: none enabled, or only ones without target or actions).
 */
export function step(snapshot: AnyMachineSnapshot, event: AnyEventObject): { snapshot: AnyMachineSnapshot; emitted: Effect[] } | null {
  if (!snapshot.can(event)) return null;
  const emitted: Effect[] = [];
  const { scope, flush } = stepScope(snapshot.machine, emitted);
  const next = snapshot.machine.transition(snapshot, event, scope);
  flush();
  return { snapshot: next, emitted };
}

/** What the runtime stores of a state besides the snapshot; fixed per machine, state and context refusals (`refusedByContext`), so worked out once. */
interface StateFacts {
  acceptedEvents: string[];
  deadline: DeadlinePolicy | null;
  /** Whose move it is (`StateMeta.waitingOn`): a term of a state that waits on the provider runs on a letter it has. */
  waitingOn: string | null;
}
const stateFacts = new WeakMap<AnyStateMachine, Map<string, StateFacts>>();

/** The accepted events, deadline policy and party waited on of the snapshot's state (`state` names it). */
export function factsOfState(snapshot: AnyMachineSnapshot, state: string): StateFacts {
  let known = stateFacts.get(snapshot.machine);
  if (!known) stateFacts.set(snapshot.machine, (known = new Map()));
  const key = `${state} ${refusedByContext(snapshot).join(' ')}`;
  let facts = known.get(key);
  if (!facts) {
    const meta = Object.values(snapshot.getMeta() as Record<string, { deadline?: DeadlinePolicy; waitingOn?: string } | undefined>);
    facts = { acceptedEvents: acceptedEvents(snapshot), deadline: meta.find((m) => m?.deadline)?.deadline ?? null, waitingOn: meta.find((m) => m?.waitingOn)?.waitingOn ?? null };
    known.set(key, facts);
  }
  return facts;
}
