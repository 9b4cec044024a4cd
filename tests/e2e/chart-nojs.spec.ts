import { expect, test } from '@playwright/test';
import { claimIdOf } from '../../src/charts/links.ts';
import { drawn } from './chart-expected.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the static charts mark every report exactly once, each a link to its claim page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.chart-static svg').first()).toBeVisible();
  await expect(page.locator('.chart-controls')).toBeHidden();
  const hrefs = await page
    .locator('.chart-static svg .mark')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(hrefs.map((h) => claimIdOf(h!)).sort()).toEqual(drawn.map((c) => c.id).sort());
});

test('without JavaScript a mark opens its claim page', async ({ page }) => {
  await page.goto('/');
  const mark = page.locator('.chart-static svg .mark').first();
  const href = await mark.getAttribute('href');
  await mark.click();
  await page.waitForURL(new RegExp(`/claims/${claimIdOf(href!)}/`));
});
