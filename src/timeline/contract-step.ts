import { type ContractStep, contractStep } from '../../workflows';

/** What a contract step's timeline entry stored (the runtime keeps the event's data without its type, and its effects' types). */
export interface StoredStep {
  event: string;
  fromState: string | null;
  toState: string;
  details: Record<string, unknown>;
}

/** The step an entry records, for the words of each reader's timeline. */
export function storedContractStep(entry: StoredStep): ContractStep {
  const { event, effects } = entry.details ?? {};
  return contractStep({ ...(typeof event === 'object' ? event : {}), type: entry.event }, entry.fromState, entry.toState, Array.isArray(effects) ? effects : []);
}
