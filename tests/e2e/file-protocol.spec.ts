/** dist/ opened straight from disk, with no server: links resolve to pages, styles load, the chart works. */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const onDisk = (path: string) => pathToFileURL(resolve(DIST, path)).href;

test('from disk: home → source → claim → back to the source, styled, nothing fetched from the network', async ({
  page,
}) => {
  const remote: string[] = [];
  page.on('request', (r) => void (r.url().startsWith('file:') || r.url().startsWith('data:') || remote.push(r.url())));
  await page.goto(onDisk('index.html'));
  await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
  await page
    .getByRole('link', { name: /Ukraine confirms 2,000 North Korean troops/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/koreadaily-2024-12-04-ukraine-confirms-2000-fighting\/index\.html$/);
  await page.getByRole('link', { name: 'Claim page' }).first().click();
  await expect(page).toHaveURL(/\/claims\/c-[a-z0-9-]+\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'See this sentence in the source' }).click();
  await expect(page).toHaveURL(/\/sources\/[^/]+\/index\.html#c-/);
  expect(remote).toEqual([]);
});

test('from disk: the chart is interactive and its marks open claim pages', async ({ page }) => {
  await page.goto(onDisk('index.html'));
  await page.getByRole('radio', { name: 'Losses' }).check({ force: true });
  await expect(page.locator('.chart-live .chart-title')).toHaveText('Losses: range plot');
  await page.getByRole('radio', { name: 'Troops' }).check({ force: true });
  await page.getByRole('radio', { name: 'Timeline' }).check({ force: true });
  await expect(page.locator('.chart-live .chart-title')).toHaveText('Troops: timeline');
  const mark = page.locator('.chart-live .mark').first();
  await mark.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^file:.*\/claims\/c-[a-z0-9-]+\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('from disk: every page the home page links to exists', async ({ page }) => {
  await page.goto(onDisk('index.html'));
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  const local = hrefs.filter((h) => h.startsWith('file:'));
  expect(local.length).toBeGreaterThan(20);
  for (const href of local) {
    const file = href.split(/[?#]/)[0]!;
    expect(file, 'a link from disk must name a file, not a folder').not.toMatch(/\/$/);
    expect(existsSync(fileURLToPath(file)), href).toBe(true);
  }
});
