/**
 * Where the chart links to. Root-absolute on purpose: one place to rewrite them when the site
 * moves under a base path or is opened from file://.
 */

/** A claim's page. @example claimHref('c-10000-plus-3fa2c1d9e0') // '/claims/c-10000-plus-3fa2c1d9e0/' */
export function claimHref(id: string): string {
  return `/claims/${id}/`;
}

/** A source's page. @example sourceHref('nk-troops') // '/sources/nk-troops/' */
export function sourceHref(slug: string): string {
  return `/sources/${slug}/`;
}
