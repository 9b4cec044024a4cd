/**
 * Tests over the built site (`npm run build` first; `npm test` does): parse every page of dist/ and
 * check what journalists and machines rely on.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuild } from '../../src/integrations/check-build.ts';
import { parse as parseYaml } from 'yaml';
import { CLI_CLAIM_FIELDS, type Claim } from '../../src/schemas/claim.ts';
import type { Source } from '../../src/schemas/source.ts';
import { VERDICTS } from '../../src/schemas/review.ts';
import { CONSISTENCY_LABELS } from '../../src/utils/consistency.ts';
import { verdictLabel } from '../../src/utils/labels.ts';
import { CSV_HEADER, EXTRA_FIELDS } from '../../src/utils/records.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const generated = JSON.parse(readFileSync('src/data/claims.json', 'utf8')) as { claims: Claim[] };
const pages = new Map<string, HTMLElement>();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}
const page = (path: string) => pages.get(join(DIST, path, 'index.html'));
/** A generated source's frontmatter (src/content/sources/<slug>.mdx). */
const sourceOf = (slug: string) =>
  parseYaml(readFileSync(join('src', 'content', 'sources', `${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as Source;
const sourceDate = (slug: string) => sourceOf(slug).publishedOn;
/** Each editorial review's date, by claim id. */
const reviews = new Map(
  readdirSync(join('content', 'reviews')).map((f) => [
    f.replace(/\.md$/, ''),
    String(
      (parseYaml(readFileSync(join('content', 'reviews', f), 'utf8').split(/^---$/m)[1]!) as { reviewedOn: string })
        .reviewedOn,
    ),
  ]),
);
const jsonLd = (doc: HTMLElement) =>
  doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  for (const file of htmlFiles(DIST)) pages.set(file, parse(readFileSync(file, 'utf8')));
});

describe('every claim', () => {
  it('has a page and an anchor on its sentence in its source page', () => {
    expect(generated.claims.length).toBeGreaterThan(0);
    for (const c of generated.claims) {
      const doc = page(`claims/${c.id}`);
      expect(doc, `claims/${c.id}/`).toBeDefined();
      expect(doc!.querySelector('blockquote mark')?.textContent).toBe(c.quote);
      const anchor = page(`sources/${c.source}`)?.getElementById(c.id);
      expect(anchor?.tagName, `#${c.id} in sources/${c.source}/`).toBe('MARK');
      expect(anchor!.textContent.replace(/\s+/g, ' ')).toContain(c.quote.replace(/\s+/g, ' ').slice(0, 40));
    }
  });

  it('is published in /data/claims.json with the CLI fields, its source, dates, label, review and permalink', () => {
    const published = JSON.parse(readFileSync(join(DIST, 'data', 'claims.json'), 'utf8')).claims;
    expect(published.map((c: { id: string }) => c.id).sort()).toEqual(generated.claims.map((c) => c.id).sort());
    expect(Object.keys(published[0])).toEqual([...CLI_CLAIM_FIELDS, ...EXTRA_FIELDS]);
    for (const c of published) {
      const source = sourceOf(c.source);
      expect([c.outlet, c.publishedOn]).toEqual([source.outlet, source.publishedOn]);
      const by = c.statedOn ? 'statement' : source.publishedOn ? 'publication' : null;
      expect([c.comparedOn, c.comparedBy]).toEqual([c.statedOn ?? source.publishedOn, by]);
      expect(CONSISTENCY_LABELS).toContain(c.label);
      const reviewed = reviews.has(c.id);
      expect(c.verdict === null).toBe(!reviewed);
      expect(c.status).toBe(reviewed || c.corrected ? 'reviewed' : 'machine');
    }
    const csv = readFileSync(join(DIST, 'data', 'claims.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(generated.claims.length + 1);
    expect(csv[0]!.split(',')).toEqual(CSV_HEADER);
  });
});

describe('claim pages', () => {
  it('carry one ClaimReview with the fields search engines and fact-check tools read', () => {
    const labels = new Set<string>([...CONSISTENCY_LABELS, ...VERDICTS.map(verdictLabel)]);
    for (const c of generated.claims) {
      const doc = page(`claims/${c.id}`)!;
      const blocks = jsonLd(doc);
      expect(blocks).toHaveLength(1);
      const review = blocks[0];
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(c.quote);
      expect(review.url).toBe(doc.querySelector('link[rel=canonical]')?.getAttribute('href'));
      // A review's date when an editor reviewed or corrected it; a machine label has none.
      const reviewedOn = reviews.get(c.id) ?? null;
      expect(review.datePublished ?? null).toBe(reviewedOn);
      expect(review.itemReviewed.datePublished ?? null).toBe(c.statedOn ?? sourceDate(c.source));
      expect(review.author.name).toBeTruthy();
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.author.name).toBeTruthy();
      expect(review.itemReviewed.appearance.length).toBeGreaterThan(0);
      expect(review.itemReviewed.firstAppearance.url).toMatch(/^https?:\/\/.+#c-/);
      expect(labels).toContain(review.reviewRating.alternateName);
    }
  });

  it('give a Web Annotation whose selectors find the quote in the raw text', () => {
    for (const c of generated.claims) {
      const script = page(`claims/${c.id}`)!.querySelector('script#web-annotation')!;
      const annotation = JSON.parse(script.textContent);
      const [quote, position] = annotation.target.selector;
      const raw = [...readFileSync(join(DIST, 'sources', `${c.source}.txt`), 'utf8').replace(/^\uFEFF/, '')];
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: c.quote });
      expect(raw.slice(position.start, position.end).join('')).toBe(c.quote);
      expect(raw.slice(position.start - quote.prefix.length, position.start).join('')).toBe(quote.prefix);
    }
  });

  // (A review's verdict, and a reviewed claim's status: tests/build/claim-facts.test.ts, on sentences of our own.)
  it('mark machine-extracted claims as not yet reviewed', () => {
    const machine = generated.claims.find((c) => c.status === 'machine')!;
    expect(page(`claims/${machine.id}`)!.textContent).toContain('machine-extracted, not yet reviewed');
  });

  it('keep the address of a withdrawn claim, saying it was withdrawn', () => {
    const withdrawn = page('claims/c-1200000-aaf397fbe4')!;
    expect(generated.claims.some((c) => c.id === 'c-1200000-aaf397fbe4')).toBe(false);
    expect(withdrawn.querySelector('h1')?.textContent).toBe('This claim was withdrawn');
  });
});

