/** What the browser benchmarks (chart, search, d3-compare) share: the browser, the built site, the registry. */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { registrySchema, type Reporter } from '../../src/schemas/reporter.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';

/** Where the benchmarks serve the site from, inside the browser only (no port, no server). */
export const ORIGIN = 'http://bench.test';

/** The browser a run measured with, and how busy the machine was (1-minute load average) at its end. */
export interface BrowserFacts {
  browser: string;
  loadAverage: number;
}

/**
 * Run `work` in the system's headless Chromium, launched as the browser tests launch it and closed
 * afterwards; gives its result and the browser's facts (other work slows every browser figure).
 *
 * @example await withChromium(async (browser) => browser.version()) // ['156.0.8078.79', { browser: 'Chromium 156.0.8078.79', loadAverage: 1.2 }]
 */
export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<[T, BrowserFacts]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const result = await work(browser);
    return [result, { browser: `Chromium ${browser.version()}`, loadAverage: Math.round(loadavg()[0]! * 10) / 10 }];
  } finally {
    await browser.close();
  }
}

/**
 * Serve the built site in `dist` to `page` at ORIGIN, with some paths answered from `replace`
 * instead (a page with synthetic data, another script): `{ '/': { type: 'text/html', body } }`.
 *
 * @example await serveSite(page, 'dist', { '/bench-probe.js': { type: 'text/javascript', body: '' } })
 */
export async function serveSite(
  page: Page,
  dist: string,
  replace: Record<string, { type: string; body: string }>,
): Promise<void> {
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const own = replace[path];
    if (own) return route.fulfill({ contentType: own.type, body: own.body });
    try {
      return route.fulfill({ body: readFileSync(join(dist, path)) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/**
 * The reporter registry (content/reporters.yaml), which the synthetic claims draw reporters from.
 *
 * @example loadRegistry().length // 65
 */
export function loadRegistry(): Reporter[] {
  const file = join(import.meta.dirname, '..', '..', 'content', 'reporters.yaml');
  return registrySchema.parse(parse(readFileSync(file, 'utf8')));
}

/**
 * Put a deferred script tag before (or after) the first one whose src ends with `script`, which
 * must be there: how the benchmarks mark when a script starts and ends.
 *
 * @example withScriptBeside('<script src="js/a.js" defer></script>', 'js/a.js', '/p.js', 'before') // '<script src="/p.js" defer></script><script src="js/a.js" defer></script>'
 */
export function withScriptBeside(html: string, script: string, src: string, where: 'before' | 'after'): string {
  const tag = new RegExp(`<script src="[^"]*${script.replace(/[.]/g, '\\.')}" defer></script>`);
  const found = html.match(tag)?.[0];
  if (!found) throw new Error(`no deferred <script src="…${script}"> in the page`);
  const probe = `<script src="${src}" defer></script>`;
  return html.replace(found, where === 'before' ? probe + found : found + probe);
}
