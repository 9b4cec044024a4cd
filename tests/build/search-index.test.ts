/**
 * The built search index (`npm run build` first; `npm test` does): it holds everything the site
 * shows, loads as a classic script, and only the search page loads it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Claim } from '../../src/schemas/claim.ts';
import type { SearchIndex } from '../../src/search/types.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const FILE = join(DIST, 'js', 'search-index.js');
let code: string;
let index: SearchIndex;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

beforeAll(() => {
  if (!existsSync(FILE)) throw new Error('dist/js/search-index.js is missing: run `npm run build` first');
  code = readFileSync(FILE, 'utf8');
  const context: { self: { NK_SEARCH_INDEX?: SearchIndex } } = { self: {} };
  runInNewContext(code, context);
  index = context.self.NK_SEARCH_INDEX!;
});

describe('the search index', () => {
  it('holds every claim, source and reporter by id', () => {
    const { claims } = JSON.parse(readFileSync('src/data/claims.json', 'utf8')) as { claims: Claim[] };
    const slugs = readdirSync('src/content/sources').flatMap((f) => (f.endsWith('.mdx') ? [f.slice(0, -4)] : []));
    const registry = parseYaml(readFileSync('content/reporters.yaml', 'utf8')) as { id: string }[];
    expect(index.c.map((c) => c.i).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(index.s.map((s) => s.i).sort()).toEqual(slugs.sort());
    expect(index.r.map((r) => r.i).sort()).toEqual(registry.map((r) => r.id).sort());
  });

  it('keeps each claim’s quote verbatim and points at a source and reporter that exist', () => {
    const { claims } = JSON.parse(readFileSync('src/data/claims.json', 'utf8')) as { claims: Claim[] };
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const c of index.c) {
      const claim = byId.get(c.i)!;
      expect(c.q).toBe(claim.quote);
      expect(index.s[c.s]?.i).toBe(claim.source);
      expect(c.r === undefined ? null : index.r[c.r]?.i).toBe(claim.reporter?.id ?? null);
    }
  });

  it('stays small: beside its quote, a claim costs under 120 bytes (the registry and sources aside)', () => {
    const perClaim = JSON.stringify(index.c).length / index.c.length;
    const quotes = index.c.reduce((n, c) => n + JSON.stringify(c.q).length, 0) / index.c.length;
    console.info(
      `search index: ${code.length} bytes, ${gzipSync(code).length} gzipped; ${Math.round(perClaim)} bytes a claim, ${Math.round(quotes)} of them the quote`,
    );
    expect(perClaim - quotes).toBeLessThan(120);
  });
});

describe('pages', () => {
  it('load the index and the search script only on the search page, index first, deferred', () => {
    for (const file of htmlFiles(DIST)) {
      const page = relative(DIST, file);
      const scripts = parseHtml(readFileSync(file, 'utf8'))
        .querySelectorAll('script[src*="search"]')
        .map((s) => [s.getAttribute('src'), s.hasAttribute('defer')]);
      if (page === join('search', 'index.html')) {
        expect(scripts).toEqual([
          ['../js/search-index.js', true],
          ['../js/search.js', true],
        ]);
      } else expect(scripts, page).toEqual([]);
    }
  });

  it('offer the header search form, a GET to the search page, everywhere but there', () => {
    const home = parseHtml(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const form = home.querySelector('header form[role=search]');
    expect(form?.getAttribute('action')).toBe('search/index.html');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[type=search][name=q]')).not.toBeNull();
    const search = parseHtml(readFileSync(join(DIST, 'search', 'index.html'), 'utf8'));
    expect(search.querySelectorAll('form[role=search]')).toHaveLength(1);
    // Its stylesheet is a file like every other, so a strict CSP's style-src 'self' holds.
    expect(search.querySelectorAll('style')).toHaveLength(0);
  });
});
