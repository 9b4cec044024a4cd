/**
 * Offline reading over http: the first visit keeps only the shell, pages are kept as they are read,
 * "Save the whole site" keeps the rest, and removing the saved copy undoes it.
 */
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
    if (name === 'not-found') continue;
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
  // Slow the site's pages down so there is time to cancel.
  await page.route('**/*.html', async (route) => {
    await new Promise((done) => setTimeout(done, 150));
    await route.continue().catch(() => undefined);
  });
  const requested: string[] = [];
  page.on('request', (r) => void requested.push(r.url()));
  await page.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  await expect(page.getByRole('button', { name: 'Cancel saving' })).toBeFocused();
  await expect(page.getByRole('progressbar', { name: 'Saving the site' })).toBeVisible();
  await expect(page.locator('[data-offline-progress-text]')).toHaveText(/^Saved \d+ of \d+ files/);
  await page.getByRole('button', { name: 'Cancel saving' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Cancelled/);
  const first = new Set(requested.filter((u) => !u.endsWith('offline-manifest.json')));
  await page.unrouteAll({ behavior: 'wait' });
  requested.length = 0;
  await page.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved:/, { timeout: 60_000 });
  const again = requested.filter((u) => !u.endsWith('offline-manifest.json'));
  // Files fetched before the cancel are kept (pages may have been cut off mid-way: they are not counted).
  expect(again.length).toBeGreaterThan(0);
  expect(again.filter((u) => first.has(u) && !u.endsWith('.html'))).toEqual([]);
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
