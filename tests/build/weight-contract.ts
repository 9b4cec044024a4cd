/**
 * The weight contract's build tests (issue 15), registered for one built site: the real one
 * (page-weight.test.ts) or a generated corpus (page-weight-scale.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MEASURE_GROUPS } from '../../src/schemas/vocabulary.ts';
import type { PublicClaim } from '../../src/utils/records.ts';
import { PAGE_SIZE } from '../../src/utils/paginate.ts';
import {
  CAPS,
  chartData,
  distPath,
  listingPages,
  readPage,
  rowIds,
  staticMarks,
  weighGzip,
  type GzipWeight,
} from '../support/weight-contract.ts';

/** Register the contract's tests for the build in `dist()` (a getter: the build may happen in a hook). */
export function weightContract(dist: () => string): void {
  const claims = () =>
    (JSON.parse(readFileSync(join(dist(), 'data', 'claims.json'), 'utf8')) as { claims: PublicClaim[] }).claims;

  let weights: GzipWeight[] | undefined;
  const weighed = () => (weights ??= weighGzip(dist()));

  it('every page’s first render is at most 14 KB gzip, and none over 100 KB', () => {
    for (const w of weighed()) {
      expect(w.firstRender, `${w.page} first render`).toBeLessThanOrEqual(CAPS.firstRender);
      // The search page loads the whole search index (src/search/), which grows with the corpus.
      if (w.page !== 'search/index.html') expect(w.total, `${w.page} in total`).toBeLessThanOrEqual(CAPS.anyPage);
    }
  });

  it('the home page and the embed weigh at most 60 KB gzip in total, and carry no chart data inline', () => {
    for (const page of ['index.html', 'embed/chart/index.html']) {
      const w = weighed().find((p) => p.page === page)!;
      expect(w.total, page).toBeLessThanOrEqual(CAPS.homeTotal);
      expect(readPage(dist(), page)!.querySelector('script.chart-data'), page).toBeNull();
    }
  });

  it('the static chart marks one troop estimate per reporter, the data file every estimate', () => {
    const data = chartData(dist());
    const troops = data.claims.filter((c) => (MEASURE_GROUPS.troops as readonly string[]).includes(c.measure));
    const reporters = new Set(troops.map((c) => c.reporter));
    const byId = new Map(troops.map((c) => [c.id, c]));
    for (const page of ['index.html', 'embed/chart/index.html']) {
      const marks = staticMarks(readPage(dist(), page)!);
      expect(marks.length, page).toBe(reporters.size);
      expect(new Set(marks.map((id) => byId.get(id)?.reporter)).size, page).toBe(reporters.size);
    }
    const estimates = claims().filter((c) => c.kind === 'estimate' && (c.low !== null || c.high !== null));
    expect(data.claims.length).toBeGreaterThan(0);
    expect(data.claims.length).toBeLessThanOrEqual(estimates.length);
  });

  it('the claims index is paginated, its pages link each other, and every claim is on exactly one', () => {
    const pages = listingPages(dist(), 'claims/index.html');
    expect(pages.length).toBe(Math.max(1, Math.ceil(claims().length / PAGE_SIZE)));
    pages.forEach((p, k) => {
      expect(p.prev, p.page).toBe(k === 0 ? null : pages[k - 1]!.page);
      expect(rowIds(p.doc).length, p.page).toBeLessThanOrEqual(PAGE_SIZE);
      const numbers = p.doc.querySelectorAll('.pager a').map((a) => distPath(p.page, a.getAttribute('href')!));
      if (pages.length > 1) expect(numbers, p.page).toContain(pages.at(-1)!.page);
    });
    const listed = pages.flatMap((p) => rowIds(p.doc));
    expect(listed.sort()).toEqual(
      claims()
        .map((c) => c.id)
        .sort(),
    );
  });

  it('each reporter’s pages list every claim of that reporter, and the sources index every source', () => {
    const byReporter = Map.groupBy(
      claims().filter((c) => c.reporter),
      (c) => c.reporter!.id,
    );
    for (const [id, own] of byReporter) {
      const pages = listingPages(dist(), `reporters/${id}/index.html`);
      const listed = new Set(pages.flatMap((p) => rowIds(p.doc)));
      for (const c of own) expect(listed.has(c.id), `${c.id} on reporters/${id}/`).toBe(true);
      for (const p of pages) expect(rowIds(p.doc).length).toBeLessThanOrEqual(PAGE_SIZE + 20);
    }
    const sources = new Set(claims().map((c) => c.source));
    const listed = listingPages(dist(), 'sources/index.html').flatMap((p) =>
      p.doc.querySelectorAll('ul.claim-list a').map((a) => distPath(p.page, a.getAttribute('href')!)),
    );
    for (const slug of sources) expect(listed, slug).toContain(`sources/${slug}/index.html`);
  });
}
