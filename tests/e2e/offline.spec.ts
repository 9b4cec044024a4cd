/**
 * Offline reading over http: the first visit keeps only the shell, pages are kept as they are read,
 * "Save the whole site" keeps the rest, and removing the saved copy undoes it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cached, manifestOf, saveWholeSite, tally, untilControlled } from '../support/offline.ts';
import { PAGE_TYPES } from './pages.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SHELL_PAGES = ['index.html', 'offline/index.html', 'search/index.html'];

/** Visit the home page and wait until the service worker holds the shell and controls the page. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await untilControlled(page);
  await expect(page.locator('[data-offline-status]')).toHaveText(/read offline/);
}

const origin = (page: Page) => new URL(page.url()).origin;

/** Slow the site's pages down, so there is time to look at a save in progress; returns how to stop. */
async function slowPages(page: Page): Promise<() => void> {
  let slow = true;
  await page.route('**/*.html', async (route) => {
    if (slow) await new Promise((done) => setTimeout(done, 150));
    await route.continue();
  });
  return () => void (slow = false);
}

test('the first visit keeps only the shell: under 1 MB, the home page, search and the offline page', async ({
  page,
}) => {
  await visitOnce(page);
  const files = await cached(page);
  const pages = files.map((f) => f.path).filter((p) => p.endsWith('.html'));
  expect(pages.sort()).toEqual(SHELL_PAGES);
  expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['js/search-index.js', 'js/chart.js']));
  expect(tally(files).bytes).toBeLessThanOrEqual(1_000_000);
  expect(tally(files).files).toBeLessThan(manifestOf(DIST).files.length / 4);
});

test('the page a first visit opens on is kept, as is a page read later', async ({ page, context }) => {
  await page.goto(PAGE_TYPES.reporter);
  await untilControlled(page);
  await expect(async () =>
    expect((await cached(page)).map((f) => f.path)).toContain('reporters/ua-hur/index.html'),
  ).toPass();
  await page.goto(PAGE_TYPES.source);
  await context.setOffline(true);
  for (const path of [PAGE_TYPES.reporter, PAGE_TYPES.source]) {
    await page.goto(path);
    await expect(page, path).not.toHaveURL(/\/offline\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('a page read online reads offline; one never read leads to the offline page', async ({ page, context }) => {
  await visitOnce(page);
  await page.goto(PAGE_TYPES.source);
  await context.setOffline(true);
  await page.goto(PAGE_TYPES.source);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ukraine confirms 2,000');
  await page.goto(PAGE_TYPES.claim);
  await expect(page).toHaveURL(/\/offline\/\?from=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading offline');
  await expect(page.getByText('This page is not saved on this device')).toBeVisible();
  await expect(page.getByRole('link', { name: 'try it again' })).toHaveAttribute(
    'href',
    new RegExp(`${PAGE_TYPES.claim}$`),
  );
  await expect(page.getByRole('link', { name: /Ukraine confirms 2,000/ })).toBeVisible();
});

test('after saving the whole site, pages never visited and data files read offline; removing undoes it', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await page.goto('/offline/');
  await expect(page.getByRole('button', { name: 'Save the whole site for offline reading' })).toBeVisible();
  const total = manifestOf(DIST).files.length;
  await expect(page.locator('[data-offline-size]')).toContainText(`in ${total} files`);
  await saveWholeSite(page, origin(page));
  await expect(page.getByRole('progressbar')).toBeHidden();
  // It knows what is saved after a reload.
  await page.reload();
  await expect(page.getByText('The whole site is saved on this device')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the whole site for offline reading' })).toBeHidden();
  expect((await cached(page)).length).toBe(total + 1);

  await context.setOffline(true);
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    if (name === 'not-found' || name === 'offline') continue;
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
    await expect(page, path).not.toHaveURL(/\/offline\//);
  }
  const data = await page.evaluate(() => fetch('/data/claims.json').then((r) => r.json()));
  expect(data.claims.length).toBeGreaterThan(10);
  await page.goto('/sources/koreadaily-2024-12-04-ukraine-confirms-2000-fighting.txt');
  await expect(page.locator('body')).toContainText('Ukraine confirms 2,000 North Korean troops');

  await page.goto('/offline/');
  await page.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Removed the saved copy/);
  await expect(page.getByRole('button', { name: 'Save the whole site for offline reading' })).toBeFocused();
  expect((await cached(page)).filter((f) => f.path.endsWith('.html')).map((f) => f.path)).toEqual(SHELL_PAGES);
  await page.goto(PAGE_TYPES.reporter);
  await expect(page).toHaveURL(/\/offline\/\?from=/);
});

test('saving can be cancelled, and saving again fetches only the rest', async ({ page }) => {
  await visitOnce(page);
  await page.goto('/offline/');
  const fast = await slowPages(page);
  const requested: string[] = [];
  page.on('request', (r) => void requested.push(r.url()));
  await page.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  await expect(page.getByRole('button', { name: 'Cancel saving' })).toBeFocused();
  await expect(page.getByRole('progressbar', { name: 'Saving the site' })).toBeVisible();
  await expect(page.locator('[data-offline-progress-text]')).toHaveText(/^Saved \d+ of \d+ files/);
  await page.getByRole('button', { name: 'Cancel saving' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Cancelled/);
  const kept = (await cached(page)).map((f) => `${origin(page)}/${f.path}`);
  fast();
  requested.length = 0;
  await page.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved:/, { timeout: 60_000 });
  // What was saved before the cancel is not fetched again; the rest is.
  expect(requested.filter((u) => kept.includes(u))).toEqual([]);
  expect(requested.length).toBeGreaterThan(1);
});

test('offline, the chart still switches views', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/#group=losses');
  await expect(page.locator('.chart-live .chart-title')).toHaveText('Losses: range plot');
  await page.getByRole('radio', { name: 'Troops' }).check({ force: true });
  await page.getByRole('radio', { name: 'Timeline' }).check({ force: true });
  await expect(page.locator('.chart-live .chart-title')).toHaveText('Troops: timeline');
  await expect(page.locator('.chart-live .mark').first()).toBeVisible();
});

test('the worker keeps one cache: those of earlier workers (one per build) are removed', async ({ page, context }) => {
  await context.addInitScript(() => void caches.open('nk-troops-0000000000000000'));
  await visitOnce(page);
  expect(await page.evaluate(() => caches.keys())).toEqual(['nk-troops']);
});

test('offline, search finds claims; a result never read leads to the offline page', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/search/?q=Budanov');
  const first = page.locator('.result-claim h3 a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/offline\/\?from=%2Fclaims%2F/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading offline');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the save control meets WCAG 2.2 AA while saving and once saved, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await visitOnce(page);
    await page.goto('/offline/');
    const fast = await slowPages(page);
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    await page.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
    await expect(page.locator('[data-offline-progress-text]')).toHaveText(/^Saved \d+/);
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    fast();
    await expect(page.getByRole('button', { name: 'Remove the saved copy' })).toBeVisible({ timeout: 60_000 });
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    for (const button of await page.getByRole('button').all()) {
      if (!(await button.isVisible())) continue;
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
  });
}
