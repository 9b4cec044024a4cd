/**
 * Where the chart links to. At build time links are root-absolute (the relative-links integration
 * rewrites them for file://); in the browser, marks are drawn with the page's `data-root`, which
 * that integration has made relative, so the same links work online and from disk.
 */
import { fromRoot } from '../utils/url.ts';

/**
 * A claim's page, from the site root.
 *
 * @example claimHref('c-1') // '/claims/c-1/'
 * @example claimHref('c-1', '../../') // '../../claims/c-1/index.html'
 */
export function claimHref(id: string, root = '/'): string {
  return fromRoot(`claims/${id}/`, root);
}

/** The claim id a mark links to: the inverse of `claimHref`. @example claimIdOf('../claims/c-3-e8e0c7a647/index.html') // 'c-3-e8e0c7a647' */
export function claimIdOf(href: string): string {
  return /claims\/([^/]+)\//.exec(href)?.[1] ?? '';
}
