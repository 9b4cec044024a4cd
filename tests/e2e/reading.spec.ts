/**
 * What a reader sees of issue 14's fixes, in Chromium: the front page's answer on a phone, the
 * claims table sorted on a phone, target sizes of the nav and footer, field names on /data/, a
 * moved claim's old anchor, and the 404 page opened from disk.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the front page names the current figures and their reporters first, and the chart within two screens', async ({
    page,
  }) => {
    await page.goto('/');
    const figures = page.locator('.now-figures > div');
    expect(await figures.count()).toBeGreaterThan(0);
    // Each figure is a number or a range, then the reporters who give it, each a link to a claim page.
    for (const row of await figures.all()) {
      await expect(row.locator('strong')).toHaveText(/^\d[\d,]*(–\d[\d,]*)?$/);
      expect(await row.locator('a[href*="claims/c-"]').count()).toBeGreaterThan(0);
    }
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(await top('.now-figures')).toBeLessThan(667);
    expect(await top('.chart-panel')).toBeLessThan(2 * 667);
    await expect(page.locator('.chart-options')).not.toHaveAttribute('open');
  });

  test('the claims table sorts from a menu, figures low to high, statements last, ties in page order', async ({
    page,
  }) => {
    await page.goto('/claims/');
    const menu = page.getByLabel('Sort by');
    await expect(menu).toBeVisible();
    await menu.selectOption({ label: 'Figure, lowest first' });
    const keys = await page
      .locator('tbody tr td[data-label="Figure"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-sort') ?? ''));
    const numbers = keys.filter((k) => k !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(keys.slice(numbers.length).every((k) => k === '')).toBe(true);
    const order = await page
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows
          .filter((r) => !r.querySelector('[data-sort]:not([data-sort=""])'))
          .map((r) => Number(r.getAttribute('data-order'))),
      );
    expect(order.filter((n) => !Number.isNaN(n))).toEqual([...order].sort((a, b) => a - b));
  });
});

test('the claims table shows which date it gives: stated or published', async ({ page }) => {
  await page.goto('/claims/');
  const dates = await page.locator('tbody td[data-label="Date"]').allTextContents();
  for (const d of dates) expect(d.trim()).toMatch(/^(unknown|\d{1,2} \w{3} \d{4}\s*(stated|published))$/);
});

test('nav and footer links are targets of at least 24 px', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const small = await page.locator('.site-header a, .site-footer a').evaluateAll((links) =>
      links.flatMap((a) => {
        const box = a.getBoundingClientRect();
        return box.height < 24 ? [`${a.textContent} ${box.height}`] : [];
      }),
    );
    expect(small, `${width} px`).toEqual([]);
  }
});

test('/data/ never breaks a field name across lines', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGE_TYPES.data);
  const broken = await page
    .locator('code.field-name')
    .evaluateAll((codes) => codes.filter((c) => c.getClientRects().length > 1).map((c) => c.textContent));
  expect(broken).toEqual([]);
});

test('a moved claim’s old anchor lands on the claim and marks it', async ({ page }) => {
  // content/corrections.yaml moves c-statement-0403fd6e5a to c-statement-1355e5be24.
  await page.goto('/sources/joongang-budanov-8000-still-in-kursk/#c-statement-0403fd6e5a');
  const mark = page.locator('#c-statement-0403fd6e5a + mark.claim');
  await expect(mark).toHaveAttribute('id', 'c-statement-1355e5be24');
  await expect(mark).toBeInViewport();
  const outline = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('404.html opened from disk is styled and its links lead to pages', async ({ page }) => {
  await page.goto(pathToFileURL(resolve(DIST, '404.html')).href);
  await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(10);
  const missing = hrefs
    .filter((h) => h.startsWith('file:'))
    .map((h) => fileURLToPath(h.replace(/#.*$/, '')))
    .filter((f) => !existsSync(f));
  expect(missing).toEqual([]);
});
