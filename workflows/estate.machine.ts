import { emit, setup } from 'xstate';
import { DeadlinePolicy, StateMeta, stateMetaOf } from './deadlines';

export const ESTATE_MACHINE_ID = 'estate';
/** Bump (and register the new machine next to the old one in `index.ts`) on any behavioural change. */
export const ESTATE_MACHINE_VERSION = 2;

/** Side effects the estate asks for; written to the outbox like the contract's. */
export type EstateEffect =
  /** a report to the family: where every contract stands (progress) or what happened to it (final) */
  | { type: 'letter'; letterKind: 'progress_report' | 'final_report' }
  /** tell the family in their portal what changed */
  | { type: 'notify_family'; topic: string };

/** The estate follows its contracts; the runtime sends these as contracts move. */
export type EstateEvent =
  | { type: 'CONTRACT_ADDED' }
  /** the first request to a provider went out */
  | { type: 'REQUEST_SENT' }
  /** no contract of the estate is open any more */
  | { type: 'ALL_CONTRACTS_SETTLED' }
  /** a settled contract needs work again (e.g. a bill after the end date) */
  | { type: 'CONTRACT_REOPENED' }
  /** the owner sends the family a progress report by letter */
  | { type: 'PROGRESS_REPORT' }
  /** the owner closes the file */
  | { type: 'CLOSE' }
  /** the retention period is over */
  | { type: 'DEADLINE_PASSED' }
  /** v2: the owner reopens a closed estate (a contract found after closing), saying why */
  | { type: 'REOPEN'; reason: string };

/**
 * The steps the estate takes by itself as its contracts move (the runtime sends them after a contract's
 * step, under that step's actor): nobody chose them, so the family reads them as Steward's.
 */
export const ESTATE_FOLLOWS_CONTRACTS: readonly EstateEvent['type'][] = ['ALL_CONTRACTS_SETTLED', 'CONTRACT_REOPENED'];

const estateSetup = setup({
  types: { events: {} as EstateEvent, emitted: {} as EstateEffect, meta: {} as StateMeta },
  actions: {
    sendFinalReport: emit({ type: 'letter' as const, letterKind: 'final_report' as const }),
    sendProgressReport: emit({ type: 'letter' as const, letterKind: 'progress_report' as const }),
    notifyFamily: emit((_, params: { topic: string }) => ({ type: 'notify_family' as const, topic: params.topic })),
  },
});

// Once contracts are listed and until the file closes, the owner may report progress to the family.
const V1_STATES = {
  intake: { meta: { waitingOn: 'owner' }, on: { CONTRACT_ADDED: 'inventory' } },
  inventory: {
    meta: { waitingOn: 'owner' },
    on: {
      PROGRESS_REPORT: { actions: 'sendProgressReport' },
      REQUEST_SENT: 'inProgress',
      // Every contract found was withdrawn before any request: nothing left to send, so the
      // owner must still be able to close the file.
      ALL_CONTRACTS_SETTLED: { target: 'settling', actions: [{ type: 'notifyFamily', params: { topic: 'estate_settling' } }] },
    },
  },
  inProgress: {
    // The contracts carry their own deadlines; the estate itself waits on them, not on a date.
    meta: { waitingOn: 'provider' },
    on: {
      PROGRESS_REPORT: { actions: 'sendProgressReport' },
      ALL_CONTRACTS_SETTLED: { target: 'settling', actions: [{ type: 'notifyFamily', params: { topic: 'estate_settling' } }] },
    },
  },
  settling: {
    meta: { waitingOn: 'owner' },
    on: {
      PROGRESS_REPORT: { actions: 'sendProgressReport' },
      CONTRACT_REOPENED: 'inProgress',
      // A contract found late (a bill from an unknown provider) reopens the file too.
      CONTRACT_ADDED: 'inProgress',
      CLOSE: { target: 'closed', actions: ['sendFinalReport', { type: 'notifyFamily', params: { topic: 'estate_closed' } }] },
    },
  },
  closed: {
    // The period is the operator's (STEWARD_RETENTION_YEARS, 7 by default): the runtime dates it.
    meta: { deadline: { basis: 'retention' }, waitingOn: 'nobody' },
    on: { DEADLINE_PASSED: 'purged' },
  },
  purged: { type: 'final', meta: { waitingOn: 'nobody' } },
} as const;

/** v1: a closed estate took nothing but its purge, so a contract found after closing had nowhere to go. */
export const estateMachineV1 = estateSetup.createMachine({ id: ESTATE_MACHINE_ID, initial: 'intake', states: V1_STATES });

/**
 * v2: the owner may reopen a closed estate (a forgotten subscription turns up). It goes back to
 * `settling`: every contract it had is finished, so the owner either adds what was found (→ in progress)
 * or closes again (a new final report). Leaving `closed` ends its retention term; the family is told.
 */
export const estateMachine = estateSetup.createMachine({
  id: ESTATE_MACHINE_ID,
  initial: 'intake',
  states: {
    ...V1_STATES,
    closed: { ...V1_STATES.closed, on: { ...V1_STATES.closed.on, REOPEN: { target: 'settling', actions: [{ type: 'notifyFamily', params: { topic: 'estate_reopened' } }] } } },
  },
});

/**
 * The one way a v1 instance moves to v2: when its owner reopens it while it is `closed`. v2's `closed`
 * keeps all that v1's did (the purge at the same retention deadline) and only adds REOPEN, so nothing a v1
 * instance was promised changes; an instance in any other state keeps its version.
 */
export function estateVersionToReopen(version: number, state: string): number | null {
  if (version === ESTATE_MACHINE_VERSION) return version;
  return version === 1 && state === 'closed' ? ESTATE_MACHINE_VERSION : null;
}

export type EstateState = keyof typeof estateMachine.states & string;
export const ESTATE_STATES = Object.keys(estateMachine.states) as EstateState[];

export function estateStateMeta(state: EstateState): StateMeta {
  return stateMetaOf(estateMachine, state);
}

/** The deadline the runtime must schedule on entering `state` (only the retention period). */
export function estateDeadlineFor(state: EstateState): DeadlinePolicy | null {
  return estateStateMeta(state).deadline ?? null;
}
