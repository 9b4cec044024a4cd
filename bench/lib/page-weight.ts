import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/service-worker.ts';
import { inlineData, pageAssets, type AssetKind } from './page-assets.ts';
import { NO_BYTES, sizesOf, sumSizes, type Sizes } from './sizes.ts';

/**
 * The script that registers the service worker, and the worker it fetches: a page that loads the
 * one loads the other too (the worker's later precache of the whole site is not counted).
 */
const SERVICE_WORKER = { registration: 'js/offline.js', worker: 'sw.js' };

/** The page types: a name and which pages of dist/ are of it. */
export const PAGE_TYPES = [
  { type: 'home', pages: /^index\.html$/ },
  { type: 'source', pages: /^sources\/[^/]+\/index\.html$/ },
  { type: 'claim', pages: /^claims\/[^/]+\/index\.html$/ },
  { type: 'claims index', pages: /^claims\/index\.html$/ },
  { type: 'reporter', pages: /^reporters\/[^/]+\/index\.html$/ },
] as const;

/** One of the page types. */
export type PageType = (typeof PAGE_TYPES)[number]['type'];

/** What one built page weighs when it opens. */
export interface PageWeight {
  page: string;
  /** The HTML file, inline data included. */
  html: Sizes;
  /** The inline JSON blocks alone, compressed on their own (part of `html`). */
  data: Sizes;
  css: Sizes;
  js: Sizes;
  /** The tab icon and the web app manifest. */
  other: Sizes;
  /** The HTML and the stylesheets in <head>: what must arrive before anything shows. */
  firstRender: Sizes;
  total: Sizes;
  /** The scripts it loads, each with its sizes. */
  scripts: { path: string; sizes: Sizes }[];
}

/**
 * Weigh one page of a built site in `dist`: its HTML and every file it loads when it opens
 * (bench/lib/page-assets.ts), each compressed on its own as a server would send it.
 *
 * @example weighPage('dist', 'index.html').firstRender.gzip // 13933
 */
export function weighPage(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = pageAssets(html, page);
  if (assets.some((a) => a.path === SERVICE_WORKER.registration)) {
    assets.push({ path: SERVICE_WORKER.worker, kind: 'js', blocking: false });
  }
  const sized = assets.map((a) => ({ ...a, sizes: sizesOf(readFileSync(join(dist, a.path))) }));
  const of = (...kinds: AssetKind[]) => sumSizes(sized.filter((a) => kinds.includes(a.kind)).map((a) => a.sizes));
  const htmlSizes = sizesOf(html);
  const data = inlineData(html);
  return {
    page,
    html: htmlSizes,
    data: data.length ? sizesOf(data.join('')) : NO_BYTES,
    css: of('css'),
    js: of('js'),
    other: of('icon', 'manifest', 'image'),
    firstRender: sumSizes([htmlSizes, ...sized.filter((a) => a.blocking).map((a) => a.sizes)]),
    total: sumSizes([htmlSizes, ...sized.map((a) => a.sizes)]),
    scripts: sized.filter((a) => a.kind === 'js').map(({ path, sizes }) => ({ path, sizes })),
  };
}

/**
 * Weigh every page of the built site in `dist`: all of them, and those of each page type lightest
 * first (by total gzip bytes) with its median page.
 *
 * @example weighSite('dist').types.get('claim')!.median.page // 'claims/c-500-9991820e8e/index.html'
 */
export function weighSite(dist: string) {
  const all = listFiles(dist)
    .filter((p) => p.endsWith('.html'))
    .map((page) => weighPage(dist, page));
  const types = new Map(
    PAGE_TYPES.map(({ type, pages }) => {
      const ofType = all.filter((w) => pages.test(w.page)).sort((a, b) => a.total.gzip - b.total.gzip);
      if (!ofType.length) throw new Error(`no ${type} page in ${dist}`);
      return [type, { pages: ofType, median: ofType[Math.floor((ofType.length - 1) / 2)]! }];
    }),
  );
  return { all, types };
}
