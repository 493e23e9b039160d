/**
 * Of a list of timeline entries (oldest first), those that still stand once each undo took back the latest entry it undoes (`doneKey`
 * and `undoKey` name what an entry did or undid, null for any other entry): when both are in the list, neither is news (it was never
 * true for the reader); an undo of something told before stays, as its correction. Other entries pass unchanged.
 */
export function withoutUndonePairs<E>(entries: E[], doneKey: (e: E) => string | null, undoKey: (e: E) => string | null): E[] {
  const taken = new Set<E>();
  const open = new Map<string, E[]>();
  for (const e of entries) {
    const done = doneKey(e);
    const undo = done === null ? undoKey(e) : null;
    const key = done ?? undo;
    if (key === null) continue;
    const made = open.get(key) ?? open.set(key, []).get(key)!;
    if (done !== null) made.push(e);
    else if (made.length) {
      taken.add(e);
      taken.add(made.pop()!);
    }
  }
  return entries.filter((e) => !taken.has(e));
}
