import type { StaffPrincipal } from '../auth/principal';

/** A handover can be taken back for a day: long enough to notice a wrong pick, short enough that the new owner's work is not undone. */
export const UNDO_WINDOW_MS = 24 * 3_600_000;

export interface HandoverFacts {
  fromUserId: string;
  handedOverAt: Date;
  undoneAt: Date | null;
}

export const undoableUntil = (h: Pick<HandoverFacts, 'handedOverAt'>): Date => new Date(h.handedOverAt.getTime() + UNDO_WINDOW_MS);

/** Only the one who handed the estate over, or an administrator, may take it back; to anyone else it is not theirs to see. */
export function mayUndo(principal: StaffPrincipal, h: HandoverFacts): boolean {
  return principal.role === 'admin' || principal.userId === h.fromUserId;
}

export type UndoRefusal = 'alreadyUndone' | 'handedOnSince' | 'undoWindowPassed';

/**
 * Why an undo is refused now (a 409), or null. `isLatest`: the estate was not handed on since, so
 * taking this one back would not skip over a later owner.
 */
export function undoRefusal(h: HandoverFacts, now: Date, isLatest: boolean): UndoRefusal | null {
  if (h.undoneAt) return 'alreadyUndone';
  if (!isLatest) return 'handedOnSince';
  if (now.getTime() >= undoableUntil(h).getTime()) return 'undoWindowPassed';
  return null;
}
