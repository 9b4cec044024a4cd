import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function violations(page: Page, include: string) {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const hash of ['', 'view=timeline', 'show=table', 'group=losses&by=outlet', 'group=personnel&to=2024-12-31']) {
      test(`axe finds no violations in the chart view "${hash || 'default'}"`, async ({ page }) => {
        await page.goto(`/#${hash}`);
        await expect(page.locator('.chart-live')).toBeVisible();
        expect(await violations(page, '.chart-panel')).toEqual([]);
      });
    }

    test('axe finds no violations on the embed page', async ({ page }) => {
      await page.goto('/embed/chart/');
      await expect(page.locator('.chart-live')).toBeVisible();
      expect(await violations(page, 'html')).toEqual([]);
    });
  });
}

// axe itself needs JavaScript: block only the chart script to see the page as it is without it.
test('axe finds no violations in the static charts the page shows without the chart script', async ({ page }) => {
  await page.route('**/js/chart.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('.chart-static')).toBeVisible();
  expect(await violations(page, '.chart-panel')).toEqual([]);
});
