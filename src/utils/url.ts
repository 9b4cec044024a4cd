/**
 * Every internal link goes through this file, root-absolute, so one later change (relative links
 * for the site opened from file://) has one place to make.
 */

/**
 * A root-absolute path for an internal page or file.
 *
 * @example href('claims/') // '/claims/'
 */
export function href(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** The site's routes. @example routes.claim('c-1') // '/claims/c-1/' */
export const routes = {
  home: href('/'),
  claims: href('/claims/'),
  sources: href('/sources/'),
  reporters: href('/reporters/'),
  data: href('/data/'),
  about: href('/about/'),
  /** Reading offline: what is kept on this device, and the control that saves the whole site. */
  offline: href('/offline/'),
  search: href('/search/'),
  disputes: href('/disputes/'),
  /** Who confirmed and who denied one thing. @example routes.dispute('front') // '/disputes/#front' */
  dispute: (about: string) => href(`/disputes/#${about}`),
  corrections: href('/about/#corrections'),
  feed: href('/feed.xml'),
  claimsJson: href('/data/claims.json'),
  claimsCsv: href('/data/claims.csv'),
  /** The whole built site as a zip, written by `npm run bundle`. */
  bundle: href('/downloads/nk-troops-factcheck.zip'),
  claim: (id: string) => href(`/claims/${id}/`),
  claimCsl: (id: string) => href(`/claims/${id}.csl.json`),
  /** The claim's social card (`og:image`). @example routes.claimCard('c-1') // '/claims/c-1.png' */
  claimCard: (id: string) => href(`/claims/${id}.png`),
  /** The site's social card, for every page that is not a claim's. */
  siteCard: href('/social-card.png'),
  source: (slug: string) => href(`/sources/${slug}/`),
  sourceText: (slug: string) => href(`/sources/${slug}.txt`),
  /** A saved page's archived copy, sanitised. @example routes.sourceArchive('s') // '/sources/s.archive.html' */
  sourceArchive: (slug: string) => href(`/sources/${slug}.archive.html`),
  /** The claim's place in its source page. @example routes.inSource('s', 'c-1') // '/sources/s/#c-1' */
  inSource: (slug: string, id: string) => href(`/sources/${slug}/#${id}`),
  reporter: (id: string) => href(`/reporters/${id}/`),
  /** Page `n` of a listing (src/utils/paginate.ts): the first at the listing's address. @example routes.page('/claims/', 2) // '/claims/page/2/' */
  page: (listing: string, n: number) => (n === 1 ? listing : href(`${listing}page/${n}/`)),
};

/**
 * A link made in the browser to a path under the site root, given the page's `data-root` (which the
 * relative-links integration rewrites to the way back to the root): unchanged under the dev server's
 * `/`, else relative with folder links pointed at `index.html`, so it works from file:// too.
 *
 * @example fromRoot('claims/c-1/', '../') // '../claims/c-1/index.html'
 * @example fromRoot('sources/s/#c-1', './') // './sources/s/index.html#c-1'
 * @example fromRoot('claims/c-1/', '/') // '/claims/c-1/'
 */
export function fromRoot(path: string, root: string): string {
  if (root === '/') return `/${path}`;
  return root + path.replace(/\/(?=[?#]|$)/, '/index.html');
}

/**
 * An absolute URL for canonical links, Open Graph and citations.
 *
 * @example absoluteUrl('/claims/c-1/', 'https://example.org') // 'https://example.org/claims/c-1/'
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site`: canonical and citation URLs are absolute');
  return new URL(path, site).href;
}
