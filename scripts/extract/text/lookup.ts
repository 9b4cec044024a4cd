/**
 * A word table with no prototype, so a word such as "constructor" or "toString" finds nothing
 * rather than an inherited property of `Object`.
 *
 * @example lookup({ one: 1 })['constructor'] // undefined
 */
export function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
