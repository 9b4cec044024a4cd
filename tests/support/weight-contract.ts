/**
 * The page-weight contract of issue 15, read from a built site: what the build tests check on the
 * real site and on a generated corpus. Pages that list claims or sources are paginated
 * (src/utils/paginate.ts); the home page and the embed carry a static summary of the chart, its data
 * in /js/chart-data.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { pageAssets, type PageAsset } from '../../bench/lib/page-assets.ts';
import { listFiles } from '../../scripts/service-worker.ts';
import { DATA_GLOBAL, DATA_SCRIPT, type ChartData } from '../../src/charts/types.ts';

/** The caps, gzip bytes (1 KB = 1,024 bytes). */
export const CAPS = { firstRender: 14 * 1024, homeTotal: 60 * 1024, anyPage: 100 * 1024 };

const ORIGIN = 'http://dist.invalid/';

/** A built page, parsed, or null when there is none. */
export function readPage(dist: string, page: string): HTMLElement | null {
  const file = join(dist, page);
  return existsSync(file) ? parse(readFileSync(file, 'utf8')) : null;
}

/** The chart's data file of a build. */
export function chartData(dist: string): ChartData {
  const text = readFileSync(join(dist, DATA_SCRIPT), 'utf8');
  return JSON.parse(text.slice(`self.${DATA_GLOBAL}=`.length, text.lastIndexOf(';'))) as ChartData;
}

/** One page of a listing: its path in dist/, what it links as prev and next, and the document. */
export interface ListingPage {
  page: string;
  prev: string | null;
  next: string | null;
  doc: HTMLElement;
}

/** A link on `page`, as a path in dist/ (relative links resolved, `…/` made `…/index.html`). */
export function distPath(page: string, link: string): string {
  const path = decodeURIComponent(new URL(link, new URL(page, ORIGIN)).pathname.slice(1));
  return path.endsWith('/') || path === '' ? `${path}index.html` : path;
}

/**
 * Every page of the listing whose first page is `first` (`claims/index.html`), followed by its
 * rel=next links; throws on a loop.
 */
export function listingPages(dist: string, first: string): ListingPage[] {
  const pages: ListingPage[] = [];
  for (let page: string | null = first; page !== null;) {
    if (pages.some((p) => p.page === page)) throw new Error(`${page}: rel=next loops`);
    const doc = readPage(dist, page);
    if (!doc) throw new Error(`${page} is linked as a next page but is not built`);
    const rel = (name: string) => {
      const a = doc.querySelector(`.pager a[rel="${name}"]`)?.getAttribute('href');
      return a ? distPath(page!, a) : null;
    };
    pages.push({ page, prev: rel('prev'), next: rel('next'), doc });
    page = rel('next');
  }
  return pages;
}

/** The claim ids a page lists in its claims tables (`<tr id="row-…">`). */
export function rowIds(doc: HTMLElement): string[] {
  return doc.querySelectorAll('table.cards tbody tr[id^="row-"]').map((tr) => tr.id.slice('row-'.length));
}

/** The claim ids a page's static chart marks. */
export function staticMarks(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll('.chart-static a.mark')
    .map((a) => /claims\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? '');
}

/**
 * A page's gzip bytes: its HTML; its first render (the HTML and the stylesheets in <head>, as
 * bench/page-weight.ts counts it); and its total, everything it loads when it opens but the service
 * worker (sw.js, whose precache list is the whole site's: scripts/service-worker.ts) and what a
 * script fetches later (the chart's data file).
 */
export interface GzipWeight {
  page: string;
  html: number;
  firstRender: number;
  total: number;
}

/**
 * Every HTML page of a build weighed in gzip (level 6, each file on its own), each asset compressed
 * once: fast enough for thousands of pages.
 *
 * @example weighGzip('dist').find((w) => w.page === 'index.html')!.firstRender // 13933
 */
export function weighGzip(dist: string): GzipWeight[] {
  const sizes = new Map<string, number>();
  const gz = (path: string) => {
    let n = sizes.get(path);
    if (n === undefined) sizes.set(path, (n = gzipSync(readFileSync(join(dist, path)), { level: 6 }).length));
    return n;
  };
  return listFiles(dist)
    .filter((p) => p.endsWith('.html'))
    .map((page) => {
      const text = readFileSync(join(dist, page), 'utf8');
      const assets = pageAssets(text, page);
      const html = gzipSync(text, { level: 6 }).length;
      const sum = (list: PageAsset[]) => list.reduce((n, a) => n + gz(a.path), html);
      return { page, html, firstRender: sum(assets.filter((a) => a.blocking)), total: sum(assets) };
    });
}