describe('every page', () => {
  it('has lang and a title, and when indexed a description, canonical and social tags; no duplicate ids', () => {
    expect(pages.size).toBeGreaterThan(generated.claims.length);
    for (const [file, doc] of pages) {
      const name = relative(DIST, file);
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
      expect(doc.querySelector('html')?.getAttribute('lang'), name).toBe('en');
      expect(doc.querySelector('title')?.textContent, name).toBeTruthy();
      // Pages kept out of search (the 404 page, embeds) need no description, canonical or card.
      if (!meta('meta[name=robots]').includes('noindex')) {
        expect(meta('meta[name=description]'), name).toBeTruthy();
        expect(meta('meta[property="og:title"]'), name).toBeTruthy();
        expect(meta('meta[property="og:url"]'), name).toMatch(/^https?:\/\//);
        expect(meta('meta[name="twitter:card"]'), name).toBe('summary_large_image');
        expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), name).toMatch(/^https?:\/\/.+\/$/);
      }
      const ids = doc.querySelectorAll('[id]').map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        name,
      ).toEqual([]);
    }
  });

  it('loads nothing from another site and runs no inline or module script', () => {
    for (const [file, doc] of pages) {
      const name = relative(DIST, file);
      for (const el of doc.querySelectorAll('script, img, iframe, link[rel=stylesheet], link[rel=icon]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href');
        // Same site: root-absolute or relative, never a scheme or a protocol-relative address.
        if (url) expect(url, name).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/\/)/i);
      }
      for (const s of doc.querySelectorAll('script')) {
        const type = s.getAttribute('type');
        if (type === 'application/ld+json' || type === 'application/json') continue;
        expect(type, name).toBeUndefined();
        expect(s.getAttribute('src'), name).toMatch(/^(\/|(\.\.\/)*)js\/[a-z-]+\.js$/);
        expect(s.textContent.trim(), name).toBe('');
      }
      expect(doc.querySelectorAll('[onclick], [onload], [onerror], [oninput]'), name).toHaveLength(0);
    }
  });
});

describe('source files', () => {
  it('are served byte for byte after a UTF-8 byte-order mark, with the SHA-256 the page states', () => {
    for (const file of readdirSync('content/sources').filter((f) => f.endsWith('.txt'))) {
      const slug = file.slice(0, -4);
      const raw = readFileSync(join('content/sources', file));
      const served = readFileSync(join(DIST, 'sources', file));
      // A static host sends no charset: the mark is what makes a browser read the copy as UTF-8.
      expect([...served.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(served.subarray(raw[0] === 0xef ? 0 : 3).equals(raw)).toBe(true);
      const sha = createHash('sha256').update(raw).digest('hex');
      expect(page(`sources/${slug}`)!.querySelector('code')?.textContent).toBe(sha);
    }
  });
});

describe('the sitemap and the feed', () => {
  it('list every claim page and every source', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const c of generated.claims) expect(sitemap).toContain(`/claims/${c.id}/</loc>`);
    expect(sitemap).not.toContain('/404');
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    for (const f of readdirSync('content/sources').filter((f) => f.endsWith('.txt'))) {
      expect(feed).toContain(`/sources/${f.slice(0, -4)}/</link>`);
    }
  });
});

describe('the build check', () => {
  it('passes on this build and names each disagreement on a tampered copy', () => {
    expect(checkBuild(DIST)).toEqual([]);
    const copy = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      const [a, b] = generated.claims;
      const file = join(copy, 'claims', a!.id, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/data-reporter="[^"]*"/, 'data-reporter="nato"'));
      rmSync(join(copy, 'claims', b!.id), { recursive: true });
      const problems = checkBuild(copy);
      expect(problems).toContain(
        `claims/${a!.id}/ shows reporter nato but data/claims.json has ${a!.reporter?.id ?? null}`,
      );
      expect(problems).toContain(`claim ${b!.id} is in data/claims.json but has no page claims/${b!.id}/`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
