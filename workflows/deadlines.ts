/** How long the one we wait on has in a state; declared in state `meta` and computed by the runtime. */
export type DeadlinePolicy =
  | { basis: 'providerSla' }
  | { basis: 'fixed'; businessDays: number }
  | { basis: 'retention'; years?: number };

/** What every waiting state declares in its `meta`. */
export interface StateMeta {
  deadline?: DeadlinePolicy;
  waitingOn: 'provider' | 'owner' | 'nobody';
}
