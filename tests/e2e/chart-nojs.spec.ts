import { expect, test } from '@playwright/test';
import { claimIdOf } from '../../src/charts/links.ts';
import { MEASURE_GROUPS } from '../../src/schemas/vocabulary.ts';
import { drawn, newestPerReporter } from './chart-expected.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the static chart marks each reporter’s newest troop estimate once, each a link to its claim page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.chart-static svg').first()).toBeVisible();
  await expect(page.locator('.chart-controls')).toBeHidden();
  const hrefs = await page
    .locator('.chart-static svg .mark')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(hrefs.map((h) => claimIdOf(h!)).sort()).toEqual(newestPerReporter.map((c) => c.id).sort());
});

test('without JavaScript the static chart says how many estimates it marks, the other groups in words, and links to all claims', async ({
  page,
}) => {
  await page.goto('/');
  const troops = drawn.filter((c) => (MEASURE_GROUPS.troops as readonly string[]).includes(c.measure!)).length;
  await expect(page.locator('.chart-static .chart-summary')).toContainText(
    `Marked: each reporter’s newest estimate, ${newestPerReporter.length} of ${troops}.`,
  );
  for (const group of ['losses', 'command', 'civilians', 'other'] as const) {
    const any = drawn.some((c) => (MEASURE_GROUPS[group] as readonly string[]).includes(c.measure!));
    await expect(page.locator(`.chart-others li[data-group="${group}"]`)).toHaveCount(any ? 1 : 0);
  }
  await expect(page.locator('.chart-more').getByRole('link', { name: 'all claims' })).toBeVisible();
});

test('without JavaScript a mark opens its claim page', async ({ page }) => {
  await page.goto('/');
  const mark = page.locator('.chart-static svg .mark').first();
  const href = await mark.getAttribute('href');
  await mark.click();
  await page.waitForURL(new RegExp(`/claims/${claimIdOf(href!)}/`));
});
