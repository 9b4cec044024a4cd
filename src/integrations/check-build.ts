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
import { CSV_HEADER, csvRow, type PublicClaim } from '../utils/records.ts';

const pages = new Map<string, HTMLElement>();

function page(dir: string, path: string): HTMLElement | null {
  const file = join(dir, path, 'index.html');
  if (!pages.has(file)) {
    if (!existsSync(file)) return null;
    pages.set(file, parse(readFileSync(file, 'utf8')));
  }
  return pages.get(file)!;
}

/** The problems in the build at `dir`; empty when data and pages agree. */
export function checkBuild(dir: string): string[] {
  pages.clear();
  const problems: string[] = [];
  const jsonFile = join(dir, 'data', 'claims.json');
  if (!existsSync(jsonFile)) return ['data/claims.json was not built'];
  const claims = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { claims: PublicClaim[] }).claims;
  const index = page(dir, 'claims');
  for (const c of claims) {
    const doc = page(dir, `claims/${c.id}`);
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
    const source = page(dir, `sources/${c.source}`);
    if (!source?.getElementById(c.id)) problems.push(`claim ${c.id} has no anchor in sources/${c.source}/`);
    if (!index?.getElementById(`row-${c.id}`)) problems.push(`claim ${c.id} has no row in claims/`);
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
