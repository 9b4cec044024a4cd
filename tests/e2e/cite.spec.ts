import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link puts the permalink on the clipboard', async ({ page, baseURL }) => {
  await page.goto('/claims/c-10000-plus-9c0c5da20a/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  expect(copied).toBe(canonical);
  expect(copied).toMatch(/^https?:\/\/.+\/claims\/c-10000-plus-9c0c5da20a\/$/);
  expect(baseURL).toBeTruthy();
});

test('the citation carries today’s access date and copies whole', async ({ page }) => {
  await page.goto('/claims/c-10000-plus-9c0c5da20a/');
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  );
  const citation = page.locator('#citation-text');
  await expect(citation).toContainText(`(accessed ${today})`);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('“We understand that more than 10,000 North Korean troops');
  expect(copied).toContain('/claims/c-10000-plus-9c0c5da20a/');
});

test('without JavaScript the copy buttons stay hidden and the citation is still there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/claims/c-10000-plus-9c0c5da20a/');
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.locator('#citation-text')).toContainText('Ministry of National Defense of South Korea');
  await context.close();
});

test('the CSL-JSON download carries the quote, the permalink and today as access date', async ({ page }) => {
  await page.goto('/claims/c-10000-plus-9c0c5da20a/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSL-JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('c-10000-plus-9c0c5da20a.csl.json');
  const path = await download.path();
  const [item] = JSON.parse(readFileSync(path, 'utf8'));
  const now = new Date();
  expect(item.accessed).toEqual({ 'date-parts': [[now.getFullYear(), now.getMonth() + 1, now.getDate()]] });
  expect(item.URL).toMatch(/\/claims\/c-10000-plus-9c0c5da20a\/$/);
  expect(item.note).toContain('more than 10,000 North Korean troops');
});
