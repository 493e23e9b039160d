import type { AnyStateMachine } from 'xstate';
import { CONTRACT_MACHINE_ID, CONTRACT_MACHINE_VERSION, contractMachine, contractMachineV1 } from './contract.machine';
import { ESTATE_MACHINE_ID, ESTATE_MACHINE_VERSION, estateMachine } from './estate.machine';

export * from './business-days';
export * from './contract.machine';
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
  [CONTRACT_MACHINE_ID]: { 1: contractMachineV1, [CONTRACT_MACHINE_VERSION]: contractMachine },
  [ESTATE_MACHINE_ID]: { [ESTATE_MACHINE_VERSION]: estateMachine },
};

/** The machine a persisted instance was started on, or undefined if this build no longer has it. */
export function machineFor(machineId: string, version: number): AnyStateMachine | undefined {
  return Object.hasOwn(machines, machineId) ? machines[machineId as MachineId][version] : undefined;
}
