import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withScriptBeside } from '../../bench/lib/browser.ts';
import { inlineData, pageAssets } from '../../bench/lib/page-assets.ts';
import { formatSizes, sizesOf, sumSizes } from '../../bench/lib/sizes.ts';
import { serve } from '../support/serve.ts';

const page = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="../../_astro/Base.css">
<link rel="stylesheet" href="../../print.css" media="print">
<link rel="icon" href="../../favicon.svg"><link rel="apple-touch-icon" href="../../icons/icon-192.png">
<link rel="manifest" href="../../manifest.webmanifest">
<script src="../../js/offline.js" defer></script>
<script type="application/ld+json">{"@type":"ClaimReview"}</script>
</head><body>
<img src="data:image/png;base64,AAAA" alt=""><img src="https://elsewhere.example/a.png" alt="">
<link rel="stylesheet" href="/late.css">
<script src="../../js/cite.js" defer></script><script src="../../js/offline.js" defer></script>
<script type="application/json" class="chart-data">{"claims":[]}</script>
</body></html>`;

describe('pageAssets()', () => {
  const assets = pageAssets(page, 'claims/c-1/index.html');
  it('resolves each file against the page, once, in dist/ terms', () => {
    expect(assets.map((a) => a.path)).toEqual([
      '_astro/Base.css',
      'print.css',
      'late.css',
      'js/offline.js',
      'js/cite.js',
      'favicon.svg',
      'manifest.webmanifest',
    ]);
  });
  it('counts as render-blocking only stylesheets in <head> for every medium', () => {
    expect(assets.filter((a) => a.blocking).map((a) => a.path)).toEqual(['_astro/Base.css']);
  });
  it('leaves out data: URLs, other origins and the home-screen icon', () => {
    expect(assets.some((a) => /^data:|elsewhere|icon-192/.test(a.path))).toBe(false);
  });
  it('says what each file is', () => {
    expect(Object.fromEntries(assets.map((a) => [a.path, a.kind]))).toMatchObject({
      'js/cite.js': 'js',
      'favicon.svg': 'icon',
      'manifest.webmanifest': 'manifest',
    });
  });
});

describe('inlineData()', () => {
  it('gives the text of every JSON and JSON-LD block', () => {
    expect(inlineData(page)).toEqual(['{"@type":"ClaimReview"}', '{"claims":[]}']);
  });
});

describe('sizesOf() and sumSizes()', () => {
  it('compresses repetitive text far below its raw size, brotli below gzip', () => {
    const sizes = sizesOf('North Korean troops. '.repeat(500));
    expect(sizes.raw).toBe(10_500);
    expect(sizes.gzip).toBeLessThan(200);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
  });
  it('counts bytes, not characters', () => {
    expect(sizesOf('–').raw).toBe(3);
  });
  it('adds files sent one by one, and nothing is zero', () => {
    expect(sumSizes([sizesOf('a'), sizesOf('b')]).gzip).toBe(2 * sizesOf('a').gzip);
    expect(sumSizes([])).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });
  it('formats KB with one decimal', () => {
    expect(formatSizes({ raw: 10_240, gzip: 3072, brotli: 2560 })).toBe('10.0 / 3.0 / 2.5');
  });
});

describe('withScriptBeside()', () => {
  const html = '<script src="../js/offline.js" defer></script><script src="../js/chart.js" defer></script>';
  it('puts a probe before or after the named script', () => {
    expect(withScriptBeside(html, 'js/chart.js', '/p.js', 'after')).toBe(`${html}<script src="/p.js" defer></script>`);
    expect(withScriptBeside(html, 'js/chart.js', '/p.js', 'before')).toContain(
      '<script src="/p.js" defer></script><script src="../js/chart.js" defer>',
    );
  });
  it('throws when the page has no such script, rather than time nothing', () => {
    expect(() => withScriptBeside(html, 'js/search.js', '/p.js', 'before')).toThrow(
      /no deferred <script src="…js\/search\.js">/,
    );
  });
});

describe('serve() with gzip', () => {
  it('gzips text for clients that accept it, as a static host does, and nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(root, 'index.html'), '<p>Hello</p>'.repeat(100));
    writeFileSync(join(root, 'icon.png'), 'not really a png');
    const server = serve(root, 0, { gzip: true });
    try {
      await once(server, 'listening');
      const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
      const page = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(await page.text()).toBe('<p>Hello</p>'.repeat(100));
      const icon = await fetch(`${origin}/icon.png`, { headers: { 'accept-encoding': 'gzip' } });
      expect(icon.headers.get('content-encoding')).toBeNull();
      const plain = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
    } finally {
      server.close();
      rmSync(root, { recursive: true });
    }
  });
});
