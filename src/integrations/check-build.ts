/**
 * Does the built site agree with its data? Reads `dist/` after the build: every claim in
 * /data/claims.json has a page showing the same reporter, measure and figures, one ClaimReview that
 * reviews its quote, an anchor in its source page and a row in the claims table; no claim page lacks
 * a record; /data/claims.csv holds the same records. Returns the disagreements, one line each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { toCsv } from '../utils/csv.ts';
import { memo } from '../utils/group-by.ts';
import { CSV_HEADER, csvRow, type PublicClaim } from '../utils/records.ts';

/** The page at `path` (its HTML passed through `part` when given), parsed; null when there is none. */
function page(dir: string, path: string, part?: (html: string) => string): HTMLElement | null {
  const file = join(dir, path, 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  return parse(part ? part(html) : html);
}

/**
 * A claim page up to its article's start tag: the head (canonical link, JSON-LD) and the attributes
 * the check compares, a third of the page and a fifth of the parsing time (the text after it is the
 * build tests' to check). The tag is closed because node-html-parser drops an element left open.
 */
function headAndArticleTag(html: string): string {
  const article = html.indexOf('<article');
  return article < 0 ? html : `${html.slice(0, html.indexOf('>', article) + 1)}</article>`;
}

/** Every element id on a page, or null when there is no page. */
function idsOf(doc: HTMLElement | null): Set<string> | null {
  return doc && new Set(doc.querySelectorAll('[id]').map((e) => e.id));
}

/** The problems in the build at `dir`; empty when data and pages agree. */
export function checkBuild(dir: string): string[] {
  const problems: string[] = [];
  const jsonFile = join(dir, 'data', 'claims.json');
  if (!existsSync(jsonFile)) return ['data/claims.json was not built'];
  const claims = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { claims: PublicClaim[] }).claims;
  // The claims table and each source page are parsed once and only their ids kept, not whole documents.
  const rows = idsOf(page(dir, 'claims'));
  const anchors = memo((slug: string) => idsOf(page(dir, `sources/${slug}`)));
  for (const c of claims) {
    const doc = page(dir, `claims/${c.id}`, headAndArticleTag);
    if (!doc) {
      problems.push(`claim ${c.id} is in data/claims.json but has no page claims/${c.id}/`);
      continue;
    }
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
    if (!rows?.has(`row-${c.id}`)) problems.push(`claim ${c.id} has no row in claims/`);
  }
  const known = new Set(claims.map((c) => c.id));
  const built = existsSync(join(dir, 'claims')) ? readdirSync(join(dir, 'claims'), { withFileTypes: true }) : [];
  for (const d of built) {
    if (!d.isDirectory() || known.has(d.name)) continue;
    // A withdrawn claim keeps its address with a notice, a moved one forwards; neither has a record.
    const kept = page(dir, `claims/${d.name}`);
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
