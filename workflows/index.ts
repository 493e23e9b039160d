import { __unsafe_getAllOwnEventDescriptors, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { CONTRACT_MACHINE_ID, CONTRACT_MACHINE_VERSION, contractMachine, contractMachineV1, contractMachineV2, contractMachineV3, contractMachineV4, contractMachineV5, contractMachineV6, contractMachineV7, contractMachineV8, contractMachineV9, contractMachineV10, contractMachineV11, contractMachineV12, contractMachineV13, contractMachineV14, contractMachineV15, contractMachineV16, contractMachineV17, contractMachineV18, contractMachineV19, contractMachineV20, contractMachineV21, contractMachineV22, contractMachineV23, contractMachineV24, contractMachineV25, contractMachineV26, projectContract } from './contract.machine';
import { ESTATE_MACHINE_ID, ESTATE_MACHINE_VERSION, estateMachine, estateMachineV1 } from './estate.machine';

export * from './business-days';
export * from './complaint-withdrawal';
export * from './contract.machine';
export * from './desk-tabs';
export * from './disputes';
export * from './deadlines';
export * from './estate.machine';
export * from './invoices';
export * from './status-text';
export * from './status-text-owner';
export * from './status-text-provider';

export type MachineId = typeof CONTRACT_MACHINE_ID | typeof ESTATE_MACHINE_ID;

/**
 * Every machine version that instances may still run. A persisted instance keeps the version it
 * started with; a new version is added here next to the old one, never in its place.
 */
export const machines: Record<MachineId, Record<number, AnyStateMachine>> = {
  [CONTRACT_MACHINE_ID]: { 1: contractMachineV1, 2: contractMachineV2, 3: contractMachineV3, 4: contractMachineV4, 5: contractMachineV5, 6: contractMachineV6, 7: contractMachineV7, 8: contractMachineV8, 9: contractMachineV9, 10: contractMachineV10, 11: contractMachineV11, 12: contractMachineV12, 13: contractMachineV13, 14: contractMachineV14, 15: contractMachineV15, 16: contractMachineV16, 17: contractMachineV17, 18: contractMachineV18, 19: contractMachineV19, 20: contractMachineV20, 21: contractMachineV21, 22: contractMachineV22, 23: contractMachineV23, 24: contractMachineV24, 25: contractMachineV25, 26: contractMachineV26, [CONTRACT_MACHINE_VERSION]: contractMachine },
  [ESTATE_MACHINE_ID]: { 1: estateMachineV1, [ESTATE_MACHINE_VERSION]: estateMachine },
};

/** The machine a persisted instance was started on, or undefined if this build no longer has it. */
export function machineFor(machineId: string, version: number): AnyStateMachine | undefined {
  return Object.hasOwn(machines, machineId) ? machines[machineId as MachineId][version] : undefined;
}

/**
 * Each machine's read model, from the context of any of its versions (see `ContractProjection`).
 * The estate machine keeps no context, so it has none: its state is all there is to read.
 */
export const projections = {
  [CONTRACT_MACHINE_ID]: projectContract,
} satisfies Partial<Record<MachineId, (context: never, state: string) => object>>;

/**
 * The event types the snapshot's own machine version has a transition for now, guarded ones included
 * (INVOICE_AFTER_END needs a bill for days after the end date: offered, and the guard decides when
 * it comes), except one its context alone refuses (`refusedByContext`). Stored with every transition
 * so readers never restore an actor to ask.
 */
export function acceptedEvents(snapshot: AnyMachineSnapshot): string[] {
  // XState's own list (`can` walks the same state nodes); "unsafe" only means its name may change.
  const refused = refusedByContext(snapshot);
  return (__unsafe_getAllOwnEventDescriptors(snapshot) as string[]).filter((type) => !refused.includes(type)).sort();
}

/**
 * Events whose guard reads the context alone, with no payload it needs (contract v13: ACKNOWLEDGE once acknowledged), so
 * `can` answers for them whatever the provider sends: a state takes them or not by what its instance went through (bankrest:
 * BALANCE_RELEASED in a dispute state only while the bank's release is awaited, v18).
 */
const CONTEXT_GUARDED_EVENTS = ['ACKNOWLEDGE', 'BALANCE_RELEASED'];

/**
 * Those the snapshot refuses now. Part of what decides the accepted events besides the state, so the runtime's per-state
 * cache keys on it too (`factsOfState`).
 */
export function refusedByContext(snapshot: AnyMachineSnapshot): string[] {
  return CONTEXT_GUARDED_EVENTS.filter((type) => !snapshot.can({ type }));
}
