/** v14: the owner's step that took back a confirmation she recorded by mistake: the confirmations before it no longer stand. */
export const TAKEN_BACK = 'TAKE_BACK_CONFIRMATION';
/** The confirmations a take-back can concern, as the timeline records them. */
export const CONFIRMED_EVENTS = ['COMPLETE', 'COMPLETION_CORRECTED'];

/**
 * The confirmations (of `entries`, one estate's in writing order) a later take-back of their contract took back: every reader who is
 * shown such a line reads it marked, not as standing (the dossier, the family's timeline).
 */
export function takenBackIds(entries: readonly { id: string; event: string; contractId: string }[]): Set<string> {
  const lastTakeBack = new Map<string, number>();
  entries.forEach((e, i) => e.event === TAKEN_BACK && lastTakeBack.set(e.contractId, i));
  return new Set(entries.filter((e, i) => CONFIRMED_EVENTS.includes(e.event) && (lastTakeBack.get(e.contractId) ?? -1) > i).map((e) => e.id));
}

/** dropcorr: the steps a drop of a bill is recorded by (she recorded it, or the desk), and its undo (v23). */
export const DROP_EVENTS = ['DISPUTE_RESOLVED', 'INVOICE_WITHDRAWN', 'DROP_UNDONE'];

/** claimundo2: the steps a whole claim's drop is recorded by (our stop answered with `claimDropped`) and its undo (v27). */
export const CLAIM_DROP_EVENTS = ['COLLECTION_STOPPED', 'CLAIM_DROP_UNDONE'];

/**
 * deskundo, claimundo2: whether an agency's end letter (`collection_ended`) that a drop made go (`why`) was undone since, by the newest
 * of its contract's steps that record such a drop or undo it (`latest`): a bill's (`DROP_EVENTS`) by `DROP_UNDONE`, a whole claim's
 * (`CLAIM_DROP_EVENTS`) by `CLAIM_DROP_UNDONE`. A drop recorded again after the undo is newer: its letter stands.
 */
export function endLetterUndone(why: unknown, latest: string | undefined): boolean {
  if (why === 'billWithdrawn') return latest === 'DROP_UNDONE';
  return why === 'claimDropped' && latest === 'CLAIM_DROP_UNDONE';
}

/** The steps whose newest says whether an end letter that a drop (`why`) made go was undone since (`endLetterUndone`); none for another end. */
export const endLetterUndoEvents = (why: unknown): string[] => (why === 'billWithdrawn' ? DROP_EVENTS : why === 'claimDropped' ? CLAIM_DROP_EVENTS : []);

/**
 * dropmore: the drops (of `entries`, one estate's in writing order) undone since: a drop is undone only while it is its contract's newest
 * step, so the undone one is its contract's drop step right before each `DROP_UNDONE`. Their lines read marked, not as standing.
 * repaywithdraw: a whole claim's drop (`CLAIM_DROP_EVENTS`) alike: the undone one is its contract's stop right before `CLAIM_DROP_UNDONE`
 * (its bills' withdrawals in between are said by the stop's own line).
 */
export function undoneDropIds(entries: readonly { id: string; event: string; contractId: string }[]): Set<string> {
  const undone = new Set<string>();
  for (const [steps, undo] of [[DROP_EVENTS, 'DROP_UNDONE'], [CLAIM_DROP_EVENTS, 'CLAIM_DROP_UNDONE']] as const) {
    const before = new Map<string, string>();
    for (const e of entries.filter((e) => steps.includes(e.event))) {
      if (e.event === undo && before.has(e.contractId)) undone.add(before.get(e.contractId)!);
      before.set(e.contractId, e.id);
    }
  }
  return undone;
}
