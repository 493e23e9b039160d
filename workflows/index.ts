import type { AnyStateMachine } from 'xstate';
import { contractMachine, CONTRACT_MACHINE_VERSION } from './contract.machine';
import { estateMachine, ESTATE_MACHINE_VERSION } from './estate.machine';

export * from './business-days';
export * from './contract.machine';
export * from './deadlines';
export * from './estate.machine';
export * from './status-text';

/**
 * Every machine version that instances may still run. A persisted instance keeps the version it
 * started with; a new version is added here next to the old one, never in its place.
 */
export const machines: Record<'contract' | 'estate', Record<number, AnyStateMachine>> = {
  contract: { [CONTRACT_MACHINE_VERSION]: contractMachine },
  estate: { [ESTATE_MACHINE_VERSION]: estateMachine },
};
