import { emit, setup } from 'xstate';
import type { StateMeta } from './deadlines';

export const ESTATE_MACHINE_ID = 'estate';
export const ESTATE_MACHINE_VERSION = 1;

export type EstateEffect = { type: 'letter'; letterKind: 'final_report' } | { type: 'notify_family'; topic: string };

export type EstateEvent =
  | { type: 'CONTRACT_ADDED' }
  | { type: 'REQUEST_SENT' }
  | { type: 'ALL_CONTRACTS_SETTLED' }
  | { type: 'CONTRACT_REOPENED' }
  | { type: 'CLOSE' }
  | { type: 'DEADLINE_PASSED' };

/** The estate follows its contracts; the case owner closes it, and it is purged after the retention period. */
export const estateMachine = setup({
  types: { events: {} as EstateEvent, emitted: {} as EstateEffect },
  actions: {
    sendFinalReport: emit({ type: 'letter' as const, letterKind: 'final_report' as const }),
    notifyFamily: emit((_, params: { topic: string }) => ({ type: 'notify_family' as const, topic: params.topic })),
  },
}).createMachine({
  id: ESTATE_MACHINE_ID,
  initial: 'intake',
  states: {
    intake: { meta: { waitingOn: 'owner' } satisfies StateMeta, on: { CONTRACT_ADDED: 'inventory' } },
    inventory: { meta: { waitingOn: 'owner' } satisfies StateMeta, on: { REQUEST_SENT: 'inProgress' } },
    inProgress: {
      meta: { waitingOn: 'provider' } satisfies StateMeta,
      on: { ALL_CONTRACTS_SETTLED: { target: 'settling', actions: [{ type: 'notifyFamily', params: { topic: 'estate_settling' } }] } },
    },
    settling: {
      meta: { waitingOn: 'owner' } satisfies StateMeta,
      on: {
        CONTRACT_REOPENED: 'inProgress',
        CLOSE: { target: 'closed', actions: ['sendFinalReport', { type: 'notifyFamily', params: { topic: 'estate_closed' } }] },
      },
    },
    closed: {
      meta: { deadline: { basis: 'retention' }, waitingOn: 'nobody' } satisfies StateMeta,
      on: { DEADLINE_PASSED: 'purged' },
    },
    purged: { type: 'final', meta: { waitingOn: 'nobody' } satisfies StateMeta },
  },
});

export type EstateState = keyof typeof estateMachine.states & string;
export const ESTATE_STATES = Object.keys(estateMachine.states) as EstateState[];
