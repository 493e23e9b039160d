import type { ContractState } from '../../workflows';

/** The states in which the request is to go out again: rejected and not yet amended, or amended and ready. */
const REQUEST_GOES_AGAIN: readonly ContractState[] = ['rejected', 'ready'];

/**
 * Whether a correction of a contract's facts goes to its provider in a letter of its own: once a
 * letter reached the provider (`hadLetter`), except while the request is to go out again. That
 * request is composed from the record as it then stands, so it carries the correction; a correction
 * of a request the provider refused, followed by the request itself, would be two letters for one fact.
 */
export function tellsCorrection(state: ContractState, hadLetter: boolean): boolean {
  return hadLetter && !REQUEST_GOES_AGAIN.includes(state);
}
