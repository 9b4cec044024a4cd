/** After one online visit, the whole site reads offline: pages never visited, data files, the chart. */
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

/** Visit the home page and wait until the service worker holds the site and controls the page. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
  await expect(page.locator('[data-offline-status]')).toHaveText(/reads offline/);
}

test('after one visit, pages never visited open offline', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    if (name === 'not-found') continue;
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  await page.goto(PAGE_TYPES['not-found']);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
});

test('after one visit, data files and raw sources load offline', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  const data = await page.evaluate(() => fetch('data/claims.json').then((r) => r.json()));
  expect(data.claims.length).toBeGreaterThan(10);
  const csv = await page.evaluate(() => fetch('data/claims.csv').then((r) => r.text()));
  expect(csv.split('\n')[0]).toContain('id');
  await page.goto('/sources/koreadaily-2024-12-04-ukraine-confirms-2000-fighting.txt');
  await expect(page.locator('body')).toContainText('Ukraine confirms 2,000 North Korean troops');
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

test('a new service worker keeps one cache: older ones are removed', async ({ page, context }) => {
  await context.addInitScript(() => void caches.open('nk-troops-0000000000000000'));
  await visitOnce(page);
  const names = await page.evaluate(() => caches.keys());
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^nk-troops-[0-9a-f]{16}$/);
  expect(names[0]).not.toBe('nk-troops-0000000000000000');
});

test('offline, search finds claims and its results open', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/search/?q=Budanov');
  const first = page.locator('.result-claim h3 a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/claims\/c-[a-z0-9-]+\/(index\.html)?$/);
});
