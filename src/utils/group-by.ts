/**
 * Items grouped by a key, each group in the items' order.
 *
 * @example groupBy(['apple', 'avocado', 'beet'], (s) => s[0]).get('a') // ['apple', 'avocado']
 */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * A one-argument function that computes each result once per key.
 *
 * @example const slow = memo((n: number) => n * 2); slow(2); slow(2) // computed once
 */
export function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}
