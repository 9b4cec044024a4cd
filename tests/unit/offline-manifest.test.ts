import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  changedPaths,
  manifestOf,
  revision,
  SHELL,
  totalOf,
  withOfflineSize,
  type ManifestEntry,
} from '../../scripts/offline-manifest.ts';
import { NOT_OFFLINE, serviceWorkerSource, siteManifest } from '../../scripts/service-worker.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The browser's half (public/js/offline-store.js), run here with a cache in a Map and a fetch that counts. */
function browserStore(site: Record<string, string>) {
  const code = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'js', 'offline-store.js'), 'utf8');
  const fetched: string[] = [];
  const fetch = async (url: string) => {
    const path = new URL(url).pathname.slice(1);
    fetched.push(path);
    return path in site ? new Response(site[path]) : new Response('', { status: 404 });
  };
  const held = new Map<string, Response>();
  const cache = {
    match: async (key: string) => held.get(key)?.clone(),
    put: async (key: string, response: Response) => void held.set(key, response),
    keys: async () => [...held.keys()].map((url) => new Request(url)),
    delete: async (request: Request) => held.delete(request.url),
  };
  const self: { nkOffline?: Record<string, (...args: unknown[]) => Promise<unknown>> } = {};
  new Function('self', 'fetch', code)(self, fetch);
  return { store: self.nkOffline!, cache, held, fetched };
}

describe('offline manifest', () => {
  it('gives a file the first 16 hex digits of its SHA-256 as its revision', () => {
    expect(revision(bytes('abc'))).toBe('ba7816bf8f01cfea');
  });

  it('lists files with their revision and size, and totals them', () => {
    const manifest = manifestOf([
      ['a.html', bytes('abc')],
      ['b.css', bytes('hello')],
    ]);
    expect(manifest.files).toEqual([
      ['a.html', 'ba7816bf8f01cfea', 3],
      ['b.css', revision(bytes('hello')), 5],
    ]);
    expect(totalOf(manifest.files)).toEqual({ files: 2, bytes: 8 });
  });

  it('names the files an update fetches: new ones and those whose revision changed, not the rest', () => {
    const before = { files: [['a', '1', 1] as const, ['b', '2', 1] as const, ['gone', '3', 1] as const] };
    const after = { files: [['a', '1', 1] as const, ['b', '9', 1] as const, ['new', '4', 1] as const] };
    expect(changedPaths(before, after)).toEqual(['b', 'new']);
  });

  it('precaches as the shell styles, scripts, icons, the home, search and offline pages, and no other page', () => {
    for (const path of ['index.html', 'offline/index.html', 'search/index.html', '_astro/Base.x1.css', 'js/chart.js'])
      expect(SHELL.test(path), path).toBe(true);
    for (const path of ['claims/c-1/index.html', 'sources/s.txt', 'data/claims.json', 'about/index.html'])
      expect(SHELL.test(path), path).toBe(false);
  });

  it('keeps the worker, its manifest, the zip and the social cards out of everything offline', () => {
    for (const path of ['sw.js', 'offline-manifest.json', 'downloads/x.zip', 'social-card.png', 'claims/c-1.png'])
      expect(NOT_OFFLINE.test(path), path).toBe(true);
    expect(NOT_OFFLINE.test('claims/c-1/index.html')).toBe(false);
  });

  it("writes the whole site's size into the offline page, and the manifest holds the page as written", () => {
    const page = '<p>The whole site is <span data-offline-size>?</span>.</p>';
    const pages = new Map([
      ['offline/index.html', bytes(page)],
      ['a.html', new Uint8Array(2_000_000)],
    ]);
    const manifest = siteManifest(pages);
    const written = new TextDecoder().decode(pages.get('offline/index.html'));
    expect(written).toBe(withOfflineSize(page, '2.0 MB in 2 files'));
    expect(manifest.files[0]).toEqual(['offline/index.html', revision(bytes(written)), bytes(written).length]);
  });

  it('puts the shell and the edition into the worker, so a change to any file changes the worker', () => {
    const shell: ManifestEntry[] = [['index.html', 'ab12cd34ab12cd34', 100]];
    const source = serviceWorkerSource(shell, 'ffff0000ffff0000');
    expect(source).toContain('const SHELL = [["index.html","ab12cd34ab12cd34",100]];');
    expect(source).toContain('Edition ffff0000ffff0000');
    expect(source).not.toBe(serviceWorkerSource(shell, 'ffff0000ffff0001'));
  });
});

describe('offline store (the browser half)', () => {
  const scope = 'http://site.test/';

  it('computes the same revision in the browser as the build', async () => {
    const { store } = browserStore({});
    expect(await store.revisionOf!(bytes('abc'))).toBe(revision(bytes('abc')));
  });

  it('keys a folder by its index.html and drops the query', () => {
    const { store } = browserStore({});
    expect(store.pathOf!('http://site.test/claims/c-1/?q=x', scope)).toBe('claims/c-1/index.html');
    expect(store.pathOf!('http://site.test/', scope)).toBe('index.html');
  });

  it('fetches only the files it does not hold at their revision', async () => {
    const site = { 'a.html': 'A', 'b.html': 'B', 'c.html': 'C' };
    const { store, cache, fetched } = browserStore(site);
    const entry = (path: keyof typeof site): ManifestEntry => [path, revision(bytes(site[path])), 1];
    expect(await store.sync!(cache, scope, [entry('a.html'), entry('b.html')])).toEqual({ fetched: 2, bytes: 2 });
    site['b.html'] = 'B, changed';
    fetched.length = 0;
    const progress: unknown[] = [];
    const figures = await store.sync!(cache, scope, [entry('a.html'), entry('b.html'), entry('c.html')], {
      onProgress: (p: { files: number }) => progress.push(p.files),
    });
    expect(fetched.sort()).toEqual(['b.html', 'c.html']);
    expect(figures).toEqual({ fetched: 2, bytes: 11 });
    expect(progress.length).toBe(3);
  });

  it('saves the manifest last, prunes what it does not list, and stops when cancelled', async () => {
    const files = [['a.html', revision(bytes('A')), 1]];
    const site = { 'a.html': 'A', 'offline-manifest.json': JSON.stringify({ files }) };
    const { store, cache, held } = browserStore(site);
    await cache.put(`${scope}old.html`, new Response('old'));
    await store.save!(cache, scope);
    expect(await store.savedManifest!(cache, scope)).toEqual({ files });
    await store.prune!(cache, scope, ['a.html', 'offline-manifest.json']);
    expect([...held.keys()].sort()).toEqual([`${scope}a.html`, `${scope}offline-manifest.json`]);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(store.sync!(cache, scope, [['z.html', 'x', 1]], { signal: cancelled.signal })).rejects.toThrow();
  });
});
