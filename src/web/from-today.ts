/**
 * A page reached from Today (`?from=today`) offers the way back to it; its forms post with the same query, and the page a post
 * returns to (or shows a refusal on) keeps it, so the way back stays offered until the owner takes it.
 */
export const fromToday = (from: unknown): boolean => from === 'today';

/** `path` (its query and anchor kept) as reached from Today, when it was. */
export function keepFromToday(path: string, cameFromToday: boolean | undefined): string {
  if (!cameFromToday) return path;
  const [address, anchor] = path.split('#');
  return `${address}${address.includes('?') ? '&' : '?'}from=today${anchor === undefined ? '' : `#${anchor}`}`;
}
