import { emit, setup } from 'xstate';
import { DeadlinePolicy, StateMeta, stateMetaOf } from './deadlines';

export const ESTATE_MACHINE_ID = 'estate';
/** Bump (and register the new machine next to the old one in `index.ts`) on any behavioural change. */
export const ESTATE_MACHINE_VERSION = 1;

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
  | { type: 'DEADLINE_PASSED' };

export const estateMachine = setup({
  types: { events: {} as EstateEvent, emitted: {} as EstateEffect, meta: {} as StateMeta },
  actions: {
    sendFinalReport: emit({ type: 'letter' as const, letterKind: 'final_report' as const }),
    sendProgressReport: emit({ type: 'letter' as const, letterKind: 'progress_report' as const }),
    notifyFamily: emit((_, params: { topic: string }) => ({ type: 'notify_family' as const, topic: params.topic })),
  },
}).createMachine({
  id: ESTATE_MACHINE_ID,
  // Once contracts are listed and until the file closes, the owner may report progress to the family.
  initial: 'intake',
  states: {
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
  },
});

export type EstateState = keyof typeof estateMachine.states & string;
export const ESTATE_STATES = Object.keys(estateMachine.states) as EstateState[];

export function estateStateMeta(state: EstateState): StateMeta {
  return stateMetaOf(estateMachine, state);
}

/** The deadline the runtime must schedule on entering `state` (only the retention period). */
export function estateDeadlineFor(state: EstateState): DeadlinePolicy | null {
  return estateStateMeta(state).deadline ?? null;
}
