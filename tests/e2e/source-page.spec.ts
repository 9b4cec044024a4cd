import { expect, test } from '@playwright/test';

test('a source page shows its claims marked in the text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Ukraine confirms 2,000/ }).click();
  const marks = page.locator('article mark.claim');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(2);
});
