import { type ContractState, contractStateMeta } from '../../workflows';

/** How the portal groups contracts for the family: whose move it is, in plain words. */
export type ContractGroup = 'withOwner' | 'waitingOnProvider' | 'done';
export const CONTRACT_GROUPS: readonly ContractGroup[] = ['withOwner', 'waitingOnProvider', 'done'];

/**
 * Done for the family when nobody owes us anything (confirmed, settled, closed, withdrawn, informed
 * through the BRP); a later bill makes it wait on the organisation again.
 */
export function contractGroup(state: ContractState): ContractGroup {
  const { waitingOn } = contractStateMeta(state);
  return waitingOn === 'nobody' ? 'done' : waitingOn === 'provider' ? 'waitingOnProvider' : 'withOwner';
}

/** Contract states worth a rating: the provider confirmed, or it is all done. */
const MILESTONE_STATES: readonly string[] = ['confirmed', 'settled', 'closed'];

/**
 * The contracts whose provider the family may be asked to rate: one that reached a milestone, while
 * none of that provider's other contracts still waits (asking how KPN did while its debt collector
 * writes to the widow would be tone-deaf).
 */
export function ratableContracts<C extends { providerId: string; state: string }>(contracts: readonly C[]): C[] {
  const waiting = new Set(contracts.filter((c) => contractGroup(c.state as ContractState) !== 'done').map((c) => c.providerId));
  return contracts.filter((c) => MILESTONE_STATES.includes(c.state) && !waiting.has(c.providerId));
}

export interface Progress {
  total: number;
  done: number;
  waitingOnProvider: number;
  withOwner: number;
}

/** The whole estate's progress from its contracts counted per state (an aggregate: the list itself is paged). */
export function progressOf(counts: readonly { state: ContractState; count: number }[]): Progress {
  const progress: Progress = { total: 0, done: 0, waitingOnProvider: 0, withOwner: 0 };
  for (const { state, count } of counts) {
    progress.total += count;
    progress[contractGroup(state)] += count;
  }
  return progress;
}

/** "3 van 12 afgerond, 2 wachten op de organisatie": the one line a family member reads first. */
export function progressLine(p: Progress, lang: 'nl' | 'en'): string {
  if (lang === 'en') return `${p.done} of ${p.total} done, ${p.waitingOnProvider} waiting for the organisation`;
  return `${p.done} van ${p.total} afgerond, ${p.waitingOnProvider} ${p.waitingOnProvider === 1 ? 'wacht' : 'wachten'} op de organisatie`;
}
