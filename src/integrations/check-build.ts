/**
 * Does the built site agree with its data? Reads `dist/` after the build: every claim in
 * /data/claims.json has a page showing the same reporter, measure and figures, one ClaimReview that
 * reviews its quote, an anchor in its source page and a row in the claims table; no claim page lacks
 * a record; /data/claims.csv holds the same records; every source in content/sources/ has a page
 * unless the ingest said why not. Returns the disagreements, one line each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { toCsv } from '../utils/csv.ts';
import { memo } from '../utils/group-by.ts';
import { CSV_HEADER, csvRow, type PublicClaim } from '../utils/records.ts';
import type { Report } from '../../scripts/lib/outputs.ts';
import { sourceFormat } from '../../scripts/lib/read-source.ts';

/** The HTML of the page at `path`, or null when there is none. */
function html(dir: string, path: string): string | null {
  const file = join(dir, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * A claim page up to its article's start tag, parsed: the head (canonical link, JSON-LD) and the
 * attributes the check compares, a third of the page and a fifth of the parsing time (the text after
 * it is the build tests' to check). The tag is closed: node-html-parser drops an element left open.
 */
function claimPage(page: string): HTMLElement {
  const article = page.indexOf('<article');
  return parse(article < 0 ? page : `${page.slice(0, page.indexOf('>', article) + 1)}</article>`);
}

/**
 * Every element id on a page, or null when there is no page. Read from the text rather than a parsed
 * tree, which for the claims table of a large build takes hundreds of megabytes: Astro writes every
 * attribute in double quotes and escapes quotes in text, so ` id="…"` is always an id attribute.
 */
function idsOf(page: string | null): Set<string> | null {
  return page === null ? null : new Set(Array.from(page.matchAll(/\sid="([^"]*)"/g), (m) => m[1]!));
}

/**
 * Every element id on every page of a paginated listing (`claims/`, `claims/page/2/`, …), or null
 * when its first page is missing.
 *
 * @example listingIds('dist', 'claims')?.has('row-c-1') // true
 */
function listingIds(dir: string, listing: string): Set<string> | null {
  const ids = idsOf(html(dir, listing));
  for (let n = 2; ids && existsSync(join(dir, listing, 'page', String(n))); n++) {
    for (const id of idsOf(html(dir, `${listing}/page/${n}`)) ?? []) ids.add(id);
  }
  return ids;
}

/**
 * Sources without a page: every source file (`content/sources/*.txt`, `*.html`) of the project at `root` has a page in
 * the build at `dir`, unless the ingest reported an error naming it (src/data/ingest-report.json):
 * a source is never lost silently.
 *
 * @example checkSources('.', 'dist') // ['content/sources/a.txt has no page (sources/a/) and no ingest error names it']
 */
export function checkSources(root: string, dir: string): string[] {
  const reportFile = join(root, 'src', 'data', 'ingest-report.json');
  if (!existsSync(reportFile)) return ['src/data/ingest-report.json was not written'];
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Pick<Report, 'sources' | 'errors'>;
  const built = new Map(report.sources.map((s) => [s.file, s.slug]));
  const sourcesDir = join(root, 'content', 'sources');
  const names = existsSync(sourcesDir)
    ? readdirSync(sourcesDir)
        .filter((f) => sourceFormat(f) !== null)
        .sort()
    : [];
  const problems: string[] = [];
  for (const name of names) {
    const file = `content/sources/${name}`;
    const slug = built.get(file);
    if (slug !== undefined && existsSync(join(dir, 'sources', slug, 'index.html'))) continue;
    if (slug === undefined && report.errors.some((e) => e.startsWith(`${file}:`))) continue;
    problems.push(`${file} has no page${slug === undefined ? '' : ` (sources/${slug}/)`} and no ingest error names it`);
  }
  return problems;
}

/** The problems in the build at `dir`; empty when data and pages agree. */
export function checkBuild(dir: string): string[] {
  const problems: string[] = [];
  const jsonFile = join(dir, 'data', 'claims.json');
  if (!existsSync(jsonFile)) return ['data/claims.json was not built'];
  const claims = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { claims: PublicClaim[] }).claims;
  // The claims index (every page of it: src/utils/paginate.ts) and each source page are read once
  // and only their ids kept.
  const rows = listingIds(dir, 'claims');
  const anchors = memo((slug: string) => idsOf(html(dir, `sources/${slug}`)));
  for (const c of claims) {
    const page = html(dir, `claims/${c.id}`);
    if (page === null) {
      problems.push(`claim ${c.id} is in data/claims.json but has no page claims/${c.id}/`);
      continue;
    }
    const doc = claimPage(page);
    const article = doc.querySelector('article[data-claim-id]');
    const shown = {
      id: article?.getAttribute('data-claim-id'),
      source: article?.getAttribute('data-source'),
      measure: article?.getAttribute('data-measure') || null,
      low: article?.getAttribute('data-low') || null,
      high: article?.getAttribute('data-high') || null,
      reporter: article?.getAttribute('data-reporter') || null,
    };
    const data = {
      id: c.id,
      source: c.source,
      measure: c.measure,
      low: c.low === null ? null : String(c.low),
      high: c.high === null ? null : String(c.high),
      reporter: c.reporter?.id ?? null,
    };
    for (const key of Object.keys(data) as (keyof typeof data)[]) {
      if (shown[key] !== data[key]) {
        problems.push(`claims/${c.id}/ shows ${key} ${shown[key]} but data/claims.json has ${data[key]}`);
      }
    }
    const reviews = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>)
      .filter((j) => j['@type'] === 'ClaimReview');
    if (reviews.length !== 1) problems.push(`claims/${c.id}/ has ${reviews.length} ClaimReview blocks, not 1`);
    else if (reviews[0]!['claimReviewed'] !== c.quote) problems.push(`claims/${c.id}/ reviews a different quote`);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical !== c.url) problems.push(`claims/${c.id}/ has canonical ${canonical}, data has url ${c.url}`);
    if (!anchors(c.source)?.has(c.id)) problems.push(`claim ${c.id} has no anchor in sources/${c.source}/`);
    if (!rows?.has(`row-${c.id}`)) problems.push(`claim ${c.id} has no row in any page of claims/`);
  }
  const known = new Set(claims.map((c) => c.id));
  const built = existsSync(join(dir, 'claims')) ? readdirSync(join(dir, 'claims'), { withFileTypes: true }) : [];
  for (const d of built) {
    // claims/page/ holds the index's later pages (src/utils/paginate.ts); claim ids start with `c-`.
    if (!d.isDirectory() || known.has(d.name) || d.name === 'page') continue;
    // A withdrawn claim keeps its address with a notice, a moved one forwards; neither has a record.
    const page = html(dir, `claims/${d.name}`);
    const kept = page === null ? null : parse(page);
    if (kept?.querySelector(`[data-withdrawn="${d.name}"]`)) continue;
    const to = kept?.querySelector(`[data-moved-to]`)?.getAttribute('data-moved-to');
    if (to && known.has(to)) continue;
    problems.push(`claims/${d.name}/ has no record in data/claims.json`);
  }
  const csv = join(dir, 'data', 'claims.csv');
  if (!existsSync(csv) || readFileSync(csv, 'utf8') !== toCsv(CSV_HEADER, claims.map(csvRow))) {
    problems.push('data/claims.csv does not hold the records of data/claims.json');
  }
  return problems;
}
