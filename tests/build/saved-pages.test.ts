/**
 * Saved web pages as sources, built into a site: each gets its source page, its extracted text at
 * `/sources/<slug>.txt` and its sanitised archive at `/sources/<slug>.archive.html`; a text and a
 * page with one slug, a page with no article and a linked page are errors naming their files, and
 * the rest of the site is built.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { buildTempSite, type TempSite } from '../support/temp-site.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'saved-pages');
const CASES = readdirSync(DIR).sort();
const fixture = (name: string) => readFileSync(join(DIR, name, 'input.html'));
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const CLAIM = 'The NIS said about 11,000 North Korean troops are in Russia.';

describe('saved pages in a built site', () => {
  let site: TempSite;
  const page = (path: string) => parse(readFileSync(join(site.dist, path), 'utf8'));
  beforeAll(async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'nk-outside-')), 'outside.html');
    writeFileSync(outside, fixture('minimal-title-time'));
    site = await buildTempSite(
      {
        ...Object.fromEntries(CASES.map((name) => [`${name}.html`, fixture(name)])),
        'plain.txt': `Plain headline\n\n${CLAIM}\n`,
        'clash.txt': `Clash headline\n\n${CLAIM}\n`,
        'clash.html': fixture('minimal-title-time'),
        'front-page.html': '<nav><a href="/">Home</a></nav><h1>Today</h1><p>Teasers.</p>',
        'linked.html': { link: outside },
      },
      // No corrections: the project's forward to a claim of its own sources, not in this corpus, would be an input error.
      { 'content/corrections.yaml': '' },
    );
  });

  it('builds every other source and exits 1, naming each file at fault (read errors first, then processing)', () => {
    expect(site.code, site.stderr).toBe(1);
    const errors = site.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toEqual([
      'error: content/sources/clash.html: its slug "clash" is also that of content/sources/clash.txt; rename all but one',
      'error: content/sources/clash.txt: its slug "clash" is also that of content/sources/clash.html; rename all but one',
      'error: content/sources/linked.html: a symbolic link, not a regular file (links are not followed)',
      'error: content/sources/front-page.html: no article text in the page (Readability found no paragraph of more than 80 characters); save the article page itself',
    ]);
    const built = readdirSync(join(site.dist, 'sources')).filter((f) => !f.includes('.'));
    expect(built.sort()).toEqual([...CASES, 'plain'].sort());
  });

  it('links each page’s source page to its archived copy and extracted text, with the saved file’s SHA-256', () => {
    for (const name of CASES) {
      const doc = page(`sources/${name}/index.html`);
      const saved = doc.querySelector('[data-saved-page]')!;
      expect(saved.querySelector('a')!.getAttribute('href')).toBe(`../${name}.archive.html`);
      expect(saved.querySelector('code')!.textContent).toBe(sha256(fixture(name)));
      const extracted = doc.querySelector('[data-extracted-text]')!;
      expect(extracted.querySelector('a')!.getAttribute('href')).toBe(`../${name}.txt`);
      const served = readFileSync(join(site.dist, 'sources', `${name}.txt`));
      expect([...served.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(extracted.querySelector('code')!.textContent).toBe(sha256(served.subarray(3)));
      expect(served.subarray(3).toString('utf8')).toBe(readFileSync(join(DIR, name, 'output.txt'), 'utf8'));
    }
    // A text source keeps its raw-text line as before.
    expect(page('sources/plain/index.html').querySelector('[data-saved-page]')).toBeNull();
  });

  it('shows where the page’s metadata came from', () => {
    const facts = page('sources/wire-json-ld/index.html').querySelector('dl.facts')!.textContent.replace(/\s+/g, ' ');
    expect(facts).toContain("Northbound Wire from the saved page's JSON-LD");
    expect(facts).toContain("Mara Ellison, Jun-ho Baek from the saved page's JSON-LD");
    expect(facts).toContain("4 Nov 2024 from the saved page's JSON-LD");
    const minimal = page('sources/minimal-title-time/index.html');
    expect(minimal.querySelector('main')!.textContent).toContain("Title from the saved page's <title>.");
    expect(minimal.querySelector('dl.facts')!.textContent).toContain("from the saved page's <time> element");
  });

  it('gives claims whose offsets index the served text', () => {
    const claims = (JSON.parse(readFileSync(join(site.dist, 'data', 'claims.json'), 'utf8')) as { claims: Claim[] })
      .claims;
    for (const name of CASES) {
      const text = readFileSync(join(site.dist, 'sources', `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
      const own = claims.filter((c) => c.source === name);
      expect(own.length, name).toBeGreaterThan(0);
      for (const c of own) expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('shows a hostile page’s words as text, and its archive runs and loads nothing', () => {
    const doc = page('sources/hostile-markup/index.html');
    const article = doc.querySelector('article')!;
    expect(article.textContent).toContain('{process.exit(1)}');
    expect(article.textContent).toContain('<Component /> stands in the article as plain words.');
    expect(article.textContent).toContain("import x from 'y'");
    expect(doc.querySelectorAll('article script, article img, component, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('dl.facts')!.textContent).toContain('<img src=x onerror=alert(1)>');
    const archive = readFileSync(join(site.dist, 'sources', 'hostile-markup.archive.html'), 'utf8');
    expect(archive).not.toMatch(
      /<script|<iframe|<object|<embed|<img|<base|http-equiv="refresh"|evil\.example|javascript:/i,
    );
    expect(archive).toContain('The NIS said the figure did not include the workers sent to Russian factories.');
    // Made relative like every page, so it works from disk too.
    expect(parse(archive).querySelector('.archive-note a')!.getAttribute('href')).toBe('hostile-markup/index.html');
  });

  it('keeps archives out of the sitemap: they are copies of others’ pages', () => {
    expect(readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('archive');
  });
});
