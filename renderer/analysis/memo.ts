/**
 * `compute` memoised on its string argument. The checks run on every edit over the same words
 * and names; the cache is emptied once it passes `limit` entries, so a long session cannot grow
 * it without end.
 */
export function memoize<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size > limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
