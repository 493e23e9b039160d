/**
 * The answer remembered under `key`, worked out by `work` the first time. Bounded: at `limit` answers
 * the memo starts afresh, which costs less than tracking use and suits keys that are few and recur
 * (days, dates, a letter's lines).
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, limit: number, work: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= limit) memo.clear();
    value = work();
    memo.set(key, value);
  }
  return value;
}
