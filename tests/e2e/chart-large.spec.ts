import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { syntheticChartData } from '../../bench/chart-fixture.ts';
import { chartDataScript } from '../../src/charts/chart-data.ts';
import { claimIdOf } from '../../src/charts/links.ts';
import { DATA_SCRIPT } from '../../src/charts/types.ts';
import { MEASURE_GROUPS } from '../../src/schemas/vocabulary.ts';

// The data file is replaced by `page.route`, which never sees a request the site's service worker
// answers: a second page of the same context would get the real data from its cache.
test.use({ serviceWorkers: 'block' });

/** The home page with 3,000 synthetic claims in its chart's data file: the chart draws in steps. */
const registry = parse(readFileSync(new URL('../../content/reporters.yaml', import.meta.url), 'utf8'));
const data = syntheticChartData(3000, registry);
const troops = data.claims.filter((c) => (MEASURE_GROUPS.troops as readonly string[]).includes(c.measure));

async function openLarge(page: Page, hash = '') {
  await page.route(`**/${DATA_SCRIPT}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: chartDataScript(data) }),
  );
  await page.goto(`/#${hash}`);
}
const ids = (page: Page) =>
  page
    .locator('.chart-live .mark:not([display])')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href')!))
    .then((hrefs) => hrefs.map(claimIdOf));

test('a chart of thousands of estimates, drawn in steps, ends with exactly one mark per estimate', async ({ page }) => {
  await openLarge(page);
  await expect(page.locator('.chart-live .mark')).toHaveCount(troops.length, { timeout: 30_000 }); // drawn in steps: allow a slow, busy machine
  expect(new Set(await ids(page)).size).toBe(troops.length);
});

test('with thousands of estimates a date applies to every mark, as when opening a link with that date', async ({
  page,
  context,
}) => {
  await openLarge(page);
  await page.getByLabel('To', { exact: true }).fill('2025-01-31');
  const kept = troops.filter((c) => c.date !== null && c.date <= '2025-01-31').map((c) => c.id);
  expect((await ids(page)).sort()).toEqual(kept.sort());
  const fresh = await context.newPage();
  await openLarge(fresh, 'to=2025-01-31');
  await expect(fresh.locator('.chart-live .mark')).toHaveCount(troops.length, { timeout: 30_000 }); // drawn in steps: allow a slow, busy machine
  expect((await ids(fresh)).sort()).toEqual(kept.sort());
});
