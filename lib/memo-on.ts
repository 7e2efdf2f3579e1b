const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute()` once per `owner` object and `key`: results live as long as the owner does. The dashboard's
 * whole-corpus papers array lives as long as its cached view, so repeat views reuse their analyses, while a
 * filtered subset (a new array each request) computes afresh and is then dropped.
 */
export function memoOn<T>(owner: object, key: string, compute: () => T): T {
  let results = memos.get(owner);
  if (!results) {
    results = new Map();
    memos.set(owner, results);
  }
  if (results.has(key)) return results.get(key) as T;
  const value = compute();
  results.set(key, value);
  return value;
}
