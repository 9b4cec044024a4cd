/** How many other estimates a claim page lists in each group; the rest are counted, not listed. */
export const SHORTLIST_SIZE = 10;

/** The items a page lists, and how many it leaves out. */
export interface Shortlist<T> {
  shown: T[];
  more: number;
}

/**
 * The first `limit` items in an order (the given order when none), and how many more there are. A
 * claim page lists its closest comparisons rather than all of them: listing every other estimate of
 * a measure on every claim page grows a site as the square of its claims.
 *
 * @example shortlist([30, 10, 20], 2, (a, b) => a - b) // { shown: [10, 20], more: 1 }
 */
export function shortlist<T>(items: readonly T[], limit: number, order?: (a: T, b: T) => number): Shortlist<T> {
  const sorted = order ? [...items].sort(order) : items;
  return { shown: sorted.slice(0, limit), more: Math.max(0, items.length - limit) };
}
