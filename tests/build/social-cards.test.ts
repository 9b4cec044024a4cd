/**
 * Social cards over the built site (`npm run build` first): every page names a card that the build
 * wrote, 1200 × 630, with alt text; a claim's card is its own and its alt text names its reporter;
 * the cards stay out of the offline copies (service worker, zip).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Reporter } from '../../src/schemas/reporter.ts';
import { pngSize } from '../support/png.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const claims = (JSON.parse(readFileSync('src/data/claims.json', 'utf8')) as { claims: Claim[] }).claims;
const registry = new Map(
  (parseYaml(readFileSync('content/reporters.yaml', 'utf8')) as Reporter[]).map((r) => [r.id, r.name]),
);
const pages = new Map<string, HTMLElement>();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

/** The file in dist/ an absolute og:image URL names, checked to be on the page's own site. */
function cardFile(doc: HTMLElement, page: string): string {
  const image = new URL(meta(doc, 'og:image'));
  expect(image.origin, page).toBe(new URL(meta(doc, 'og:url')).origin);
  return join(DIST, decodeURIComponent(image.pathname));
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  for (const file of htmlFiles(DIST)) pages.set(relative(DIST, file), parse(readFileSync(file, 'utf8')));
});

describe('claim pages', () => {
  it('name their own card, a 1200 × 630 PNG the build wrote, as a large-image card', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      const page = `claims/${c.id}/index.html`;
      const doc = pages.get(page)!;
      const file = cardFile(doc, page);
      expect(relative(DIST, file), page).toBe(`claims/${c.id}.png`);
      expect(pngSize(readFileSync(file)), page).toEqual({ width: 1200, height: 630 });
      expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')], page).toEqual(['1200', '630']);
      expect(meta(doc, 'og:image:type'), page).toBe('image/png');
      expect(meta(doc, 'twitter:card'), page).toBe('summary_large_image');
    }
  });

  it('describe the card in a sentence that names the reporter (or the parties, or no one)', () => {
    for (const c of claims) {
      const alt = meta(pages.get(`claims/${c.id}/index.html`)!, 'og:image:alt');
      const names = c.reporter ? [registry.get(c.reporter.id)!] : c.parties.map((id) => registry.get(id)!);
      for (const name of names) expect(alt, c.id).toContain(name);
      if (names.length === 0) expect(alt, c.id).toMatch(/no one/);
      expect(alt, c.id).toMatch(/^\P{Ll}.*\.$/u);
    }
  });
});

describe('every other page', () => {
  // The chart's embed, a page for other sites' iframes, has no Open Graph tags at all.
  it('with Open Graph tags names the site’s card', () => {
    const site = join(DIST, 'social-card.png');
    expect(pngSize(readFileSync(site))).toEqual({ width: 1200, height: 630 });
    const others = [...pages].filter(
      ([page, doc]) => meta(doc, 'og:url') && !claims.some((c) => page === `claims/${c.id}/index.html`),
    );
    expect(others.length).toBeGreaterThan(10);
    for (const [page, doc] of others) {
      expect(cardFile(doc, page), page).toBe(site);
      expect(meta(doc, 'og:image:alt'), page).toMatch(
        /^North Korean troops in Russia: the estimates, checked: \d+ claims/,
      );
    }
  });
});

describe('the offline copies', () => {
  it('leave the cards out: neither the offline manifest nor the service worker lists one, the zip holds none', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')) as { files: [string][] };
    const offline = manifest.files.map(([path]) => path);
    const precached = (
      JSON.parse(/const SHELL = (\[.*\]);/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))![1]!) as [string][]
    ).map(([path]) => path);
    expect(offline).toContain('index.html');
    expect(precached).toContain('index.html');
    for (const files of [offline, precached]) {
      expect(files.filter((f) => f.endsWith('.png')).sort()).toEqual([
        'icons/icon-192.png',
        'icons/icon-512.png',
        'icons/icon-maskable-512.png',
      ]);
    }
    const zipped = Object.keys(unzipSync(readFileSync(join(DIST, 'downloads', 'nk-troops-factcheck.zip'))));
    expect(zipped).toContain('index.html');
    expect(zipped.filter((f) => f === 'social-card.png' || /^claims\/[^/]+\.png$/.test(f))).toEqual([]);
  });
});
