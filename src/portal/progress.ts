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

export interface Progress {
  total: number;
  done: number;
  waitingOnProvider: number;
}

export function progressOf(states: readonly ContractState[]): Progress {
  const groups = states.map(contractGroup);
  return { total: states.length, done: groups.filter((g) => g === 'done').length, waitingOnProvider: groups.filter((g) => g === 'waitingOnProvider').length };
}

/** "3 van 12 afgerond, 2 wachten op de organisatie": the one line a family member reads first. */
export function progressLine(p: Progress, lang: 'nl' | 'en'): string {
  if (lang === 'en') return `${p.done} of ${p.total} done, ${p.waitingOnProvider} waiting for the organisation`;
  return `${p.done} van ${p.total} afgerond, ${p.waitingOnProvider} ${p.waitingOnProvider === 1 ? 'wacht' : 'wachten'} op de organisatie`;
}
