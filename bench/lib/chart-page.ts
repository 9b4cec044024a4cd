/**
 * The built home page with any number of synthetic claims in its chart, in Chromium, and timings of
 * its chart: used by the chart and d3-compare benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Reporter } from '../../src/schemas/reporter.ts';
import { chartDataScript } from '../../src/charts/chart-data.ts';
import { DATA_SCRIPT } from '../../src/charts/types.ts';
import { syntheticChartData } from '../chart-fixture.ts';
import { ORIGIN, serveSite, withScriptBeside } from './browser.ts';

/** Deferred scripts run in order: this one runs just before the chart script… */
const BEFORE = `performance.mark('chart-script');`;
/**
 * …and this one right after it: once the chart is drawn (it loads its data file first, then marks
 * `chart-ready`), it forces layout of what was drawn.
 */
const AFTER = `new PerformanceObserver((list, observer) => {
  if (!list.getEntriesByName('chart-ready').length) return;
  observer.disconnect();
  document.body.offsetHeight;
  performance.mark('chart-laid-out');
}).observe({ type: 'mark', buffered: true });`;

/** A chart's start-up in ms. */
export interface RenderTimes {
  /** From the chart code's first line until it responds: its first ~400 marks drawn and laid out. */
  responds: number;
  /** From its first line until every mark is drawn (the rest in later steps). */
  complete: number;
  /** From before the script runs (compiling and running the bundle, d3 included) until it responds. */
  withScript: number;
}

/**
 * Open the built home page with `n` synthetic claims (bench/chart-fixture.ts) in its chart's data
 * file in place of the real ones, in a new tab, its chart script answered by `chartScript` when given (another build of it).
 *
 * @example const page = await openChartPage(browser, 'dist', 1000, registry)
 */
export async function openChartPage(
  browser: Browser,
  dist: string,
  n: number,
  registry: Reporter[],
  chartScript?: string,
): Promise<Page> {
  let html = readFileSync(join(dist, 'index.html'), 'utf8');
  html = withScriptBeside(html, 'js/chart.js', '/bench-before.js', 'before');
  html = withScriptBeside(html, 'js/chart.js', '/bench-after.js', 'after');
  const js = (body: string) => ({ type: 'text/javascript', body });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await serveSite(page, dist, {
    '/': { type: 'text/html', body: html },
    '/bench-before.js': js(BEFORE),
    '/bench-after.js': js(AFTER),
    [`/${DATA_SCRIPT}`]: js(chartDataScript(syntheticChartData(n, registry))),
    ...(chartScript && { '/js/chart.js': js(chartScript) }),
  });
  return page;
}

/**
 * Load the page afresh and time its chart's start-up.
 *
 * @example await timeRender(page) // { responds: 49.4, complete: 49.4, withScript: 61.2 }
 */
export async function timeRender(page: Page): Promise<RenderTimes> {
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('chart-drawn').length > 0 &&
      performance.getEntriesByName('chart-laid-out').length > 0,
  );
  // No helper functions inside: tsx would wrap them in a `__name` call the page does not have.
  return page.evaluate(() => {
    const responds = performance.measure('responds', 'chart-start', 'chart-laid-out').duration;
    return {
      responds,
      complete: Math.max(responds, performance.measure('complete', 'chart-start', 'chart-drawn').duration),
      withScript: performance.measure('with script', 'chart-script', 'chart-laid-out').duration,
    };
  });
}

/**
 * One control change (a form field set, its change event sent), timed in the page: until the chart
 * responds (the first ~400 marks drawn and laid out, synchronously) and until it is complete (the
 * last step drawn; rows off screen are laid out only when scrolled to).
 *
 * @example await timeChange(page, 'group', 'losses') // [25.4, 25.4]
 */
export function timeChange(page: Page, name: string, value: string): Promise<[number, number]> {
  return page.evaluate(
    async ([name, value]) => {
      performance.clearMarks('chart-drawn');
      const form = document.querySelector<HTMLFormElement>('.chart-controls')!;
      const input = form.elements.namedItem(name) as RadioNodeList | HTMLInputElement;
      const t0 = performance.now();
      input.value = value;
      form.dispatchEvent(new Event('change'));
      document.body.offsetHeight;
      const responds = performance.now() - t0;
      while (name !== 'to' && !performance.getEntriesByName('chart-drawn').length) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const drawn = performance.getEntriesByName('chart-drawn')[0]?.startTime ?? t0;
      return [responds, Math.max(responds, drawn - t0)] as [number, number];
    },
    [name, value] as const,
  );
}
