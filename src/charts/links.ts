/**
 * Where the chart links to. Root-absolute on purpose: one place to rewrite them when the site
 * moves under a base path or is opened from file://.
 */

/** A claim's page. @example claimHref('c-10000-plus-3fa2c1d9e0') // '/claims/c-10000-plus-3fa2c1d9e0/' */
export function claimHref(id: string): string {
  return `/claims/${id}/`;
}

/** The claim id a mark links to: the inverse of `claimHref`. @example claimIdOf('/claims/c-3-e8e0c7a647/') // 'c-3-e8e0c7a647' */
export function claimIdOf(href: string): string {
  return href.split('/').at(-2) ?? '';
}
