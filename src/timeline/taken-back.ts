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

/**
 * dropmore: the drops (of `entries`, one estate's in writing order) undone since: a drop is undone only while it is its contract's newest
 * step, so the undone one is its contract's drop step right before each `DROP_UNDONE`. Their lines read marked, not as standing.
 */
export function undoneDropIds(entries: readonly { id: string; event: string; contractId: string }[]): Set<string> {
  const before = new Map<string, string>();
  const undone = new Set<string>();
  for (const e of entries.filter((e) => DROP_EVENTS.includes(e.event))) {
    if (e.event === 'DROP_UNDONE' && before.has(e.contractId)) undone.add(before.get(e.contractId)!);
    before.set(e.contractId, e.id);
  }
  return undone;
}
